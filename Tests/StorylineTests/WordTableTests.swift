import Testing
@testable import Storyline

/// `WordSet` and `WordMap` must answer exactly like `Set<String>` and `[String: V]`.
@Suite struct WordTableTests {
    /// Random words: short and long (past the 8-byte blocks and the 15-byte small strings),
    /// ASCII and not, with near misses that differ in one byte or in length.
    static func words(_ count: Int, seed: UInt64) -> [String] {
        var rng = SyntheticTimelines.Random(state: seed)
        let alphabet: [String] = ["a", "b", "e", "n", "s", "'", "-", ".", "é", "’", "中", "😀", "Z", "0"]
        return (0..<count).map { _ in
            let length = rng.int(5) == 0 ? 9 + rng.int(20) : rng.int(9)
            return (0..<length).map { _ in rng.pick(alphabet) }.joined()
        }
    }

    @Test func setAgreesWithSwiftSet() {
        let members = Self.words(3000, seed: 1)
        let probes = Self.words(6000, seed: 2) + members.map { $0 + "s" } + members.map { String($0.dropLast()) } + [""]
        let reference = Set(members)
        let set = WordSet(members)
        #expect(set.count == reference.count)
        for w in members + probes { #expect(set.contains(w) == reference.contains(w), "\(w)") }
        // Iteration: every member once, in first-insertion order.
        var seen: Set<String> = []
        #expect(Array(set) == members.filter { seen.insert($0).inserted })
    }

    @Test func mapAgreesWithDictionary() {
        let keys = Self.words(2000, seed: 3)
        var reference: [String: Int] = [:]
        var map = WordMap<Int>()
        for (i, k) in keys.enumerated() {
            reference[k, default: 0] += i
            map[k, default: 0] += i
        }
        #expect(map.count == reference.count)
        for w in keys + Self.words(4000, seed: 4) { #expect(map[w] == reference[w], "\(w)") }
        for (k, v) in map { #expect(reference[k] == v) }
    }

    @Test func literalsAndSubstringBuiltKeys() {
        let set: WordSet = ["said", "says", "said"]
        #expect(set.count == 2 && set.contains("said") && !set.contains("sai") && !set.contains("saidx"))
        let map: WordMap<String> = ["is": "present", "was": "past"]
        #expect(map["was"] == "past" && map["were"] == nil)
        // Keys built from pieces and from a bigger string are found too.
        let long = "the united states of america"
        let built = String(long.split(separator: " ")[1]) + " " + "states"
        #expect(WordSet([long, "united states"]).contains(built))
    }

    /// Lookups by token (the token's hash computed by the tokenizer) answer exactly like lookups
    /// of its lower-cased text: capitals, typographic apostrophes and quotes, accents, scripts
    /// without case, long words, numbers and punctuation; and out of range is absent.
    @Test func tokenLookupsAgreeWithStringLookups() {
        let texts = [
            "Huawei’s CEO said “we won’t sell” on Dec. 2, 2013 — in São Paulo, ÉCOLE, 中国 and the U.S.",
            "Don't, DON'T, don’t; 'n' the 1990s, '13, 3.5%, £20, €5, naïve CAFÉ déjà-vu extraordinarily-long-hyphenated-words",
            Self.words(400, seed: 9).joined(separator: " "),
        ]
        for string in texts {
            let text = AnalyzedText(string)
            let lowers = text.tokens.map(\.lower)
            // Half the token words as members (every other distinct one), plus their near misses.
            var members: [String] = []
            for (i, w) in lowers.enumerated() where i % 2 == 0 { members.append(w); members.append(w + "x") }
            let set = WordSet(members)
            var map = WordMap<Int>()
            for (i, w) in members.enumerated() { map[w] = i }
            for k in text.tokens.indices {
                #expect(set.contains(token: k, in: text) == set.contains(lowers[k]), "\(lowers[k])")
                #expect(map[token: k, in: text] == map[lowers[k]], "\(lowers[k])")
            }
            #expect(!set.contains(token: -1, in: text) && !set.contains(token: text.tokens.count, in: text))
            #expect(map[token: text.tokens.count, in: text] == nil)
        }
    }
}
