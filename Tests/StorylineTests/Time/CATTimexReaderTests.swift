import Foundation
import Testing
@testable import Storyline

/// Reading MEANTIME CAT XML as gold time expressions (`storyline eval timex --gold <MEANTIME folder>`).
struct CATTimexReaderTests {
    /// A title, an anchored date line (the creation time), an expression in the body and one in a
    /// sentence beyond the annotated ones.
    static let xml: String = {
        var tokens: [(String, Int)] = [("Café", 0), ("opens", 0),
                                       ("March", 1), ("06", 1), (",", 1), ("2008", 1),
                                       ("The", 2), ("café", 2), ("opened", 2), ("Monday", 2), (".", 2)]
        for s in 3...6 { tokens += [("It", s), ("rained", s), (".", s)] }
        tokens += [("It", 7), ("closed", 7), ("in", 7), ("April", 7), (".", 7)]
        var out = "<Document doc_id=\"1\">"
        for (i, t) in tokens.enumerated() { out += "<token t_id=\"\(i + 1)\" sentence=\"\(t.1)\" number=\"\(i)\">\(t.0)</token>" }
        out += "<Markables>"
        out += "<TIMEX3 m_id=\"50\" functionInDocument=\"CREATION_TIME\" type=\"DATE\" value=\"2008-03-06\"><token_anchor t_id=\"3\"/><token_anchor t_id=\"4\"/><token_anchor t_id=\"5\"/><token_anchor t_id=\"6\"/></TIMEX3>"
        out += "<TIMEX3 m_id=\"51\" functionInDocument=\"NONE\" type=\"DATE\" value=\"2008-03-03\"><token_anchor t_id=\"10\"/></TIMEX3>"
        out += "<TIMEX3 m_id=\"52\" functionInDocument=\"NONE\" type=\"DATE\" value=\"2008-04\"><token_anchor t_id=\"26\"/></TIMEX3>"
        out += "</Markables></Document>"
        return out
    }()

    @Test func readsTextDateAndAnchoredExpressions() throws {
        let doc = try CATTimexReader.read(Data(Self.xml.utf8), name: "cafe")
        #expect(doc.article.published == "2008-03-06")
        // Cut after the last annotated sentence: "April" (sentence 7) is not in the text, nor gold.
        #expect(!doc.article.text.contains("closed"))
        #expect(doc.goldTimexes.map(\.text) == ["March 06, 2008", "Monday"])
        #expect(doc.goldTimexes.map(\.value) == ["2008-03-06", "2008-03-03"])
        // Offsets count Unicode scalars ("Café" is four), so they index the text as TimeML offsets do.
        let scalars = Array(doc.article.text.unicodeScalars)
        for t in doc.goldTimexes {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(s) == t.text)
        }
    }

    @Test func toolFindsTheGoldExpressions() throws {
        let doc = try CATTimexReader.read(Data(Self.xml.utf8), name: "cafe")
        let scores = TimexEvaluation.score(gold: doc.goldTimexes, system: TimexEvaluation.systemTimexes(for: doc))
        #expect(scores.gold == 2 && scores.system == 2 && scores.strictMatches == 2 && scores.valueMatches == 2)
    }

    @Test func rejectsWhatIsNotXML() {
        #expect(throws: (any Error).self) { try CATTimexReader.read(Data("<Document><token".utf8), name: "bad") }
    }

    /// The MEANTIME Apple development corpus (Wikinews, CC BY 4.0): scores must stay at or above
    /// what was measured when this reader was written (value F1 0.857, relaxed F1 0.949).
    @Test func meantimeAppleScores() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("shared/data/meantime_semeval2015_apple_dev/meantime_en/intra-doc_annotation/corpus_apple")
        try #require(FileManager.default.fileExists(atPath: dir.path), "MEANTIME corpus missing at \(dir.path)")
        var total = TimexScores()
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where f.hasSuffix(".xml") {
            let doc = try CATTimexReader.read(Data(contentsOf: dir.appendingPathComponent(f)), name: f)
            total.add(TimexEvaluation.score(gold: doc.goldTimexes, system: TimexEvaluation.systemTimexes(for: doc)))
        }
        #expect(total.gold == 111)
        #expect(total.relaxedF1 >= 0.94 && total.valueF1 >= 0.85, "\(TimexEvaluation.tableRow("meantime", total))")
    }
}
