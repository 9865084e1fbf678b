/// Finds the relations the text states between entities, from patterns over each sentence's
/// tokens and entity mentions (see `RelationPatterns` for the pattern tables).
///
/// works_for / founded (appositives, titles: "X, chief operating officer of Y", "Y founder and
/// CEO X", "X, Y's CEO", "CEO X of Y"), part_of ("Huawei Enterprise USA" within "Huawei", "a unit
/// of"), based_in ("the Shenzhen-based company", "X, based in Y", "Y's X"), located_in ("Denver,
/// Colorado", "X in Y"), lives_in ("X of Y", "a Y native", "lives in"), nationality ("the Chinese
/// technology company", "Chinese company Huawei"), competitor_of ("rival"), said_about (speaker
/// → entities of the statement) and co_occurs (same sentence, weighted by sentence count).
/// Relations with the same source, target and type are merged, their evidence joined.
final class RelationExtractor: Sendable {
    static let shared = RelationExtractor()

    func extract(_ text: AnalyzedText, entities: [EntityRecord]) -> [RelationRecord] {
        guard entities.count >= 1, !text.tokens.isEmpty else { return [] }
        var context = RelationContext(text: text, entities: entities)
        context.run()
        return context.result()
    }
}

/// A mention of an entity: entity index and token range.
struct MentionSpan {
    var entity: Int
    var tokens: Range<Int>
}

/// The working state of relation extraction over one document.
struct RelationContext {
    let text: AnalyzedText
    let entities: [EntityRecord]
    /// Mention starting at each token (index into `mentions`), or -1.
    var startAt: [Int32]
    /// Mention ending at each token (last token), or -1.
    var endAt: [Int32]
    var mentions: [MentionSpan] = []
    /// Country entity by canonical name.
    var countryEntity: [String: Int] = [:]
    /// Per entity: a country, US state or region (a container of places); a country.
    var containers: [Bool] = []
    var countries: [Bool] = []
    var order: [RelationKey] = []
    var found: [RelationKey: RelationRecord] = [:]
    /// The co_occurs relations, after all others in the result (in order of first co-occurrence).
    var coOccurring: [RelationRecord] = []

    struct RelationKey: Hashable { var source: Int, target: Int, type: RelationType }

