import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Gold time expressions of a CAT XML document, for `eval timex`: MEANTIME (`TIMEX3` markables)
/// or EventStoryLine (`TIME_DATE`, `TIME_OF_THE_DAY`, `TIME_DURATION`, `TIME_SET`).
///
/// The document's text is rebuilt from its tokens. MEANTIME annotates time expressions in the
/// title, the date line and the first sentences of each article only
/// (`EntityEvaluation.fullyAnnotatedSentences`), so its text is cut after them and every
/// expression the tool finds in it is scored. The publication date is the value of the
/// `CREATION_TIME` TIMEX3 (MEANTIME) or of the `DCT="TRUE"` markable (EventStoryLine); when that
/// markable is anchored to tokens (the article's date line) it is a gold expression too.
public enum CATTimexReader {
    /// TIMEX3 types of EventStoryLine's time markables.
    static let storyLineTypes: [String: TimexType] = ["TIME_DATE": .date, "TIME_OF_THE_DAY": .time, "TIME_DURATION": .duration, "TIME_SET": .set]

    /// Reads one CAT XML document as a `TimeMLDocument` (text, DCT and gold timexes).
    public static func read(_ data: Data, name: String) throws -> TimeMLDocument {
        let delegate = EntityEvaluation.CATParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse(), !delegate.tokens.isEmpty else { throw EntityEvaluation.EvaluationError.badXML(name) }
        let meantime = delegate.timexes.contains { $0.element == "TIMEX3" }
        let scope = EntityEvaluation.fullyAnnotatedSentences
        let kept = meantime ? delegate.sentences.prefix { $0 <= scope.upperBound }.count : delegate.tokens.count
        let tokens = Array(delegate.tokens.prefix(kept)), sentences = Array(delegate.sentences.prefix(kept))
        let (text, byteRanges) = EntityEvaluation.rebuildText(tokens: tokens, sentences: sentences)
        // Unicode-scalar offset of every byte offset that starts or ends a token.
        var scalarAt = [Int](repeating: 0, count: text.utf8.count + 1)
        var n = 0
        for (i, b) in text.utf8.enumerated() {
            scalarAt[i] = n
            if b & 0xC0 != 0x80 { n += 1 }
        }
        scalarAt[text.utf8.count] = n
        var tokenIndex: [String: Int] = [:]
        for (i, id) in delegate.tokenIDs.prefix(kept).enumerated() { tokenIndex[id] = i }
        let scalars = Array(text.unicodeScalars)
        var published: String?
        var gold: [Timex] = []
        for (element, attributes, anchors) in delegate.timexes {
            // The creation time is also an expression of the text when it is anchored (the date line).
            if attributes["functionInDocument"] == "CREATION_TIME" || attributes["DCT"] == "TRUE", let v = attributes["value"] {
                published = TimeMLReader.normalisedDate(v)
            }
            let idx = anchors.compactMap { tokenIndex[$0] }
            guard !idx.isEmpty, idx.count == anchors.count, let lo = idx.min(), let hi = idx.max(),
                  let type = storyLineTypes[element] ?? TimexType(rawValue: attributes["type"] ?? "") else { continue }
            let start = scalarAt[byteRanges[lo].lowerBound], end = scalarAt[byteRanges[hi].upperBound]
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[start..<end])
            gold.append(Timex(id: "t\(gold.count + 1)", document: name, text: String(s), start: start, end: end,
                              type: type, value: attributes["value"] ?? "", mod: attributes["mod"].flatMap { $0.isEmpty ? nil : $0 }))
        }
        let article = Article(id: name, title: name, published: published,
                              dateSource: published == nil ? nil : .metadata, text: text)
        return TimeMLDocument(article: article, goldTimexes: gold.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
    }
}
