/// Finds reportable events, dates them and names their participants.
///
/// Works sentence by sentence over the token array with hash lookups on `Token.lower`
/// (tables in `EventLexicon`), so it is linear in the text.
///
/// - Triggers: verbs and nouns of `EventLexicon`, each with an event type.
/// - Tense, polarity, modality from the verb group. Negated events ("did not", "no longer")
///   and hypothetical ones ("could", "would", "tried to") are dropped; future ones are kept
///   with `tense: "future"`.
/// - Reported speech: the saying is the event; a trigger in what was said becomes its own
///   event only when its own clause carries a date.
/// - Date: the governing time expression (same clause, a sentence-opening adverbial such as
///   "Last month," or "In a 2 December interview,", or one attached to a nominal trigger);
///   else the narrative reference time for past-tense verbs; else the publication date
///   (`certainty: "inferred"`). Only DATE/TIME expressions anchor; unknown is `XXXX`.
final class EventExtractor: Sendable {
    static let shared = EventExtractor()

    /// Events of a text, with the same event told more than once merged into one.
    func extract(_ text: AnalyzedText, timexes: [TimexMention], entities: [EntityRecord], dct: String?) -> [EventRecord] {
        let mentions = mentions(text, timexes: timexes, entities: entities, dct: dct)
        return EventMerger.merge(mentions.map(\.record), dct: dct)
    }

    /// Every event mention, one per trigger that passed the filters (no merging).
    func mentions(_ text: AnalyzedText, timexes: [TimexMention], entities: [EntityRecord], dct: String?,
                  options: Options = .timeline) -> [EventMention] {
        var analysis = ClauseAnalysis(text: text, timexes: timexes, entities: entities, dct: dct, options: options)
        return analysis.run()
    }

    /// What counts as an event mention.
    struct Options: Sendable {
        /// Keep what was said, nominal events without a date of their own, and bare gerunds, and
        /// use the wider vocabulary of `EventLexicon.annotationVerbTable` (states such as "has",
        /// "uses"): the event mentions of annotation schemes like TimeML/MEANTIME, used by
        /// `eval timeline`. Negated and hypothetical events stay out.
        var everyMention: Bool
        /// The timeline of a document: reportable events only.
        static let timeline = Options(everyMention: false)
        /// Event mentions as annotated in TimeML-style corpora.
        static let annotation = Options(everyMention: true)
    }
}

/// One trigger found in the text, with its analysis.
struct EventMention: Sendable {
    var record: EventRecord
    var lemma: String
    var nominal: Bool
    /// Token index of the trigger.
    var token: Int
    /// The subject as written in the headline.
    var subject: String = ""
}

/// The per-document state of the event stage.
struct ClauseAnalysis {
    let text: AnalyzedText
    let tokens: [Token]
    let timexes: [TimexMention]
    let entities: [EntityRecord]
    let dct: String?
    /// Timex index covering each token, or -1.
    var timexAt: [Int32]
    /// (entity index, mention start token, mention end token) covering each token.
    var entityAt: [Int32]
    var mentionStart: [Int32]
    var mentionEnd: [Int32]

    let options: EventExtractor.Options

    init(text: AnalyzedText, timexes: [TimexMention], entities: [EntityRecord], dct: String?,
         options: EventExtractor.Options = .timeline) {
        self.options = options
        self.text = text
        self.tokens = text.tokens
        self.timexes = timexes
        self.entities = entities
        self.dct = dct
        let n = text.tokens.count
        timexAt = Array(repeating: -1, count: n)
        for (k, t) in timexes.enumerated() {
            for i in t.tokens where i >= 0 && i < n && timexAt[i] < 0 { timexAt[i] = Int32(k) }
        }
        entityAt = Array(repeating: -1, count: n)
        mentionStart = Array(repeating: -1, count: n)
        mentionEnd = Array(repeating: -1, count: n)
        for (k, e) in entities.enumerated() {
            for m in e.mentions {
                let lo = max(0, m.tokens.lowerBound), hi = min(n, m.tokens.upperBound)
                guard lo < hi, entityAt[lo] < 0 else { continue }
                for i in lo..<hi where entityAt[i] < 0 {
                    entityAt[i] = Int32(k)
                    mentionStart[i] = Int32(lo)
                    mentionEnd[i] = Int32(hi)
                }
            }
        }
    }

    typealias L = EventLexicon

    // MARK: Small token predicates

    func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func isPunct(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation }

