import ArgumentParser
import Foundation
import Storyline

/// How the CLI reports problems: one line on standard error, `storyline: <input>: <problem>`,
/// and an exit status (1: some input or output failed, 2: the command line is wrong).
enum CLI {
    /// Exit status when some inputs or outputs failed (the others still completed).
    static let failedStatus: Int32 = 1
    /// Exit status for a wrong command line (bad option value or combination).
    static let usageStatus: Int32 = 2

    /// Writes `storyline: <subject>: <problem>` as one line on standard error.
    static func report(_ subject: String, _ problem: String) {
        report("\(oneLine(subject)): \(oneLine(problem))")
    }

    /// Writes `storyline: <message>` as one line on standard error.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("storyline: \(oneLine(message))\n".utf8))
    }

    /// Reports a command-line problem and returns the error that exits with status 2.
    static func usage(_ message: String) -> ExitCode {
        report(message)
        return ExitCode(usageStatus)
    }

    /// The text on one line: line breaks and other control characters become spaces.
    static func oneLine(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

extension CLI {
    /// Runs the command line like `ParsableCommand.main()`, but reports every error as one line
    /// `storyline: <problem>` on standard error. Help and version still go to standard output.
    /// Exit status: 0, the command's own status, or 2 for a command line that does not parse.
    static func main<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]? = nil) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let status = root.exitCode(for: error)
            if status == .success {
                print(root.fullMessage(for: error))
                exit(0)
            }
            if status != .validationFailure {
                // An error from a command's own work: its message is the problem.
                report(root.message(for: error))
                exit(status.rawValue)
            }
            report(parseProblem(root.message(for: error)) + " (see --help)")
            exit(usageStatus)
        }
    }

    /// ArgumentParser's message on one line: `- value` list items joined with commas.
    static func parseProblem(_ message: String) -> String {
        var parts: [String] = []
        var items: [String] = []
        for raw in message.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("- ") { items.append(String(line.dropFirst(2))); continue }
            if !items.isEmpty { parts.append(items.joined(separator: ", ")); items = [] }
            if !line.isEmpty { parts.append(line) }
        }
        if !items.isEmpty { parts.append(items.joined(separator: ", ")) }
        return parts.joined(separator: " ")
    }
}
