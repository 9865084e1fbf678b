import Foundation
import Testing
@testable import Storyline

/// Every fuzz finding is kept as an input under Regressions/<target>/ and replayed here: through the
/// pipeline in this process (no crash), and through the fuzz harness with all its invariants.
@Suite struct FuzzRegressionTests {
    static let regressions = Robustness.here.appendingPathComponent("Regressions")

    @Test func regressionInputsRunThroughThePipeline() {
        for file in Robustness.files(in: Self.regressions.appendingPathComponent("extract")) {
            guard let data = FileManager.default.contents(atPath: file.path),
                  let text = String(validating: [UInt8](data), as: UTF8.self) else { continue }
            for date in ["2013-12-04", nil] as [String?] {
                let doc = Pipeline().extract(Article(id: "r", title: "", published: date, text: text))
                let scalars = Array(text.unicodeScalars)
                for t in doc.timexes {
                    #expect(t.start <= t.end && t.end <= scalars.count, "\(file.lastPathComponent): timex outside text")
                }
                for format in Robustness.formats { #expect(throws: Never.self) { try Exporter.export(doc, as: format) } }
            }
        }
    }

    @Test(arguments: ["extract", "timeml", "readers", "dot"])
    func seedsAndRegressionsPassTheHarness(target: String) throws {
        let tool = try #require(Robustness.fuzzTool(), "storyline-fuzz is not built next to the tests")
        let dirs = [Robustness.root.appendingPathComponent("Fuzz/corpus/\(target)"),
                    Self.regressions.appendingPathComponent(target)]
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let result = try Robustness.run(tool, ["replay", target] + dirs.map(\.path))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("inputs replayed"))
    }
}
