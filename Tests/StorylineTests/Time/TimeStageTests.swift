import Foundation
import Testing
@testable import Storyline

@Suite struct CalendarMathTests {
    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -50000, through: 50000, by: 97) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    }

    @Test func weekdaysAndISOWeeks() {
        #expect(CalendarDate(year: 2013, month: 12, day: 4).weekday == 3)   // Wednesday
        #expect(CalendarDate(year: 2013, month: 12, day: 4).isoWeek == (2013, 49))
        #expect(CalendarDate(year: 2012, month: 12, day: 31).isoWeek == (2013, 1))
        #expect(CalendarDate(year: 2010, month: 1, day: 3).isoWeek == (2009, 53))
    }

    @Test func shifts() {
        let d = CalendarDate(year: 2013, month: 1, day: 15)
        #expect(TimexFormat.shift(d, .month, -1) == "2012-12")
        #expect(TimexFormat.shift(d, .quarter, -1) == "2012-Q4")
        #expect(TimexFormat.shift(d, .day, -15) == "2012-12-31")
        #expect(TimexFormat.shift(d, .decade, 0) == "201")
        #expect(TimexFormat.duration(nil, .year) == "PXY")
        #expect(TimexFormat.duration(3, .hour) == "PT3H")
    }

    @Test func parsesValues() {
        #expect(DateValue("2013-Q3")?.granularity == .quarter)
        #expect(DateValue("2013-12-02T10:00")?.day == 2)
        #expect(DateValue("PRESENT_REF") == nil)
        #expect(DateValue("2013-13") == nil)
    }
}

@Suite struct DocumentDaterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func seedArticleIsDatedDecember2013() throws {
        let url = Self.root.appendingPathComponent("../shared/seed/huawei-2013-eweek.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }  // corpus not beside the clone
        let date = DocumentDater.infer(AnalyzedText(text))
        #expect(date?.hasPrefix("2013-12") == true, "got \(date ?? "nil")")
    }

    /// A date written with its year is of an earlier year (news omits the current year); the
    /// latest partial date is placed in the year after it.
    @Test func latestDateWins() {
        let t = AnalyzedText("The firm was founded in 1998. It was sold on March 3, 2004. On 9 May the new owner closed it.")
        #expect(DocumentDater.infer(t) == "2005-05-09")
    }

    /// A future year far ahead only bounds the date; the past year alone puts the article in the
    /// year after it (the most frequent case in news, measured on TempEval-3).
    @Test func futureYearsAreNoClue() {
        let t = AnalyzedText("The plant opened in 2009. It will be expanded in 2020.")
        #expect(DocumentDater.infer(t) == "2010")
    }

    @Test func pastAndFutureYearsBracketTheDate() {
        let t = AnalyzedText("Profit fell in 1988. Sales will recover in 1990.")
        #expect(DocumentDater.infer(t) == "1989")
    }

    @Test func noClueGivesNil() {
        #expect(DocumentDater.infer(AnalyzedText("Nothing happened on Friday.")) == nil)
        #expect(DocumentDater.infer(AnalyzedText("")) == nil)
    }

    /// The tagger marks the second year of a range, which the dater and the events then leave out.
    @Test func rangeEndsAreMarked() {
        let text = AnalyzedText("He won titles in 2007-08, 1990-1995 and in 2003.")
        let marked = TimeTagger.shared.tag(text, dct: "2013-12-04").map { (text.text($0.bytes), $0.endsRange) }
        #expect(marked.map(\.0) == ["2007", "08", "1990", "1995", "2003"])
        #expect(marked.map(\.1) == [false, true, false, true, false])
    }

    @Test func pipelineResolvesAgainstInferredDate() {
        let doc = Pipeline().extract(Article(id: "a", title: "a", text: "LONDON, 2 December 2013 -- The CEO spoke. Last month the firm grew."))
        #expect(doc.documents.first?.dateSource == .inferred)
        #expect(doc.timexes.contains { $0.text == "Last month" && $0.value == "2013-11" })
    }
}

