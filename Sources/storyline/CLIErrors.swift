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
