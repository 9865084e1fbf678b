/// Document-level consistency for the entity stage: one type per name, and aliases merged into
/// one entity (surnames and given names of a person, an organisation with and without its
/// suffix, acronyms, country aliases). Canonical name: the gazetteer name for places, the longest
/// form for people, the most frequent form (ties: longest) for everything else.
enum EntityMerger {
    typealias Candidate = EntityRecognizer.Candidate

    static func merge(_ input: [Candidate], text: AnalyzedText) -> [EntityRecord] {
        guard !input.isEmpty else { return [] }
        let candidates = splitJoinedNames(input, text: text)
        // Key order by first appearance (determinism); one key index per candidate.
        var keys: [String] = []
        var keyIndex = WordMap<Int>()
        keyIndex.reserveCapacity(candidates.count)
        var keyTokens: [[String]] = []
        var canonical: [String?] = []
        var candidateKey: [Int] = []
        candidateKey.reserveCapacity(candidates.count)
        // Candidates are read in place (`candidates[ci]`): a copy would retain and release its strings.
        for ci in candidates.indices {
            if let k = keyIndex[candidates[ci].key] {
                candidateKey.append(k)
                if candidates[ci].canonical != nil { canonical[k] = candidates[ci].canonical }
                continue
            }
            keyIndex[candidates[ci].key] = keys.count
            candidateKey.append(keys.count)
            keys.append(candidates[ci].key)
            keyTokens.append(candidates[ci].tokens.compactMap { i in
                text.tokens[i].kind == .word || text.tokens[i].kind == .acronym ? text.tokens[i].lower : nil
            })
            canonical.append(candidates[ci].canonical)
        }
        // 1. One type per key: strongest cue wins, then the sum of cues.
        let allTypes = EntityType.allCases
        var votes = [(max: Int, sum: Int)](repeating: (0, 0), count: keys.count * allTypes.count)
        for ci in candidates.indices {
            let slot = candidateKey[ci] * allTypes.count + (allTypes.firstIndex(of: candidates[ci].type) ?? 0)
            votes[slot].max = max(votes[slot].max, candidates[ci].strength)
            votes[slot].sum += candidates[ci].strength
        }
        var types: [EntityType] = []
        var strengths: [Int] = []
        for k in keys.indices {
            var bestType = EntityType.misc, bestVote = (max: -1, sum: -1)
            for (ti, t) in allTypes.enumerated() {
                let v = votes[k * allTypes.count + ti]
                guard v.sum > 0 else { continue }
                if v.max > bestVote.max || (v.max == bestVote.max && v.sum > bestVote.sum) { bestType = t; bestVote = v }
            }
            types.append(bestType)
            strengths.append(max(bestVote.max, 0))
        }
        var parent = Array(0..<keys.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // 2. Same gazetteer entry: "US", "U.S.", "United States".
        var byCanonical = WordMap<Int>()
        byCanonical.reserveCapacity(keys.count)
        for k in keys.indices {
            guard let c = canonical[k] else { continue }
            if let other = byCanonical[c] { union(k, other) } else { byCanonical[c] = k }
        }
        // 3. Acronyms in parentheses.
        for ci in candidates.indices {
            if let a = candidates[ci].acronymOf, a < candidates.count { union(candidateKey[ci], candidateKey[a]) }
        }
        // 4. People: "Ren" / "Mr. Ren" / "Ren Zhengfei", "Jobs" / "Steve Jobs".
        // A lone surname joins the person whatever its weak type; a lone first word ("Ren", "Steve")
        // only when it is itself typed as a person, or when nothing at all marks its type and the
        // person was typed by a cue of its own ("Elian" after "Elian Gonzalez").
        // Keys are visited in order, so each list is ascending and holds a key once.
        var personLast = WordMap<[Int]>(), personFirst = WordMap<[Int]>()
        for k in keys.indices where types[k] == .person && keyTokens[k].count >= 2 {
            if let f = keyTokens[k].first { personFirst[f, default: []].append(k) }
            if let l = keyTokens[k].last { personLast[l, default: []].append(k) }
        }
        for k in keys.indices where keyTokens[k].count == 1 && (types[k] == .person || strengths[k] <= 3) {
            let word = keyTokens[k][0]
            var owners = personLast[word] ?? []
            if let firsts = personFirst[word] {
                if types[k] == .person { owners += firsts }
                // An untyped word joins only a person typed by a cue of its own (a given name, a
                // surname, a title), not one that is a person for want of anything better.
                else if strengths[k] <= 1 { owners += firsts.filter { strengths[$0] >= 2 } }
            }
            guard let o = owners.min() else { continue }
            // Only when every owner is already one person.
            let root = find(owners[0])
            if owners.allSatisfy({ find($0) == root }) {
                union(k, o)
                types[k] = .person
            }
        }
        // 5. Organisations with and without their suffix: "Huawei Technologies" / "Huawei".
        var firstWordOwners = WordMap<[Int]>()
        for k in keys.indices where types[k] == .organization && keyTokens[k].count >= 2 {
            let words = keyTokens[k]
            var m = words.count
            while m > 1, EntityLexicon.organizationSuffixes.contains(words[m - 1]) { m -= 1 }
            guard m < words.count else { continue }
            let prefix = words[0..<m].joined(separator: " ")
            if let p = keyIndex[prefix], types[p] == .organization || strengths[p] <= 3 {
                union(k, p)
                types[p] = .organization
            } else if m == 2, !keys[k].utf8.contains(0x2D) {   // not "Hewlett-Packard Co." → "Hewlett"
                firstWordOwners[words[0], default: []].append(k)
            }
        }
        // "Delta Air Lines" / "Delta", "Conner Peripherals Inc." / "Conner": the first of two words before the
        // company suffixes stands alone, when one company name alone starts with it.
        for (word, owners) in firstWordOwners where owners.count == 1 {
            if let p = keyIndex[word], types[p] == .organization || strengths[p] <= 3,
               find(p) == p || types[find(p)] == .organization {
                union(owners[0], p)
                types[p] = .organization
            }
        }
        // 6. Acronyms spelling a longer organisation name: "FCC" / "Federal Communications Commission".
        var initialsIndex = WordMap<[Int]>()
        for k in keys.indices where types[k] == .organization && keyTokens[k].count >= 2 {
            let initials = String(keyTokens[k].filter { !initialsSkipped.contains($0) }.compactMap { $0.first })
            if initials.count >= 2 { initialsIndex[initials, default: []].append(k) }
        }
        for k in keys.indices where keyTokens[k].count == 1 {
            let word = keyTokens[k][0]
            let a = word.utf8.contains(0x2E) ? word.replacingOccurrences(of: ".", with: "") : word
            guard a.count >= 2, let owners = initialsIndex[a], owners.count == 1, let o = owners.first else { continue }
            union(k, o)
        }
        // 7. Build the entities.
        // Entities in order of first appearance; each one's candidates are a run of `grouped`
        // (ascending), laid out by counting: no array per entity.
        var groupOfRoot = [Int](repeating: -1, count: keys.count)
        var groupOfCandidate = [Int](repeating: 0, count: candidates.count)
        var groupCount = 0
        for ci in candidates.indices {
            let r = find(candidateKey[ci])
            if groupOfRoot[r] < 0 {
                groupOfRoot[r] = groupCount
                groupCount += 1
            }
            groupOfCandidate[ci] = groupOfRoot[r]
        }
        var groupStart = [Int](repeating: 0, count: groupCount + 1)
        for g in groupOfCandidate { groupStart[g + 1] += 1 }
        for g in 0..<groupCount { groupStart[g + 1] += groupStart[g] }
        var grouped = [Int](repeating: 0, count: candidates.count)
        var fill = groupStart
        for ci in candidates.indices {
            grouped[fill[groupOfCandidate[ci]]] = ci
            fill[groupOfCandidate[ci]] += 1
        }
        // Which entity already has a mention starting at a token (one mention per start).
        var mentionStartOwner = [Int32](repeating: -1, count: text.tokens.count)
        var records: [EntityRecord] = []
        records.reserveCapacity(groupCount)
        for g in 0..<groupCount {
            let members = grouped[groupStart[g]..<groupStart[g + 1]]
            let r = find(candidateKey[members[members.startIndex]])
            var type = types[r], strength = -1
            var canon: String?
            var formList: [(bytes: Range<Int>, count: Int, tokens: Int, first: Int)] = []
            var mentions: [EntityMentionRef] = []
            for ci in members {
                let tokens = candidates[ci].tokens
                let k = candidateKey[ci]
                if strengths[k] > strength || (strengths[k] == strength && types[k] == .person) {
                    strength = strengths[k]; type = types[k]
                }
                if let cn = canonical[k] { canon = cn }
                let br = text.byteRange(tokens: tokens)
                if let f = formList.firstIndex(where: { text.bytes[$0.bytes] == text.bytes[br] }) {
                    formList[f].count += 1
                } else {
                    formList.append((br, 1, tokens.count, tokens.lowerBound))
                }
                let startToken = tokens.lowerBound
                if startToken >= 0 && startToken < mentionStartOwner.count {
                    if mentionStartOwner[startToken] != Int32(g) {
                        mentionStartOwner[startToken] = Int32(g)
                        mentions.append(EntityMentionRef(tokens: tokens, bytes: br))
                    }
                } else if !mentions.contains(where: { $0.tokens.lowerBound == startToken }) {
                    mentions.append(EntityMentionRef(tokens: tokens, bytes: br))
                }
            }
            // Forms with equal bytes are one entry of `formList` already, so each text is one form.
            var ordered = formList.map { (key: text.text($0.bytes), value: (count: $0.count, tokens: $0.tokens, first: $0.first, caps: false)) }
            ordered.sort { $0.value.first < $1.value.first }
            mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            // Forms written in capitals (headlines, acronyms) name the entity only when nothing else does.
            var anyMixed = false
            for f in ordered.indices {
                ordered[f].value.caps = isAllCaps(ordered[f].key)
                if !ordered[f].value.caps { anyMixed = true }
            }
            let pool = ordered.lazy.filter { !anyMixed || !$0.value.caps }
            let name: String
            if let cn = canon {
                name = cn
            } else if type == .person {
                name = pool.max { a, b in
                    a.value.tokens != b.value.tokens ? a.value.tokens < b.value.tokens
                        : a.key.utf8.count != b.key.utf8.count ? a.key.utf8.count < b.key.utf8.count : a.value.first > b.value.first
                }?.key ?? ""
            } else {
                name = pool.max { a, b in
                    a.value.count != b.value.count ? a.value.count < b.value.count
                        : a.key.utf8.count != b.key.utf8.count ? a.key.utf8.count > b.key.utf8.count : a.value.first > b.value.first
                }?.key ?? ""
            }
            var aliases: [String] = []
            for (form, _) in ordered where form != name && !aliases.contains(form) { aliases.append(form) }
            records.append(EntityRecord(name: name, type: type, aliases: aliases, mentions: mentions))
        }
        records.sort { ($0.mentions.first?.tokens.lowerBound ?? 0) < ($1.mentions.first?.tokens.lowerBound ?? 0) }
        return records
    }

    /// Words left out of an organisation's initials ("Bank of America" → BA).
    static let initialsSkipped: WordSet = ["of", "and", "the", "for", "&", "-"]

    /// Whether every letter of a form is upper case ("HUAWEI", "FCC").
    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        if s.utf8.allSatisfy({ $0 < 0x80 }) {   // ASCII: letters are A-Z and a-z
            for c in s.utf8 {
                if c >= 0x61 && c <= 0x7A { return false }
                if c >= 0x41 && c <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        for u in s.unicodeScalars where u.properties.isAlphabetic {
            if u.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Lower-cased words of a name, split on spaces.
    static func nameWords(_ name: String) -> [String] {
        // ASCII names (nearly all) word by word from the bytes, without a lower-cased copy.
        var copy = name
        let ascii: [String]? = copy.withUTF8 { b -> [String]? in
            var words: [String] = []
            var i = 0
            while i < b.count {
                if b[i] == 0x20 { i += 1; continue }
                let start = i
                while i < b.count && b[i] != 0x20 {
                    if b[i] >= 0x80 { return nil }
                    i += 1
                }
                words.append(String(unsafeUninitializedCapacity: i - start) { out in
                    for k in start..<i { out[k - start] = b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k] }
                    return i - start
                })
            }
            return words
        }
        return ascii ?? name.lowercased().split(separator: " ").map(String.init)
    }

    /// Splits a run that is two names seen apart elsewhere ("Mr. Ren Huawei in ..." → Ren, Huawei).
    static func splitJoinedNames(_ input: [Candidate], text: AnalyzedText) -> [Candidate] {
        // Per key: how often it occurs and its strongest (first on a tie) candidate, in one table.
        var byKey = WordMap<(count: Int, best: Int)>()
        byKey.reserveCapacity(input.count)
        // Candidates are read in place (`input[ci]`): a copy would retain and release its strings.
        for ci in input.indices {
            if let old = byKey[input[ci].key] {
                byKey[input[ci].key] = (old.count + 1, input[ci].strength > input[old.best].strength ? ci : old.best)
            } else {
                byKey[input[ci].key] = (1, ci)
            }
        }
        // The two parts each joined run splits into, by input index (most documents have none:
        // then the input is returned as it is, without copying a candidate).
        var parts: [Int: (Candidate, Candidate)] = [:]
        for ci in input.indices {
            let tokens = input[ci].tokens
            guard tokens.count >= 2, byKey[input[ci].key]?.count == 1, input[ci].canonical == nil,
                  tokens.allSatisfy({ text.tokens[$0].kind == .word }) else { continue }
            let c = input[ci]
            for split in (c.tokens.lowerBound + 1)..<c.tokens.upperBound {
                let left = c.tokens.lowerBound..<split, right = split..<c.tokens.upperBound
                let lk = EntityRecognizer.key(text, left), rk = EntityRecognizer.key(text, right)
                guard let lb = byKey[lk]?.best, let rb = byKey[rk]?.best else { continue }
                let l = input[lb], r = input[rb]
                guard l.type != r.type || r.strength >= 4 else { continue }
                let useRun = c.strength > l.strength
                parts[ci] = (Candidate(tokens: left, key: lk, type: useRun ? c.type : l.type, strength: useRun ? c.strength : l.strength),
                             Candidate(tokens: right, key: rk, type: r.type, strength: r.strength, canonical: r.canonical))
                break
            }
        }
        if parts.isEmpty { return input }
        var out: [Candidate] = []
        out.reserveCapacity(input.count + parts.count)
        var newIndex: [Int] = []      // input index → output index
        newIndex.reserveCapacity(input.count)
        for ci in input.indices {
            newIndex.append(out.count)
            if let (l, r) = parts[ci] { out.append(l); out.append(r) } else { out.append(input[ci]) }
        }
        for i in out.indices {
            if let a = out[i].acronymOf { out[i].acronymOf = a < newIndex.count ? newIndex[a] : nil }
        }
        return out
    }
}
