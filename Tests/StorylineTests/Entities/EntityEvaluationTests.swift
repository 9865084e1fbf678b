import Foundation
import Testing
@testable import Storyline

@Suite struct EntityEvaluationTests {
    typealias M = EntityEvaluation.SpanMention

    @Test func scoresExactSpanAndType() {
        // gold: PER 0..<2, ORG 5..<6, LOC 8..<9; system: PER 0..<2 (right), ORG 5..<7 (wrong span),
        // LOC 8..<9 typed ORG (wrong type), PER 10..<11 (spurious).
        let gold = [M(tokens: 0..<2, type: .person), M(tokens: 5..<6, type: .organization), M(tokens: 8..<9, type: .location)]
        let system = [M(tokens: 0..<2, type: .person), M(tokens: 5..<7, type: .organization),
                      M(tokens: 8..<9, type: .organization), M(tokens: 10..<11, type: .person)]
        let s = EntityEvaluation.score(gold: gold, system: system)
        var overall = EntityEvaluation.Counts()
        for c in s.perType.values { overall.truePositives += c.truePositives; overall.falsePositives += c.falsePositives; overall.falseNegatives += c.falseNegatives }
        #expect(overall == EntityEvaluation.Counts(truePositives: 1, falsePositives: 3, falseNegatives: 2))
        #expect(abs(overall.precision - 0.25) < 1e-9)
        #expect(abs(overall.recall - 1.0 / 3.0) < 1e-9)
        #expect(abs(overall.f1 - 2 * 0.25 * (1.0 / 3.0) / (0.25 + 1.0 / 3.0)) < 1e-9)
        #expect(s.perType[.person] == EntityEvaluation.Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(s.perType[.location] == EntityEvaluation.Counts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        // span only: 0..<2 and 8..<9 match
        #expect(s.untyped == EntityEvaluation.Counts(truePositives: 2, falsePositives: 2, falseNegatives: 1))
    }

    @Test func ignoredAndExcludedSpansCountNeitherWay() {
        let gold = [M(tokens: 0..<1, type: .organization)]
        let system = [M(tokens: 0..<1, type: .organization), M(tokens: 3..<4, type: .organization), M(tokens: 6..<7, type: .location),
                      M(tokens: 9..<10, type: .event)]
        let s = EntityEvaluation.score(gold: gold, system: system, ignored: [3..<4], excluded: [5..<8])
        #expect(s.perType[.organization] == EntityEvaluation.Counts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(s.perType[.location] == nil)
    }

    @Test func nameSpanDropsDeterminersModifiersAndPossessors() {
        func span(_ s: String) -> String? {
            let t = s.components(separatedBy: " ")
            return EntityEvaluation.nameSpan(t, 0..<t.count).map { t[$0].joined(separator: " ") }
        }
        #expect(span("the recently announced iPhone 4") == "iPhone 4")
        #expect(span("Moscone Center in San Francisco , California") == "Moscone Center")
        #expect(span("Apple 's iTunes store") == "iTunes store")
        #expect(span("Mr Justice Anthony Mann") == "Anthony Mann")
        #expect(span("Apple Inc. ,") == "Apple Inc.")
        #expect(span("the company") == nil)
    }

    @Test func rebuildsTextWithTokenOffsets() {
        let tokens = ["Apple", "'s", "Wal", "-", "Mart", "deal", ",", "(", "WWDC", ")", "ended", ".", "Next", "line"]
        let sentences = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
        let (text, ranges) = EntityEvaluation.rebuildText(tokens: tokens, sentences: sentences)
        #expect(text == "Apple's Wal-Mart deal, (WWDC) ended.\nNext line")
        let bytes = Array(text.utf8)
        for (i, r) in ranges.enumerated() { #expect(String(decoding: bytes[r], as: UTF8.self) == tokens[i]) }
    }

    /// Corpora that split numbers at every colon, full stop and slash (ECB+, EventStoryLine) get
    /// clock times, decimals, numeric dates and "p.m." back whole; a sentence's full stop does not
    /// glue to a number after it.
    @Test func rebuildsNumbersSplitAtPunctuation() {
        let tokens = ["At", "8", ":", "56am", "on", "2", "/", "3", "/", "2009", "it", "rose", "14", ".", "4", "%", "at", "2", "p", ".", "m", ".", "In", "2013", ".", "2014", "came"]
        let sentences = [Int](repeating: 0, count: 22) + [1, 1, 1, 1, 1]
        let (text, ranges) = EntityEvaluation.rebuildText(tokens: tokens, sentences: sentences)
        #expect(text == "At 8:56am on 2/3/2009 it rose 14.4% at 2 p.m.\nIn 2013. 2014 came")
        let bytes = Array(text.utf8)
        for (i, r) in ranges.enumerated() { #expect(String(decoding: bytes[r], as: UTF8.self) == tokens[i]) }
    }

    @Test func readsCATXML() throws {
        let xml = """
        <Document doc_id="1"><token t_id="1" sentence="0" number="0">Steve</token><token t_id="2" sentence="0" number="1">Jobs</token>\
        <token t_id="3" sentence="0" number="2">runs</token><token t_id="4" sentence="0" number="3">Apple</token>\
        <Markables><ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>\
        <ENTITY_MENTION m_id="11" syntactic_type="PRE.NAM"><token_anchor t_id="4"/></ENTITY_MENTION>\
        <ENTITY m_id="20" ent_type="PER" instance_id="x"/><ENTITY m_id="21" ent_type="ORG" instance_id="y"/></Markables>\
        <Relations><REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO>\
        <REFERS_TO r_id="2"><source m_id="11"/><target m_id="21"/></REFERS_TO></Relations></Document>
        """
        let doc = try EntityEvaluation.parseCAT(Data(xml.utf8), name: "t.xml")
        #expect(doc.tokens == ["Steve", "Jobs", "runs", "Apple"])
        #expect(doc.mentions == [M(tokens: 0..<2, type: .person)])
        #expect(doc.ignored == [3..<4])
    }

    /// The MEANTIME Apple development corpus: the score must stay at or above the target.
    @Test func meantimeAppleScore() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("shared/data/meantime_semeval2015_apple_dev/meantime_en/intra_cross-doc_annotation/corpus_apple").path
        try #require(FileManager.default.fileExists(atPath: dir), "MEANTIME corpus missing at \(dir)")
        let report = try EntityEvaluation.evaluate(goldDirectory: dir)
        #expect(report.documents == 30)
        #expect(report.overall.f1 >= 0.75, "\(report.table())")
    }
}