    /// Punctuation that ends a clause (hyphens and apostrophes do not).
    func isClauseBreak(_ i: Int) -> Bool {
        guard isPunct(i) else { return L.clauseWords.contains(lower(i)) }
        switch lower(i) {
        case "-", "'", "&", "/", "%", "$", "£", "€", "[", "]": return false
        default: return true
        }
    }
    func isQuote(_ i: Int) -> Bool {
        let l = lower(i)
        return isPunct(i) && (l == "\"" || l == "“" || l == "”" || l == "«" || l == "»")
    }
    func entity(at i: Int) -> Int? {
        guard i >= 0, i < entityAt.count, entityAt[i] >= 0 else { return nil }
        return Int(entityAt[i])
    }
    /// A timex that can give a date (DATE or TIME with a usable value).
    func anchoringTimex(at i: Int) -> Int? {
        guard i >= 0, i < timexAt.count, timexAt[i] >= 0 else { return nil }
        let k = Int(timexAt[i])
        let t = timexes[k]
        guard t.type == .date || t.type == .time else { return nil }
        if t.value == "PRESENT_REF" { return dct == nil ? nil : k }
        guard DateKey(t.value).known else { return nil }
        return k
    }
    func timexValue(_ k: Int) -> String {
        let v = timexes[k].value
        return v == "PRESENT_REF" ? (dct ?? "XXXX") : v
    }

    // MARK: The pass over the document

    mutating func run() -> [EventMention] {
        var out: [EventMention] = []
        var reference: (value: String, timex: Int?)? = nil
        var previousSentenceDate: (value: String, timex: Int?)? = nil
        var lastOrg: Int? = nil, lastPerson: Int? = nil, lastThing: Int? = nil
        for (s, sentence) in text.sentences.enumerated() {
            let range = sentence.tokens.clamped(to: 0..<tokens.count)
            guard !range.isEmpty else { continue }
            if tokens[range.lowerBound].flags.contains(.paragraphStart) { reference = previousSentenceDate }
            var sentenceDate: (value: String, timex: Int?)? = nil
            let found = analyseSentence(s, range: range, reference: reference, lastOrg: &lastOrg, lastPerson: &lastPerson, lastThing: &lastThing)
            for m in found {
                out.append(m)
                if m.record.certainty == .stated || m.record.timex != nil || reference.map({ $0.value == m.record.dateValue }) == true {
                    sentenceDate = (m.record.dateValue, m.record.timex)
                }
            }
            // The last specific date of the sentence moves the narrative reference time.
            var i = range.upperBound - 1
            while i >= range.lowerBound {
                if let k = anchoringTimex(at: i), timexes[k].value.utf8.count >= 4, timexes[k].value != "PRESENT_REF" {
                    if sentenceDate == nil { sentenceDate = (timexValue(k), k) }
                    break
                }
                i -= 1
            }
            if let d = sentenceDate { reference = d }
            previousSentenceDate = sentenceDate
        }
        return out
    }

    /// Where a sentence-opening adverbial ends ("Last month," / "During a conference in April,")
    /// and the timex it carries.
    func openingAdverbial(_ range: Range<Int>) -> (end: Int, timex: Int)? {
        let first = range.lowerBound
        var i = first
        let limit = min(range.upperBound, first + 16)
        var quoteOpen = false
        while i < limit {
            if isQuote(i) { quoteOpen.toggle() }
            if lower(i) == "," && !quoteOpen { break }
            if isClauseBreak(i) && lower(i) != "," && !L.clauseWords.contains(lower(i)) { return nil }
            i += 1
        }
        guard i < limit, i > first else { return nil }
        let starters: Set<String> = ["in", "on", "at", "during", "after", "before", "since", "by", "last", "this",
                                     "earlier", "later", "early", "late", "until", "through", "throughout", "for", "over", "from", "within"]
        guard starters.contains(lower(first)) || timexAt[first] >= 0 else { return nil }
        var k = i - 1
        while k >= first {
            if let t = anchoringTimex(at: k) { return (i, t) }
            k -= 1
        }
        return nil
    }

    /// Quote state per token of a sentence (true inside quotation marks).
    func quoted(_ range: Range<Int>) -> [Bool] {
        var inside = false
        var out: [Bool] = []
        out.reserveCapacity(range.count)
        for i in range {
            let l = lower(i)
            if isPunct(i) {
                if l == "“" || l == "«" { inside = true; out.append(false); continue }
                if l == "”" || l == "»" { inside = false; out.append(false); continue }
                if l == "\"" { inside.toggle(); out.append(false); continue }
            }
            out.append(inside)
        }
        return out
    }

    // MARK: One sentence

    struct Candidate {
        var token: Int
        var end: Int              // after the particle
        var groupStart: Int       // first token of the verb group
        var entry: TriggerEntry
        var nominal: Bool
        var tense: String?
        var passive: Bool
        var speech: Bool
        var contentOf: Int? = nil // index of the speech candidate whose content this is
    }

