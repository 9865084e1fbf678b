import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Scores proper-name entity mentions against MEANTIME CAT XML gold annotation.
///
/// Gold: `ENTITY_MENTION`s with `syntactic_type="NAM"`, typed through `REFERS_TO` by their
/// `ENTITY` instance (PER → PERSON, ORG → ORGANIZATION, LOC → LOCATION, PRO → PRODUCT; FIN and
/// MIX are left out of the score, as are system mentions that overlap them). MEANTIME marks the
/// whole noun phrase ("the recently announced iPhone 4", "Moscone Center in San Francisco,
/// California"); the scored span is its proper-name part (`nameSpan`): determiners, pre-modifiers,
/// titles and a possessor are dropped and post-modifiers cut off. Names used as pre-modifiers
/// (`PRE.NAM`, "Apple" in "Apple Macintosh") are not counted, and a system mention with exactly such
/// a span is neither right nor wrong. A system mention is correct when its token span and type
/// equal a gold mention's. MEANTIME annotates every mention only in the title and the first
/// sentences (sentence numbers 0–5; later sentences only for some entities), so only that part of
/// each document is scored (`fullyAnnotatedSentences`).
public enum EntityEvaluation {
    /// The entity types that are scored.
    public static let scoredTypes: [EntityType] = [.person, .organization, .location, .product]
    /// Sentence numbers (CAT `sentence` attribute) that MEANTIME annotates exhaustively.
    public static let fullyAnnotatedSentences = 0...5

