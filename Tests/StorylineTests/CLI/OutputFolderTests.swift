import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Storyline

/// The committed Output/ is what the current code writes for Examples/ (`make output`).
@Suite struct OutputFolderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Example names: Examples/<name>/<name>.md.
    static var examples: [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples").path)) ?? []
        return folders.sorted().filter { FileManager.default.fileExists(atPath: articlePath($0)) }
    }

    static func articlePath(_ name: String) -> String { root.appendingPathComponent("Examples/\(name)/\(name).md").path }

    func committed(_ name: String, _ file: String) throws -> Data {
        try Data(contentsOf: Self.root.appendingPathComponent("Output/\(name)/\(file)"))
    }

    @Test func examplesAreThereWithDatesAndAttribution() throws {
        #expect(Self.examples.contains("huawei-2013"))
        #expect(Self.examples.count >= 4)
        for name in Self.examples {
            let article = try #require(try ArticleReader.read(path: Self.articlePath(name)).first?.result.get())
            #expect(article.dateSource == .metadata && article.published?.count == 10, "\(name)")
            if name != "huawei-2013" {
                #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Examples/\(name)/ATTRIBUTION.md").path), "\(name)")
            }
        }
        let seed = try ArticleReader.read(path: Self.articlePath("huawei-2013"))[0].result.get()
        #expect(seed.published == "2013-12-04" && seed.title == "Huawei Admits Defeat And Withdraws From US Market")
    }

    @Test(arguments: OutputFolderTests.examples)
    func committedOutputIsWhatTheCodeWrites(_ name: String) throws {
        let article = try ArticleReader.read(path: Self.articlePath(name))[0].result.get()
        let doc = Pipeline().extract(article)
        #expect(try committed(name, "timeline.json") == Exporter.export(doc, as: .json), "Output/\(name)/timeline.json is stale: run make output")
        #expect(try committed(name, "graph.dot") == Exporter.export(doc, as: .dot), "Output/\(name)/graph.dot is stale: run make output")
        // SVG varies with fonts and Graphviz versions: only well-formedness is checked.
        let svg = try committed(name, "graph.svg")
        let rendered = try Exporter.export(doc, as: .svg)
        #expect(svg.isEmpty == rendered.isEmpty, "Output/\(name)/graph.svg is stale: run make output")
        if !svg.isEmpty {
            #expect(XMLParser(data: svg).parse(), "Output/\(name)/graph.svg is not well-formed XML")
        }
        if let timeline = try? committed(name, "timeline.svg") {
            #expect(XMLParser(data: timeline).parse(), "Output/\(name)/timeline.svg is not well-formed XML")
        }
    }
}
