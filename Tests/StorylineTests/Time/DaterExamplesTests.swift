import Foundation
import Testing
@testable import Storyline

/// Runs the document dater's Duckling-style example corpus (text → inferred date) and its
/// negative corpus (texts from which no date may be inferred), both next to this file.
@Suite struct DaterExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func lines(_ name: String) throws -> [(line: Int, text: String)] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            line.isEmpty || line.hasPrefix("#") ? nil : (n + 1, String(line))
        }
    }

    @Test func positiveExamples() throws {
        let examples = try Self.lines("DaterExamples.tsv")
        #expect(examples.count >= 12)
        var failures: [String] = []
        for (n, line) in examples {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2 else { failures.append("line \(n): not two columns"); continue }
            // "\n" in the text column stands for a line break (a web page's date line).
            let got = DocumentDater.infer(AnalyzedText(f[0].replacingOccurrences(of: "\\n", with: "\n")))
            if got != f[1] { failures.append("line \(n): \(f[0]) → expected \(f[1]), got \(got ?? "nil")") }
        }
        #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
    }

    @Test func negativeExamples() throws {
        let negatives = try Self.lines("DaterNegatives.txt")
        #expect(negatives.count >= 8)
        var failures: [String] = []
        for (n, text) in negatives {
            if let got = DocumentDater.infer(AnalyzedText(text)) { failures.append("line \(n): \(text) → \(got)") }
        }
        #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
    }

    /// A year known alone resolves year-level expressions and leaves finer ones unknown rather
    /// than inventing 1 January.
    @Test func yearOnlyReferenceKeepsCoarseValues() {
        let text = AnalyzedText("Third-quarter profit rose from a year ago, the company said yesterday. Last year it lost money.")
        let values = Dictionary(TimeTagger.shared.tag(text, dct: "1989").map { (text.text($0.bytes).lowercased(), $0.value) },
                                uniquingKeysWith: { a, _ in a })
        #expect(values["third-quarter"] == "1989-Q3")
        #expect(values["yesterday"] == "XXXX-XX-XX")
        #expect(values["last year"] == "1988")
    }
}
