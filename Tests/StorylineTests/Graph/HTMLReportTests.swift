import Foundation
import Testing
@testable import Storyline

@Suite("HTML report")
struct HTMLReportTests {
    @Test func selfContainedPageWithPicturesAndTables() throws {
        let html = HTMLReportWriter.write(GraphFixtures.news)
        #expect(html == HTMLReportWriter.write(GraphFixtures.news))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count == 3) // timeline and graph
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        for attribute in ["src=\"", "href=\""] {
            var rest = html[...]
            while let r = rest.range(of: attribute) {
                let value = rest[r.upperBound...].prefix(5)
                #expect(value.hasPrefix("#") || value.hasPrefix("data:"), "external resource: \(attribute)\(value)")
                rest = rest[r.upperBound...]
            }
        }
        // Timeline table in timeline order, triggers marked in their sentences.
        let rows = html.components(separatedBy: "<td class=\"date\"").dropFirst().map { String($0.prefix(60)) }
        #expect(rows.count == 4)
        #expect(rows[0].contains(">2011<") && rows[1].contains(">Nov 2013<") && rows[2].contains(">2 Dec 2013<") && rows[3].contains("date unknown"))
        #expect(html.contains("Huawei <mark>opened</mark> its US enterprise business in 2011."))
        #expect(html.contains("Ren Zhengfei <span class=\"note\">agent</span>"))
        // Entities and relations listed; co_occurs not among the relations.
        #expect(html.contains("<td>Huawei Enterprise USA</td>"))
        #expect(html.contains("“chief operating officer”"))
        #expect(!html.contains("co occurs"))
        // Element ids are unique across the page (Graphviz prefixes them with the graph's id).
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count > 20)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyArticleTextIsEscaped() throws {
        let html = HTMLReportWriter.write(GraphFixtures.hostile)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>x</b>"))
        #expect(!html.contains("' onload='"))
        #expect(!html.contains("\u{7}") && !html.contains("\u{1B}") && !html.contains("\u{1}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&amp;#1; &amp;lt; AT&amp;T;"))
        #expect(html.components(separatedBy: "<svg").count == 3)
    }

    @Test func missingPictureIsANoteNotAFailure() {
        let html = HTMLReportWriter.picture(label: "Graph") { throw GraphRenderError("graph has <many> nodes") }
        #expect(html == "<p class=\"note\">Graph not drawn: graph has &lt;many&gt; nodes</p>\n")
    }

    @Test func evidenceMarkingGuardsOffsets() {
        var event = GraphFixtures.news.events[0]
        event.trigger = Trigger(text: "said", start: 10_000, end: 10_004)
        #expect(HTMLReportWriter.markedEvidence(event) == Escaping.xml(event.evidence.text))
        event.trigger = Trigger(text: "x", start: -5, end: -4)
        #expect(HTMLReportWriter.markedEvidence(event) == Escaping.xml(event.evidence.text))
    }
}