    mutating func analyseSentence(_ s: Int, range: Range<Int>, reference: (value: String, timex: Int?)?,
                                  lastOrg: inout Int?, lastPerson: inout Int?, lastThing: inout Int?) -> [EventMention] {
        var candidates: [Candidate] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let c = classify(i, range: range) { candidates.append(c); i = max(i + 1, c.end); continue }
            i += 1
        }
        // Running antecedents for pronouns, updated token by token.
        var orgBefore: [Int: Int] = [:], personBefore: [Int: Int] = [:], thingBefore: [Int: Int] = [:]
        do {
            var ci = 0
            for t in range {
                while ci < candidates.count && candidates[ci].token == t {
                    if let o = lastOrg { orgBefore[ci] = o }
                    if let p = lastPerson { personBefore[ci] = p }
                    if let t = lastThing { thingBefore[ci] = t }
                    ci += 1
                }
                if let e = entity(at: t), mentionStart[t] == Int32(t) {
                    switch entities[e].type {
                    case .organization: lastOrg = e; lastThing = e
                    case .person: lastPerson = e
                    case .product, .misc: lastThing = e
                    default: break
                    }
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        let inQuote = quoted(range)
        func q(_ t: Int) -> Bool { let k = t - range.lowerBound; return k >= 0 && k < inQuote.count && inQuote[k] }
        // Reported speech: triggers after a speech verb (or inside quotes of a sentence with one outside).
        // One pass: everything after the nearest speech verb, and all quoted triggers once a
        // speech verb stands outside the quotes, is what was said.
        let firstSpeech = candidates.firstIndex { $0.speech && !$0.nominal && !q($0.token) }
        var lastSpeech: Int? = nil
        for b in candidates.indices {
            let other = candidates[b]
            if let a = lastSpeech, !coordinated(candidates[a].token, other.groupStart) {
                candidates[b].contentOf = a
            } else if let a = firstSpeech, a != b, q(other.token) {
                candidates[b].contentOf = a
            }
            if other.speech && !other.nominal && !q(other.token) && candidates[b].contentOf == nil { lastSpeech = b }
        }
        var verbDates: Set<Int> = []
        for c in candidates where !c.nominal && c.contentOf == nil {
            if let a = governingTimex(c, range: range, opening: openingAdverbial(range)) { verbDates.insert(a.timex) }
        }
        let opening = openingAdverbial(range)
        var result: [EventMention] = []
        var previousVerbal: (index: Int, agent: Int?, subject: String)? = nil
        for (ci, c) in candidates.enumerated() {
            let anchor = governingTimex(c, range: range, opening: opening)
            if c.contentOf != nil && !options.everyMention {
                // What was said: its own event only when its own clause carries a date.
                guard let a = anchor, a.own else { continue }
            }
            if c.nominal && !options.everyMention {
                // A nominal trigger is an event of its own only with a date of its own that no verb took.
                guard let a = anchor, a.own else { continue }
                if verbDates.contains(a.timex) { continue }
            }
            // Date
            var value = "XXXX", timexIndex: Int? = nil, certainty = DateCertainty.inferred
            if let a = anchor {
                value = timexValue(a.timex); timexIndex = a.timex; certainty = .stated
            } else if c.tense == "past" || c.tense == nil, let r = reference {
                value = r.value; timexIndex = nil
            } else if c.tense != "future", let d = dct {
                value = d
            }
            let endValue = intervalEnd(c, range: range, date: value)
            // Participants
            var (agent, subject, roles) = participants(c, range: range, antecedents: (orgBefore[ci], personBefore[ci], thingBefore[ci]))
            // ", saying ...": a participial clause shares the subject of the verb before it.
            let participial = c.entry.form == .gerund && c.groupStart == c.token && lower(c.token - 1) == ","
            if !c.nominal, let p = previousVerbal, participial || coordinated(p.index, c.groupStart) {
                // "X reiterated those concerns and cautioned ...": the subject is shared.
                if let a = agent { roles.removeAll { $0.entity == a && $0.role == .agent } }
                agent = p.agent; subject = p.subject
                if let a = agent, !roles.contains(where: { $0.entity == a }) { roles.insert(EventParticipantRef(entity: a, role: .agent), at: 0) }
            }
            if !c.nominal { previousVerbal = (c.token, agent, subject) }
            let headline = makeHeadline(c, range: range, subject: subject, roles: roles)
            var record = EventRecord(trigger: c.token..<c.end, type: c.entry.type, headline: headline, timex: timexIndex,
                                     dateValue: value, certainty: certainty, endValue: endValue?.end,
                                     participants: roles, sentence: s, tense: c.tense, polarity: nil, modality: nil)
            if let start = endValue?.start { record.dateValue = start }
            result.append(EventMention(record: record, lemma: c.entry.lemma, nominal: c.nominal, token: c.token, subject: subject))
        }
        return Self.mergeCoordinated(result, text: text)
    }

    /// True when the verb at `b` is coordinated with the verb at `a` ("reiterated ... and cautioned").
    func coordinated(_ a: Int, _ b: Int) -> Bool {
        guard a < b, b - 1 > a, b - a < Self.clauseReach, lower(b - 1) == "and" || lower(b - 1) == "or" || lower(b - 1) == "then" else { return false }
        for t in (a + 1)..<b where isClauseBreak(t) && lower(t) != "," { return false }
        return true
    }

    /// Coordinated verbs of one sentence sharing subject and date become one event, told by
    /// the verb of the highest-ranked type.
    static func mergeCoordinated(_ mentions: [EventMention], text: AnalyzedText) -> [EventMention] {
        guard mentions.count > 1 else { return mentions }
        var out: [EventMention] = []
        for m in mentions {
            let agent = m.record.participants.first(where: { $0.role == .agent })?.entity
            if let last = out.last, !m.nominal, !last.nominal,
               last.record.dateValue == m.record.dateValue,
               last.record.participants.first(where: { $0.role == .agent })?.entity == agent,
               agent != nil || (!m.subject.isEmpty && m.subject == last.subject) {
                let keepNew = EventLexicon.priority(m.record.type) > EventLexicon.priority(last.record.type)
                var merged = keepNew ? m : last
                let other = keepNew ? last : m
                for p in other.record.participants where !merged.record.participants.contains(where: { $0.entity == p.entity }) {
                    merged.record.participants.append(p)
                }
                if merged.record.timex == nil, other.record.timex != nil {
                    merged.record.timex = other.record.timex; merged.record.certainty = other.record.certainty
                }
                out[out.count - 1] = merged
                continue
            }
            out.append(m)
        }
        return out
    }

    // MARK: Trigger classification

    /// Reads the verb group before token `i`: auxiliaries, adverbs, negation, "to" + governor.
    func classify(_ i: Int, range: Range<Int>) -> Candidate? {
        let tok = tokens[i]
        guard tok.kind == .word, entity(at: i) == nil else { return nil }
        // A capitalised word inside a sentence is a name, unless the sentence is a headline.
        if tok.isCapitalized && !tok.flags.contains(.sentenceStart) && !headlineStyle(range) { return nil }
        let l = tok.lower
        let verb = L.verbs[l] ?? (options.everyMention ? L.annotationVerbs[l] : nil)
        let noun = L.nouns[l] ?? (options.everyMention ? L.annotationNouns[l] : nil)
        guard verb != nil || noun != nil else { return nil }
        let prev = i > range.lowerBound ? lower(i - 1) : ""
        // Part of a hyphenated word: "cyber-attacks", "most-sold", "market-leading".
        if prev == "-" && !tok.flags.contains(.spaceBefore) { return nil }
        if i + 1 < range.upperBound, lower(i + 1) == "-", !tokens[i + 1].flags.contains(.spaceBefore) { return nil }
        // "have" before a participle is an auxiliary, not a state.
        if L.haveForms[l] != nil || l == "have" {
            var n = i + 1
            while n < range.upperBound && (L.verbGroupAdverbs.contains(lower(n)) || L.negators.contains(lower(n))) { n += 1 }
            let next = lower(n)
            if next == "been" || next == "had" || next.hasSuffix("ed") || next.hasSuffix("en")
                || [.past, .participle].contains(L.verbs[next]?.form ?? .base) && L.verbs[next] != nil { return nil }
        }
        let nounContext = L.nounContext.contains(prev) || (i > range.lowerBound && tokens[i - 1].kind == .possessive)
        if let v = verb, !(noun != nil && nounContext) {
            if let c = classifyVerb(i, entry: v, range: range) { return c }
        }
        if let n = noun {
            // "no interview", "not a launch": negated nominal.
            if prev == "no" || prev == "not" { return nil }
            if verb != nil && !nounContext && !(tokens[i].isCapitalized && !tokens[i].flags.contains(.sentenceStart)) {
                // A verb form rejected as a verb counts as a noun only after a noun context.
                if tok.lower.hasSuffix("ed") || tok.lower.hasSuffix("ing") { return nil }
            }
            return Candidate(token: i, end: i + 1, groupStart: i, entry: n, nominal: true, tense: nil, passive: false, speech: false)
        }
        return nil
    }

    /// A headline or title: most of its words capitalised.
    func headlineStyle(_ range: Range<Int>) -> Bool {
        var words = 0, caps = 0
        for i in range where tokens[i].kind == .word && tokens[i].flags.contains(.hasLetter) {
            words += 1
            if tokens[i].isCapitalized { caps += 1 }
        }
        return words >= 2 && caps * 10 >= words * 7
    }

    func classifyVerb(_ i: Int, entry: TriggerEntry, range: Range<Int>) -> Candidate? {
        var j = i - 1
        var negative = false, hypothetical = false, future = false
        var have: String? = nil, be: String? = nil, doTense: String? = nil
        var groupStart = i
        var infinitive = false, governorTense: String? = nil, governorFactual = false
        var steps = 0
        while j >= range.lowerBound && steps < 6 {
            let w = lower(j)
            if L.negators.contains(w) || w.hasSuffix("n't") {
                negative = true
                if L.hypotheticalModals.contains(w) { hypothetical = true }
                if let t = L.doForms[w] { doTense = t }
                if let t = L.beForms[w], be == nil { be = t }
                if let t = L.haveForms[w], have == nil { have = t }
                if w == "won't" { future = true }
            } else if w == "longer", lower(j - 1) == "no" {
                negative = true; j -= 1
            } else if L.hypotheticalModals.contains(w) {
                hypothetical = true
            } else if L.futureAuxiliaries.contains(w) {
                future = true
            } else if let t = L.haveForms[w] {
                if have == nil { have = t }
            } else if let t = L.beForms[w] {
                if be == nil { be = t }
                if infinitive && !governorFactual && governorTense == nil { future = true; infinitive = false }
            } else if let t = L.doForms[w] {
                doTense = t
            } else if L.verbGroupAdverbs.contains(w) || (w.utf8.count > 4 && w.hasSuffix("ly") && !tokens[j].isCapitalized) {
                // part of the group
            } else if w == "to" && !infinitive && j == groupStart - 1 {
                infinitive = true
                // governor: "decided to exit", "is to withdraw", "going to launch", "plans to sell"
                var g = j - 1
                while g >= range.lowerBound && L.verbGroupAdverbs.contains(lower(g)) { g -= 1 }
                let gw = lower(g)
                if L.factualGovernors.contains(gw) {
                    governorFactual = true
                    governorTense = gw.hasSuffix("ed") || ["began", "begun", "chose", "chosen", "went"].contains(gw) ? "past" : "present"
                    j = g
                } else if L.beForms[gw] != nil {
                    // "is to withdraw": future; handled when the be-form is read next.
                } else if gw == "going", L.beForms[lower(g - 1)] != nil {
                    future = true; infinitive = false; j = g - 1; groupStart = j; steps += 1
                    j -= 1; continue
                } else {
                    return nil // "tried to sell", "efforts to move": not (yet) an event
                }
            } else {
                break
            }
            groupStart = j
            j -= 1
            steps += 1
        }
        if negative || hypothetical { return nil }
        var tense: String? = nil
        var passive = false
        switch entry.form {
        case .base:
            let subjectPronouns: Set<String> = ["i", "we", "you", "they"]
            if future { tense = "future" }
            else if governorFactual { tense = governorTense }
            else if let d = doTense { tense = d }
            else if infinitive { return nil }
            else if groupStart == i && subjectPronouns.contains(lower(i - 1)) { tense = "present" }
            else if groupStart == i && i > range.lowerBound && tokens[i - 1].isCapitalized
                        && tokens[i].isCapitalized && tokens[i - 1].kind == .word {
                tense = "present" // headline style: "Apple Launch ..." is rare; "Huawei And ZTE Deny"
            } else { return nil }
        case .thirdPerson:
            if infinitive { return nil }
            tense = future ? "future" : "present"
        case .past, .participle:
            if infinitive && !governorFactual { return nil }
            if let b = be {
                passive = true
                tense = future ? "future" : (have != nil ? "past" : (b.isEmpty ? "past" : b))
            } else if have != nil {
                tense = future ? "future" : "past"
            } else if entry.form == .participle {
                return nil // "the withdrawn product": adjective
            } else {
                if L.nounContext.contains(lower(i - 1)) && !["by", "in", "on", "at", "for", "with", "of", "from", "after", "before", "during", "since"].contains(lower(i - 1)) { return nil }
                tense = future ? "future" : "past"
            }
            if governorFactual { tense = governorTense ?? tense }
        case .gerund:
            guard let b = be else {
                // "by introducing", "saying that": a bare gerund is a mention in annotation mode.
                if options.everyMention && !infinitive && !L.nounContext.contains(lower(i - 1)) || lower(i - 1) == "by" && options.everyMention { break }
                return nil
            }
            tense = future ? "future" : (b.isEmpty ? (have != nil ? "past" : nil) : b)
        }
        // Particle: "pulled out", "set up".
        var end = i + 1
        if end < range.upperBound && L.particles.contains(lower(end)) && tokens[end].kind == .word { end += 1 }
        return Candidate(token: i, end: end, groupStart: groupStart, entry: entry, nominal: false, tense: tense,
                         passive: passive, speech: L.speechLemmas.contains(entry.lemma))
    }

    // MARK: Anchoring

    struct Anchor { var timex: Int; var own: Bool }

    /// Bounds of the clause around token `i` (exclusive of breaks).
    /// At most `clauseReach` tokens each side, so that run-on text stays linear.
    func clause(around i: Int, range: Range<Int>) -> Range<Int> {
        var lo = i
        while lo > range.lowerBound && lo > i - Self.clauseReach && !isClauseBreak(lo - 1) { lo -= 1 }
        var hi = i + 1
        while hi < range.upperBound && hi < i + Self.clauseReach && !isClauseBreak(hi) { hi += 1 }
        return lo..<hi
    }
    static let clauseReach = 40

    func governingTimex(_ c: Candidate, range: Range<Int>, opening: (end: Int, timex: Int)?) -> Anchor? {
        // A nominal trigger's own date: "a 2 December interview", "a report in October 2012".
        if c.nominal {
            var k = c.token - 1
            while k >= max(range.lowerBound, c.token - 4) {
                if let t = anchoringTimex(at: k) { return Anchor(timex: t, own: true) }
                if isClauseBreak(k) { break }
                k -= 1
            }
            k = c.token + 1
            let preps: Set<String> = ["in", "on", "of", "from", "at", "during"]
            if k < range.upperBound, preps.contains(lower(k)) {
                if lower(k + 1) == "the" || lower(k + 1) == "early" || lower(k + 1) == "late" || lower(k + 1) == "mid" { k += 1 }
                if let t = anchoringTimex(at: k + 1) { return Anchor(timex: t, own: true) }
            }
            return nil
        }
        let cl = clause(around: c.token, range: range)
        var best: Int? = nil, bestDistance = Int.max
        for t in cl {
            guard let k = anchoringTimex(at: t) else { continue }
            if c.speech && t > c.end + 3 { continue } // a date in what was said is not the saying's date
            let d = t < c.token ? c.token - t : t - c.end
            if d < bestDistance { best = k; bestDistance = d }
        }
        if let b = best { return Anchor(timex: b, own: true) }
        // The date of a nominal head just before the clause: "During an analyst conference in April, X said".
        if c.contentOf == nil, let o = opening, o.end < c.token {
            return Anchor(timex: o.timex, own: false)
        }
        return nil
    }

    /// For "for three years" in a perfect clause: the interval (start, end) ending at the date.
    func intervalEnd(_ c: Candidate, range: Range<Int>, date: String) -> (start: String, end: String)? {
        guard !c.nominal, DateKey(date).known else { return nil }
        let cl = clause(around: c.token, range: range)
        for t in cl where t > cl.lowerBound && lower(t - 1) == "for" && timexAt[t] >= 0 {
            let d = timexes[Int(timexAt[t])]
            guard d.type == .duration, let start = Self.subtract(d.value, from: date) else { continue }
            return (start, date)
        }
        return nil
    }

    /// `date` minus a duration `PnY` / `PnM`, at the date's own granularity; nil if not computable.
    static func subtract(_ duration: String, from date: String) -> String? {
        let u = Array(duration.utf8)
        guard u.count >= 3, u[0] == 80, let unit = u.last else { return nil } // "P"
        var n = 0
        for b in u[1..<(u.count - 1)] { guard b >= 48 && b <= 57 else { return nil }; n = n * 10 + Int(b - 48) }
        let key = DateKey(date)
        guard key.known, key.granularity >= 0 else { return nil }
        let rest = date.utf8.count > 4 ? String(date.dropFirst(4)) : ""
        switch unit {
        case 89: // Y
            return fourDigitYear(key.year - n) + rest
        case 77: // M
            guard key.granularity >= 2 else { return nil }
            var total = key.year * 12 + (key.month - 1) - n
            if total < 0 { total = 0 }
            let m = total % 12 + 1
            let tail = date.utf8.count > 7 ? String(date.dropFirst(7)) : ""
            return fourDigitYear(total / 12) + "-" + (m < 10 ? "0\(m)" : "\(m)") + tail
        default:
            return nil
        }
    }

    // MARK: Participants

    /// Agent entity, subject words (for the headline) and all participants with roles.
    /// `antecedents`: the latest organisation, person and thing (organisation or product) named before the trigger.
    func participants(_ c: Candidate, range: Range<Int>, antecedents: (org: Int?, person: Int?, thing: Int?)) -> (Int?, String, [EventParticipantRef]) {
        var roles: [EventParticipantRef] = []
        func add(_ e: Int, _ r: ParticipantRole) {
            if !roles.contains(where: { $0.entity == e }) { roles.append(EventParticipantRef(entity: e, role: r)) }
        }
        // Subject region: the clause before the verb group, skipping an appositive ", ... ,".
        var hi = c.groupStart
        var lo = hi
        while lo > range.lowerBound && lo > hi - Self.clauseReach && !isClauseBreak(lo - 1) { lo -= 1 }
        if lo == hi, lo > range.lowerBound, lower(lo - 1) == "," {
            // "Eric Xu, Huawei executive vice president, said": the subject is before the appositive.
            var k = lo - 2
            while k > range.lowerBound && k > lo - Self.clauseReach && !isClauseBreak(k) { k -= 1 }
            if k > range.lowerBound && lower(k) == "," {
                hi = k
                lo = k
                while lo > range.lowerBound && lo > k - Self.clauseReach && !isClauseBreak(lo - 1) { lo -= 1 }
            } else {
                hi = lo - 1
                lo = k < range.lowerBound ? range.lowerBound : (isClauseBreak(k) ? k + 1 : k)
            }
        }
        if c.nominal { lo = max(lo, c.token - 3); hi = c.token }
        var agent: Int? = nil
        var subjectStart = lo, subjectEnd = hi
        var t = hi - 1
        while t >= lo {
            if let e = entity(at: t) {
                // Gather coordinated names: "Huawei and ZTE", "Apple, Google and Microsoft".
                var group = [e]
                var ms = Int(mentionStart[t])
                while ms - 2 >= lo, ["and", "or", ","].contains(lower(ms - 1)), let e2 = entity(at: ms - 2) {
                    group.insert(e2, at: 0)
                    ms = Int(mentionStart[ms - 2])
                }
                let prep = preposition(before: ms, floor: lo)
                if L.locationPrepositions.contains(prep) && entities[e].type == .location {
                    for g in group { add(g, .location) }
                } else if L.otherPrepositions.contains(prep) || L.locationPrepositions.contains(prep) {
                    for g in group { add(g, .other) }
                } else if agent == nil {
                    agent = group[0]
                    for g in group.dropFirst() { add(g, c.passive ? .patient : .agent) }
                    subjectStart = ms; subjectEnd = Int(mentionEnd[t])
                    break
                }
                t = ms - 1
                continue
            }
            t -= 1
        }
        if agent == nil, hi > lo {
            let last = lower(hi - 1)
            if last == "it" || last == "its" { agent = antecedents.thing }
            else if L.organisationAnaphors.contains(last) { agent = antecedents.org }
            else if L.personAnaphors.contains(last) { agent = antecedents.person }
        }
        var subject = ""
        if let a = agent {
            subject = entities[a].name
        } else if hi > lo {
            // The subject's own words, without a leading connective or time expression.
            var words: [Int] = []
            for k in lo..<hi where timexAt[k] < 0 && !(words.isEmpty && L.connectives.contains(lower(k))) {
                words.append(k)
            }
            while let w = words.last, L.danglingWords.contains(lower(w)) { words.removeLast() }
            if words.count > 6 { words = Array(words.prefix(6)) }
            while let w = words.last, L.danglingWords.contains(lower(w)) || lower(w) == "," { words.removeLast() }
            subject = spaced(words)
        }
        _ = subjectStart; _ = subjectEnd
        if let a = agent { add(a, c.passive ? .patient : .agent) }
        // After the trigger: objects and prepositional roles, to the end of the clause.
        var k = c.end
        var firstObject = true
        let limit = min(range.upperBound, c.end + 14)
        while k < limit {
            if isClauseBreak(k) && !(lower(k) == "," && entity(at: k + 1) != nil && entity(at: k - 1) != nil) {
                if !(c.speech && lower(k) == "that") { break }
            }
            if let e = entity(at: k) {
                let ms = Int(mentionStart[k])
                let prep = preposition(before: ms, floor: c.end)
                let prep2 = ms > c.end + 1 ? lower(ms - 2) : ""
                if L.agentPrepositions.contains(prep) && c.passive { add(e, .agent) }
                else if L.locationPrepositions.contains(prep) && entities[e].type == .location { add(e, .location) }
                else if L.otherPrepositions.contains(prep) || L.otherPrepositions.contains(prep2) { add(e, .other) }
                else if firstObject { add(e, c.passive ? .other : .patient) }
                else { add(e, .other) }
                firstObject = false
                k = max(k + 1, Int(mentionEnd[k]))
                continue
            }
            k += 1
        }
        // "at the show in Denver, where the company introduced ...": the place of the where-clause.
        if let w = (lo - 1 >= range.lowerBound && lower(lo - 1) == "where") ? lo - 1 : nil {
            var p = w - 1
            if lower(p) == "," { p -= 1 }
            if let e = entity(at: p), entities[e].type == .location { add(e, .location) }
        }
        return (agent, subject, roles)
    }

    /// The word before a name, looking past "the": "in the United States" → "in".
    func preposition(before start: Int, floor: Int) -> String {
        guard start > floor else { return "" }
        if lower(start - 1) == "the", start - 1 > floor { return lower(start - 2) }
        return lower(start - 1)
    }

    // MARK: Headline

    /// Tokens written with the spacing of the text (a space where the text had one).
    func spaced(_ indices: [Int]) -> String {
        var out = ""
        for (n, k) in indices.enumerated() {
            if n > 0 && tokens[k].flags.contains(.spaceBefore) { out += " " }
            out += text.text(token: k)
        }
        return out
    }

    /// "Subject verb object [in Place]" from the words of the text, at most 90 characters.
    func makeHeadline(_ c: Candidate, range: Range<Int>, subject: String, roles: [EventParticipantRef]) -> String {
        var parts: [String] = []
        if !subject.isEmpty { parts.append(subject) }
        // Verb group without adverbs.
        var group: [Int] = []
        if c.groupStart < c.token {
            for k in c.groupStart..<c.token where !L.verbGroupAdverbs.contains(lower(k)) { group.append(k) }
        }
        group.append(contentsOf: c.token..<c.end)
        parts.append(group.map { text.text(token: $0) }.joined(separator: " "))
        // Object: the words after the trigger up to the end of its clause (time expressions left out).
        var object: [Int] = []
        var k = c.end
        if c.speech && lower(k) == "that" { k += 1 }
        let maxWords = c.speech ? 11 : 8
        while k < range.upperBound && object.count < maxWords {
            if isQuote(k) {
                if object.count >= 4 { break }
                k += 1; continue
            }
            if isClauseBreak(k) { break }
            if object.count >= 6 && Self.longObjectStops.contains(lower(k)) { break }
            if timexAt[k] >= 0 {
                // drop a preposition right before the timex
                if let last = object.last, ["in", "on", "at", "during", "since", "until", "from"].contains(lower(last)) { object.removeLast() }
                break
            }
            if lower(k) == "and", k + 1 < range.upperBound, L.verbs[lower(k + 1)] != nil { break }
            if Self.objectStops.contains(lower(k)) && !object.isEmpty { break }
            // A participle after the head noun starts a reduced relative: "appliances aimed at ...".
            if object.count >= 2, tokens[k].kind == .word, lower(k).hasSuffix("ed"), !tokens[k].isCapitalized { break }
            object.append(k)
            k += 1
        }
        if object.isEmpty && c.speech {
            // "“We are not interested in the US market,” Xu said": the quote is what was said.
            var q = range.lowerBound
            if isQuote(q) { q += 1 }
            while q < c.groupStart && q < range.upperBound && object.count < maxWords && !isClauseBreak(q) && !isQuote(q) {
                object.append(q); q += 1
            }
            if !object.isEmpty { parts[parts.count - 1] += ":" }
        }
        while let w = object.last, L.danglingWords.contains(lower(w)) { object.removeLast() }
        if !object.isEmpty { parts.append(spaced(object)) }
        // Key modifier: the place, when the object does not name it.
        if let place = roles.first(where: { $0.role == .location }) {
            let name = entities[place.entity].name
            let named = object.contains { entity(at: $0) == place.entity } || subject.contains(name)
            if !named { parts.append("in " + name) }
        }
        return Self.tidy(parts.joined(separator: " "))
    }

    /// Words that end a headline's object: what follows is circumstance, not the event.
    static let longObjectStops: Set<String> = ["of", "in", "at", "for", "with", "to", "on", "about", "between", "from", "by", "and"]
    static let objectStops: Set<String> = ["after", "before", "because", "despite", "as", "while", "following", "amid", "since", "until", "although"]

    /// One line, capitalised, cut at a word boundary to at most 90 characters.
    static func tidy(_ s: String) -> String {
        var words = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
        var out = ""
        var kept: [String] = []
        for w in words {
            let next = kept.isEmpty ? w : out + " " + w
            if next.count > 90 { break }
            kept.append(w); out = next
        }
        words = kept
        while let w = words.last, words.count > 2, EventLexicon.danglingWords.contains(w.lowercased()) { words.removeLast() }
        var line = words.joined(separator: " ")
        // Attach punctuation written with spaces around it by the joins ("Huawei ’s" stays as text).
        if let f = line.first, f.isLowercase { line = f.uppercased() + line.dropFirst() }
        return line
    }
}

/// A year written with at least four digits.
func fourDigitYear(_ year: Int) -> String {
    let y = max(0, year)
    return y < 10 ? "000\(y)" : y < 100 ? "00\(y)" : y < 1000 ? "0\(y)" : "\(y)"
}
