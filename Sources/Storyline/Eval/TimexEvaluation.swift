#if canImport(Glibc)
import Glibc
#endif

/// TempEval-3 Task A scoring of time expressions.
///
/// Extents are matched strictly (same start and end) and relaxed (any overlap, one-to-one).
/// Value F1 and type F1 are the relaxed F1 times the share of relaxed matches whose value
/// (or type) is exactly equal to the gold one.
public struct TimexScores: Sendable, Hashable {
    /// Gold timexes (DCT excluded).
    public var gold = 0
    /// System timexes.
    public var system = 0
    /// Pairs with the same start and end.
    public var strictMatches = 0
    /// Pairs that overlap (one-to-one).
    public var relaxedMatches = 0
    /// Relaxed pairs with equal value.
    public var valueMatches = 0
    /// Relaxed pairs with equal type.
    public var typeMatches = 0

    public init() {}

    public var strictPrecision: Double { ratio(strictMatches, system) }
    public var strictRecall: Double { ratio(strictMatches, gold) }
    public var strictF1: Double { f1(strictPrecision, strictRecall) }
    public var relaxedPrecision: Double { ratio(relaxedMatches, system) }
    public var relaxedRecall: Double { ratio(relaxedMatches, gold) }
    public var relaxedF1: Double { f1(relaxedPrecision, relaxedRecall) }
    /// Relaxed F1 × share of matched timexes with the gold value.
    public var valueF1: Double { relaxedF1 * ratio(valueMatches, relaxedMatches) }
    /// Relaxed F1 × share of matched timexes with the gold type.
    public var typeF1: Double { relaxedF1 * ratio(typeMatches, relaxedMatches) }

    /// Adds another document's counts.
    public mutating func add(_ o: TimexScores) {
        gold += o.gold; system += o.system
        strictMatches += o.strictMatches; relaxedMatches += o.relaxedMatches
        valueMatches += o.valueMatches; typeMatches += o.typeMatches
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    private func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}

/// One disagreement found while scoring (for error analysis).
public struct TimexMismatch: Sendable, Hashable {
    /// `missed`: gold without system match; `spurious`: system without gold; `extent`/`value`/`type`:
    /// a relaxed match that differs in that respect.
    public enum Kind: String, Sendable { case missed, spurious, extent, value, type }
    public var kind: Kind
    public var gold: Timex?
    public var system: Timex?
}

/// Scoring of time expressions against gold TimeML, and running the time stage for it.
public enum TimexEvaluation {
    /// Scores one document's system timexes against its gold timexes (offsets in the same text).
    public static func score(gold: [Timex], system: [Timex]) -> TimexScores {
        compare(gold: gold, system: system).scores
    }

    /// Scores and lists the mismatches.
    public static func compare(gold: [Timex], system: [Timex]) -> (scores: TimexScores, mismatches: [TimexMismatch]) {
        var s = TimexScores()
        s.gold = gold.count
        s.system = system.count
        let g = gold.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let sys = system.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var used = [Bool](repeating: false, count: sys.count)
        var mismatches: [TimexMismatch] = []
        for gt in g {
            // Prefer an exact extent match, then the first overlapping unused system timex.
            var pick: Int?
            for (j, st) in sys.enumerated() where !used[j] && st.start == gt.start && st.end == gt.end { pick = j; break }
            if pick == nil {
                for (j, st) in sys.enumerated() where !used[j] && st.start < gt.end && gt.start < st.end { pick = j; break }
            }
            guard let j = pick else { mismatches.append(TimexMismatch(kind: .missed, gold: gt, system: nil)); continue }
            used[j] = true
            let st = sys[j]
            s.relaxedMatches += 1
            if st.start == gt.start && st.end == gt.end { s.strictMatches += 1 }
            else { mismatches.append(TimexMismatch(kind: .extent, gold: gt, system: st)) }
            if st.value == gt.value { s.valueMatches += 1 }
            else { mismatches.append(TimexMismatch(kind: .value, gold: gt, system: st)) }
            if st.type == gt.type { s.typeMatches += 1 }
            else { mismatches.append(TimexMismatch(kind: .type, gold: gt, system: st)) }
        }
        for (j, st) in sys.enumerated() where !used[j] {
            mismatches.append(TimexMismatch(kind: .spurious, gold: nil, system: st))
        }
        return (s, mismatches)
    }

