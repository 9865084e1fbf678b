import Foundation
@testable import Storyline

/// Paths and helpers shared by the robustness tests.
enum Robustness {
    /// The repository root (this file is Tests/StorylineTests/Robustness/RobustnessSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The formats compared byte for byte (everything `extract` writes without Graphviz).
    static let formats: [OutputFormat] = [.json, .jsonl, .timelinejs, .timeml, .dot, .html]

    /// Regular files of a directory, sorted; none when it does not exist.
    static func files(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Articles for determinism checks: the fuzz seeds (our own texts and MEANTIME excerpts), the seed
    /// article and MEANTIME Apple articles from ../shared when present.
    static func articles() -> [Article] {
        var urls = files(in: root.appendingPathComponent("Fuzz/corpus/extract"))
        urls.append(root.appendingPathComponent("../shared/seed/huawei-2013-eweek.txt"))
        urls += files(in: root.appendingPathComponent("../shared/data/meantime_semeval2015_apple_dev/text")).prefix(6)
        return urls.compactMap { url in
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(validating: [UInt8](data), as: UTF8.self) else { return nil }
            return Article(id: url.deletingPathExtension().lastPathComponent, title: "", text: text)
        }
    }

    /// Every format's bytes for one article, or the error text of an exporter that threw.
    static func exports(_ article: Article) -> [String] {
        let doc = Pipeline().extract(article)
        return formats.map { format in
            do { return String(decoding: try Exporter.export(doc, as: format), as: UTF8.self) }
            catch { return "export \(format) failed: \(error)" }
        }
    }

    /// Where two outputs first differ, with some context of each; nil when they are equal.
    static func firstDifference(_ a: String, _ b: String) -> String? {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x != y else { return nil }
        var i = 0
        while i < x.count && i < y.count && x[i] == y[i] { i += 1 }
        func around(_ z: [UInt8]) -> String { String(decoding: z[max(0, i - 80)..<min(z.count, i + 80)], as: UTF8.self) }
        return "byte \(i) of \(x.count)/\(y.count):\n  \(around(x).debugDescription)\n  \(around(y).debugDescription)"
    }

    /// The `storyline-fuzz` replayer built next to the test bundle (`swift build`/`swift test` build it).
    static func fuzzTool() -> URL? {
        var dirs: [URL] = []
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        dirs.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for dir in dirs {
            var d = dir
            for _ in 0..<4 {
                let candidate = d.appendingPathComponent("storyline-fuzz")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                d = d.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// Runs a program; returns its exit status and standard error.
    static func run(_ tool: URL, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.removeValue(forKey: "SWIFT_DETERMINISTIC_HASHING")
        process.environment = env
        let errPipe = Pipe()
        process.standardError = errPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }
}
