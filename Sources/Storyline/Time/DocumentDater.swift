/// Infers a publication date from the text when no date is given: the most recent specific
/// date the text mentions, with partial dates ("2 December", "last month") placed in the most
/// recent year it mentions (full years, "October 2012", apostrophe years "’13").
enum DocumentDater {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or nil when the text gives no clue.
    static func infer(_ text: AnalyzedText) -> String? {
        let mentions = TimeTagger.shared.tag(text, dct: nil)
        var latestYear: Int?
        var futureYears: [Int] = []
        var fullDates: [DateValue] = []
        var partial: [(month: Int, day: Int?)] = []
        for m in mentions where m.type == .date || m.type == .time {
            let future = TimeTagger.tense(of: Int(text.tokens[m.tokens.lowerBound].sentence), text: text) > 0
            if let v = DateValue(m.value) {
                // Dates in future-tense sentences ("will ship in 2015") are not publication clues.
                if future { futureYears.append(v.year); continue }
                latestYear = max(latestYear ?? v.year, v.year)
                if v.granularity == .day || v.granularity == .month { fullDates.append(v) }
            } else if m.value.hasPrefix("XXXX-"), !future {
                let u = Array(m.value.utf8)
                func num(_ a: Int) -> Int? {
                    guard a + 2 <= u.count, u[a] >= 0x30, u[a] <= 0x39, u[a + 1] >= 0x30, u[a + 1] <= 0x39 else { return nil }
                    return Int(u[a] - 0x30) * 10 + Int(u[a + 1] - 0x30)
                }
                if let month = num(5), (1...12).contains(month) {
                    let day = u.count >= 10 && u[7] == 0x2D ? num(8) : nil
                    partial.append((month, day))
                }
            }
        }
        // Years named in future-tense sentences bound the date from above: with "in 1988" (past) and
        // "in 1990" (future) the article is most likely from 1989.
        let nextFuture = futureYears.filter { $0 > (latestYear ?? Int.min) }.min()
        guard var year = latestYear ?? nextFuture.map({ $0 - 1 }) else { return nil }
        if let f = nextFuture, f == year + 2 { year = f - 1 }
        // The latest dated mention of the latest year, or the latest partial date placed in that year.
        var best: (Int, Int, Int?)? = nil
        for v in fullDates where v.year == year {
            let cand = (v.year, v.month, v.granularity == .day ? Optional(v.day) : nil)
            if best == nil || (cand.1, cand.2 ?? 0) > (best!.1, best!.2 ?? 0) { best = cand }
        }
        for p in partial {
            let cand = (year, p.month, p.day)
            if best == nil || (cand.1, cand.2 ?? 0) > (best!.1, best!.2 ?? 0) { best = cand }
        }
        guard let b = best else { return TimexFormat.four(year) }
        if let d = b.2 { return TimexFormat.day(CalendarDate(year: b.0, month: b.1, day: d)) }
        return TimexFormat.month(b.0, b.1)
    }
}
