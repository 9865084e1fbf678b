import Foundation
import GraphvizRender
import Testing
@testable import Storyline

@Suite("DOT writer")
struct DOTWriterTests {
    @Test func deterministic() {
        #expect(DOTWriter.graph(GraphFixtures.news) == DOTWriter.graph(GraphFixtures.news))
        #expect(DOTWriter.graph(GraphFixtures.hostile) == DOTWriter.graph(GraphFixtures.hostile))
    }

    @Test func nodesStyledByTypeAndEdgesLabelled() throws {
        let graph = try Graphviz.shared.parse(dot: DOTWriter.graph(GraphFixtures.news))
        let byName = Dictionary(graph.nodes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["huawei"]?.attributes["shape"] == "box")
        #expect(byName["ren-zhengfei"]?.attributes["shape"] == "ellipse")
        #expect(byName["china"]?.attributes["shape"] == "hexagon")
        #expect(byName["huawei"]?.attributes["fillcolor"] != byName["ren-zhengfei"]?.attributes["fillcolor"])
        let labels = Set(graph.edges.compactMap { $0.attributes["label"] })
        #expect(labels.contains("founder and CEO"))
        #expect(labels.contains("chief operating officer"))
        #expect(labels.contains("part of")) // empty label: the type in words
        // founded + works_for with the same words: one edge, both types in its tooltip.
        let founder = graph.edges.filter { $0.tail == "ren-zhengfei" && $0.head == "huawei" }
        #expect(founder.count == 1)
        #expect(founder.first?.attributes["tooltip"] == "founded, works for")
        // Dangling relation to an unknown entity is not drawn; no stray node appears.
        #expect(byName["nobody"] == nil)
        // Legend, with the types present (and only those).
        #expect(byName["legend:title"]?.attributes["label"] == "Legend")
        #expect(byName["legend:ORGANIZATION"]?.attributes["shape"] == "box")
        #expect(byName["legend:ORGANIZATION"]?.attributes["label"] == "Organisation")
        #expect(byName["legend:works_for"]?.attributes["label"] == "→ works for")
        #expect(byName["legend:co_occurs"] == nil && byName["legend:lives_in"] == nil && byName["legend:MISC"] == nil)
        #expect(graph.attributes["label"] == "Huawei drops US push")
    }

    @Test func coOccurrenceHiddenUnlessAsked() throws {
        let hidden = try Graphviz.shared.parse(dot: DOTWriter.graph(GraphFixtures.news))
        #expect(!hidden.edges.contains { $0.head == "denver" })
        let shown = try Graphviz.shared.parse(dot: DOTWriter.graph(GraphFixtures.news, options: ExportOptions(showCooccurrence: true)))
        let edge = try #require(shown.edges.first { $0.head == "denver" })
        #expect(edge.attributes["dir"] == "none")
        #expect(edge.attributes["style"] == "dashed")
    }

    @Test func engineChosenBySizeUnlessOverridden() throws {
        #expect(try Graphviz.shared.summary(dot: DOTWriter.graph(GraphFixtures.news)).layout == "dot")
        let big = GraphFixtures.ring(GraphLayoutPolicy.sfdpAbove + 1)
        #expect(try Graphviz.shared.summary(dot: DOTWriter.graph(big)).layout == "sfdp")
        #expect(try Graphviz.shared.summary(dot: DOTWriter.graph(big, options: ExportOptions(engine: "neato"))).layout == "neato")
        #expect(GraphLayoutPolicy.engine(nodes: 10) == "dot")
        #expect(GraphLayoutPolicy.engine(nodes: 10_000, requested: "circo") == "circo")
    }

    @Test func hostileTextComesBackUnchangedThroughLibcgraph() throws {
        let doc = GraphFixtures.hostile
        let graph = try Graphviz.shared.parse(dot: DOTWriter.graph(doc))
        #expect(graph.nodes.filter { !$0.name.hasPrefix(DOTWriter.legendPrefix) }.count == doc.entities.count)
        for entity in doc.entities {
            let node = try #require(graph.nodes.first { $0.name == entity.id })
            #expect(GraphFixtures.labelText(node.attributes["label"] ?? "") == GraphFixtures.expectedLabel(entity.name))
            #expect(node.attributes["shape"] != nil) // the text did not end the attribute list early
        }
        for relation in doc.relations {
            let edge = try #require(graph.edges.first { $0.tail == relation.source && $0.head == relation.target })
            #expect(GraphFixtures.labelText(edge.attributes["label"] ?? "") == GraphFixtures.expectedLabel(relation.label))
        }
        #expect(GraphFixtures.labelText(graph.attributes["label"] ?? "") == GraphFixtures.expectedLabel(doc.documents[0].title))
    }

    @Test func hostileTextIsInertInSVG() throws {
        let svg = try GraphRenderer.render(GraphFixtures.hostile, format: .svg)
        #expect(try GraphFixtures.xmllintProblems(svg) == nil)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(!text.contains("<b>"))
        #expect(!text.contains("onload='"))
    }
}