@Suite struct TimeMLReaderTests {
    static let sample = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>DOC1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
    <TEXT>
    AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that caf\u{E9} &lt;sales&gt; rose &#233;&#x41; in <TIMEX3 tid="t2" type="DURATION" value="P1W" mod="APPROX">about a week</TIMEX3>.
    </TEXT>
    </TimeML>
    """

    @Test func readsTextDCTAndTimexes() throws {
        let doc = try TimeMLReader.read(Self.sample, id: "fallback")
        #expect(doc.article.id == "DOC1")
        #expect(doc.article.published == "1998-01-08")
        #expect(doc.article.dateSource == .metadata)
        let text = doc.article.text
        #expect(text == "\nAT&T said Wednesday that caf\u{E9} <sales> rose \u{E9}A in about a week.\n")
        #expect(doc.goldTimexes.count == 2)
        let scalars = Array(text.unicodeScalars)
        for t in doc.goldTimexes {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[t.start..<t.end])
            #expect(s == t.text)
        }
        #expect(doc.goldTimexes[1].mod == "APPROX")
        #expect(doc.goldTimexes[1].type == .duration)
    }

    @Test func malformedInputThrows() {
        let bad = [
            "", "<TimeML></TimeML>", "<TEXT>unclosed", "<TEXT>a <TIMEX3 tid=\"t1\">b</TEXT>",
            "<TEXT>a </EVENT></TEXT>", "<TEXT>a &bogus; b</TEXT>", "<TEXT>a <TIMEX3 tid=t1>b</TIMEX3></TEXT>",
            "<TEXT>a < b</TEXT>", "<TEXT>a &#0; b</TEXT>",
        ]
        for xml in bad {
            #expect(throws: TimeMLReader.ReadError.self) { try TimeMLReader.read(xml, id: "x") }
        }
    }

    @Test func missingDocIDUsesFallback() throws {
        let doc = try TimeMLReader.read("<TEXT>Hello</TEXT>", id: "fallback")
        #expect(doc.article.id == "fallback")
        #expect(doc.article.published == nil)
        #expect(doc.goldTimexes.isEmpty)
    }
}

@Suite struct TimexEvaluationTests {
    func tx(_ s: Int, _ e: Int, _ type: TimexType = .date, _ v: String = "2013") -> Timex {
        Timex(id: "t", document: "d", text: "", start: s, end: e, type: type, value: v)
    }

    @Test func handComputedScores() {
        // gold: [0,5) DATE 2013, [10,20) DURATION P1Y, [30,35) DATE 2012, [40,45) missed
        // system: [0,5) exact/same; [12,20) overlap, value P2Y, type DURATION; [30,35) exact but TIME;
        //         [50,55) spurious
        let gold = [tx(0, 5), tx(10, 20, .duration, "P1Y"), tx(30, 35, .date, "2012"), tx(40, 45)]
        let sys = [tx(0, 5), tx(12, 20, .duration, "P2Y"), tx(30, 35, .time, "2012"), tx(50, 55)]
        let s = TimexEvaluation.score(gold: gold, system: sys)
        #expect(s.strictMatches == 2 && s.relaxedMatches == 3 && s.valueMatches == 2 && s.typeMatches == 2)
        // strict P = R = 2/4 → F1 0.5; relaxed P = R = 3/4 → F1 0.75
        #expect(abs(s.strictF1 - 0.5) < 1e-9)
        #expect(abs(s.relaxedF1 - 0.75) < 1e-9)
        // value F1 = 0.75 × 2/3 = 0.5; type F1 = 0.75 × 2/3 = 0.5
        #expect(abs(s.valueF1 - 0.5) < 1e-9)
        #expect(abs(s.typeF1 - 0.5) < 1e-9)
    }

    @Test func oneToOneMatching() {
        // One long system timex overlapping two gold ones matches only one of them.
        let s = TimexEvaluation.score(gold: [tx(0, 4), tx(5, 9)], system: [tx(0, 9)])
        #expect(s.relaxedMatches == 1 && s.strictMatches == 0)
        #expect(abs(s.relaxedPrecision - 1) < 1e-9 && abs(s.relaxedRecall - 0.5) < 1e-9)
        let empty = TimexEvaluation.score(gold: [], system: [])
        #expect(empty.relaxedF1 == 0)
    }

    @Test func addsAcrossDocuments() {
        var total = TimexScores()
        total.add(TimexEvaluation.score(gold: [tx(0, 4)], system: [tx(0, 4)]))
        total.add(TimexEvaluation.score(gold: [tx(0, 4)], system: []))
        #expect(total.gold == 2 && total.system == 1 && abs(total.relaxedRecall - 0.5) < 1e-9)
    }

    @Test func runsOnTimeMLWithAndWithoutDCT() throws {
        let doc = try TimeMLReader.read(TimeMLReaderTests.sample, id: "x")
        let withDCT = TimexEvaluation.systemTimexes(for: doc)
        #expect(withDCT.contains { $0.text == "Wednesday" && $0.value == "1998-01-07" })
        let withoutDCT = TimexEvaluation.systemTimexes(for: doc, useDCT: false)
        #expect(withoutDCT.contains { $0.text == "Wednesday" && $0.value == "XXXX-WXX-3" })
        let s = TimexEvaluation.score(gold: doc.goldTimexes, system: withDCT)
        #expect(s.relaxedMatches == 2 && s.valueMatches == 2)
    }
}

@Suite struct TimeMLWriterTests {
    static func document() -> StorylineDocument {
        let text = "AT&T said on 2 December 2013 that <sales> \"rose\" in caf\u{E9}s \u{1F600} last month."
        var doc = Pipeline().extract(Article(id: "doc<1>", title: "T & T", published: "2013-12-04", dateSource: .given, text: text))
        // One event anchored to a timex, one to the DCT, one overlapping a timex (left untagged).
        let scalars = Array(text.unicodeScalars)
        func span(_ word: String) -> Trigger {
            let w = Array(word.unicodeScalars)
            for i in 0...(scalars.count - w.count) where Array(scalars[i..<(i + w.count)]) == w {
                return Trigger(text: word, start: i, end: i + w.count)
            }
            return Trigger(text: word, start: 0, end: 0)
        }
        let ev = EventEvidence(start: 0, end: scalars.count, text: text)
        let tid = doc.timexes.first { $0.text == "2 December 2013" }?.id
        doc.events = [
            Event(id: "ev1", document: "doc<1>", headline: "said", type: "statement", trigger: span("said"),
                  date: EventDate(timex: tid, value: "2013-12-02", certainty: .stated), participants: [], evidence: ev, tense: "past"),
            Event(id: "ev2", document: "doc<1>", headline: "rose", type: "change", trigger: span("rose"),
                  date: EventDate(timex: nil, value: "2013-12-04", certainty: .inferred), participants: [], evidence: ev, tense: "past"),
            Event(id: "ev3", document: "doc<1>", headline: "month", type: "change", trigger: span("month"),
                  date: EventDate(timex: nil, value: "2013", certainty: .inferred), participants: [], evidence: ev),
        ]
        return doc
    }

    @Test func roundTripsTextAndTimexes() throws {
        let doc = Self.document()
        let xml = TimeMLWriter.write(doc)
        let back = try TimeMLReader.read(xml, id: "x")
        #expect(back.article.text == doc.documents[0].text)
        #expect(back.article.id == "doc<1>")
        #expect(back.article.published == "2013-12-04")
        #expect(back.goldTimexes.map { [$0.start, $0.end] } == doc.timexes.map { [$0.start, $0.end] })
        #expect(back.goldTimexes.map(\.value) == doc.timexes.map(\.value))
        #expect(xml.contains("<EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT>"))
        #expect(!xml.contains("eid=\"e3\""))
        #expect(xml.contains("relatedToTime=\"t0\"") && xml.contains("relType=\"BEFORE\""))
        #expect(xml.contains("relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\""))
    }

    @Test func isWellFormedForXmllint() throws {
        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        guard FileManager.default.isExecutableFile(atPath: xmllint.path) else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-timeml-\(UUID().uuidString).tml")
        defer { try? FileManager.default.removeItem(at: file) }
        var two = Self.document()
        two.documents.append(DocumentInfo(id: "b", title: "b", text: "Nothing & nobody."))
        for doc in [Self.document(), two] {
            try Data(TimeMLWriter.write(doc).utf8).write(to: file)
            let p = Process()
            p.executableURL = xmllint
            p.arguments = ["--noout", file.path]
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
    }
}

@Suite struct TimeTaggerRobustnessTests {
    /// Deterministic pseudo-random generator (the test must be reproducible).
    typealias SplitMix = SyntheticTimelines.Random

    @Test func neverCrashesAndKeepsRangesValid() {
        let pieces = ["the", "The", "last", "next", "of", "Dec", ".", ",", "-", "2013", "12/02/2013", "’13", "'", "May",
                      "Friday", "morning", "3", "p.m.", "a", "few", "years", "ago", "earlier", "every", "twice", "week",
                      "quarter", "third", "fiscal", "mid", "early", "end", "about", "more", "than", "9999", "0", "31",
                      "February", "30", "2013-12-02", "1990s", "nineteen", "ninety", "-", "\u{1F600}", "é", "\n\n", "at",
                      "least", "that", "day", "previous", "the", "weekend", "Thanksgiving", "New", "Year", "’s", "Day",
                      "right", "now", "Now", "Q3", "’90s", "for", "years", "old", "$"]
        var rng = SplitMix(state: 42)
        let dcts: [String?] = [nil, "2013-12-04", "1998", "2013-Q3", "bogus", "0001-01-01", "9999-12-31", "2013-02-30"]
        for round in 0..<400 {
            var s = ""
            for _ in 0..<Int.random(in: 0...25, using: &rng) {
                s += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                s += Bool.random(using: &rng) ? " " : ""
            }
            let text = AnalyzedText(s)
            let found = TimeTagger.shared.tag(text, dct: dcts[round % dcts.count])
            var previousEnd = 0
            for m in found {
                #expect(m.tokens.lowerBound >= 0 && m.tokens.upperBound <= text.tokens.count && !m.tokens.isEmpty)
                #expect(m.bytes.lowerBound >= previousEnd && m.bytes.upperBound <= text.bytes.count)
                #expect(!m.value.isEmpty)
                previousEnd = m.bytes.upperBound
            }
            _ = DocumentDater.infer(text)
        }
    }

    @Test func deterministic() {
        let text = AnalyzedText("Last month, on 2 December, the firm said sales rose for six months, and next Tuesday it reports.")
        let a = TimeTagger.shared.tag(text, dct: "2013-12-04")
        let b = TimeTagger.shared.tag(text, dct: "2013-12-04")
        #expect(a == b && a.count == 4)
    }
}

@Suite struct TimeMLCorpusRoundTripTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("../shared/data/tempeval3/timebank")

    /// Reads TempEval-3 files (from ../shared at test time, never copied), runs the pipeline and
    /// checks that the written TimeML gives back the same text and timexes, and that the scores
    /// stay in a sane range.
    @Test func writerReproducesCorpusText() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.corpus.path) else { return }
        var total = TimexScores()
        for name in names.sorted().filter({ $0.hasSuffix(".tml") }).prefix(25) {
            let xml = try String(contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8)
            let gold = try TimeMLReader.read(xml, id: name)
            let doc = Pipeline().extract(gold.article)
            let back = try TimeMLReader.read(TimeMLWriter.write(doc), id: "x")
            #expect(back.article.text == gold.article.text, "\(name)")
            #expect(back.goldTimexes.map(\.value) == doc.timexes.map(\.value), "\(name)")
            total.add(TimexEvaluation.score(gold: gold.goldTimexes, system: doc.timexes))
        }
        #expect(total.relaxedF1 > 0.8)
        #expect(total.valueF1 > 0.6)
    }
}
