import Foundation
import GraphvizRender
import Testing
@testable import Storyline

/// Seeded random article text from an alphabet of troublemakers: every generated label must
/// read back from libcgraph as written, and every picture must be well-formed XML.
@Suite("Random hostile text through DOT and SVG")
struct RandomTextTests {
    /// Deterministic pseudo-random generator (the test must be reproducible).
    typealias SplitMix64 = SyntheticTimelines.Random

    static let pieces: [String] = [
        "\"", "\\", "\\N", "\\G", "\\n", "\\l", "<", ">", "&", "&#1;", "&#x1F;", "&amp;", "&lt;", "&T;", ";", "#",
        "<<b>x</b>>", "<TABLE>", "]]>", "-->", "<!--", "{{", "}}", "{", "}", "[", "]", "=", ",", "->", "--", "'",
        "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{FEFF}", "\u{202E}", "\u{FFFE}", "\u{FFFF}",
        "é", "中", "🙂", "👩‍👩‍👧", " ", "  ", "a", "Huawei", "digraph", "node", "subgraph", "%s", "%n", "$",
    ]

    static func randomText(_ rng: inout SplitMix64) -> String {
        let n = Int(rng.next() % 12) + 1
        return (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }

    static func randomDocument(seed: UInt64) -> StorylineDocument {
        var rng = SplitMix64(state: seed)
        let count = 12
        let entities = (0..<count).map { i in
            Entity(id: "e\(i)", name: randomText(&rng), type: EntityType.allCases[Int(rng.next() % 6)], aliases: [randomText(&rng)])
        }
        let relations = (0..<count).map { i in
            Relation(id: "r\(i)", source: "e\(i)", target: "e\(Int(rng.next() % UInt64(count)))",
                     type: RelationType.allCases[Int(rng.next() % UInt64(RelationType.allCases.count - 1))], label: randomText(&rng), evidence: [])
        }
        let events = (0..<count).map { i in
            let text = randomText(&rng)
            return Event(id: "ev\(i)", document: "d1", headline: randomText(&rng), type: "statement",
                         trigger: Trigger(text: text, start: 0, end: text.unicodeScalars.count),
                         date: EventDate(timex: nil, value: "20\(10 + i)-0\(1 + i % 9)", certainty: .stated),
                         participants: [Participant(entity: "e\(i)", role: .agent)],
                         evidence: EventEvidence(start: 0, end: text.unicodeScalars.count, text: text))
        }
        return StorylineDocument(documents: [DocumentInfo(id: "d1", title: randomText(&rng), text: "")],
                                 entities: entities, relations: relations, events: events)
    }

    @Test(arguments: 1...20)
    func labelsSurviveAndPicturesAreWellFormed(seed: UInt64) throws {
        let doc = Self.randomDocument(seed: seed)
        let graph = try Graphviz.shared.parse(dot: DOTWriter.graph(doc))
        for entity in doc.entities {
            let node = try #require(graph.nodes.first { $0.name == entity.id })
            #expect(GraphFixtures.labelText(node.attributes["label"] ?? "") == GraphFixtures.expectedLabel(entity.name))
        }
        for relation in doc.relations where relation.type != .coOccurs {
            let labels = graph.edges.filter { $0.tail == relation.source && $0.head == relation.target }
                .map { GraphFixtures.labelText($0.attributes["label"] ?? "") }
            let expected = GraphFixtures.expectedLabel(DOTWriter.edgeLabel(relation))
            #expect(labels.contains(expected), "\(labels) lacks \(expected.debugDescription)")
        }
        let graphProblems = try GraphFixtures.xmllintProblems(try GraphRenderer.render(doc, format: .svg))
        #expect(graphProblems == nil, "\(graphProblems ?? "")")
        let timelineProblems = try GraphFixtures.xmllintProblems(try TimelineSVGWriter.svg(doc))
        #expect(timelineProblems == nil, "\(timelineProblems ?? "")")
    }
}
