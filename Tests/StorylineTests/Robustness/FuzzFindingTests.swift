import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Storyline

/// One test per fuzz finding, on the input the fuzzer found (Regressions/<target>/<name>).
///
/// Also found, and replayed by FuzzRegressionTests without a test of its own because it does not happen
/// on the input alone: Regressions/extract/graphviz-mincross-segv-after-many-renders crashed the `extract`
/// fuzzer with a SEGV in libgvplugin_dot_layout `decompose` (dot_mincross ← gvLayout ← Graphviz.renderLocked
/// ← HTMLReportWriter) after 13,413 renders in one process; rendered alone it passes. Likewise
/// Regressions/timeml/graphviz-dot-cleanup-double-free-after-many-renders: an AddressSanitizer double-free in
/// libgvplugin_dot_layout `dot_cleanup` (← gvFreeLayout ← Graphviz.renderLocked ← HTMLReportWriter) after
/// 293,766 inputs (~18,000 renders) in one process. Routed to the graph owner.
@Suite struct FuzzFindingTests {
    static func regression(_ target: String, _ name: String) throws -> Data {
        let url = Robustness.here.appendingPathComponent("Regressions/\(target)/\(name)")
        return try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
    }

    /// readers: broken inputs whose error quotes a piece of the input: a TimeML `&…;` entity spanning a
    /// newline, an unclosed TimeML element whose name holds U+0002, a front matter date full of U+0015.
    /// The error must stay one line of text (SPEC.md: a one-line message naming the file; control
    /// characters would also reach the terminal), but the readers copy the raw input into it.
    @Test(arguments: [("timeml-entity-newline-in-error", "tml"), ("timeml-control-char-in-error", "tml"),
                      ("frontmatter-control-chars-in-error", "md")])
    func inputErrorIsOneLineOfText(input: String, pathExtension: String) throws {
        let data = try Self.regression("readers", input).dropFirst()  // first byte: the harness's format selector
        let inputs = ArticleReader.read(data: Data(data), name: "bad", id: "bad", pathExtension: pathExtension)
        guard case .failure(let error)? = inputs.first?.result else {
            Issue.record("the broken TimeML was accepted")
            return
        }
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
                "\(error.description.debugDescription)")
    }

    /// dot: an entity name holding U+FFFE went into DOT, and libgvc wrote it into the SVG, which XML
    /// forbids (found by the dot target; fixed in a4dfa50: Escaping.dotQuoted drops U+FFFE/U+FFFF).
    @Test func nonCharacterInEntityNameKeepsSVGWellFormed() {
        let dot = DOTWriter.graph(StorylineDocument(
            documents: [DocumentInfo(id: "d", title: "t", text: "")],
            entities: [Entity(id: "e1", name: "a\u{FFFE}b\u{FFFF}", type: .location)]))
        #expect(!dot.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
    }

    /// dot: an entity id holding `&;` (ids are slugs from the pipeline, but storyline JSON given to diff/merge
    /// carries any id). DOTWriter writes ids with `Escaping.dotQuoted`, which leaves `&` alone, and libgvc
    /// copies `&;` unescaped into `<title>` of the SVG: ill-formed XML. Input found by the fuzzer:
    /// Regressions/dot/ampersand-in-entity-id (replay: storyline-fuzz replay dot FILE).
    @Test func ampersandInEntityIDKeepsSVGWellFormed() throws {
        let doc = StorylineDocument(
            documents: [DocumentInfo(id: "d", title: "t", text: "")],
            entities: [Entity(id: "e0.&;", name: "A", type: .person), Entity(id: "b", name: "B", type: .organization)],
            relations: [Relation(id: "r1", source: "e0.&;", target: "e0.&;", type: .worksFor, label: "", evidence: [])])
        let svg = try Exporter.export(doc, as: .svg)
        #expect(XMLParser(data: svg).parse(), "SVG of an entity id with '&;' is not well-formed")
    }
}