    /// True/false positives and false negatives, with precision, recall and F1.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives; self.falsePositives = falsePositives; self.falseNegatives = falseNegatives
        }
        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static func += (a: inout Counts, b: Counts) {
            a.truePositives += b.truePositives; a.falsePositives += b.falsePositives; a.falseNegatives += b.falseNegatives
        }
    }

    /// A mention: a token span (end exclusive) and a type.
    public struct SpanMention: Hashable, Sendable {
        public var tokens: Range<Int>
        public var type: EntityType
        public init(tokens: Range<Int>, type: EntityType) { self.tokens = tokens; self.type = type }
    }

    /// One gold document: its tokens (with sentence numbers) and its name mentions.
    public struct GoldDocument: Sendable {
        public var name: String
        public var tokens: [String]
        public var sentences: [Int]
        /// Scored gold mentions (name spans).
        public var mentions: [SpanMention]
        /// Spans that are neither right nor wrong when the system marks them (PRE.NAM names).
        public var ignored: Set<Range<Int>>
        /// Token spans of excluded gold types (FIN, MIX); overlapping system mentions are ignored.
        public var excluded: [Range<Int>]
    }

    /// Scores per type and overall, and the list of errors.
    public struct Report: Sendable {
        public var perType: [EntityType: Counts] = [:]
        public var overall = Counts()
        /// Span-only score (type ignored).
        public var untyped = Counts()
        public var documents = 0
        public var errors: [String] = []

        /// A plain-text table of the scores.
        public func table() -> String {
            func row(_ name: String, _ c: Counts) -> String {
                let pad = name.padding(toLength: 14, withPad: " ", startingAt: 0)
                return pad + String(format: "%6d %6d %6d   %.3f  %.3f  %.3f", c.truePositives, c.falsePositives, c.falseNegatives, c.precision, c.recall, c.f1)
            }
            var lines = ["entity mentions (\(documents) documents, exact span and type)",
                         "type              tp     fp     fn   P      R      F1"]
            for t in EntityEvaluation.scoredTypes { lines.append(row(t.rawValue, perType[t] ?? Counts())) }
            lines.append(row("overall", overall))
            lines.append(row("span only", untyped))
            return lines.joined(separator: "\n")
        }
    }

    // MARK: - Scoring

    /// Scores system mentions against gold mentions of one document.
    public static func score(gold: [SpanMention], system: [SpanMention], ignored: Set<Range<Int>> = [],
                             excluded: [Range<Int>] = []) -> (perType: [EntityType: Counts], untyped: Counts, missed: [SpanMention], spurious: [SpanMention]) {
        var perType: [EntityType: Counts] = [:]
        let goldSet = Set(gold)
        let goldSpans = Set(gold.map(\.tokens))
        var systemSet: Set<SpanMention> = []
        var untyped = Counts()
        var spurious: [SpanMention] = []
        for s in system where scoredTypes.contains(s.type) {
            if ignored.contains(s.tokens) && !goldSpans.contains(s.tokens) { continue }
            if excluded.contains(where: { $0.overlaps(s.tokens) }) && !goldSpans.contains(s.tokens) { continue }
            guard systemSet.insert(s).inserted else { continue }
            if goldSet.contains(s) { perType[s.type, default: Counts()].truePositives += 1 }
            else { perType[s.type, default: Counts()].falsePositives += 1; spurious.append(s) }
        }
        var missed: [SpanMention] = []
        for g in goldSet.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) where !systemSet.contains(g) {
            perType[g.type, default: Counts()].falseNegatives += 1
            missed.append(g)
        }
        let systemSpans = Set(systemSet.map(\.tokens))
        untyped.truePositives = systemSpans.intersection(goldSpans).count
        untyped.falsePositives = systemSpans.count - untyped.truePositives
        untyped.falseNegatives = goldSpans.count - untyped.truePositives
        return (perType, untyped, missed, spurious)
    }

    /// Runs the entity stage on every `*.xml` file of a folder and scores it.
    public static func evaluate(goldDirectory: String) throws -> Report {
        let files = try FileManager.default.contentsOfDirectory(atPath: goldDirectory).filter { $0.hasSuffix(".xml") }.sorted()
        guard !files.isEmpty else { throw EvaluationError.noGoldFiles(goldDirectory) }
        var report = Report()
        for f in files {
            let path = (goldDirectory as NSString).appendingPathComponent(f)
            guard let data = FileManager.default.contents(atPath: path) else { throw EvaluationError.unreadable(path) }
            var doc = try parseCAT(data, name: f)
            let inScope = { (m: SpanMention) in m.tokens.lowerBound < doc.sentences.count && fullyAnnotatedSentences.contains(doc.sentences[m.tokens.lowerBound]) }
            let system = systemMentions(doc).filter(inScope)
            doc.mentions = doc.mentions.filter(inScope)
            let s = score(gold: doc.mentions, system: system, ignored: doc.ignored, excluded: doc.excluded)
            for (t, c) in s.perType { report.perType[t, default: Counts()] += c; report.overall += c }
            report.untyped += s.untyped
            report.documents += 1
            func show(_ m: SpanMention) -> String { doc.tokens[m.tokens].joined(separator: " ") }
            for m in s.missed { report.errors.append("\(f)\tmissed\t\(m.type.rawValue)\t\(show(m))") }
            for m in s.spurious { report.errors.append("\(f)\tspurious\t\(m.type.rawValue)\t\(show(m))") }
        }
        return report
    }

    /// Errors of the evaluation.
    public enum EvaluationError: Error, CustomStringConvertible {
        case noGoldFiles(String), unreadable(String), badXML(String)
        public var description: String {
            switch self {
            case .noGoldFiles(let d): return "\(d): no .xml gold files"
            case .unreadable(let p): return "\(p): cannot read the file"
            case .badXML(let p): return "\(p): not a CAT XML file"
            }
        }
    }

    // MARK: - Speed

    /// Speed of the entity and relation stages on `text` repeated to at least `minimumBytes`:
    /// bytes, and wall-clock and CPU seconds of this thread for tokenising and for the stages.
    public static func benchmark(text: String, minimumBytes: Int) -> (bytes: Int, textSeconds: Double, stageSeconds: Double, textCPU: Double, stageCPU: Double) {
        guard !text.isEmpty else { return (0, 0, 0, 0, 0) }
        var big = ""
        while big.utf8.count < minimumBytes { big += text; big += "\n\n" }
        // Lexicons are compiled once per process: build them before timing.
        let warm = AnalyzedText("Warm up: Acme Corp. hired Jane Smith in Denver, Colorado.")
        _ = RelationExtractor.shared.extract(warm, entities: EntityRecognizer.shared.recognize(warm))
        func cpu() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let t0 = clock.now, c0 = cpu()
        let analyzed = AnalyzedText(big)
        let t1 = clock.now, c1 = cpu()
        let entities = EntityRecognizer.shared.recognize(analyzed)
        let relations = RelationExtractor.shared.extract(analyzed, entities: entities)
        let t2 = clock.now, c2 = cpu()
        precondition(!entities.isEmpty || relations.isEmpty)
        return (analyzed.bytes.count, seconds(t1 - t0), seconds(t2 - t1), c1 - c0, c2 - c1)
    }

    // MARK: - Text from tokens

    /// Rebuilds running text from tokens (one sentence per line, usual spacing) and returns each
    /// token's byte range in it.
    public static func rebuildText(tokens: [String], sentences: [Int]) -> (text: String, ranges: [Range<Int>]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(tokens.count)
        let noSpaceBefore: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "''", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]
        let noSpaceAfter: Set<String> = ["(", "[", "{", "$", "``"]
        for (i, tok) in tokens.enumerated() {
            var t = tok
            if t == "``" { t = "\u{201C}" } else if t == "''" { t = "\u{201D}" }
            if i > 0 {
                if i < sentences.count, sentences[i] != sentences[i - 1] {
                    bytes.append(0x0A)
                } else {
                    let prev = tokens[i - 1]
                    let sameNext = i + 1 < tokens.count && (i + 1 >= sentences.count || sentences[i + 1] == sentences[i])
                    let hyphenBefore = tok == "-" && wordLike(prev) && sameNext && wordLike(tokens[i + 1])
                    let hyphenAfter = prev == "-" && i >= 2 && wordLike(tokens[i - 2]) && wordLike(tok)
                    // "8:56am", "14.4", "p.m.": corpora that split numbers and abbreviations at every
                    // colon and full stop get them back whole.
                    // (A year before a full stop ends a sentence: "in 2013. 2014 came".)
                    let numberAfter = i >= 2 && (prev == ":" || prev == "." && tokens[i - 2].utf8.count <= 3 || prev == "/") && allDigits(tokens[i - 2])
                        && startsWithDigit(tok)
                    let slashBefore = tok == "/" && allDigits(prev) && sameNext && startsWithDigit(tokens[i + 1])
                    let meridiemAfter = prev == "." && i >= 2 && ["a", "p"].contains(tokens[i - 2].lowercased()) && ["m", "m."].contains(tok.lowercased())
                    let glue = noSpaceBefore.contains(tok.lowercased()) || noSpaceAfter.contains(prev) || hyphenBefore || hyphenAfter || numberAfter || slashBefore || meridiemAfter
                    if !glue { bytes.append(0x20) }
                }
            }
            let start = bytes.count
            bytes.append(contentsOf: Array(t.utf8))
            ranges.append(start..<bytes.count)
        }
        return (String(decoding: bytes, as: UTF8.self), ranges)
    }

    static func allDigits(_ s: String) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    static func startsWithDigit(_ s: String) -> Bool { s.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true }

    static func wordLike(_ s: String) -> Bool {
        guard let last = s.unicodeScalars.last, let first = s.unicodeScalars.first else { return false }
        return last.properties.isAlphabetic && first.properties.isAlphabetic
    }

    /// The tool's mentions on the rebuilt text of a gold document, as token spans.
    static func systemMentions(_ doc: GoldDocument) -> [SpanMention] {
        let (string, ranges) = rebuildText(tokens: doc.tokens, sentences: doc.sentences)
        let text = AnalyzedText(string)
        let entities = EntityRecognizer.shared.recognize(text)
        var byStart: [Int: Int] = [:], byEnd: [Int: Int] = [:]
        for (i, r) in ranges.enumerated() { byStart[r.lowerBound] = i; byEnd[r.upperBound] = i }
        var out: [SpanMention] = []
        for e in entities {
            for m in e.mentions {
                guard let s = byStart[m.bytes.lowerBound], let t = byEnd[m.bytes.upperBound], s <= t else { continue }
                out.append(SpanMention(tokens: s..<(t + 1), type: e.type))
            }
        }
        return out
    }

    // MARK: - Gold

    static let goldTypes: [String: EntityType] = ["PER": .person, "ORG": .organization, "LOC": .location, "PRO": .product]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"]
    static let titles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "justice", "judge", "presiding", "president", "ceo", "sir", "lord"]
    static let postModifierStarts: Set<String> = [",", "in", "with", "capable", "located", "that", "which", "who", "(", "for", "at", "on", "from", "by", "-lrb-"]

    /// The proper-name part of a gold mention's tokens (see the type's documentation).
    public static func nameSpan(_ tokens: [String], _ extent: Range<Int>) -> Range<Int>? {
        guard !extent.isEmpty, extent.upperBound <= tokens.count else { return nil }
        var lo = extent.lowerBound, hi = extent.upperBound
        if let cut = (lo + 1..<hi).first(where: { postModifierStarts.contains(tokens[$0].lowercased()) }) { hi = cut }
        if let pos = (lo..<hi).last(where: { tokens[$0] == "'s" || tokens[$0] == "'" || tokens[$0] == "\u{2019}s" }), pos + 1 < hi { lo = pos + 1 }
        func isName(_ s: String) -> Bool {
            guard let f = s.unicodeScalars.first else { return false }
            if f.properties.isUppercase { return true }
            let scalars = Array(s.unicodeScalars)
            return scalars.count >= 2 && f.properties.isLowercase && scalars[1].properties.isUppercase
        }
        while lo < hi {
            let t = tokens[lo], l = t.lowercased()
            if determiners.contains(l) || titles.contains(l) || !isName(t) { lo += 1 } else { break }
        }
        while hi > lo, let f = tokens[hi - 1].unicodeScalars.first, !f.properties.isAlphabetic && !(f.value >= 48 && f.value <= 57) { hi -= 1 }
        if lo < hi { return lo..<hi }
        // Fallback: the last run of capitalised tokens anywhere in the extent.
        var end = extent.upperBound
        while end > extent.lowerBound, !isName(tokens[end - 1]) { end -= 1 }
        var start = end
        while start > extent.lowerBound, isName(tokens[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// Parses a MEANTIME CAT XML document.
    public static func parseCAT(_ data: Data, name: String) throws -> GoldDocument {
        let delegate = CATParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw EvaluationError.badXML(name) }
        var index: [String: Int] = [:]
        for (i, id) in delegate.tokenIDs.enumerated() { index[id] = i }
        var instanceType: [String: String] = [:]
        for (mid, type) in delegate.instances { instanceType[mid] = type }
        var mentionType: [String: String] = [:]
        for (sources, target) in delegate.refersTo {
            guard let t = instanceType[target] else { continue }
            for s in sources { mentionType[s] = t }
        }
        var mentions: [SpanMention] = []
        var ignored: Set<Range<Int>> = []
        var excluded: [Range<Int>] = []
        for m in delegate.mentions {
            let idx = m.anchors.compactMap { index[$0] }
            guard let lo = idx.min(), let hi = idx.max() else { continue }
            let extent = lo..<(hi + 1)
            let raw = mentionType[m.id] ?? ""
            if m.syntacticType == "PRE.NAM" {
                if let span = nameSpan(delegate.tokens, extent) { ignored.insert(span) }
                continue
            }
            guard m.syntacticType == "NAM" else { continue }
            guard let type = goldTypes[raw] else { excluded.append(extent); continue }
            if let span = nameSpan(delegate.tokens, extent) { mentions.append(SpanMention(tokens: span, type: type)) }
        }
        return GoldDocument(name: name, tokens: delegate.tokens, sentences: delegate.sentences, mentions: mentions,
                            ignored: ignored, excluded: excluded)
    }

    final class CATParser: NSObject, XMLParserDelegate {
        struct RawMention { var id: String; var syntacticType: String; var anchors: [String] }
        var tokens: [String] = []
        var tokenIDs: [String] = []
        var sentences: [Int] = []
        var mentions: [RawMention] = []
        var instances: [(String, String)] = []
        var refersTo: [([String], String)] = []
        /// Time markables (MEANTIME `TIMEX3`, EventStoryLine `TIME_DATE`, `TIME_OF_THE_DAY`, ...):
        /// element name, attributes and token anchors (a creation time may have none).
        var timexes: [(element: String, attributes: [String: String], anchors: [String])] = []
        private var inTimex = false
        private var inToken = false
        private var tokenText = ""
        private var current: RawMention?
        private var inRefers = false
        private var refSources: [String] = []
        private var refTarget = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            switch name {
            case "token":
                inToken = true; tokenText = ""
                tokenIDs.append(a["t_id"] ?? "")
                sentences.append(Int(a["sentence"] ?? "") ?? 0)
            case "ENTITY_MENTION":
                current = RawMention(id: a["m_id"] ?? "", syntacticType: a["syntactic_type"] ?? "", anchors: [])
            case "TIMEX3", "TIME_DATE", "TIME_OF_THE_DAY", "TIME_DURATION", "TIME_SET":
                inTimex = true
                timexes.append((name, a, []))
            case "token_anchor":
                if current != nil, let t = a["t_id"] { current?.anchors.append(t) }
                if inTimex, let t = a["t_id"], !timexes.isEmpty { timexes[timexes.count - 1].anchors.append(t) }
            case "ENTITY":
                if let id = a["m_id"], let t = a["ent_type"] { instances.append((id, t)) }
            case "REFERS_TO":
                inRefers = true; refSources = []; refTarget = ""
            case "source":
                if inRefers, let m = a["m_id"] { refSources.append(m) }
            case "target":
                if inRefers, let m = a["m_id"] { refTarget = m }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inToken { tokenText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "token":
                inToken = false
                tokens.append(tokenText.trimmingCharacters(in: .whitespacesAndNewlines))
            case "ENTITY_MENTION":
                if let c = current { mentions.append(c) }
                current = nil
            case "TIMEX3", "TIME_DATE", "TIME_OF_THE_DAY", "TIME_DURATION", "TIME_SET":
                inTimex = false
            case "REFERS_TO":
                inRefers = false
                refersTo.append((refSources, refTarget))
            default: break
            }
        }
    }
}