    /// Runs the time stage on a TimeML document's text: with its DCT, or (`useDCT: false`) with
    /// the publication date inferred from the text.
    public static func systemTimexes(for doc: TimeMLDocument, useDCT: Bool = true) -> [Timex] {
        let text = AnalyzedText(doc.article.text)
        let dct = useDCT ? doc.article.published : DocumentDater.infer(text)
        let mentions = TimeTagger.shared.tag(text, dct: dct)
        return mentions.enumerated().map { i, m in
            let r = text.scalarRange(m.bytes)
            return Timex(id: "t\(i + 1)", document: doc.article.id, text: text.text(m.bytes),
                         start: r.lowerBound, end: r.upperBound, type: m.type, value: m.value, mod: m.mod)
        }
    }

    /// The publication date the tool infers from a document's text (ignoring its DCT).
    public static func inferredDate(for doc: TimeMLDocument) -> String? {
        DocumentDater.infer(AnalyzedText(doc.article.text))
    }

    /// The year clues the dater reads in a document's text, on one line (for `eval timex --errors`).
    public static func dateClues(for doc: TimeMLDocument) -> String {
        DocumentDater.Clues(AnalyzedText(doc.article.text)).summary
    }

    /// Measures the time stage alone (tagging and normalisation, text already tokenised) over
    /// the given texts, `repeats` times. Returns bytes processed, wall-clock seconds and the
    /// CPU seconds of the measuring thread (which is what counts on a busy machine).
    public static func timeStageThroughput(_ texts: [String], dct: String? = nil, repeats: Int = 10) -> (bytes: Int, seconds: Double, cpuSeconds: Double) {
        let analysed = texts.map(AnalyzedText.init)
        let clock = ContinuousClock()
        var bytes = 0
        var found = 0
        let cpuStart = threadCPUTime()
        let elapsed = clock.measure {
            for _ in 0..<max(1, repeats) {
                for a in analysed {
                    found &+= TimeTagger.shared.tag(a, dct: dct).count
                    bytes += a.bytes.count
                }
            }
        }
        let cpu = threadCPUTime() - cpuStart
        precondition(found >= 0)
        let c = elapsed.components
        return (bytes, Double(c.seconds) + Double(c.attoseconds) / 1e18, cpu)
    }

    private static func threadCPUTime() -> Double {
        #if canImport(Glibc)
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        #else
        return 0
        #endif
    }

    /// A fixed-width table row: name, counts and the six scores.
    public static func tableRow(_ name: String, _ s: TimexScores) -> String {
        func f(_ x: Double) -> String {
            let v = Int((x * 10000).rounded())
            let frac = v % 10000
            let digits = String(frac)
            return "\(v / 10000)." + String(repeating: "0", count: 4 - digits.count) + digits
        }
        func pad(_ x: String, _ w: Int) -> String { x.count >= w ? x : x + String(repeating: " ", count: w - x.count) }
        return pad(name, 14) + pad(String(s.gold), 6) + pad(String(s.system), 6)
            + [s.strictPrecision, s.strictRecall, s.strictF1, s.relaxedPrecision, s.relaxedRecall, s.relaxedF1,
               s.valueF1, s.typeF1].map { pad(f($0), 8) }.joined()
    }

    /// Header line matching `tableRow`.
    public static let tableHeader = "folder        gold  sys   strP    strR    strF1   relP    relR    relF1   valF1   typeF1"
}
