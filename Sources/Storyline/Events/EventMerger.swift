/// Merges the same event told more than once in one document: same type, compatible dates,
/// a shared participant. The first telling keeps its trigger and headline; the others become
/// `otherSentences` (with their triggers in `otherTriggers`); the best date wins (stated over inferred, finer over coarser).
enum EventMerger {
    static func merge(_ events: [EventRecord], dct: String? = nil) -> [EventRecord] {
        var out: [EventRecord] = []
        // Candidates are looked up by (type, participant) so merging stays near-linear.
        var byKey: [MergeKey: [Int]] = [:]
        for e in events {
            var target: Int? = nil
            // With an agent, only an event with the same agent can be the same event.
            let keys = e.participants.first(where: { $0.role == .agent }).map { [$0] } ?? e.participants
            search: for p in keys {
                for idx in byKey[MergeKey(type: e.type, entity: p.entity)] ?? [] where compatible(out[idx], e) && sameAgent(out[idx], e) {
                    target = idx
                    break search
                }
            }
            if let t = target {
                var m = out[t]
                if e.sentence != m.sentence && !m.otherSentences.contains(e.sentence) {
                    m.otherSentences.append(e.sentence)
                    m.otherTriggers.append(e.trigger)
                }
                for p in e.participants where !m.participants.contains(where: { $0.entity == p.entity }) { m.participants.append(p) }
                if better(e, than: m, dct: dct) {
                    m.dateValue = e.dateValue; m.timex = e.timex; m.certainty = e.certainty; m.endValue = e.endValue
                }
                out[t] = m
                for p in e.participants { append(&byKey, MergeKey(type: e.type, entity: p.entity), t) }
                continue
            }
            out.append(e)
            for p in e.participants { append(&byKey, MergeKey(type: e.type, entity: p.entity), out.count - 1) }
        }
        return out
    }

    private static func sameAgent(_ a: EventRecord, _ b: EventRecord) -> Bool {
        guard let x = a.participants.first(where: { $0.role == .agent })?.entity,
              let y = b.participants.first(where: { $0.role == .agent })?.entity else { return true }
        return x == y
    }

    /// Events of one type with one participant: where a retelling is looked for.
    private struct MergeKey: Hashable {
        var type: String
        var entity: Int
    }

    private static func append(_ table: inout [MergeKey: [Int]], _ key: MergeKey, _ value: Int) {
        if table[key]?.contains(value) == true { return }
        table[key, default: []].append(value)
    }

    /// Dates that can denote the same time: equal, one within the other, unknown, or a date
    /// only inferred from the publication date.
    static func compatible(_ a: EventRecord, _ b: EventRecord) -> Bool {
        if a.tense == "future" || b.tense == "future" { return a.tense == b.tense || a.dateValue == "XXXX" || b.dateValue == "XXXX" }
        // An inferred date is only known to its month: "2013-12-04" (publication) fits "2013-12-02".
        func coarse(_ e: EventRecord) -> String {
            e.certainty == .inferred && e.timex == nil && e.dateValue.utf8.count > 7 ? String(e.dateValue.prefix(7)) : e.dateValue
        }
        return datesCompatible(coarse(a), coarse(b))
    }

    /// True when one TIMEX3 value equals or contains the other ("2013-04" and "2013-04-18"), or either is unknown.
    static func datesCompatible(_ a: String, _ b: String) -> Bool {
        if a == b || !DateKey(a).known || !DateKey(b).known { return true }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    private static func better(_ e: EventRecord, than m: EventRecord, dct: String?) -> Bool {
        if e.certainty == .stated && m.certainty != .stated { return true }
        if e.certainty != m.certainty { return false }
        // The narrative time of the story is better than the publication date.
        if e.certainty == .inferred, let d = dct, m.dateValue == d, e.dateValue != d, DateKey(e.dateValue).known { return true }
        if m.timex == nil && e.timex == nil && !DateKey(m.dateValue).known && DateKey(e.dateValue).known { return true }
        return false
    }
}