    init(text: AnalyzedText, entities: [EntityRecord]) {
        self.text = text
        self.entities = entities
        startAt = [Int32](repeating: -1, count: text.tokens.count)
        endAt = [Int32](repeating: -1, count: text.tokens.count)
        for (e, rec) in entities.enumerated() {
            for m in rec.mentions where !m.tokens.isEmpty && m.tokens.upperBound <= text.tokens.count {
                mentions.append(MentionSpan(entity: e, tokens: m.tokens))
            }
            guard rec.type == .location else { countries.append(false); containers.append(false); continue }
            countryEntity[rec.name] = e
            let name = rec.name.lowercased()
            let country = EntityLexicon.countries[name] != nil
            countries.append(country)
            containers.append(country || EntityLexicon.usStates[name] != nil || EntityLexicon.regions.contains(name))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for (k, m) in mentions.enumerated() {
            startAt[m.tokens.lowerBound] = Int32(k)
            endAt[m.tokens.upperBound - 1] = Int32(k)
        }
    }

    // MARK: - Token helpers

    func lower(_ i: Int) -> String { i >= 0 && i < text.tokens.count ? text.tokens[i].lower : "" }
    func type(_ m: MentionSpan) -> EntityType { entities[m.entity].type }
    func mention(startingAt i: Int) -> MentionSpan? {
        guard i >= 0, i < startAt.count, startAt[i] >= 0 else { return nil }
        return mentions[Int(startAt[i])]
    }
    func mention(endingAt i: Int) -> MentionSpan? {
        guard i >= 0, i < endAt.count, endAt[i] >= 0 else { return nil }
        return mentions[Int(endAt[i])]
    }
    func isOrg(_ m: MentionSpan) -> Bool { type(m) == .organization }
    func isPerson(_ m: MentionSpan) -> Bool { type(m) == .person }
    func isPlace(_ m: MentionSpan) -> Bool { type(m) == .location }
    /// A country, US state or region (a container of places).
    func isContainer(_ m: MentionSpan) -> Bool { containers[m.entity] }
    func isCountry(_ m: MentionSpan) -> Bool { countries[m.entity] }

    /// Skips a possessive clitic at `i`.
    func afterPossessive(_ i: Int) -> Int { i < text.tokens.count && text.tokens[i].kind == .possessive ? i + 1 : i }

    /// The end of a role phrase starting at `i` ("chief operating officer", "founder and CEO",
    /// "co-founder"), or `i` when there is none.
    func roleEnd(from i: Int, limit: Int) -> Int {
        var j = i
        var last = i
        while j < limit {
            let w = lower(j)
            if RelationPatterns.isRoleWord(token: j, in: text) { j += 1; last = j; continue }
            // A role held with others: "co-president", "co-chairman" ("co-founder" too).
            if w == "co" && j + 2 < limit && lower(j + 1) == "-" && RelationPatterns.isRoleWord(token: j + 2, in: text) { j += 2; continue }
            if (w == "and" || w == "&") && j > i && j + 1 < limit && RelationPatterns.isRoleWord(token: j + 1, in: text) { j += 1; continue }
            if w == "-" && j > i && j + 1 < limit && RelationPatterns.isRoleWord(token: j + 1, in: text) { j += 1; continue }
            // A role not yet taken up: "chairman-elect", "CEO-designate".
            if w == "-" && j == last && j > i && j + 1 < limit && (lower(j + 1) == "elect" || lower(j + 1) == "designate")
                && !text.tokens[j].flags.contains(.spaceBefore) && !text.tokens[j + 1].flags.contains(.spaceBefore) { j += 2; last = j; continue }
            if w == "." && j > i && j == last && j + 1 < limit && !text.tokens[j].flags.contains(.spaceBefore) { j += 1; last = j; continue }
            break
        }
        return last
    }

    /// Start of a role phrase that ends right before `end` (exclusive), or `end` when there is none.
    func roleStart(endingBefore end: Int, floor: Int) -> Int {
        var j = end
        var first = end
        while j > floor {
            let w = lower(j - 1)
            if RelationPatterns.isRoleWord(token: j - 1, in: text) {
                j -= 1
                if j - 2 >= floor && lower(j - 1) == "-" && lower(j - 2) == "co" { j -= 2 }
                first = j
                continue
            }
            if (w == "and" || w == "&" || w == "-") && j < end && j - 1 > floor && RelationPatterns.isRoleWord(token: j - 2, in: text) { j -= 1; continue }
            break
        }
        return first
    }

    func label(_ r: Range<Int>) -> String { text.text(tokens: r) }

    /// The end of a word of `set` at `j`: `j + 1`, or `j + 3` for a hyphenated word the tokenizer
    /// split in three ("co-founded" → "co", "-", "founded"); nil when there is none.
    func word(in set: WordSet, at j: Int) -> Int? {
        if set.contains(token: j, in: text) { return j + 1 }
        guard j >= 0, j + 2 < text.tokens.count, text.tokens[j].kind == .word, text.isLower(j + 1, "-"),
              !text.tokens[j + 1].flags.contains(.spaceBefore), !text.tokens[j + 2].flags.contains(.spaceBefore),
              set.contains(lower(j) + "-" + lower(j + 2)) else { return nil }
        return j + 3
    }

    // MARK: - Recording

    mutating func add(_ source: Int, _ target: Int, _ type: RelationType, label: String, evidence: Range<Int>) {
        guard source != target, source >= 0, target >= 0 else { return }
        let key = RelationKey(source: source, target: target, type: type)
        let bytes = text.byteRange(tokens: evidence)
        if var r = found[key] {
            if !r.evidence.contains(bytes) { r.evidence.append(bytes) }
            if r.label.isEmpty { r.label = label }
            found[key] = r
        } else {
            found[key] = RelationRecord(source: source, target: target, type: type, label: label, evidence: [bytes], weight: nil)
            order.append(key)
        }
    }

    /// works_for with the role as label, and founded when the role says so.
    mutating func employment(_ person: MentionSpan, _ org: MentionSpan, role: Range<Int>, evidence: Range<Int>) {
        employment(person, organization: org.entity, role: role, evidence: evidence)
    }

    /// works_for (and founded) of a person with an organisation given by its entity index ("its
    /// chief executive": the organisation the story is about).
    mutating func employment(_ person: MentionSpan, organization org: Int, role: Range<Int>, evidence: Range<Int>) {
        let words = role.map { lower($0) }
        if words.contains(where: { RelationPatterns.pastRoleWords.contains($0) }) { return }
        let l = label(role)
        add(person.entity, org, .worksFor, label: l, evidence: evidence)
        if words.contains(where: { $0 == "founder" || $0 == "cofounder" || $0 == "co-founder" || $0 == "founders" }) {
            add(person.entity, org, .founded, label: l, evidence: evidence)
        }
    }

    func result() -> [RelationRecord] { order.compactMap { found[$0] } + coOccurring }

    // MARK: - Driver

    mutating func run() {
        // Mentions are in text order, so each sentence's are one run of `mentions`.
        var bySentence = [Range<Int>](repeating: 0..<0, count: text.sentences.count)
        var k = 0
        while k < mentions.count {
            let s = Int(text.tokens[mentions[k].tokens.lowerBound].sentence)
            var end = k + 1
            while end < mentions.count && Int(text.tokens[mentions[end].tokens.lowerBound].sentence) == s { end += 1 }
            if s >= 0 && s < bySentence.count { bySentence[s] = k..<end }
            k = end
        }
        var lastSubjectOrg: Int? = nil
        for (si, sentence) in text.sentences.enumerated() {
            let ms = mentions[bySentence[si]]
            RelationPatterns.apply(&self, sentence: sentence, mentions: ms, previousOrganization: lastSubjectOrg)
            if let firstOrg = ms.first(where: { isOrg($0) }) {
                if ms.first.map({ $0.tokens.lowerBound }) == firstOrg.tokens.lowerBound || lastSubjectOrg == nil {
                    lastSubjectOrg = firstOrg.entity
                }
            }
        }
        partOfByName()
        coOccurrence(bySentence)
    }

    /// "Huawei Enterprise USA" part_of "Huawei": an organisation named after another one.
    mutating func partOfByName() {
        // A unit and its parent are two organisations, the unit's name of two words or more.
        var organizations = 0, multiWord = false
        for e in entities where e.type == .organization {
            organizations += 1
            if e.name.utf8.contains(0x20) { multiWord = true }
        }
        guard organizations >= 2, multiWord else { return }
        // Name words of every organisation's forms (name, then aliases), split once.
        let formWords: [[[String]]] = entities.map { e in
            e.type == .organization ? ([e.name] + e.aliases).map(EntityMerger.nameWords) : []
        }
        for (a, ea) in entities.enumerated() where ea.type == .organization {
            guard let wa = formWords[a].first, wa.count >= 2 else { continue }
            var best: Int? = nil, bestLen = 0
            for (b, eb) in entities.enumerated() where b != a && eb.type == .organization {
                for wb in formWords[b] {
                    guard wb.count < wa.count, wb.count > bestLen, wa[0..<wb.count].elementsEqual(wb) else { continue }
                    let rest = wa[wb.count...]
                    if rest.allSatisfy({ EntityLexicon.organizationSuffixes.contains($0) }) { continue }
                    // "Fire and Disaster Management Agency" is no unit of "Fire"; a unit's parent is named more than once.
                    if let next = rest.first, ["and", "of", "&", "-", "for"].contains(next) { continue }
                    if eb.mentions.count < 2, wb.count == 1, EntityLexicon.commonWords.contains(wb[0]) { continue }
                    best = b; bestLen = wb.count
                }
            }
            if let b = best, let m = ea.mentions.first { add(a, b, .partOf, label: text.text(tokens: m.tokens), evidence: m.tokens) }
        }
    }

    /// co_occurs between the entities of each sentence; weight = number of sentences.
    /// `bySentence`: each sentence's run of `mentions`.
    mutating func coOccurrence(_ bySentence: [Range<Int>]) {
        // One slot per entity pair (keyed source × entity count + target), in order of first co-occurrence.
        var slot: [Int: Int] = [:]
        let n = entities.count
        var keys: [RelationKey] = []
        var evidence: [[Range<Int>]] = []
        var ids: [Int] = []
        for (si, run) in bySentence.enumerated() where run.count >= 2 {
            ids.removeAll(keepingCapacity: true)
            for m in mentions[run] where !ids.contains(m.entity) { ids.append(m.entity) }
            guard ids.count >= 2 else { continue }
            ids.sort()
            let s = text.sentences[si]
            for x in 0..<ids.count {
                for y in (x + 1)..<ids.count {
                    let key = RelationKey(source: ids[x], target: ids[y], type: .coOccurs)
                    let packed = ids[x] * n + ids[y]
                    if let k = slot[packed] {
                        evidence[k].append(s.start..<s.end)
                    } else {
                        slot[packed] = keys.count
                        keys.append(key)
                        evidence.append([s.start..<s.end])
                    }
                }
            }
        }
        coOccurring.reserveCapacity(keys.count)
        for (k, key) in keys.enumerated() {
            coOccurring.append(RelationRecord(source: key.source, target: key.target, type: .coOccurs, label: "",
                                              evidence: evidence[k], weight: evidence[k].count))
        }
    }
}
