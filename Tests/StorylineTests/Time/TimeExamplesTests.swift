import Foundation
import Testing
@testable import Storyline

/// Runs the Duckling-style example corpus and the negative corpus next to this file.
@Suite struct TimeExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    struct Example: CustomStringConvertible, Sendable {
        var line: Int
        var input: String
        var dct: String?
        var extent: String
        var type: String
        var value: String
        var mod: String?
        var description: String { "line \(line): \(input)" }
    }

    static func examples() -> [Example] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("TimeExamples.tsv"), encoding: .utf8) else { return [] }
        var out: [Example] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5 else { continue }
            out.append(Example(line: n + 1, input: f[0], dct: f[1] == "-" ? nil : f[1], extent: f[2], type: f[3],
                               value: f[4], mod: f.count > 5 && !f[5].isEmpty ? f[5] : nil))
        }
        return out
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.examples().count >= 150)
    }

    @Test func positiveExamples() {
        var failures: [String] = []
        for ex in Self.examples() {
            let text = AnalyzedText(ex.input)
            let found = TimeTagger.shared.tag(text, dct: ex.dct)
            let match = found.first { text.text($0.bytes) == ex.extent }
            guard let m = match else {
                failures.append("\(ex): expected \"\(ex.extent)\", found \(found.map { "\"\(text.text($0.bytes))\"" })")
                continue
            }
            if m.type.rawValue != ex.type || m.value != ex.value || m.mod != ex.mod {
                failures.append("\(ex): \"\(ex.extent)\" expected \(ex.type) \(ex.value) \(ex.mod ?? "-"), got \(m.type.rawValue) \(m.value) \(m.mod ?? "-")")
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) failures:\n" + failures.joined(separator: "\n")))
    }

    @Test func negativeExamples() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("TimeNegatives.txt"), encoding: .utf8)
        var failures: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let a = AnalyzedText(String(line))
            let found = TimeTagger.shared.tag(a, dct: "2013-12-04")
            if !found.isEmpty { failures.append("\(line): \(found.map { a.text($0.bytes) })") }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) false positives:\n" + failures.joined(separator: "\n")))
    }
}
