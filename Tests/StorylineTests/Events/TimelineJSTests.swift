import Foundation
import Testing
@testable import Storyline

@Suite struct TimelineJSTests {
    func document(_ f: EventFixture, title: String = "Seed") -> StorylineDocument {
        let info = DocumentInfo(id: "seed", title: title, published: "2013-12-04", dateSource: .given, text: f.text.string)
        return DocumentAssembler.assemble(info, text: f.text, timexes: f.timexes, entities: f.entities,
                                          relations: [], events: f.events())
    }

    @Test func seedTimelineLoadsAsTimelineJS3() throws {
        let doc = document(try EventFixture.seed())
        let data = try TimelineJSWriter.data(doc)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let title = try #require(json["title"] as? [String: Any])
        #expect((title["text"] as? [String: Any])?["headline"] as? String == "Seed")
        #expect(events.count == doc.events.filter { DateKey($0.date.value).known }.count)
        let starts = events.compactMap { $0["start_date"] as? [String: String] }
        #expect(starts.count == events.count)
        #expect(starts.first?["year"] == "2011")
        #expect(starts.contains { $0["year"] == "2013" && $0["month"] == "12" && $0["day"] == "2" })
        for e in events {
            let text = try #require(e["text"] as? [String: String])
            #expect(!(text["headline"] ?? "").isEmpty)
            #expect(e["group"] is String)
        }
        #expect(try TimelineJSWriter.data(doc) == data)
    }

    @Test func articleTextIsEscapedForHTMLInsideJSON() throws {
        var f = EventFixture("Acme said <script>alert(\"x\")</script> & \\ \"quoted\" in 2011.")
        f.timex("2011", .date, "2011")
        f.entity("Acme", .organization)
        let data = try TimelineJSWriter.data(document(f, title: "<b>Title</b>"))
        let string = String(decoding: data, as: UTF8.self)
        #expect(!string.contains("<script>"))
        #expect(!string.contains("<b>"))
        #expect(string.contains("&lt;script&gt;"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(json != nil)
    }

    @Test func datesAtTheirOwnGranularity() {
        #expect(TimelineJSWriter.slideDate("2013")?.month == nil)
        #expect(TimelineJSWriter.slideDate("2013-04")?.month == "4")
        #expect(TimelineJSWriter.slideDate("2013-04")?.day == nil)
        #expect(TimelineJSWriter.slideDate("2013-12-02")?.day == "2")
        #expect(TimelineJSWriter.slideDate("2013-12-02T15:30")?.hour == "15")
        #expect(TimelineJSWriter.slideDate("199X")?.year == "1990")
        #expect(TimelineJSWriter.slideDate("XXXX") == nil)
        #expect(TimelineJSWriter.slideDate("PRESENT_REF") == nil)
    }
}
