import Testing
@testable import Storyline

/// The seed article's timeline (issue 2), from hand-made time and entity stage results.
@Suite struct SeedEventTests {
    let f: EventFixture
    let events: [EventRecord]
    init() throws {
        f = try EventFixture.seed()
        events = f.events()
    }

    func event(_ type: String, dated value: String) -> EventRecord? {
        events.first { $0.type == type && $0.dateValue == value }
    }
    func role(_ e: EventRecord, _ name: String) -> ParticipantRole? {
        guard let k = f.entityIndex(name) else { return nil }
        return e.participants.first { $0.entity == k }?.role
    }

    @Test func theFiveDatedEventsInOrder() throws {
        let opened = try #require(event("opening", dated: "2011"))
        #expect(opened.headline == "Huawei opened the US enterprise business")
        #expect(role(opened, "Huawei") == .agent)
        #expect(opened.certainty == .stated)

        let report = try #require(event("warning", dated: "2012-10"))
        #expect(report.headline.hasPrefix("A congressional report cautioned US telecoms"))
        #expect(role(report, "Huawei") == .other && role(report, "ZTE") == .other)

        let xu = try #require(event("statement", dated: "2013-04"))
        #expect(xu.headline.hasPrefix("Eric Xu said the company was dropping its efforts"))
        #expect(role(xu, "Eric Xu") == .agent)
        #expect(!xu.otherSentences.isEmpty) // "Xu reportedly said" in the next paragraph is the same statement

        let show = try #require(event("launch", dated: "2013-11"))
        #expect(show.headline == "Huawei introduced a blade server and storage appliances in Denver")
        #expect(role(show, "Huawei") == .agent && role(show, "Denver") == .location)

        let ren = try #require(event("statement", dated: "2013-12-02"))
        #expect(ren.certainty == .stated)
        #expect(role(ren, "Ren Zhengfei") == .agent)
        let exit = try #require(event("withdrawal", dated: "2013-12-02"))
        #expect(role(exit, "Huawei") == .agent)

        let order = events.sorted { DateKey($0.dateValue) < DateKey($1.dateValue) }
        let positions = [opened, report, xu, show, ren].map { e in order.firstIndex { $0 == e } ?? -1 }
        #expect(positions == positions.sorted() && !positions.contains(-1))
    }

    @Test func headlinesAreShortSentencesFromTheText() {
        for e in events {
            #expect(e.headline.count <= 90)
            #expect(e.headline.first?.isUppercase == true)
            let last = e.headline.split(separator: " ").last.map { $0.lowercased() } ?? ""
            #expect(!EventLexicon.danglingWords.contains(last), "dangling: \(e.headline)")
        }
    }

    @Test func durationsAndNegationsGiveNoEvent() {
        // "for several years" is a DURATION: no event is dated by it.
        #expect(!events.contains { $0.dateValue == "PXY" || $0.dateValue.hasPrefix("P") })
        // "will not impact", "won't impact", "were not the first time": no impact event.
        #expect(!events.contains { $0.headline.lowercased().contains("impact") })
        // "could be leveraged ... to launch cyber-attacks": hypothetical.
        #expect(!events.contains { $0.type == "attack" })
    }

    @Test func deterministic() throws {
        let again = try EventFixture.seed().events()
        #expect(again == events)
    }
}
