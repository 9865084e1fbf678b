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
        var analysis = ClauseAnalysis(text: text, timexes: timexes, entities: entities, dct: dct, options: .timeline)
        let mentions = analysis.run()
        let events = EventMerger.merge(mentions.map(\.record), dct: dct) { text.text(tokens: $0) }
        let told = EventMerger.attach(analysis.retellings, to: events) { text.text(tokens: $0) }
        return Self.offenders(told, entities: entities)
    }

    /// An offence or a legal step that names nobody ("Charger says he is innocent of DUI", "a
    /// player was pulled over and arrested") is the one of the person the article names most among
    /// those its legal events name ("Jackson was arrested"): the story's arrest, not an earlier one
    /// recalled in passing.
    static func offenders(_ events: [EventRecord], entities: [EntityRecord]) -> [EventRecord] {
        func persons(_ e: EventRecord) -> [EventParticipantRef] {
            e.participants.filter { $0.entity >= 0 && $0.entity < entities.count && entities[$0.entity].type == .person }
        }
        var accused: [Int] = []
        for e in events where e.type == "legal" { for p in persons(e) where !accused.contains(p.entity) { accused.append(p.entity) } }
        guard var main = accused.first else { return events }
        for a in accused.dropFirst() where entities[a].mentions.count > entities[main].mentions.count { main = a }
        let offenders = [EventParticipantRef(entity: main, role: .agent)]
        return events.map { e in
            guard e.type == "offence" || e.type == "legal", persons(e).isEmpty else { return e }
            var owned = e
            owned.participants = offenders + e.participants
            return owned
        }
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
    /// A particle written apart from its verb ("rounded the services off").
    var particle: Int? = nil
    /// A retelling that may be the event when no extracted event is told (`EventMerger.attach`):
    /// a noun of `EventLexicon.incidentTypes`, singular or after a determiner ("the murders", not
    /// "deaths"), or an event noun with a date of its own ("has been on medical leave since January").
    var namesEvent = false
    /// Its only participant is the guessed antecedent of a possessive pronoun ("its launch").
    var guessedParticipants = false
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
    /// Whether each token ends a clause (punctuation other than hyphens, or "that", "which", ...).
    var breakAt: [Bool]
    /// Triggers that are no event of their own but may retell one (`isRetelling`), for `EventMerger.attach`.
    var retellings: [EventMention] = []
    /// Whether the sentence being read is a headline (set per sentence).
    var headlineSentence = false
    /// Per timex: whether it can give a date (DATE or TIME with a known value, or PRESENT_REF with a DCT).
    var anchorable: [Bool]

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
        anchorable = timexes.map { t in
            // The end of a range of years ("in 2007-08", "(1999-2003)"): its start dates the event.
            guard t.type == .date || t.type == .time, !t.endsRange else { return false }
            return t.value == "PRESENT_REF" ? dct != nil : DateKey(t.value).known
        }
        for (k, t) in timexes.enumerated() {
            for i in t.tokens where i >= 0 && i < n && timexAt[i] < 0 { timexAt[i] = Int32(k) }
        }
        let clauseWords = L.clauseWords  // a local: no one-time-initialisation check per token
        breakAt = (0..<n).map { Self.computeBreak($0, text: text, clauseWords: clauseWords) }
        for i in 0..<n where breakAt[i] && timexAt[i] >= 0 && text.tokens[i].lower == "," { breakAt[i] = false } // "February 24, 1955"
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
    func isClauseBreak(_ i: Int) -> Bool { i >= 0 && i < breakAt.count && breakAt[i] }

    /// Computed once per token in `init`.
    static func computeBreak(_ i: Int, text: AnalyzedText, clauseWords: WordSet) -> Bool {
        let tokens = text.tokens
        // Fields are read in place: copying the token would retain and release its string.
        guard tokens[i].kind == .punctuation else {
            // Only short words can be clause words: skip the hash for the rest.
            return tokens[i].lower.utf8.count <= 8 && clauseWords.contains(token: i, in: text)
        }
        // One ASCII byte (most punctuation): a byte switch instead of String comparisons, which are
        // slow against the non-ASCII "£" and "€".
        let count = tokens[i].lower.utf8.count
        if count == 1, let b = tokens[i].lower.utf8.first, b < 0x80 {
            switch b {
            case 0x2D, 0x27, 0x26, 0x2F, 0x25, 0x24, 0x5B, 0x5D: return false  // - ' & / % $ [ ]
            // A period inside a sentence ends an abbreviation ("Apple Inc., ..."), not a clause.
            case 0x2E: return !(i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence)
            default: return true
            }
        }
        // Other punctuation is non-ASCII: currency signs (£ C2 A3, € E2 82 AC) break nothing.
        let u = Array(tokens[i].lower.utf8)
        return !(u == [0xC2, 0xA3] || u == [0xE2, 0x82, 0xAC])
    }
    func isQuote(_ i: Int) -> Bool { isPunct(i) && Self.quoteMark(lower(i)) != .none }

    enum QuoteMark { case none, opening, closing, straight }
    /// Which quotation mark a token is: `"`, “ or « (opening), ” or » (closing). Compares UTF-8
    /// bytes: `==` against a non-ASCII literal goes through Unicode normalisation.
    @inline(__always)
    static func quoteMark(_ l: String) -> QuoteMark {
        let u = l.utf8
        switch u.count {
        case 1: return u.first == 0x22 ? .straight : .none
        case 2:  // « U+00AB, » U+00BB
            guard u.first == 0xC2, let last = u.last else { return .none }
            return last == 0xAB ? .opening : last == 0xBB ? .closing : .none
        case 3:  // “ U+201C, ” U+201D
            var it = u.makeIterator()
            guard it.next() == 0xE2, it.next() == 0x80, let last = it.next() else { return .none }
            return last == 0x9C ? .opening : last == 0x9D ? .closing : .none
        default: return .none
        }
    }
    func entity(at i: Int) -> Int? {
        guard i >= 0, i < entityAt.count, entityAt[i] >= 0 else { return nil }
        return Int(entityAt[i])
    }
    /// A timex that can give a date (DATE or TIME with a usable value).
    func anchoringTimex(at i: Int) -> Int? {
        guard i >= 0, i < timexAt.count, timexAt[i] >= 0 else { return nil }
        // A year inside a name ("SC '13", "the 2010 Worldwide Developers Conference") dates the name, not the clause.
        if entityAt[i] >= 0 { return nil }
        let k = Int(timexAt[i])
        return anchorable[k] ? k : nil
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
        var storyTime: String? = nil
        var lastOrg: Int? = nil, lastPerson: Int? = nil, lastThing: Int? = nil, topicOrg: Int? = nil
        let dctKey = dct.map { DateKey($0) }
        var paragraphs = 0
        for sentence in text.sentences where sentence.tokens.lowerBound < tokens.count {
            if tokens[sentence.tokens.lowerBound].flags.contains(.paragraphStart) { paragraphs += 1 }
        }
        let noParagraphs = text.sentences.count > 3 && paragraphs * 10 >= text.sentences.count * 9
        func notAfterDCT(_ v: String) -> Bool { dctKey.map { DateKey(v) <= $0 || DateKey(v).year <= $0.year && DateKey(v).granularity < 4 } ?? true }
        for (s, sentence) in text.sentences.enumerated() {
            let range = sentence.tokens.clamped(to: 0..<tokens.count)
            guard !range.isEmpty, !Self.urlOpeners.contains(tokens[range.lowerBound].lower), !footerLine(range) else { continue }
            if tokens[range.lowerBound].flags.contains(.paragraphStart) { reference = previousSentenceDate }
            var sentenceDate: (value: String, timex: Int?)? = nil
            // Without paragraphs (every sentence its own, as in tokenised corpora) the narrative
            // time of the previous sentence is weaker than the story's day.
            let story = storyTime.map { (value: $0, timex: Optional<Int>.none) }
            let found = analyseSentence(s, range: range, reference: noParagraphs ? (story ?? reference) : (reference ?? story),
                                        lastOrg: &lastOrg, topicOrg: &topicOrg, lastPerson: &lastPerson, lastThing: &lastThing)
            out.append(contentsOf: found)
            // Read in place: a copy of a record would retain and release each of its strings.
            for k in found.indices {
                guard found[k].record.tense != "future", DateKey(found[k].record.dateValue).known, notAfterDCT(found[k].record.dateValue) else { continue }
                if found[k].record.certainty == .stated || reference.map({ $0.value == found[k].record.dateValue }) == true {
                    sentenceDate = (found[k].record.dateValue, found[k].record.timex)
                }
                // The story's own day: the first stated day within a week before publication.
                if storyTime == nil, found[k].record.certainty == .stated, !found[k].nominal, let d = dct,
                   let days = Self.days(from: found[k].record.dateValue, to: d), (0...7).contains(days) {
                    storyTime = found[k].record.dateValue
                }
            }
            // Else a date introduced as a circumstance ("In April 2012, ...", "... on Monday") moves it.
            if sentenceDate == nil {
                var i = range.upperBound - 1
                while i >= range.lowerBound {
                    if let k = anchoringTimex(at: i), timexes[k].tokens.lowerBound == i || i == range.lowerBound {
                        let start = timexes[k].tokens.lowerBound
                        let intro = start == range.lowerBound || ["in", "on", "during", "since", "at", "by", "last"].contains(lower(start - 1))
                        if intro, timexes[k].value != "PRESENT_REF", notAfterDCT(timexValue(k)) { sentenceDate = (timexValue(k), k) }
                        break
                    }
                    i -= 1
                }
            }
            if let d = sentenceDate { reference = d }
            previousSentenceDate = sentenceDate
        }
        return out
    }

    /// First words of a line that is a web address ("http : / / example . com / man - arrested"),
    /// whose words tell no event.
    static let urlOpeners: WordSet = ["http", "https", "www"]

    /// Opening words of a publication footer, which tells no news event: "Originally published on
    /// eWeek.", "This article first appeared in The Times.", "Copyright © 2013 Reuters."
    static let publicationFooterOpeners: [[String]] = [
        ["originally", "published"], ["originally", "appeared"], ["originally", "posted"],
        ["this", "article", "first", "appeared"], ["this", "article", "originally", "appeared"], ["this", "article", "appeared"],
        ["this", "story", "first", "appeared"], ["this", "story", "originally", "appeared"], ["this", "story", "appeared"],
        ["this", "article", "was", "first", "published"], ["this", "article", "was", "originally", "published"],
        ["this", "story", "was", "first", "published"], ["this", "story", "was", "originally", "published"],
        ["all", "rights", "reserved"], ["©"], ["copyright", "©"], ["copyright", "("],
    ]
    /// Opening words of a credit line: "(Reporting by Jane Smith; editing by Bob Brown)".
    static let creditFooterOpeners: [[String]] = [
        ["reporting", "by"], ["additional", "reporting", "by"], ["editing", "by"], ["writing", "by"], ["compiled", "by"],
    ]
    /// Brackets and dashes a footer may open with: "(Reporting by ...)", "— Originally published ...".
    static let footerLeaders: WordSet = ["(", "-", "—", "–"]
    /// A footer is one short line, not a sentence that starts alike.
    static let footerMaxTokens = 24

    /// Whether a sentence is a publication or credit footer, after any opening bracket or dash:
    /// a credit line (`creditFooterOpeners`), or a publication line (`publicationFooterOpeners`, or
    /// "Copyright" and a year) without a comma ("Originally published in 1998, the book sold ..."
    /// tells of the book).
    func footerLine(_ range: Range<Int>) -> Bool {
        guard range.count <= Self.footerMaxTokens else { return false }
        var first = range.lowerBound
        while first < range.upperBound, Self.footerLeaders.contains(token: first, in: text) { first += 1 }
        func opens(_ table: [[String]]) -> Bool {
            table.contains { words in first + words.count <= range.upperBound && words.indices.allSatisfy { tokens[first + $0].lower == words[$0] } }
        }
        if opens(Self.creditFooterOpeners) { return true }
        guard !range.contains(where: { tokens[$0].lower == "," }) else { return false }
        if lower(first) == "copyright", first + 1 < range.upperBound, tokens[first + 1].kind == .number { return true }
        return opens(Self.publicationFooterOpeners)
    }

    /// Days from one `YYYY-MM-DD` value to another, or nil unless both are days.
    static func days(from a: String, to b: String) -> Int? {
        let ka = DateKey(a), kb = DateKey(b)
        guard ka.known, kb.known, ka.granularity == 4, kb.granularity >= 4 || b.utf8.count == 10 else { return nil }
        func serial(_ k: DateKey) -> Int {
            // days since a fixed epoch (proleptic Gregorian)
            let y = k.month <= 2 ? k.year - 1 : k.year
            let era = y / 400, yoe = y - era * 400
            let mp = (k.month + 9) % 12
            let doy = (153 * mp + 2) / 5 + k.day - 1
            return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
        }
        return serial(kb) - serial(ka)
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
            if text.isLower(i, ",") && !quoteOpen { break }
            if isClauseBreak(i) && !text.isLower(i, ",") && !L.clauseWords.contains(token: i, in: text) { return nil }
            i += 1
        }
        guard i < limit, i > first else { return nil }
        guard Self.adverbialStarters.contains(token: first, in: text) || timexAt[first] >= 0 else { return nil }
        var k = i - 1
        while k >= first {
            if let t = anchoringTimex(at: k) { return (i, t) }
            k -= 1
        }
        return nil
    }

    /// Words that open a sentence-initial adverbial ("In April, ...", "Last month, ...").
    static let adverbialStarters: WordSet = ["in", "on", "at", "during", "after", "before", "since", "by", "last", "this",
                                             "earlier", "later", "early", "late", "until", "through", "throughout", "for", "over", "from", "within"]

    /// Quote state per token of a sentence (true inside quotation marks).
    func quoted(_ range: Range<Int>) -> [Bool] {
        var inside = false
        var out: [Bool] = []
        out.reserveCapacity(range.count)
        for i in range {
            if isPunct(i) {
                switch Self.quoteMark(lower(i)) {
                case .opening: inside = true; out.append(false); continue
                case .closing: inside = false; out.append(false); continue
                case .straight: inside.toggle(); out.append(false); continue
                case .none: break
                }
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
        var particle: Int? = nil
    }

    mutating func analyseSentence(_ s: Int, range: Range<Int>, reference: (value: String, timex: Int?)?,
                                  lastOrg: inout Int?, topicOrg: inout Int?, lastPerson: inout Int?, lastThing: inout Int?) -> [EventMention] {
        headlineSentence = headlineStyle(range)
        var candidates: [Candidate] = []
        var i = range.lowerBound
        let triggerForms = Self.triggerForms
        while i < range.upperBound {
            // Most tokens are no trigger word: one lookup here, before the call.
            guard tokens[i].kind == .word, let forms = triggerForms[token: i, in: text] else { i += 1; continue }
            if let c = classify(i, forms: forms, range: range) { candidates.append(c); i = max(i + 1, c.end); continue }
            i += 1
        }
        // Running antecedents for pronouns, updated token by token.
        var orgBefore = [Int?](repeating: nil, count: candidates.count)
        var personBefore = orgBefore, thingBefore = orgBefore, topicBefore = orgBefore
        do {
            var ci = 0
            for t in range {
                while ci < candidates.count && candidates[ci].token == t {
                    if let o = lastOrg { orgBefore[ci] = o }
                    // "The company" is the organisation the story is about (the latest one named as a
                    // subject), not one named only as an object or addressee ("told Reuters").
                    if let o = topicOrg ?? lastOrg { topicBefore[ci] = o }
                    if let p = lastPerson { personBefore[ci] = p }
                    if let t = lastThing { thingBefore[ci] = t }
                    ci += 1
                }
                if let e = entity(at: t), mentionStart[t] == Int32(t) {
                    switch entities[e].type {
                    case .organization:
                        lastOrg = e; lastThing = e
                        if subjectPosition(t, range: range) { topicOrg = e }
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
        let opening = openingAdverbial(range)
        var verbDates: Set<Int> = []
        for c in candidates where !c.nominal && c.contentOf == nil {
            if let a = governingTimex(c, range: range, opening: opening) { verbDates.insert(a.timex) }
        }
        let hasVerbalEvent = candidates.contains { !$0.nominal && $0.contentOf == nil }
        var result: [EventMention] = []
        var previousVerbal: (index: Int, agent: Int?, subject: String)? = nil
        var legalPersons: [EventParticipantRef] = []
        for (ci, c) in candidates.enumerated() {
            let anchor = governingTimex(c, range: range, opening: opening)
            // A trigger that is no event of its own may still retell one ("the arrest", "police said he was arrested").
            var retelling = false
            if c.contentOf != nil && !options.everyMention {
                // What was said: its own event only when its own clause carries a date.
                if anchor?.own != true { retelling = true }
            }
            if c.nominal && !options.everyMention {
                // A nominal trigger is an event of its own only with a date of its own, in a sentence
                // whose verbs tell no event ("In a 2 December interview, Ren said" is Ren's statement).
                if let a = anchor, a.own, !hasVerbalEvent, !verbDates.contains(a.timex) {} else { retelling = true }
            }
            if retelling && !isRetelling(c) { continue }
            // "concerns about what they said are close ties": a saying in a free relative is a noun
            // phrase of another clause, not a statement of its own.
            if !options.everyMention, c.speech, !c.nominal, freeRelative(c, range: range) { continue }
            // Date
            var value = "XXXX", timexIndex: Int? = nil, certainty = DateCertainty.inferred
            if let a = anchor {
                value = timexValue(a.timex); timexIndex = a.timex; certainty = .stated
            } else if c.tense == "past" || (c.tense == nil && options.everyMention), let r = reference {
                value = r.value; timexIndex = nil
            } else if c.tense != "future", let d = dct {
                value = d
            }
            let endValue = intervalEnd(c, range: range, date: value)
            // Participants
            // "Jobs has been on medical leave": the subject of the verb before "on" is the noun's.
            var asked = c
            if let start = holdingVerbGroup(c, range: range) { asked.nominal = false; asked.groupStart = start }
            var (agent, subject, roles) = participants(asked, range: range, antecedents: (orgBefore[ci], topicBefore[ci], personBefore[ci], thingBefore[ci]))
            // "We", "our" are the speaker's side: in a quotation the speaker (or the organisation the
            // speaker speaks for), never an organisation named earlier; elsewhere nobody known.
            var singularSubject = false
            let firstPerson = c.nominal ? lower(possessor(c, range: range)) == "our" : lower(asked.groupStart - 1) == "we"
            if firstPerson {
                if let a = agent { roles.removeAll { $0.entity == a } }
                agent = nil
                if q(c.token), let a = c.contentOf, let speaker = speakerSide(candidates[a], range: range, topic: topicBefore[a]) {
                    agent = speaker
                    roles.insert(EventParticipantRef(entity: speaker, role: c.passive ? .patient : .agent), at: 0)
                    // The speaker named instead of "we", with the verb agreeing ("Acme is", "Smith plans").
                    subject = entities[speaker].name
                    singularSubject = !c.nominal
                }
                if agent == nil { subject = c.nominal ? "" : text.text(token: asked.groupStart - 1) }
            } else if let a = agent, entities[a].type == .person, let side = affiliation(of: a, near: asked, range: range, topic: topicBefore[ci]),
                      side.possessive, !roles.contains(where: { $0.entity == side.organization }) {
                // "Jane Smith, its chief executive, told Reuters": the company "its" stands for takes part
                // (one named with her is in the text already).
                roles.append(EventParticipantRef(entity: side.organization, role: .other))
            }
            // ", saying ...": a participial clause shares the subject of the verb before it.
            let participial = c.entry.form == .gerund && c.groupStart == c.token && text.isLower(c.token - 1, ",")
            if !c.nominal, let p = previousVerbal, participial || coordinated(p.index, c.groupStart) {
                // "X reiterated those concerns and cautioned ...": the subject is shared.
                if let a = agent { roles.removeAll { $0.entity == a && $0.role == .agent } }
                agent = p.agent; subject = p.subject
                if let a = agent, !roles.contains(where: { $0.entity == a }) { roles.insert(EventParticipantRef(entity: a, role: .agent), at: 0) }
            }
            if !c.nominal { previousVerbal = (c.token, agent, subject) }
            // "Smith was arrested on suspicion of drunk driving": the offence is the arrested person's.
            if c.entry.type == "legal" && !c.nominal { legalPersons = roles.filter { entities[$0.entity].type == .person } }
            if c.entry.type == "offence" && roles.isEmpty && !legalPersons.isEmpty {
                roles = legalPersons.map { EventParticipantRef(entity: $0.entity, role: .agent) }
                agent = roles.first?.entity
            }
            let headline = makeHeadline(c, range: range, subject: subject, roles: roles, singular: singularSubject)
            let type = c.entry.type == "attack" && !c.nominal && killingAttack(after: c.end, range: range) ? "death" : c.entry.type
            var record = EventRecord(trigger: c.token..<c.end, type: type, headline: headline, timex: timexIndex,
                                     dateValue: value, certainty: certainty, endValue: endValue?.end,
                                     participants: roles, sentence: s, tense: c.tense, polarity: nil, modality: nil)
            if let start = endValue?.start { record.dateValue = start }
            let mention = EventMention(record: record, lemma: c.entry.lemma, nominal: c.nominal, token: c.token, subject: subject, particle: c.particle)
            if retelling {
                var m = mention
                let proceeding = L.proceedings.contains(c.entry.lemma) && !L.testModifiers.contains(token: c.token - 1, in: text)
                let incident = (L.incidentTypes.contains(c.entry.type) || proceeding)
                    && (!L.incidentAdjectives.contains(tokens[c.token].lower) || leftDeadVerb(before: c.token, range: range))
                    && (tokens[c.token].lower == c.entry.lemma || L.determiners.contains(token: c.token - 1, in: text)
                        || L.collectiveIncidents.contains(tokens[c.token].lower))
                m.namesEvent = c.nominal && (incident || anchor?.own == true || holdingVerbGroup(c, range: range) != nil)
                m.guessedParticipants = c.nominal && roles.count == 1 && Self.possessivePronouns.contains(lower(possessor(c, range: range)))
                retellings.append(m)
            } else { result.append(mention) }
        }
        return options.everyMention ? result : Self.mergeCoordinated(result, text: text)
    }

    /// Whether a verb group stands in a free relative: "what" and a subject of at most three words
    /// before it ("what they said", "what officials called").
    func freeRelative(_ c: Candidate, range: Range<Int>) -> Bool {
        var k = c.groupStart - 1
        while k >= range.lowerBound && k >= c.groupStart - 4 {
            if text.isLower(k, "what") { return k < c.groupStart - 1 }
            guard tokens[k].kind == .word, !isClauseBreak(k) else { return false }
            k -= 1
        }
        return false
    }

    /// Who "we" in what a speech verb reports is: the organisation that speaks, or the one a
    /// speaking person is named with (`affiliation`), else the person.
    func speakerSide(_ speech: Candidate, range: Range<Int>, topic: Int?) -> Int? {
        let (agent, _, _) = participants(speech, range: range, antecedents: (nil, nil, nil, nil))
        guard let speaker = agent, entities[speaker].type == .person || entities[speaker].type == .organization else { return nil }
        guard entities[speaker].type == .person else { return speaker }
        return affiliation(of: speaker, near: speech, range: range, topic: topic)?.organization ?? speaker
    }

    /// The organisation a person is named with in this sentence: "Acme chief executive Jane Smith",
    /// "Jane Smith, chief executive of Acme,", or with "its" the topic organisation ("its chief
    /// executive Jane Smith", "Jane Smith, its chief executive,"), then `possessive`; nil for none.
    func affiliation(of person: Int, near verb: Candidate, range: Range<Int>, topic: Int?) -> (organization: Int, possessive: Bool)? {
        // The person's mention in this sentence, before the verb or right after it.
        var m = verb.groupStart - 1
        while m >= range.lowerBound && entity(at: m) != person { m -= 1 }
        if m < range.lowerBound { m = verb.end; guard entity(at: m) == person else { return nil } }
        let start = Int(mentionStart[m]), end = Int(mentionEnd[m])
        // An organisation, or "its", at most three words before the name.
        var k = start - 1
        while k >= range.lowerBound && k >= start - 4 && tokens[k].kind == .word && !isClauseBreak(k) {
            if let e = entity(at: k), entities[e].type == .organization { return (e, false) }
            // "its chief executive Jane Smith": only title words between "its" and the name.
            if text.isLower(k, "its") {
                return (k + 1..<start).allSatisfy { RelationPatterns.isRoleWord(token: $0, in: text) } && k + 1 < start ? topic.map { ($0, true) } : nil
            }
            k -= 1
        }
        // In the apposition after a comma: an organisation after "of" or "at", or "its" and a title first.
        guard text.isLower(end, ",") else { return nil }
        if text.isLower(end + 1, "its") { return RelationPatterns.isRoleWord(token: end + 2, in: text) ? topic.map { ($0, true) } : nil }
        k = end + 1
        while k < range.upperBound && k <= end + Self.appositionReach && !isClauseBreak(k) {
            if let e = entity(at: k), entities[e].type == .organization, ["of", "at"].contains(lower(preposition(before: Int(mentionStart[k]), floor: end))) { return (e, false) }
            k += 1
        }
        return nil
    }

    /// True when a name starting at `start` opens its sentence or clause (after at most "the"), as
    /// subjects do: "Acme said", "..., the Acme board voted", not "told Reuters" or "of Acme".
    func subjectPosition(_ start: Int, range: Range<Int>) -> Bool {
        var p = start - 1
        if text.isLower(p, "the"), p >= range.lowerBound { p -= 1 }
        // "WASHINGTON (AP) --": a name in brackets is a dateline or an aside; one after the
        // dateline's dash opens the story.
        if text.isLower(p, "-"), tokens[p].flags.contains(.spaceBefore) { return true }
        return p < range.lowerBound || isClauseBreak(p) && !text.isLower(p, "(")
    }

    /// For a noun of `EventLexicon.onStateTypes` after "on" and at most two modifiers, with a verb
    /// group before "on" ("has been on medical leave", "went on a paid sabbatical"): the first token
    /// of that verb group; with a person named just before "on" ("Smith on leave"), "on". The
    /// sentence then says the event holds, and its subject is the noun's.
    func holdingVerbGroup(_ c: Candidate, range: Range<Int>) -> Int? {
        guard c.nominal, L.onStateTypes.contains(c.entry.type) else { return nil }
        var k = c.token - 1
        while k >= range.lowerBound && k >= c.token - 3 && !text.isLower(k, "on") {
            guard tokens[k].kind == .word, !isClauseBreak(k) else { return nil }
            k -= 1
        }
        guard text.isLower(k, "on") else { return nil }
        var start = k
        while start - 1 >= range.lowerBound {
            let w = lower(start - 1)
            guard L.beForms[w] != nil || L.haveForms[w] != nil || w == "have" || w == "be" || L.onStateVerbs.contains(w)
                    || L.futureAuxiliaries.contains(w) || L.hypotheticalModals.contains(w) || L.verbGroupAdverbs.contains(w) else { break }
            start -= 1
        }
        if start < k { return start }
        // "Steve Jobs on medical leave" (a title): a person named just before "on".
        if let e = entity(at: k - 1), mentionEnd[k - 1] == Int32(k), entities[e].type == .person { return k }
        return nil
    }

    /// A trigger that is no event of its own but may tell one again: a singular event noun
    /// ("the arrest", "his death", "Tuesday's shooting") or a past verb in what was said
    /// ("police said Brown was arrested"). Statements and states never do.
    func isRetelling(_ c: Candidate) -> Bool {
        guard !L.retellingExcludedTypes.contains(c.entry.type) else { return false }
        if c.nominal {
            // "a deal", "deals": some other one; incidents are introduced so ("an earthquake", "the murders").
            if L.incidentTypes.contains(c.entry.type) { return true }
            return tokens[c.token].lower == c.entry.lemma && !text.isLower(c.token - 1, "a") && !text.isLower(c.token - 1, "an")
        }
        return c.tense == "past"
    }

    /// True when the verb at `b` is coordinated with the verb at `a` ("reiterated ... and cautioned").
    func coordinated(_ a: Int, _ b: Int) -> Bool {
        guard a < b, b - 1 > a, b - a < Self.clauseReach, ["and", "or", "then", "but"].contains(lower(b - 1)) else { return false }
        for t in (a + 1)..<b where isClauseBreak(t) && !text.isLower(t, ",") { return false }
        return true
    }

    /// Coordinated verbs of one sentence sharing subject and date become one event, told by
    /// the verb of the highest-ranked type, unless they are incidents of two types (`twoIncidents`).
    static func mergeCoordinated(_ mentions: [EventMention], text: AnalyzedText) -> [EventMention] {
        guard mentions.count > 1 else { return mentions }
        var out: [EventMention] = []
        for m in mentions {
            let agent = m.record.participants.first(where: { $0.role == .agent })?.entity
            if let last = out.last, !m.nominal, !last.nominal,
               last.record.dateValue == m.record.dateValue,
               last.record.participants.first(where: { $0.role == .agent })?.entity == agent,
               agent != nil || (!m.subject.isEmpty && m.subject == last.subject),
               !Self.twoIncidents(last.record.type, m.record.type) {
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

    /// Incidents of two types ("shot and killed": the shooting and the death) stay two events.
    static func twoIncidents(_ a: String, _ b: String) -> Bool {
        a != b && EventLexicon.incidentTypes.contains(a) && EventLexicon.incidentTypes.contains(b)
    }

    // MARK: Trigger classification

    /// The trigger candidate at word `i`, whose entries in the trigger tables are `forms`: a verb
    /// (its group read by `classifyVerb`: auxiliaries, adverbs, negation, "to" + governor) or a noun.
    func classify(_ i: Int, forms: TriggerForms, range: Range<Int>) -> Candidate? {
        let tok = tokens[i]
        let l = tok.lower
        if let c = offence(i, forms: forms, range: range) { return c }
        let verb = forms.verb ?? (options.everyMention ? forms.annotationVerb : nil)
        let noun = forms.noun ?? (options.everyMention ? forms.annotationNoun : nil)
        guard verb != nil || noun != nil, entity(at: i) == nil else { return nil }
        // A capitalised word inside a sentence is a name, unless the sentence is a headline.
        if tok.isCapitalized && !tok.flags.contains(.sentenceStart) && !headlineSentence { return nil }
        let prev = i > range.lowerBound ? lower(i - 1) : ""
        // Part of a hyphenated word: "cyber-attacks", "most-sold", "market-leading".
        if prev == "-" && !tok.flags.contains(.spaceBefore) { return nil }
        if i + 1 < range.upperBound, text.isLower(i + 1, "-"), !tokens[i + 1].flags.contains(.spaceBefore) { return nil }
        // "have" before a participle is an auxiliary, not a state.
        if L.haveForms[token: i, in: text] != nil || l == "have" {
            var n = i + 1
            while n < range.upperBound && (L.verbGroupAdverbs.contains(token: n, in: text) || L.negators.contains(token: n, in: text) || text.isLower(n, "before")) { n += 1 }
            let next = lower(n)
            if next == "been" || next == "had" || next.hasSuffix("ed") || next.hasSuffix("en")
                || [.past, .participle].contains(L.verbs[next]?.form ?? .base) && L.verbs[next] != nil { return nil }
        }
        let nounContext = i > range.lowerBound && (L.nounContext.contains(token: i - 1, in: text) || tokens[i - 1].kind == .possessive)
        // A form that is also a noun, followed by punctuation or a preposition, is the noun: "new Mac purchases."
        let nextIsEnd = i + 1 >= range.upperBound || isPunct(i + 1) || L.locationPrepositions.contains(token: i + 1, in: text) || L.otherPrepositions.contains(token: i + 1, in: text)
        let nounByPosition = noun != nil && verb?.form == .thirdPerson && nextIsEnd
        // "The blast left three people dead": the death is the event ("dead"), not a departure.
        if verb?.lemma == "leave", leftDead(from: i, range: range) != nil { return nil }
        if let v = verb, !(noun != nil && nounContext), !nounByPosition {
            if let c = classifyVerb(i, entry: v, range: range) { return c }
        }
        // "charged with murdering", "accused of shooting": a bare gerund names the incident; the
        // timeline keeps it only as a retelling (`isRetelling`).
        if noun == nil, !options.everyMention, let v = verb, v.form == .gerund, L.incidentTypes.contains(v.type),
           i > range.lowerBound, L.gerundPrepositions.contains(token: i - 1, in: text) {
            return Candidate(token: i, end: i + 1, groupStart: i, entry: v, nominal: true, tense: nil, passive: false, speech: false)
        }
        if let n = noun {
            // "no interview", "not a launch": negated nominal.
            if prev == "no" || prev == "not" { return nil }
            // "is intended to launch": an infinitive the verb rules turned down, not a noun.
            if prev == "to" && verb != nil { return nil }
            if verb != nil && !nounContext && !(tokens[i].isCapitalized && !tokens[i].flags.contains(.sentenceStart)) {
                // A verb form rejected as a verb counts as a noun only after a noun context.
                if tok.lower.hasSuffix("ed") || tok.lower.hasSuffix("ing") { return nil }
            }
            return Candidate(token: i, end: i + 1, groupStart: i, entry: n, nominal: true, tense: nil, passive: false, speech: false)
        }
        return nil
    }

    /// Most tokens between "left" and "dead" in "left at least three bank workers dead".
    static let leftDeadReach = 8

    /// The index of "dead" closing the object of the form of "leave" at `i`, in its clause.
    func leftDead(from i: Int, range: Range<Int>) -> Int? {
        var k = i + 1
        while k < range.upperBound && k <= i + Self.leftDeadReach && !isClauseBreak(k) {
            if L.incidentAdjectives.contains(token: k, in: text) { return k }
            k += 1
        }
        return nil
    }

    /// True when an attack verb ending before `end` kills: "dead" or "to death" closes its object in
    /// its clause ("was shot dead shielding her child", "stabbed his wife and his mother to death");
    /// "dead" after a determiner or a preposition ("shot at the dead man's car", "attacked a rally in
    /// memory of dead soldiers") does not.
    func killingAttack(after end: Int, range: Range<Int>) -> Bool {
        var k = end
        while k < range.upperBound && k < end + Self.killingAttackReach && !isClauseBreak(k) {
            let w = lower(k)
            if w == "to" && lower(k + 1) == "death" { return true }
            if L.incidentAdjectives.contains(w) {
                let before = lower(k - 1)
                return !L.determiners.contains(before) && !L.otherPrepositions.contains(before) && !L.locationPrepositions.contains(before)
            }
            k += 1
        }
        return false
    }

    /// Most tokens between an attack verb and the "dead" or "to death" that closes its object
    /// ("stabbed his ex-girlfriend and his own mother to death").
    static let killingAttackReach = 12

    /// True when a form of "leave" before `i` in its clause has `i` ("dead") closing its object.
    func leftDeadVerb(before i: Int, range: Range<Int>) -> Bool {
        var k = i - 1
        while k >= range.lowerBound && k >= i - Self.leftDeadReach && !isClauseBreak(k) {
            if L.leaveForms.contains(token: k, in: text) { return leftDead(from: k, range: range) == i }
            k -= 1
        }
        return false
    }

    /// An offence written as an acronym, which the entity stage may read as a name ("DUI"), or
    /// by a head noun with its modifier (`EventLexicon.offenceHeads`: "drunken driving",
    /// "drink-driving", "driving under the influence"): a nominal trigger.
    func offence(_ i: Int, forms: TriggerForms, range: Range<Int>) -> Candidate? {
        let tok = tokens[i]
        var entry: TriggerEntry? = nil
        if tok.isAllCaps, let n = forms.noun, n.type == "offence" {
            entry = n
        } else if let modifiers = forms.offenceModifiers {
            var p = i - 1
            if text.isLower(p, "-") { p -= 1 }
            let before = p >= range.lowerBound && modifiers.contains(token: p, in: text)
            let after = text.isLower(i + 1, "under") && text.isLower(i + 2, "the") && text.isLower(i + 3, "influence")
            if before || after { entry = TriggerEntry(lemma: tok.lower, type: "offence", form: .base) }
        }
        guard let e = entry else { return nil }
        return Candidate(token: i, end: i + 1, groupStart: i, entry: e, nominal: true, tense: nil, passive: false, speech: false)
    }

    /// What a word form triggers in each of `EventLexicon`'s four trigger tables.
    struct TriggerForms {
        var verb: TriggerEntry?
        var noun: TriggerEntry?
        var annotationVerb: TriggerEntry?
        var annotationNoun: TriggerEntry?
        /// The modifiers that make the word an offence (`EventLexicon.offenceHeads`).
        var offenceModifiers: WordSet?
    }

    /// Every trigger word form with its entries, so that a word is looked up once.
    static let triggerForms: WordMap<TriggerForms> = {
        var table = WordMap<TriggerForms>()
        for (w, e) in L.verbs { table[w, default: TriggerForms()].verb = e }
        for (w, e) in L.nouns { table[w, default: TriggerForms()].noun = e }
        for (w, e) in L.annotationVerbs { table[w, default: TriggerForms()].annotationVerb = e }
        for (w, e) in L.annotationNouns { table[w, default: TriggerForms()].annotationNoun = e }
        for (w, m) in L.offenceHeads { table[w, default: TriggerForms()].offenceModifiers = m }
        return table
    }()

    /// A headline or title: most of its words capitalised.
    func headlineStyle(_ range: Range<Int>) -> Bool {
        var words = 0, caps = 0
        for i in range where tokens[i].kind == .word && tokens[i].flags.contains(.hasLetter) {
            words += 1
            if tokens[i].isCapitalized { caps += 1 }
        }
        return words >= 2 && caps * 10 >= words * 7
    }

    /// Pronouns that make a base-form verb present tense ("they say").
    static let subjectPronouns: WordSet = ["i", "we", "you", "they"]

    func classifyVerb(_ i: Int, entry: TriggerEntry, range: Range<Int>) -> Candidate? {
        var j = i - 1
        var negative = false, hypothetical = false, future = false
        var have: String? = nil, be: String? = nil, doTense: String? = nil
        var groupStart = i
        var infinitive = false, governorTense: String? = nil, governorFactual = false, purpose = false
        var steps = 0
        while j >= range.lowerBound && steps < 6 {
            let w = lower(j)
            if L.negators.contains(token: j, in: text) || w.hasSuffix("n't") {
                negative = true
                if L.hypotheticalModals.contains(token: j, in: text) { hypothetical = true }
                if let t = L.doForms[token: j, in: text] { doTense = t }
                if let t = L.beForms[token: j, in: text], be == nil { be = t }
                if let t = L.haveForms[token: j, in: text], have == nil { have = t }
                if w == "won't" { future = true }
            } else if w == "longer", text.isLower(j - 1, "no") {
                negative = true; j -= 1
            } else if L.hypotheticalModals.contains(token: j, in: text) {
                hypothetical = true
            } else if L.futureAuxiliaries.contains(token: j, in: text) {
                future = true
            } else if let t = L.haveForms[token: j, in: text] {
                if have == nil { have = t }
            } else if let t = L.beForms[token: j, in: text] {
                if be == nil { be = t }
                if infinitive && !governorFactual && governorTense == nil { future = true; infinitive = false }
            } else if let t = L.doForms[token: j, in: text] {
                doTense = t
            } else if L.verbGroupAdverbs.contains(token: j, in: text) || (w.utf8.count > 4 && w.hasSuffix("ly") && !tokens[j].isCapitalized) {
                // part of the group
            } else if w == "to" && !infinitive && j == groupStart - 1 {
                infinitive = true
                // governor: "decided to exit", "is to withdraw", "going to launch", "plans to sell"
                var g = j - 1
                while g >= range.lowerBound && L.verbGroupAdverbs.contains(token: g, in: text) { g -= 1 }
                let gw = lower(g)
                if L.factualGovernors.contains(token: g, in: text) {
                    governorFactual = true
                    governorTense = gw.hasSuffix("ed") || ["began", "begun", "chose", "chosen", "went"].contains(gw) ? "past" : "present"
                    j = g
                } else if L.beForms[token: g, in: text] != nil {
                    // "is to withdraw": future; handled when the be-form is read next.
                } else if gw == "going", L.beForms[token: g - 1, in: text] != nil {
                    future = true; infinitive = false; j = g - 1; groupStart = j; steps += 1
                    j -= 1; continue
                } else if options.everyMention && !L.intentionGovernors.contains(token: g, in: text) && g >= range.lowerBound && tokens[g].kind == .word {
                    purpose = true // "returned to the stage to reveal": a purpose clause, annotated as a mention
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
            if future { tense = "future" }
            else if governorFactual { tense = governorTense }
            else if let d = doTense { tense = d }
            else if infinitive && purpose { tense = nil }
            else if infinitive { return nil }
            else if groupStart == i && Self.subjectPronouns.contains(token: i - 1, in: text) { tense = "present" }
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
            } else if options.everyMention && text.isLower(i - 1, ",") {
                passive = true; tense = "past" // "Jobs, born in San Francisco, ...": a reduced relative
            } else if entry.form == .participle {
                return nil // "the withdrawn product": adjective
            } else {
                if L.nounContext.contains(token: i - 1, in: text) && !["by", "in", "on", "at", "for", "with", "of", "from", "after", "before", "during", "since"].contains(lower(i - 1)) {
                    // "the recently announced iPhone 4": a modifier; annotation counts it, the timeline does not.
                    guard options.everyMention else { return nil }
                    passive = true
                }
                tense = future ? "future" : "past"
            }
            if governorFactual { tense = governorTense ?? tense }
        case .gerund:
            guard let b = be else {
                // "by introducing", "saying that": a bare gerund is a mention in annotation mode.
                if options.everyMention && !infinitive && !L.nounContext.contains(token: i - 1, in: text) || text.isLower(i - 1, "by") && options.everyMention { break }
                return nil
            }
            tense = future ? "future" : (b.isEmpty ? (have != nil ? "past" : nil) : b)
        }
        // Particle: "pulled out", "set up".
        var end = i + 1
        var apart: Int? = nil
        if end < range.upperBound && L.particles.contains(token: end, in: text) && tokens[end].kind == .word { end += 1 }
        else {
            // "rounded the services off", "took time off": a short object, then the particle.
            var k = end
            while k < min(range.upperBound, end + 4) && tokens[k].kind == .word && !L.particles.contains(token: k, in: text) && timexAt[k] < 0 { k += 1 }
            if k > end, k < range.upperBound, L.particles.contains(token: k, in: text), tokens[k].kind == .word,
               k + 1 >= range.upperBound || isClauseBreak(k + 1) || L.otherPrepositions.contains(token: k + 1, in: text) || text.isLower(k + 1, "by") {
                apart = k
            }
        }
        var c = Candidate(token: i, end: end, groupStart: groupStart, entry: entry, nominal: false, tense: tense,
                          passive: passive, speech: L.speechLemmas.contains(entry.lemma))
        c.particle = apart
        return c
    }

    // MARK: Anchoring

    struct Anchor { var timex: Int; var own: Bool }

    /// Bounds of the clause around token `i` (exclusive of breaks).
    /// At most `clauseReach` tokens each side, so that run-on text stays linear.
    func clause(around i: Int, range: Range<Int>) -> Range<Int> {
        var lo = i
        while lo > range.lowerBound && lo > i - Self.clauseReach && !isClauseBreak(lo - 1) { lo -= 1 }
        var hi = i + 1
        while hi < range.upperBound && hi < i + Self.clauseReach {
            if isClauseBreak(hi) {
                // "bought Zeta, a software maker based in Denver, for $2 billion in March": the
                // clause goes on after an apposition to its object.
                guard hi > i + 1, let close = appositionEnd(from: hi, range: range) else { break }
                hi = close + 1
                continue
            }
            hi += 1
        }
        return lo..<min(hi, range.upperBound)
    }
    static let clauseReach = 40

    /// Most tokens inside an apposition (", a software maker based in Denver,").
    static let appositionReach = 12

    /// For a comma at `comma` after a noun that opens an apposition (", a software maker based in
    /// Denver,"): the index of the comma that closes it, when the clause goes on after it with a
    /// preposition or a time expression ("for $2 billion in March"). The apposition opens with a
    /// determiner and holds no verb, quote or clause word, so that ", the company said," and ",
    /// which it sold," are no appositions.
    func appositionEnd(from comma: Int, range: Range<Int>) -> Int? {
        guard text.isLower(comma, ","), comma > range.lowerBound, tokens[comma - 1].kind == .word,
              Self.appositionOpeners.contains(token: comma + 1, in: text) else { return nil }
        var k = comma + 2
        while k < range.upperBound && k <= comma + Self.appositionReach {
            if text.isLower(k, ",") {
                let next = k + 1
                guard next < range.upperBound, k > comma + 2,
                      timexAt[next] >= 0 || L.locationPrepositions.contains(token: next, in: text)
                        || L.otherPrepositions.contains(token: next, in: text) || Self.adverbialStarters.contains(token: next, in: text) else { return nil }
                return k
            }
            // "based in Denver", "owned by Beta": a participle before a preposition is a reduced relative.
            // ("the company said in a statement," is a clause.)
            let participle = (L.verbs[token: k, in: text] ?? L.annotationVerbs[token: k, in: text]).map { $0.form == .past && !L.speechLemmas.contains($0.lemma) } ?? false
            let reducedRelative = participle && (L.locationPrepositions.contains(token: k + 1, in: text)
                || L.otherPrepositions.contains(token: k + 1, in: text) || L.agentPrepositions.contains(token: k + 1, in: text))
            if isClauseBreak(k) || finiteVerb(at: k) && !reducedRelative { return nil }
            k += 1
        }
        return nil
    }

    /// Words that open an apposition after a comma (", a maker of chips,", ", its rival,").
    static let appositionOpeners: WordSet = ["a", "an", "the", "its", "his", "her", "their"]

    /// True for a word that makes a clause of the words around it: an auxiliary or modal, or a
    /// past or present verb form of the trigger tables not read as a noun after a determiner
    /// ("the company said", "sales rose", but not "an interview", "the report").
    func finiteVerb(at k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return false }
        if L.beForms[token: k, in: text] != nil || L.haveForms[token: k, in: text] != nil || L.doForms[token: k, in: text] != nil
            || L.hypotheticalModals.contains(token: k, in: text) || L.futureAuxiliaries.contains(token: k, in: text) { return true }
        guard let v = L.verbs[token: k, in: text] ?? L.annotationVerbs[token: k, in: text] else { return false }
        if L.nounContext.contains(token: k - 1, in: text) { return false }
        return v.form == .past || v.form == .thirdPerson && L.nouns[token: k, in: text] == nil
    }

    /// Prepositions between a nominal trigger and its own date ("a report in October 2012").
    static let nominalDatePrepositions: WordSet = ["in", "on", "of", "from", "at", "during"]

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
            // "the attack in Paris on Dec. 2": past the place to the date.
            if L.locationPrepositions.contains(token: k, in: text) {
                let name = text.isLower(k + 1, "the") ? k + 2 : k + 1
                if let e = entity(at: name), mentionStart[name] == Int32(name), entities[e].type == .location,
                   Self.nominalDatePrepositions.contains(token: Int(mentionEnd[name]), in: text) { k = Int(mentionEnd[name]) }
            }
            if k < range.upperBound, Self.nominalDatePrepositions.contains(token: k, in: text) {
                if text.isLower(k + 1, "the") || text.isLower(k + 1, "early") || text.isLower(k + 1, "late") || text.isLower(k + 1, "mid") { k += 1 }
                if let t = anchoringTimex(at: k + 1) { return Anchor(timex: t, own: true) }
            }
            // The subject of its clause: "the trial is expected to open in the spring", "the vote
            // was held on Sunday" take the clause's date.
            var v = c.token + 1
            while v < range.upperBound && L.verbGroupAdverbs.contains(token: v, in: text) { v += 1 }
            guard v < range.upperBound, finiteVerb(at: v) else { return nil }
            let cl = clause(around: v, range: range)
            for t in v..<cl.upperBound {
                guard let k = anchoringTimex(at: t) else { continue }
                // "Saturday night's debate": a date before a possessive modifies a noun.
                let after = timexes[k].tokens.upperBound
                if dateModifiesNoun(k, range: range) || after < range.upperBound && tokens[after].kind == .possessive { continue }
                return Anchor(timex: k, own: true)
            }
            return nil
        }
        let cl = clause(around: c.token, range: range)
        var best: Int? = nil, bestDistance = Int.max
        for t in cl {
            guard let k = anchoringTimex(at: t) else { continue }
            if dateModifiesNoun(k, range: range) { continue }
            // A date in what was said is not the saying's date; one in the saying's own circumstance is
            // ("told Reuters in an interview last week").
            if c.speech && t > c.end + 3 && !speechCircumstance(from: c.end, to: t) { continue }
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

    /// "the 2011 version", "its 2010 conference": a date after a determiner or a possessive
    /// modifies a noun, not the clause.
    func dateModifiesNoun(_ k: Int, range: Range<Int>) -> Bool {
        let before = timexes[k].tokens.lowerBound - 1
        return before >= range.lowerBound && (L.determiners.contains(token: before, in: text) || tokens[before].kind == .possessive)
    }

    /// Prepositions that open the circumstance of a saying ("in an interview", "at a news conference").
    static let speechCircumstancePrepositions: WordSet = ["in", "at", "during", "on", "with", "after", "before"]

    /// True when the words from `start` (after a speech verb) to `end` (a time expression) are
    /// the saying's addressee and circumstance, not what was said: at most an addressee (a name or
    /// one word: "told Reuters", "told reporters", or "to" right after the verb), then a preposition,
    /// and no verb, quote, pronoun or later "to" ("told Reuters in an interview last week", but not
    /// "said sales rose in April" or "announced plans to travel to Ohio next week").
    func speechCircumstance(from start: Int, to end: Int) -> Bool {
        var k = start
        if let e = entity(at: k), entities[e].type != .location, mentionStart[k] == Int32(k) { k = Int(mentionEnd[k]) }
        else if k < end, tokens[k].kind == .word, !Self.speechCircumstancePrepositions.contains(token: k, in: text), !text.isLower(k, "to") { k += 1 }
        guard k < end, Self.speechCircumstancePrepositions.contains(token: k, in: text) || k == start && text.isLower(k, "to") else { return false }
        // "to" later is an infinitive ("announced plans to travel ... next week").
        for j in k..<end where j > start && text.isLower(j, "to") || isQuote(j) || finiteVerb(at: j) || Self.subjectPronouns.contains(token: j, in: text)
            || L.personAnaphors.contains(token: j, in: text) || text.isLower(j, "it") {
            return false
        }
        return true
    }

    /// For "for three years" in a perfect clause: the interval (start, end) ending at the date.
    func intervalEnd(_ c: Candidate, range: Range<Int>, date: String) -> (start: String, end: String)? {
        guard !c.nominal, DateKey(date).known else { return nil }
        let cl = clause(around: c.token, range: range)
        for t in cl where t > cl.lowerBound && text.isLower(t - 1, "for") && timexAt[t] >= 0 {
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

    /// Where the possessor of a nominal trigger would stand: the word before it and at most one
    /// modifier ("its launch", "his medical leave", "Apple's purchase").
    func possessor(_ c: Candidate, range: Range<Int>) -> Int {
        var p = c.token - 1
        while p > range.lowerBound && p > c.token - 3 && tokens[p].kind == .word && !L.determiners.contains(token: p, in: text) && entity(at: p) == nil { p -= 1 }
        return p
    }

    /// The person named at the start of a clause just before `lo` when the words from `lo` are an
    /// apposition ("Smith , the tackle for the Bears was arrested": `lo` at "the").
    func appositionHead(before lo: Int, range: Range<Int>) -> Int? {
        guard lo - 2 >= range.lowerBound, text.isLower(lo - 1, ","), L.determiners.contains(token: lo, in: text),
              let e = entity(at: lo - 2), entities[e].type == .person, mentionEnd[lo - 2] == Int32(lo - 1) else { return nil }
        let start = Int(mentionStart[lo - 2])
        return start == range.lowerBound || isClauseBreak(start - 1) ? e : nil
    }

    /// Possessive pronouns, whose antecedent the participants of a noun only guess.
    static let possessivePronouns: WordSet = ["its", "his", "her", "their"]

    /// Agent entity, subject words (for the headline) and all participants with roles.
    /// `antecedents`: the latest organisation, the topic organisation (`subjectPosition`), the
    /// latest person and thing (organisation or product) named before the trigger.
    func participants(_ c: Candidate, range: Range<Int>, antecedents: (org: Int?, topic: Int?, person: Int?, thing: Int?)) -> (Int?, String, [EventParticipantRef]) {
        var roles: [EventParticipantRef] = []
        roles.reserveCapacity(6)
        func add(_ e: Int, _ r: ParticipantRole) {
            if !roles.contains(where: { $0.entity == e }) { roles.append(EventParticipantRef(entity: e, role: r)) }
        }
        // Subject region: the clause before the verb group, skipping an appositive ", ... ,".
        var hi = c.groupStart
        var lo = hi
        while lo > range.lowerBound && lo > hi - Self.clauseReach && !isClauseBreak(lo - 1) { lo -= 1 }
        if lo == hi, lo > range.lowerBound, text.isLower(lo - 1, ",") {
            // "Eric Xu, Huawei executive vice president, said": the subject is before the appositive.
            var k = lo - 2
            while k > range.lowerBound && k > lo - Self.clauseReach && !isClauseBreak(k) { k -= 1 }
            if k > range.lowerBound && text.isLower(k, ",") {
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
        if c.nominal {
            // "its launch", "his resignation", "Apple's launch": the possessor is the agent.
            let p = possessor(c, range: range)
            switch lower(p) {
            case "its": agent = antecedents.thing
            case "his", "her": agent = antecedents.person
            case "their": agent = antecedents.org
            default:
                if p >= range.lowerBound, tokens[p].kind == .possessive, let e = entity(at: p - 1) { agent = e }
            }
        }
        var subjectStart = lo, subjectEnd = hi
        var nounPhraseStart: Int? = nil
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
                if L.locationPrepositions.contains(token: prep, in: text) && entities[e].type == .location {
                    for g in group { add(g, .location) }
                } else if L.otherPrepositions.contains(token: prep, in: text) || L.locationPrepositions.contains(token: prep, in: text) {
                    for g in group { add(g, .other) }
                } else if agent == nil {
                    let me = Int(mentionEnd[t])
                    if me < hi, tokens[me].kind == .word, !tokens[me].isCapitalized, timexAt[me] < 0,
                       L.verbs[token: me, in: text] == nil, L.haveForms[token: me, in: text] == nil, L.beForms[token: me, in: text] == nil,
                       !L.verbGroupAdverbs.contains(token: me, in: text), !L.negators.contains(token: me, in: text), !L.clauseWords.contains(token: me, in: text) {
                        // "Apple executive leaves": the name modifies the head noun, which is the subject.
                        for g in group { add(g, .other) }
                        nounPhraseStart = ms > lo && L.determiners.contains(token: ms - 1, in: text) ? ms - 1 : ms
                        break
                    }
                    agent = group[0]
                    for g in group.dropFirst() { add(g, c.passive ? .patient : .agent) }
                    subjectStart = ms; subjectEnd = me
                    break
                }
                t = ms - 1
                continue
            }
            t -= 1
        }
        var groupSubject: [Int]? = nil
        if agent == nil, hi > lo {
            let last = hi - 1
            if text.isLower(last, "it") || text.isLower(last, "its") || L.thingAnaphors.contains(token: last, in: text) { agent = antecedents.thing }
            else if text.isLower(last, "they"), let group = peopleGroup(before: last, range: range) {
                // "US lawmakers voicing concerns about what they said": the group, not an organisation.
                groupSubject = group
            }
            else if L.organisationAnaphors.contains(token: last, in: text) {
                // "they" is often people: the latest organisation; "the company" the topic.
                agent = L.pluralPronouns.contains(token: last, in: text) ? antecedents.org : antecedents.topic
            }
            else if L.personAnaphors.contains(token: last, in: text) { agent = antecedents.person }
        }
        if agent == nil, lo == hi, lo - 1 > range.lowerBound, ["which", "who", "that"].contains(lower(lo - 1)) {
            // "its iTunes Music Store, which sells ...": the relative pronoun's antecedent.
            var p = lo - 2
            if text.isLower(p, ",") { p -= 1 }
            if let e = entity(at: p) { agent = e }
        }
        if agent == nil, c.nominal, options.everyMention {
            // "It is slated for a U.S. release": the subject of the clause the noun stands in.
            var a = c.token
            while a > range.lowerBound && a > c.token - Self.clauseReach && !isClauseBreak(a - 1) { a -= 1 }
            if let e = entity(at: a) { agent = e }
            else if text.isLower(a, "it") || L.thingAnaphors.contains(token: a + 1, in: text) && text.isLower(a, "the") { agent = antecedents.thing }
            else if L.personAnaphors.contains(token: a, in: text) { agent = antecedents.person }
        }
        if agent == nil, !c.nominal, let e = appositionHead(before: lo, range: range) {
            // "Smith, the tackle for the Bears was arrested": the apposition's closing comma is missing.
            agent = e
        }
        if agent == nil, !c.nominal, !c.passive {
            if lo == hi, lo > range.lowerBound, ["and", "but", "or", "then"].contains(lower(lo - 1)) {
                // "... has not yet mentioned why, but said ...": the subject of the clause before.
                var a = lo - 1
                while a > range.lowerBound && a > lo - Self.clauseReach && !isClauseBreak(a - 1) { a -= 1 }
                if a == lo - 1 || text.isLower(a - 1, ",") {
                    a = max(range.lowerBound, a - 1)
                    while a > range.lowerBound && a > lo - Self.clauseReach && !isClauseBreak(a - 1) { a -= 1 }
                }
                for t in a..<(lo - 1) {
                    if let e = entity(at: t), [.person, .organization, .product].contains(entities[e].type),
                       !L.otherPrepositions.contains(token: preposition(before: Int(mentionStart[t]), floor: a), in: text) {
                        agent = e; break
                    }
                }
            } else if c.speech, c.end < range.upperBound, let e = entity(at: c.end), [.person, .organization].contains(entities[e].type) {
                // "“…,” said Jobs": the speaker after the verb.
                agent = e
            }
        }
        var subject = ""
        if let a = agent {
            subject = entities[a].name
        } else if let group = groupSubject {
            subject = spaced(group)
        } else if hi > lo {
            // The subject's own words, without a leading connective or time expression.
            var words: [Int] = []
            var from = nounPhraseStart ?? lo
            if c.nominal {
                // A noun's own modifiers only ("the terrorist attack"), not words before its
                // determiner or preposition ("three men after the attack").
                for k in from..<hi where L.nounContext.contains(token: k, in: text) || isClauseBreak(k) { from = k + 1 }
            }
            for k in from..<hi where timexAt[k] < 0 && !(words.isEmpty && L.connectives.contains(token: k, in: text)) {
                words.append(k)
            }
            // A subject with verbs in it is no noun phrase: leave it out rather than print a fragment.
            if words.contains(where: { L.haveForms[token: $0, in: text] != nil || L.beForms[token: $0, in: text] != nil || text.isLower($0, "to") || [.past, .participle, .gerund].contains(L.verbs[token: $0, in: text]?.form ?? .base) }) {
                words = []
            }
            while let w = words.last, L.danglingWords.contains(token: w, in: text) { words.removeLast() }
            if words.count > 6 { words = Array(words.prefix(6)) }
            while let w = words.last, L.danglingWords.contains(token: w, in: text) || text.isLower(w, ",") { words.removeLast() }
            subject = spaced(words)
        }
        _ = subjectStart; _ = subjectEnd
        if let a = agent { add(a, c.passive ? .patient : .agent) }
        // After the trigger: objects and prepositional roles, to the end of the clause.
        var k = c.end
        var firstObject = true
        let limit = min(range.upperBound, c.end + 14)
        while k < limit {
            if isClauseBreak(k) && !(text.isLower(k, ",") && entity(at: k + 1) != nil && entity(at: k - 1) != nil) {
                if !(c.speech && text.isLower(k, "that")) { break }
            }
            if let e = entity(at: k) {
                let ms = Int(mentionStart[k])
                let prep = preposition(before: ms, floor: c.end)
                let prep2 = ms > c.end + 1 ? ms - 2 : -1
                if c.speech {
                    // Who said it to whom; the names in what was said belong to its own events.
                    let me = Int(mentionEnd[k])
                    let next = lower(me)
                    let nextIsVerb = L.verbs[next] != nil || L.beForms[next] != nil || L.haveForms[next] != nil
                        || L.hypotheticalModals.contains(next) || L.futureAuxiliaries.contains(next) || L.annotationVerbs[next] != nil
                    let direct = ms == c.end || (ms == c.end + 1 && L.determiners.contains(token: c.end, in: text))
                    if L.agentPrepositions.contains(token: prep, in: text) && c.passive { add(e, .agent) }
                    else if text.isLower(prep, "to") || (ms == c.end && L.addresseeLemmas.contains(c.entry.lemma)) { add(e, .other) }
                    else if direct && !nextIsVerb && !L.addresseeLemmas.contains(c.entry.lemma) { add(e, .patient) } // "announced the iPhone"
                    break
                }
                if L.agentPrepositions.contains(token: prep, in: text) && c.passive { add(e, .agent) }
                else if L.locationPrepositions.contains(token: prep, in: text) && entities[e].type == .location { add(e, .location) }
                else if L.otherPrepositions.contains(token: prep, in: text) || L.otherPrepositions.contains(token: prep2, in: text) { add(e, .other) }
                else if firstObject { add(e, c.passive ? .other : .patient) }
                else { add(e, .other) }
                firstObject = false
                k = max(k + 1, Int(mentionEnd[k]))
                continue
            }
            k += 1
        }
        // "at the show in Denver, where the company introduced ...": the place of the where-clause.
        if let w = (lo - 1 >= range.lowerBound && text.isLower(lo - 1, "where")) ? lo - 1 : nil {
            var p = w - 1
            if text.isLower(p, ",") { p -= 1 }
            if let e = entity(at: p), entities[e].type == .location { add(e, .location) }
        }
        return (agent, subject, roles)
    }

    /// The nearest plural group of people (`EventLexicon.peopleGroups`) before a "they" at `pronoun`
    /// in its sentence, with at most two modifiers ("US lawmakers"), unless a name of an organisation
    /// stands nearer; nil when there is none.
    func peopleGroup(before pronoun: Int, range: Range<Int>) -> [Int]? {
        var k = pronoun - 1
        while k >= range.lowerBound {
            if let e = entity(at: k), entities[e].type == .organization { return nil }
            if tokens[k].kind == .word, L.peopleGroups.contains(token: k, in: text), entity(at: k) == nil { break }
            k -= 1
        }
        guard k >= range.lowerBound else { return nil }
        var start = k
        while start - 1 >= range.lowerBound && start > k - 2, tokens[start - 1].kind == .word, !isClauseBreak(start - 1),
              !L.nounContext.contains(token: start - 1, in: text), !L.connectives.contains(token: start - 1, in: text),
              L.verbs[token: start - 1, in: text] == nil, timexAt[start - 1] < 0 {
            start -= 1
        }
        return Array(start...k)
    }

    /// The word before a name, looking past "the": "in the United States" → "in".
    /// The token of the preposition before a name starting at `start` ("in Denver", "of the
    /// company"), or -1 when the name starts at `floor`. (A token, so the tables look it up by its hash.)
    func preposition(before start: Int, floor: Int) -> Int {
        guard start > floor else { return -1 }
        if text.isLower(start - 1, "the"), start - 1 > floor { return start - 2 }
        return start - 1
    }

    // MARK: Headline

    /// For a speech verb followed by its speaker ("said Jobs"), the token after the speaker's name.
    func subjectAfterVerb(_ c: Candidate, range: Range<Int>) -> Int? {
        guard c.speech, c.end < range.upperBound, let e = entity(at: c.end), [.person, .organization].contains(entities[e].type),
              c.groupStart > range.lowerBound, isClauseBreak(c.groupStart - 1) || isQuote(c.groupStart - 1) else { return nil }
        return Int(mentionEnd[c.end])
    }

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
    /// `singular`: the subject names one party instead of the text's "we", so the verb group's first
    /// word agrees with it ("we are" → "is", "we plan" → "plans").
    func makeHeadline(_ c: Candidate, range: Range<Int>, subject: String, roles: [EventParticipantRef], singular: Bool = false) -> String {
        // Verb group without adverbs.
        var group: [Int] = []
        group.reserveCapacity(max(0, c.end - c.groupStart))
        if c.groupStart < c.token {
            for k in c.groupStart..<c.token where !L.verbGroupAdverbs.contains(token: k, in: text) { group.append(k) }
        }
        group.append(contentsOf: c.token..<c.end)
        // Object: the words after the trigger up to the end of its clause (time expressions left out).
        var object: [Int] = []
        object.reserveCapacity(12)
        var k = c.end
        // "“…,” said Jobs during the keynote": the speaker after the verb is not the object.
        if let first = subjectAfterVerb(c, range: range) { k = first }
        if c.speech && text.isLower(k, "that") { k += 1 }
        let invertedSpeech = k != c.end
        let maxWords = c.speech ? 11 : 8
        var colon = false
        while k < range.upperBound && object.count < maxWords {
            if isQuote(k) {
                if object.count >= 4 { break }
                k += 1; continue
            }
            if isClauseBreak(k) { break }
            let word = lower(k)
            if object.count >= 6 && Self.longObjectStops.contains(token: k, in: text) { break }
            if timexAt[k] >= 0 {
                // drop a preposition right before the timex
                if let last = object.last, Self.timexPrepositions.contains(token: last, in: text) { object.removeLast() }
                break
            }
            if word == "and", k + 1 < range.upperBound, L.verbs[token: k + 1, in: text] != nil { break }
            if !object.isEmpty && Self.objectStops.contains(token: k, in: text) { break }
            // A participle after the head noun starts a reduced relative: "appliances aimed at ...".
            if object.count >= 2, tokens[k].kind == .word, word.hasSuffix("ed"), !tokens[k].isCapitalized { break }
            object.append(k)
            k += 1
        }
        if invertedSpeech, let f = object.first, L.locationPrepositions.contains(token: f, in: text) || L.otherPrepositions.contains(token: f, in: text) || text.isLower(f, "during") {
            object = []
        }
        if object.isEmpty && c.speech && isQuote(range.lowerBound) && c.groupStart > range.lowerBound + 1 {
            // "“We are not interested in the US market,” Xu said": the quote is what was said.
            var q = range.lowerBound + 1
            while q < c.groupStart && q < range.upperBound && object.count < maxWords && !isClauseBreak(q) && !isQuote(q) {
                object.append(q); q += 1
            }
            colon = !object.isEmpty
        }
        while let w = object.last, L.danglingWords.contains(token: w, in: text) { object.removeLast() }
        // Key modifier: the place, when the object does not name it.
        var place: String? = nil
        if let p = roles.first(where: { $0.role == .location }) {
            let name = entities[p.entity].name
            // Only a place named before the verb ("in Denver, where ..."); one after it is in the object's words.
            let after = (c.end..<min(range.upperBound, c.end + Self.clauseReach)).contains { entity(at: $0) == p.entity }
            let named = after || object.contains { entity(at: $0) == p.entity } || subject.contains(name)
            if !named { place = name }
        }
        // "subject verb-group[:] object in Place", one space between the parts.
        var line: [UInt8] = []
        line.reserveCapacity(160)
        if !subject.isEmpty { line.append(contentsOf: subject.utf8); line.append(0x20) }
        for (n, k) in group.enumerated() {
            if n > 0 { line.append(0x20) }
            if n == 0 && singular, let form = singularForm(k, trigger: c) { line.append(contentsOf: form.utf8) } else { appendToken(k, to: &line) }
        }
        if colon { line.append(0x3A) }
        if !object.isEmpty {
            line.append(0x20)
            for (n, k) in object.enumerated() {
                if n > 0 && tokens[k].flags.contains(.spaceBefore) { line.append(0x20) }
                appendToken(k, to: &line)
            }
        }
        if let name = place { line.append(contentsOf: " in ".utf8); line.append(contentsOf: name.utf8) }
        return Self.tidy(utf8: line)
    }

    /// Forms of "be", "have" and "do" that agree with "we", and their forms for one party named instead.
    static let singularForms: [String: String] = ["are": "is", "were": "was", "have": "has", "do": "does", "'re": "is", "'ve": "has"]

    /// The form of verb-group word `k` that agrees with a singular subject, or nil to keep it as
    /// written: `singularForms`, or a present-tense trigger in its base form with "-s" ("plans",
    /// "pushes", "tries").
    func singularForm(_ k: Int, trigger c: Candidate) -> String? {
        let w = lower(k)
        if let form = Self.singularForms[w] { return form }
        guard k == c.token, !c.nominal, c.entry.form == .base, c.tense != "past", tokens[k].kind == .word else { return nil }
        let written = text.text(token: k)
        let u = Array(written.utf8)
        guard let last = u.last, u.count >= 2, u.allSatisfy({ $0 < 0x80 }) else { return nil }
        let before = u[u.count - 2]
        if last == UInt8(ascii: "y"), !Self.vowels.contains(before) { return String(written.dropLast()) + "ies" }
        if [UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "o")].contains(last)
            || (last == UInt8(ascii: "h") && (before == UInt8(ascii: "s") || before == UInt8(ascii: "c"))) { return written + "es" }
        return written + "s"
    }
    static let vowels: Set<UInt8> = Set("aeiou".utf8)

    /// Appends the bytes of token `k` as written.
    func appendToken(_ k: Int, to line: inout [UInt8]) {
        let lo = max(0, min(Int(tokens[k].start), text.bytes.count)), hi = max(lo, min(Int(tokens[k].end), text.bytes.count))
        // Through a buffer pointer: an `ArraySlice` would retain and release the text's bytes.
        text.bytes.withUnsafeBufferPointer { line.append(contentsOf: UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
    }

    /// Words that end a headline's object: what follows is circumstance, not the event.
    static let longObjectStops: WordSet = ["of", "in", "at", "for", "with", "to", "on", "about", "between", "from", "by", "and"]
    /// A preposition dropped from the object's end when a time expression follows it.
    static let timexPrepositions: WordSet = ["in", "on", "at", "during", "since", "until", "from"]
    static let objectStops: WordSet = ["after", "before", "because", "despite", "as", "while", "following", "amid", "since", "until", "although"]

    /// One line, capitalised, cut at a word boundary to at most 90 characters.
    static func tidy(_ s: String) -> String { tidy(utf8: Array(s.utf8)) }

    /// `tidy` of UTF-8 bytes: words split on white space, kept while the line stays within 90
    /// scalars, dangling function words dropped at the end, the first word capitalised.
    static func tidy(utf8 s: [UInt8]) -> String {
        // Words are kept while the line stays within 90 scalars, each word at least one scalar and
        // one separator: at most 46 of them, on the stack.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 46) { words in
            var count = 0
            var length = 0
            var i = 0
            let n = s.count
            while i < n {
                let b = s[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1; continue }
                let start = i
                var scalars = 0
                while i < n {
                    let c = s[i]
                    if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { break }
                    if c & 0xC0 != 0x80 { scalars += 1 }
                    i += 1
                }
                let add = scalars + (count == 0 ? 0 : 1)
                if length + add > 90 || count == words.count { break }
                words[count] = start..<i
                count += 1
                length += add
            }
            func word(_ r: Range<Int>) -> String { String(decoding: s[r], as: UTF8.self) }
            // The bytes are read through one buffer pointer: an `ArraySlice` per word would retain and
            // release the array each time.
            return s.withUnsafeBufferPointer { sb -> String in
                func isASCII(_ r: Range<Int>) -> Bool { !r.contains { sb[$0] >= 0x80 } }
                /// A dangling function word, compared lower-cased (ASCII words of up to 16 bytes
                /// without a `String`).
                func dangling(_ r: Range<Int>) -> Bool {
                    guard r.count <= 16, isASCII(r) else { return EventLexicon.danglingWords.contains(word(r).lowercased()) }
                    var lowered: (UInt64, UInt64) = (0, 0)
                    return withUnsafeMutableBytes(of: &lowered) { buf in
                        for (k, j) in r.enumerated() { buf[k] = sb[j] >= 0x41 && sb[j] <= 0x5A ? sb[j] | 0x20 : sb[j] }
                        let lowerBytes = UnsafeBufferPointer(start: buf.baseAddress!.assumingMemoryBound(to: UInt8.self), count: r.count)
                        return EventLexicon.danglingWords.contains(utf8: lowerBytes)
                    }
                }
                while count > 2, dangling(words[count - 1]) { count -= 1 }
                guard count > 0 else { return "" }
                // The first word capitalised, but names like "iMovie" left as they are.
                let first = words[0]
                var head: String? = nil
                var upperFirst = false
                if isASCII(first) {
                    upperFirst = sb[first.lowerBound] >= 0x61 && sb[first.lowerBound] <= 0x7A
                        && !first.contains(where: { sb[$0] >= 0x41 && sb[$0] <= 0x5A })
                } else {
                    head = capitalised(word(first))
                }
                var total = head?.utf8.count ?? first.count
                for w in 1..<count { total += 1 + words[w].count }
                return String(unsafeUninitializedCapacity: total) { out in
                    var p = 0
                    func copy(_ r: Range<Int>) { for j in r { out[p] = sb[j]; p += 1 } }
                    if let head {
                        for b in head.utf8 { out[p] = b; p += 1 }
                    } else if upperFirst {
                        out[0] = sb[first.lowerBound] - 0x20
                        p = 1
                        copy((first.lowerBound + 1)..<first.upperBound)
                    } else {
                        copy(first)
                    }
                    for w in 1..<count {
                        out[p] = 0x20; p += 1
                        copy(words[w])
                    }
                    return p
                }
            }
        }
    }

    /// A word with its first scalar upper-cased when it is lower case and no scalar is upper case.
    static func capitalised(_ first: String) -> String {
        if let f = first.unicodeScalars.first, f.properties.isLowercase,
           !first.unicodeScalars.contains(where: { $0.properties.isUppercase }) {
            return String(f).uppercased() + String(first.unicodeScalars.dropFirst())
        }
        return first
    }
}

/// A year written with at least four digits.
func fourDigitYear(_ year: Int) -> String {
    let y = max(0, year)
    return y < 10 ? "000\(y)" : y < 100 ? "00\(y)" : y < 1000 ? "0\(y)" : "\(y)"
}
