/// Merges the same event told more than once in one document: same type and trigger class
/// (`EventWords.triggerConcept`: an arrest and the charge that follows it, a firing and a hiring are
/// two events though of one type), compatible dates, a shared participant. The first telling keeps its trigger and headline; the others become
/// `otherSentences` (with their triggers in `otherTriggers`); the best date wins (stated over inferred, finer over coarser).
enum EventMerger {
    /// `word` gives the text of a token range (the trigger's words, for its trigger class).
    static func merge(_ events: [EventRecord], dct: String? = nil, word: (Range<Int>) -> String) -> [EventRecord] {
        var out: [EventRecord] = []
        // Trigger class of each event in `out`, computed only when another event may join it.
        var concepts: [String?] = []
        // Candidates are looked up by (type, participant) so merging stays near-linear.
        var byKey: [MergeKey: [Int]] = [:]
        // Records are read in place (`events[ei]`) and copied once, into `out`: each copy of a
        // record retains and releases its strings.
        for ei in events.indices {
            var concept: String? = nil
            var target: Int? = nil
            // With an agent, only an event with the same agent can be the same event.
            let keys = events[ei].participants.first(where: { $0.role == .agent }).map { [$0] } ?? events[ei].participants
            search: for p in keys {
                for idx in byKey[MergeKey(type: events[ei].type, entity: p.entity)] ?? [] where compatible(out[idx], events[ei]) && sameAgent(out[idx], events[ei]) {
                    let mine = concept ?? EventWords.triggerConcept(word(events[ei].trigger), type: events[ei].type)
                    let theirs = concepts[idx] ?? EventWords.triggerConcept(word(out[idx].trigger), type: out[idx].type)
                    concept = mine
                    concepts[idx] = theirs
                    guard mine == theirs else { continue }
                    target = idx
                    break search
                }
            }
            if let t = target {
                // Changed in place: a copy of the record would retain and release each of its strings.
                if events[ei].sentence != out[t].sentence && !out[t].otherSentences.contains(events[ei].sentence) {
                    out[t].otherSentences.append(events[ei].sentence)
                    out[t].otherTriggers.append(events[ei].trigger)
                }
                for p in events[ei].participants where !out[t].participants.contains(where: { $0.entity == p.entity }) { out[t].participants.append(p) }
                if better(events[ei], than: out[t], dct: dct) {
                    out[t].dateValue = events[ei].dateValue; out[t].timex = events[ei].timex; out[t].certainty = events[ei].certainty; out[t].endValue = events[ei].endValue
                }
                for p in events[ei].participants { append(&byKey, MergeKey(type: events[ei].type, entity: p.entity), t) }
                continue
            }
            out.append(events[ei])
            concepts.append(concept)
            for p in events[ei].participants { append(&byKey, MergeKey(type: events[ei].type, entity: p.entity), out.count - 1) }
        }
        return out
    }

    /// Adds each retelling ("the arrest", "his death" after "X was killed", "police said X was
    /// arrested") to an event whose trigger is of its synonym class (`EventWords.triggerConcept`
    /// of the trigger text `word` gives) as another telling (`otherSentences`, `otherTriggers`),
    /// so the timeline gets no second event. The event sharing a participant wins, then one told by
    /// the same word, then the nearest one, earlier before later; a retelling with a stated date needs a compatible one. The first
    /// noun of an incident no event tells ("Leeds double murder", `EventLexicon.incidentTypes`)
    /// and a noun with a date of its own that fits no event ("on medical leave since January")
    /// become events (`EventMention.namesEvent`); other retellings of no extracted event are dropped.
    static func attach(_ retellings: [EventMention], to events: [EventRecord], word: (Range<Int>) -> String) -> [EventRecord] {
        guard !retellings.isEmpty else { return events }
        var out = events
        var byConcept: [String: [Int]] = [:]
        for (i, e) in events.enumerated() { byConcept[EventWords.triggerConcept(word(e.trigger), type: e.type), default: []].append(i) }
        // Mentions that may name their event go first, so a retelling before the naming mention
        // ("Five years after its launch, ... since its launch in 2003") finds it.
        for mention in retellings.filter(\.namesEvent) + retellings.filter({ !$0.namesEvent }) {
            let r = mention.record
            let concept = EventWords.triggerConcept(word(r.trigger), type: r.type)
            let stem = EventWords.stem(word(r.trigger).lowercased())
            var best: (index: Int, rank: (Int, Int, Int, Int))? = nil
            var toldHere = false
            for i in byConcept[concept] ?? [] {
                let e = out[i]
                // One sentence may tell an event twice ("Leeds double murder: man charged with killing ...").
                if e.trigger.overlaps(r.trigger) || e.otherTriggers.contains(where: { $0.overlaps(r.trigger) }) { toldHere = true; break }
                if r.certainty == .stated && !compatible(e, r) { continue }
                let shared = r.participants.contains { p in e.participants.contains { $0.entity == p.entity } }
                // "Apple's purchase of NeXT" retells no "Jobs bought Pixar"; an incident's
                // participants are too often misread ("Leeds double murder: Man charged with killing").
                // "its launch": the pronoun's antecedent is only a guess.
                if !shared && !r.participants.isEmpty && !e.participants.isEmpty && !EventLexicon.incidentTypes.contains(r.type)
                    && !mention.guessedParticipants { continue }
                let distance = abs(e.sentence - r.sentence)
                // The same word told again beats a synonym ("its launch" retells "its launch in
                // 2003" rather than "figures released").
                let sameWord = EventWords.stem(word(e.trigger).lowercased()) == stem
                let rank = (shared ? 0 : 1, sameWord ? 0 : 1, distance, e.sentence < r.sentence ? 0 : 1)
                if best.map({ rank < $0.rank }) ?? true { best = (i, rank) }
            }
            if toldHere { continue }
            guard let t = best?.index else {
                if mention.namesEvent && (byConcept[concept] == nil || r.certainty == .stated) {
                    byConcept[concept, default: []].append(out.count)
                    out.append(r)
                }
                continue
            }
            // Tellings stay in text order.
            let k = out[t].otherSentences.firstIndex { $0 > r.sentence } ?? out[t].otherSentences.count
            out[t].otherSentences.insert(r.sentence, at: k)
            out[t].otherTriggers.insert(r.trigger, at: min(k, out[t].otherTriggers.count))
        }
        guard out.count > events.count else { return out }
        // Events in text order, as `merge` leaves them.
        return out.enumerated().sorted {
            ($0.element.sentence, $0.element.trigger.lowerBound, $0.offset) < ($1.element.sentence, $1.element.trigger.lowerBound, $1.offset)
        }.map(\.element)
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
        /// The entity alone (keys of one entity and different types share a bucket, which is rare):
        /// hashing the type's string was most of the cost of a lookup.
        func hash(into hasher: inout Hasher) { hasher.combine(entity) }
    }

    private static func append(_ table: inout [MergeKey: [Int]], _ key: MergeKey, _ value: Int) {
        // One hash lookup for a known key; its list is changed in place.
        if let slot = table.index(forKey: key) {
            if !table.values[slot].contains(value) { table.values[slot].append(value) }
        } else {
            table[key] = [value]
        }
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
