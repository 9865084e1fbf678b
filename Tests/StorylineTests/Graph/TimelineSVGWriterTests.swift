import Foundation
import GraphvizRender
import Testing
@testable import Storyline

@Suite("Timeline picture")
struct TimelineSVGWriterTests {
    @Test(arguments: [
        ("2013-12-02", "2 Dec 2013"), ("2013-11", "Nov 2013"), ("2011", "2011"), ("2013-Q3", "Q3 2013"),
        ("2013-W48", "week 48, 2013"), ("2013-SU", "summer 2013"), ("199X", "1990s"), ("2013-12-02T15:00", "2 Dec 2013"),
        ("XXXX", "date unknown"), ("PRESENT_REF", "date unknown"), ("XXXX-12-02", "date unknown"), ("", "date unknown"),
    ])
    func dateLabels(value: String, expected: String) {
        #expect(TimelineSVGWriter.dateLabel(value) == expected)
    }

    @Test func eventsInTimelineOrderBesideTheirDates() throws {
        let dot = TimelineSVGWriter.dot(GraphFixtures.news)
        #expect(dot == TimelineSVGWriter.dot(GraphFixtures.news))
        let graph = try Graphviz.shared.parse(dot: dot)
        func label(_ name: String) -> String { GraphFixtures.labelText(graph.nodes.first { $0.name == name }?.attributes["label"] ?? "") }
        #expect(label("axis:0") == "2011")
        #expect(label("axis:1") == "Nov 2013")
        #expect(label("axis:2") == "2 Dec 2013")
        #expect(label("axis:3") == "date unknown")
        #expect(label("event:0").hasPrefix("Huawei opened its US"))
        #expect(label("event:1").hasSuffix("\nin Denver"))
        #expect(label("event:2").contains("Ren Zhengfei, Huawei"))
        // Axis chained in order, each event tied to its axis point on the same rank.
        #expect(graph.edges.contains { $0.tail == "axis:0" && $0.head == "axis:1" })
        #expect(graph.edges.contains { $0.tail == "axis:2" && $0.head == "event:2" })
        #expect(graph.subgraphs.count == 4)
        // Inferred dates are drawn dashed.
        #expect(graph.nodes.first { $0.name == "event:3" }?.attributes["style"] == "filled,dashed")
    }

    @Test func rendersWellFormedSVG() throws {
        let svg = try TimelineSVGWriter.svg(GraphFixtures.news)
        #expect(try GraphFixtures.xmllintProblems(svg) == nil)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("Nov 2013"))
        #expect(text.contains("Huawei Enterprise") == false) // not a participant of any event
    }

    @Test func hostileTextStaysText() throws {
        let doc = GraphFixtures.hostile
        let graph = try Graphviz.shared.parse(dot: TimelineSVGWriter.dot(doc))
        let labels = graph.nodes.filter { $0.name.hasPrefix("event:") }.map { GraphFixtures.labelText($0.attributes["label"] ?? "") }
        #expect(labels.count == doc.events.count)
        for s in GraphFixtures.hostileStrings {
            let words = GraphFixtures.expectedLabel(s).split(whereSeparator: { $0 == " " || $0 == "\n" })
            #expect(labels.contains { label in words.allSatisfy { label.contains($0) } }, "\(s)")
        }
        let svg = try TimelineSVGWriter.svg(doc)
        #expect(try GraphFixtures.xmllintProblems(svg) == nil)
        #expect(!String(decoding: svg, as: UTF8.self).contains("<script"))
    }

    @Test func longTimelinesAreCapped() throws {
        var doc = GraphFixtures.news
        let template = doc.events[0]
        doc.events = (0..<(TimelineSVGWriter.maxEvents + 5)).map { i in
            var e = template
            e.id = "ev\(i)"
            e.date.value = "20\(10 + i % 10)"
            return e
        }
        let graph = try Graphviz.shared.parse(dot: TimelineSVGWriter.dot(doc))
        #expect(graph.nodes.filter { $0.name.hasPrefix("event:") }.count == TimelineSVGWriter.maxEvents)
        #expect(graph.nodes.first { $0.name == "more" }?.attributes["label"] == "… and 5 more events")
    }

    @Test func emptyTimelineSaysSo() throws {
        let svg = try TimelineSVGWriter.svg(StorylineDocument())
        #expect(String(decoding: svg, as: UTF8.self).contains("No events found"))
    }
}
