import Foundation
import Testing
@testable import Storyline

@Suite struct TimelineTaskTests {
    static let task = TimelineEvaluationTests.task

    @Test func readsRawCATTokensAndCreationTime() throws {
        let url = Self.task.appendingPathComponent("cat_raw/16844-Apple_unveils_iPhone_4.xml")
        let doc = try #require(TimelineTask.readCAT(try String(contentsOf: url, encoding: .utf8)))
        #expect(doc.id == "16844")
        #expect(doc.dct == "2010-06-08")
        #expect(doc.tokens.first?.text == "Apple")
        #expect(doc.tokens.first?.sentence == 0)
        let bytes = Array(doc.text.utf8)
        for t in doc.tokens.prefix(80) {
            #expect(String(decoding: bytes[t.bytes], as: UTF8.self) == t.text)
        }
        #expect(doc.text.hasPrefix("Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010\n\nJune 8, 2010"))
    }

    @Test func findsTargetMentionsByName() {
        let text = AnalyzedText("Steve Jobs met the Apple Corps board. Jobs said iPods sold well; the iPhone 4 and iPhone 3G too.")
        func found(_ target: String) -> [String] { TimelineTask.targetMentions(text, target: target).map { text.text($0.bytes) } }
        #expect(found("Steve Jobs") == ["Steve Jobs", "Jobs"])
        #expect(found("Beatles Apple corps") == ["Apple Corps"])
        #expect(found("iPod") == ["iPods"])
        #expect(found("iPhone 4") == ["iPhone 4"])
        #expect(TimelineTask.nameMatches("Apple Corps", target: TimelineTask.words("Beatles Apple corps")))
        #expect(!TimelineTask.nameMatches("Apple", target: TimelineTask.words("Beatles Apple corps")))
    }

    @Test func timelineFileOrdersByDateAndLeavesUndatedUnordered() {
        let events = [
            TimelineTask.TimelineEvent(event: "1-3-said", date: "2010-06-08", document: 0, token: 30),
            TimelineTask.TimelineEvent(event: "1-2-unveiled", date: "2010-06-07", document: 0, token: 20),
            TimelineTask.TimelineEvent(event: "2-4-sold", date: "XXXX", document: 1, token: 5),
            TimelineTask.TimelineEvent(event: "1-5-has", date: "2010-06-08", document: 0, token: 50),
            TimelineTask.TimelineEvent(event: "1-3-said", date: "2010-06-08", document: 0, token: 30),
        ]
        let file = TimelineTask.timelineFile(target: "iPhone 4", events: events)
        #expect(file == "iPhone 4\n1\t2010-06-07\t1-2-unveiled\n2\t2010-06-08\t1-3-said\n2\t2010-06-08\t1-5-has\n0\tXXXX-XX-XX\t2-4-sold\n")
        let parsed = TimelineEvaluation.parse(file)
        #expect(parsed.count == 4)
    }

    @Test func wholeProcedureRunsOnTheAppleTrialData() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-tl-test-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = try TimelineTask.run(Self.task, output: out)
        #expect(report.timelines.count == 6)
        #expect(report.skipped.isEmpty)
        #expect(report.micro.f1 > 0.05)
    }
}
