/// Finds people, organisations, places and named things from token shape, lexicons and patterns.
///
/// 1. Capitalised token runs per sentence (joining "of"/"and"/"de" inside names, "&", hyphens,
///    initials, model numbers), with sentence-initial function words and common words dropped;
///    Title Case headlines and all-caps lines only yield names known from the body or lexicons.
/// 2. Each run is typed by lexicons (countries, states, regions, cities, known organisations and
///    products), name heads and suffixes, preceding titles, given names, shape and context.
/// 3. Document-level consistency: one type per name, aliases merged into one entity
///    ("Huawei Technologies"/"Huawei", "Ren"/"Ren Zhengfei", "(FCC)", "US"/"United States").
final class EntityRecognizer: Sendable {
    static let shared = EntityRecognizer()

    /// A typed name span before document-level merging.
    struct Candidate {
        var tokens: Range<Int>
        var key: String
        var type: EntityType
        var strength: Int
        /// Gazetteer canonical name (countries, states).
        var canonical: String?
        /// Index of the candidate this one abbreviates ("(FCC)").
        var acronymOf: Int?
    }

    func recognize(_ text: AnalyzedText) -> [EntityRecord] {
        let candidates = findCandidates(text)
        return EntityMerger.merge(candidates, text: text)
    }

    // MARK: - Token shape

    /// A capitalised word or acronym, or a camel-case word such as `iPhone` / `eWEEK`.
    @inline(__always)
    static func isNameShape(_ t: Token, _ bytes: [UInt8]) -> Bool {
        nameShape(kind: t.kind, flags: t.flags, start: t.start, end: t.end, bytes)
    }

    /// `isNameShape` of token `i`, reading its fields in place (no token copy in hot loops).
    @inline(__always)
    static func isNameShape(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        nameShape(kind: tokens[i].kind, flags: tokens[i].flags, start: tokens[i].start, end: tokens[i].end, bytes)
    }

    @inline(__always)
    private static func nameShape(kind: TokenKind, flags: TokenFlags, start: Int32, end: Int32, _ bytes: [UInt8]) -> Bool {
        guard kind == .word || kind == .acronym, flags.contains(.hasLetter) else { return false }
        return flags.contains(.capitalized) || isCamel(start: start, end: end, bytes)
    }

    /// `iPhone`, `eWEEK`: a lower-case first letter followed by an upper-case one.
    @inline(__always)
    static func isCamel(_ t: Token, _ bytes: [UInt8]) -> Bool { isCamel(start: t.start, end: t.end, bytes) }

    /// `isCamel` of the token at bytes `start..<end` (no token copy: hot loops read fields in place).
    @inline(__always)
    static func isCamel(start: Int32, end: Int32, _ bytes: [UInt8]) -> Bool {
        let s = Int(start), e = Int(end)
        guard e - s >= 3, s >= 0, e <= bytes.count else { return false }
        let b0 = bytes[s], b1 = bytes[s + 1]
        return b0 >= 0x61 && b0 <= 0x7A && b1 >= 0x41 && b1 <= 0x5A
    }

    /// Phrase key of a token range: lower-cased tokens, a space where the text has white space.
    static func key(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        if range.count == 1 { return text.tokens[range.lowerBound].lower }
        // Measured, then written once into the string's storage (appending word by word went
        // through string interpolation's growth path for every word).
        var length = 0
        for i in range {
            if i > range.lowerBound && text.tokens[i].flags.contains(.spaceBefore) { length += 1 }
            length += text.tokens[i].lower.utf8.count
        }
        return String(unsafeUninitializedCapacity: length) { out in
            var p = 0
            for i in range {
                if i > range.lowerBound && text.tokens[i].flags.contains(.spaceBefore) { out[p] = 0x20; p += 1 }
                var word = text.tokens[i].lower
                word.withUTF8 { w in
                    for b in w { out[p] = b; p += 1 }
                }
            }
            return p
        }
    }

    static func isPunct(_ t: Token, _ s: String) -> Bool { t.kind == .punctuation && t.lower == s }

    // MARK: - Candidates

    enum LineMode { case normal, titleCase, allCaps }

    /// How a sentence is written: running text, a Title Case headline, or an all-caps line.
    static func lineMode(_ text: AnalyzedText, _ s: Sentence, _ cls: [EntityLexicon.WordClass]) -> LineMode {
        var words = 0, caps = 0, allCaps = 0, capFunction = 0, lowerFunction = 0
        var endsWithStop = false
        // Fast path: running text has mostly lower-case words.
        var quickWords = 0, quickCaps = 0
        for i in s.tokens where text.tokens[i].kind == .word {
            quickWords += 1
            if text.tokens[i].isCapitalized { quickCaps += 1 }
        }
        if quickWords >= 4 && quickCaps * 2 < quickWords { return .normal }
        for i in s.tokens {
            let t = text.tokens[i]
            if t.kind == .punctuation { endsWithStop = t.lower == "." || t.lower == "?" || t.lower == "!"; continue }
            endsWithStop = false
            guard t.kind == .word, t.flags.contains(.hasLetter) else { continue }
            words += 1
            if t.isAllCaps { allCaps += 1 }
            if t.isCapitalized {
                caps += 1
                if i != s.tokens.lowerBound, cls[i].contains(.function) { capFunction += 1 }
            } else if EntityLexicon.classes(token: i, in: text).contains(.function) {
                lowerFunction += 1
            }
        }
        if words >= 3 && allCaps * 10 >= words * 8 { return .allCaps }
        guard words >= 2 else { return .normal }
        let content = words - lowerFunction
        if content >= 2 && caps * 10 >= content * 8 && (!endsWithStop || capFunction > 0) { return .titleCase }
        return .normal
    }

    func findCandidates(_ text: AnalyzedText) -> [Candidate] {
        let tokens = text.tokens, bytes = text.bytes
        var cls = [EntityLexicon.WordClass](repeating: [], count: tokens.count)
        let wordClasses = EntityLexicon.wordClasses  // a local: no one-time-initialisation check per token
        // Word classes of the tokens that can be names (lower-case words are looked up where needed).
        for i in tokens.indices {
            let kind = tokens[i].kind
            guard kind == .word || kind == .acronym,
                  tokens[i].isCapitalized || Self.isCamel(start: tokens[i].start, end: tokens[i].end, bytes) else { continue }
            cls[i] = wordClasses[token: i, in: text] ?? []
        }
        var modes: [LineMode] = []
        modes.reserveCapacity(text.sentences.count)
        for s in text.sentences { modes.append(Self.lineMode(text, s, cls)) }
        // Words seen capitalised inside running text (evidence for sentence-initial words).
        var capitalisedInside = WordSet()
        capitalisedInside.reserveCapacity(64)
        for (k, s) in text.sentences.enumerated() where modes[k] == .normal {
            let first = Self.firstWordIndex(text, s)
            for i in s.tokens where i != first {
                if tokens[i].isCapitalized, tokens[i].kind == .word, cls[i].contains(.common), !Self.afterOpeningQuote(text, i) {
                    capitalisedInside.insert(tokens[i].lower)
                }
            }
        }
        var out: [Candidate] = []
        for (k, s) in text.sentences.enumerated() where modes[k] == .normal {
            collectRuns(text, s, evidence: capitalisedInside, cls, into: &out)
        }
        // Headlines and all-caps lines: names known from the body, lexicon names, unusual words.
        if modes.contains(where: { $0 != .normal }) {
            var known = WordMap<Candidate>()
            var maxLen = 1
            for c in out where known[c.key] == nil {
                known[c.key] = c
                maxLen = max(maxLen, c.tokens.count)
            }
            for (k, s) in text.sentences.enumerated() where modes[k] != .normal {
                collectHeadline(text, s, mode: modes[k], known: known, maxLen: maxLen, cls, into: &out)
            }
            out.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return out
    }

    static func firstWordIndex(_ text: AnalyzedText, _ s: Sentence) -> Int {
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound, text.tokens[i].kind == .punctuation { i += 1 }
        return i
    }

    /// A token right after an opening quote, dash or colon that starts a clause.
    static func afterOpeningQuote(_ text: AnalyzedText, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = i - 1
        guard text.tokens[p].kind == .punctuation else { return false }
        // `isLower` compares bytes: `==` against a non-ASCII literal goes through normalisation.
        return text.isLower(p, "\"") || text.isLower(p, "'") || text.isLower(p, ":") || text.isLower(p, "(")
            || text.isLower(p, "\u{2014}") || text.isLower(p, "\u{2013}")
    }

    /// Longest lexicon phrase starting at `i` (within `end`): its length, type, canonical name and strength.
    static func lexiconMatch(_ text: AnalyzedText, at i: Int, end: Int) -> (Int, EntityType, String?, Int)? {
        guard i < end, i < text.tokens.count, let phraseStart = EntityLexicon.phraseLengthByFirstToken[token: i, in: text] else { return nil }
        var k = min(end, text.tokens.count, i + phraseStart.longest)
        // Byte length of key(i..<k), kept as k shrinks: keys of a length no phrase has are not built.
        var keyLength = 0
        for j in i..<k { keyLength += text.tokens[j].lower.utf8.count + (j > i && text.tokens[j].flags.contains(.spaceBefore) ? 1 : 0) }
        while k > i {
            let last = text.tokens[k - 1]
            if last.kind == .word || last.kind == .acronym || (last.kind == .punctuation && last.lower == "."),
               phraseStart.mayHaveKey(ofLength: keyLength) {
                if let e = EntityLexicon.phrases[Self.key(text, i..<k)] { return (k - i, e.type, e.canonical, e.strength) }
            }
            keyLength -= last.lower.utf8.count + (k - 1 > i && last.flags.contains(.spaceBefore) ? 1 : 0)
            k -= 1
        }
        return nil
    }

    /// Type, canonical name and strength of a phrase found in a lexicon.
    static func lexiconType(_ key: String) -> (EntityType, String?, Int)? {
        guard let e = EntityLexicon.phrases[key] else { return nil }
        return (e.type, e.canonical, e.strength)
    }

    /// Whether a lower-cased word ends in a plural "-s" ("sixers"), not "-ss", "-us", "-is", "-os", "-as" ("Ross", "Markus", "Davis", "Santos", "Abbas").
    static func looksPlural(_ word: String) -> Bool {
        let w = word.utf8
        guard w.count >= 4, w.last == 0x73 else { return false }
        let p = w[w.index(w.endIndex, offsetBy: -2)]
        // "-es" only after l, i, t, c ("Files", "Bodies", "Sites", "Services"), not "Bussieres", "Hughes".
        if p == 0x65 { let q = w[w.index(w.endIndex, offsetBy: -3)]; return q == 0x6C || q == 0x69 || q == 0x74 || q == 0x63 }
        return p != 0x73 && p != 0x75 && p != 0x69 && p != 0x6F && p != 0x61 && p != 0x27
    }

    /// Whether a lower-cased word ends like a surname ("-ov", "-enko"), compared as bytes.
    static func hasSurnameEnding(_ word: String) -> Bool {
        let w = Array(word.utf8)
        return Self.surnameEndingBytes.contains { e in e.count <= w.count && w[(w.count - e.count)...].elementsEqual(e) }
    }

    private static let surnameEndingBytes: [[UInt8]] = EntityLexicon.surnameEndings.map { Array($0.utf8) }

    /// A name token that may stand in a name run.
    @inline(__always)
    static func isNameToken(_ i: Int, _ text: AnalyzedText, _ cls: [EntityLexicon.WordClass]) -> Bool {
        guard i < text.tokens.count else { return false }
        let t = text.tokens[i]
        guard isNameShape(t, text.bytes) else { return false }
        if t.lower == "i" { return false }
        if let f = t.lower.utf8.first, f >= 0x30 && f <= 0x39 { return false }
        let c = cls[i]
        // Contractions of function words: "It'll", "We're".
        if let ap = t.lower.utf8.firstIndex(of: 0x27), EntityLexicon.classes(String(t.lower[..<ap])).contains(.function) { return false }
        if c.contains(.nonName) || c.contains(.titlePlural) || c.contains(.time) || c.contains(.demonym) { return false }
        if c.contains(.title), !c.contains(.orgSuffix) { return false }
        return true
    }

    /// A capitalised weekday abbreviation followed by a name word: "Sun Microsystems" is a name, "Sun. Dec. 1" a date.
    static func weekdayStartsName(_ i: Int, _ text: AnalyzedText, _ cls: [EntityLexicon.WordClass]) -> Bool {
        let tokens = text.tokens
        guard i + 1 < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].isAllCaps,
              EntityLexicon.weekdayAbbreviations.contains(token: i, in: text),
              tokens[i + 1].flags.contains(.spaceBefore), tokens[i + 1].kind == .word,
              isNameToken(i + 1, text, cls), !cls[i + 1].contains(.function) else { return false }
        return true
    }

    /// A word with a capital after three or more lower-case letters inside it: "BioSciences", "PowerGen";
    /// not the surname prefixes of "McBride", "DaPuzzo", "MacArthur", "VanDyke".
    static func hasInnerCapital(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let s = Int(t.start), e = Int(t.end)
        guard s >= 0, e <= bytes.count, e - s >= 5 else { return false }
        for p in (s + 3)..<(e - 1) where bytes[p] >= 0x61 && bytes[p] <= 0x7A && bytes[p + 1] >= 0x41 && bytes[p + 1] <= 0x5A {
            guard p + 1 - s == 3 else { return true }
            let prefix = t.lower.utf8.prefix(3)
            return !(prefix.elementsEqual("mac".utf8) || prefix.elementsEqual("van".utf8) || prefix.elementsEqual("von".utf8)
                     || prefix.elementsEqual("del".utf8) || prefix.elementsEqual("des".utf8) || prefix.elementsEqual("las".utf8))
        }
        return false
    }

    /// Company context around a run: "shares of X", "a stake in X", "invested in X", "X's shares", "X said in a statement".
    static func hasCompanyContext(_ text: AnalyzedText, _ r: Range<Int>) -> Bool {
        let tokens = text.tokens
        let b = r.lowerBound
        if text.isLower(b - 1, "of") || text.isLower(b - 1, "in"), EntityLexicon.investmentWords.contains(token: b - 2, in: text) { return true }
        let q = r.upperBound
        if q < tokens.count, tokens[q].kind == .possessive, text.isLower(q + 1, "shares") || text.isLower(q + 1, "stock") { return true }
        return text.isLower(q, "said") && text.isLower(q + 1, "in") && text.isLower(q + 2, "a") && text.isLower(q + 3, "statement")
    }

    static let governmentTitles: WordSet = ["minister", "secretary", "ministers", "secretaries", "ministry", "department", "committee"]

    static let nameParticles: WordSet = ["de", "du", "la", "le", "von", "van", "der", "den", "del", "della", "da", "di", "dos", "bin", "al", "el", "ibn"]

    /// Extends a run that starts at `i`; returns its end (exclusive).
    static func extendRun(_ text: AnalyzedText, from i: Int, end: Int, minEnd: Int, _ cls: [EntityLexicon.WordClass]) -> Int {
        let tokens = text.tokens, bytes = text.bytes
        var j = max(i + 1, minEnd)
        while j < end {
            let t = tokens[j]
            if isNameToken(j, text, cls), t.flags.contains(.spaceBefore) || tokens[j - 1].kind == .acronym {
                if cls[j].contains(.function) && !t.isAllCaps { break }
                j += 1; continue
            }
            // Initials: "George W. Bush"
            if isPunct(t, "."), !t.flags.contains(.spaceBefore), tokens[j - 1].lower.utf8.count == 1,
               tokens[j - 1].isCapitalized, j + 1 < end, isNameToken(j + 1, text, cls) {
                j += 1; continue
            }
            // Hyphen or ampersand inside a name: Wal-Mart, AT&T, Procter & Gamble
            if t.kind == .punctuation, (t.lower == "-" && !t.flags.contains(.spaceBefore)) || t.lower == "&",
               j + 1 < end, isNameToken(j + 1, text, cls),
               t.lower == "&" || !tokens[j + 1].flags.contains(.spaceBefore),
               !cls[j + 1].contains(.function) {
                j += 2; continue
            }
            if t.kind == .word, !t.isCapitalized {
                // "of" after an institution head: University of Chicago, Bank of America
                if t.lower == "of", cls[j - 1].contains(.ofHead), j + 1 < end {
                    var k = j + 1
                    if tokens[k].lower == "the", k + 1 < end { k += 1 }
                    if isNameShape(tokens[k], bytes), !cls[k].contains(.function) { j = k + 1; continue }
                }
                // "and" when the right side ends in an institution head: Securities and Exchange Commission
                if t.lower == "and", j + 1 < end, isNameToken(j + 1, text, cls) {
                    var k = j + 1
                    while k < end, isNameToken(k, text, cls) { k += 1 }
                    let head = cls[k - 1]
                    if k - (j + 1) >= 1, head.contains(.orgHead) || head.contains(.orgSuffix),
                       !cls[j - 1].contains(.orgHead) {
                        j = k; continue
                    }
                }
                if nameParticles.contains(t.lower), j + 1 < end, isNameToken(j + 1, text, cls), j > i {
                    j += 2; continue
                }
            }
            break
        }
        return j
    }

    /// Collects the name runs of a sentence of running text.
    func collectRuns(_ text: AnalyzedText, _ s: Sentence, evidence: WordSet, _ cls: [EntityLexicon.WordClass], into out: inout [Candidate]) {
        let tokens = text.tokens, bytes = text.bytes
        let end = s.tokens.upperBound
        let first = Self.firstWordIndex(text, s)
        var i = s.tokens.lowerBound
        while i < end {
            guard Self.isNameShape(at: i, tokens, bytes) else { i += 1; continue }
            let lex = Self.lexiconMatch(text, at: i, end: end)
            if lex == nil, !Self.isNameToken(i, text, cls), !Self.weekdayStartsName(i, text, cls) { i += 1; continue }
            var start = i
            let initial = i == first || Self.afterOpeningQuote(text, i)
            var runEnd = Self.extendRun(text, from: i, end: end, minEnd: i + (lex?.0 ?? 1), cls)
            // Leading function words ("The", "But") are no part of a name.
            while start < runEnd, cls[start].contains(.function), !tokens[start].isAllCaps,
                  Self.lexiconMatch(text, at: start, end: runEnd) == nil {
                start += 1
            }
            // A capitalised common word that starts a sentence is no name without evidence.
            if initial {
                while start < runEnd {
                    let w = tokens[start].lower
                    guard cls[start].contains(.common), !evidence.contains(w),
                          Self.lexiconMatch(text, at: start, end: runEnd) == nil else { break }
                    let head = cls[runEnd - 1]
                    if runEnd - start >= 2, head.contains(.orgSuffix) || head.contains(.orgHead) { break }
                    // "Whole Foods Market": a company word inside the run.
                    if runEnd - start >= 3, (start + 1..<runEnd - 1).contains(where: { cls[$0].contains(.orgSuffix) }) { break }
                    if cls[start].contains(.given), runEnd - start >= 2 { break }
                    start += 1
                }
            }
            // "head of Instagram Adam Mosseri": a name followed by a given name and surname.
            if lex == nil, runEnd - start >= 3 {
                var k = start + 1
                while k + 2 <= runEnd {
                    let tail = cls[runEnd - 1]
                    if cls[k].contains(.given), !cls[k - 1].contains(.given), tokens[k - 1].kind == .word, tokens[k].kind == .word,
                       runEnd - k <= 3, !tail.contains(.orgHead), !tail.contains(.orgSuffix), !tail.contains(.facilityHead), !tail.contains(.eventHead),
                       Self.lexiconMatch(text, at: k, end: runEnd) == nil,
                       tokens[k - 1].lower.utf8.count > 1, (start..<runEnd).allSatisfy({ tokens[$0].kind == .word }) {
                        out.append(Self.typeCandidate(text, start..<k, lexicon: nil, cls))
                        start = k
                        break
                    }
                    k += 1
                }
            }
            // Product model numbers (iPhone 4, Windows 7) and event years (WWDC 2005, SC '13).
            var isEvent = false
            if start < runEnd, runEnd < end {
                let next = tokens[runEnd]
                if next.flags.contains(.spaceBefore) {
                    if next.kind == .apostropheYear || (next.kind == .number && next.lower.utf8.count == 4 && (next.lower.hasPrefix("19") || next.lower.hasPrefix("20"))) {
                        if !Self.isProductHead(text, start..<runEnd) && tokens[runEnd - 1].isAllCaps { isEvent = true; runEnd += 1 }
                    } else if (next.kind == .number && !next.lower.utf8.contains(0x2C) && next.lower.utf8.count <= 2) || (next.kind == .word && next.flags.contains(.hasDigit) && next.lower.utf8.count <= 4),
                              Self.isProductHead(text, start..<runEnd) {
                        runEnd += 1
                    }
                }
            }
            // "iPod nano", "iPod touch": lower-case model words after a product name.
            if start < runEnd, runEnd < end, EntityLexicon.classes(token: runEnd, in: text).contains(.productVariant), Self.isProductHead(text, start..<runEnd) {
                runEnd += 1
            }
            // A known location followed by a product or organisation: "UK iTunes" → UK.
            if let lex, start == i, lex.1 == .location, runEnd > i + lex.0 {
                let rest = i + lex.0
                if Self.isCamel(tokens[rest], bytes) || Self.lexiconMatch(text, at: rest, end: runEnd).map({ $0.1 != .location }) == true {
                    runEnd = rest
                }
            }
            // "Apple Inc.": the abbreviation's period belongs to the name.
            if start < runEnd, runEnd < end, Self.isPunct(tokens[runEnd], "."), !tokens[runEnd].flags.contains(.spaceBefore),
               cls[runEnd - 1].contains(.abbreviatedSuffix) {
                runEnd += 1
            }
            // A word between two title words is part of a title: "Chief Technology Officer".
            if start < runEnd, start > 0, runEnd < end, runEnd - start == 1, EntityLexicon.classes(token: start - 1, in: text).contains(.title),
               EntityLexicon.classes(token: runEnd, in: text).contains(.title) {
                i = runEnd; continue
            }
            // "Defense Minister", "Interior Secretary": a portfolio, not a name.
            if runEnd - start == 1, runEnd < end, cls[start].contains(.common), Self.governmentTitles.contains(token: runEnd, in: text) {
                i = runEnd; continue
            }
            // A lone institution or place head ("the Division", "the Committee") is no name.
            if runEnd - start == 1, lex == nil, cls[start].contains(.orgHead) || cls[start].contains(.facilityHead), !tokens[start].isAllCaps {
                i = runEnd; continue
            }
            if start < runEnd, !(runEnd - start == 1 && tokens[start].kind == .punctuation) {
                var c = Self.typeCandidate(text, start..<runEnd, lexicon: start == i ? lex : nil, cls)
                if isEvent { c.type = .event; c.strength = 3 }
                // "(FCC)" right after a name: an acronym alias.
                if start >= 2, Self.isPunct(tokens[start - 1], "("), runEnd < end, Self.isPunct(tokens[runEnd], ")"),
                   tokens[start].isAllCaps, runEnd - start == 1 {
                    if let prev = out.last, prev.tokens.upperBound == start - 1, Self.initialsMatch(text, prev.tokens, acronym: tokens[start].lower) || prev.tokens.count >= 2 {
                        c.acronymOf = out.count - 1
                        c.type = prev.type
                        c.strength = prev.strength
                    } else if Self.lowerPhraseInitialsMatch(text, before: start - 1, acronym: tokens[start].lower) {
                        i = runEnd; continue   // "high-performance computing (HPC)": a term, not a name
                    }
                }
                out.append(c)
            }
            i = max(runEnd, i + 1)
        }
    }

    /// Whether the run is a product name that takes a model number.
    static func isProductHead(_ text: AnalyzedText, _ r: Range<Int>) -> Bool {
        let k = key(text, r)
        if EntityLexicon.knownProducts.contains(k) { return true }
        let t = text.tokens[r.upperBound - 1]
        return isCamel(t, text.bytes) && t.lower.hasPrefix("i")
    }

    /// Whether an acronym spells the initials of the run's capitalised words.
    static func initialsMatch(_ text: AnalyzedText, _ r: Range<Int>, acronym: String) -> Bool {
        var initials: [UInt8] = []
        for i in r {
            let t = text.tokens[i]
            guard t.kind == .word, t.isCapitalized, let f = t.lower.utf8.first else { continue }
            initials.append(f)
        }
        let a = Array(acronym.utf8.filter { $0 != 0x2E })
        return !a.isEmpty && a == initials
    }

    /// Whether the lower-case words before `paren` spell the acronym ("high-performance computing (HPC)").
    static func lowerPhraseInitialsMatch(_ text: AnalyzedText, before paren: Int, acronym: String) -> Bool {
        let a = Array(acronym.utf8)
        guard a.count >= 2, paren >= 1 else { return false }
        var k = a.count - 1
        var i = paren - 1
        while i >= 0, k >= 0 {
            let t = text.tokens[i]
            if t.kind == .word {
                guard !t.isCapitalized, let f = t.lower.utf8.first, f == a[k] else { return false }
                k -= 1
            } else if !(t.kind == .punctuation && t.lower == "-") {
                return false
            }
            i -= 1
        }
        return k < 0
    }

    /// Collects names in a headline or all-caps line.
    func collectHeadline(_ text: AnalyzedText, _ s: Sentence, mode: LineMode, known: WordMap<Candidate>, maxLen: Int, _ cls: [EntityLexicon.WordClass], into out: inout [Candidate]) {
        let tokens = text.tokens
        let end = s.tokens.upperBound
        var i = s.tokens.lowerBound
        while i < end {
            guard tokens[i].kind == .word || tokens[i].kind == .acronym else { i += 1; continue }
            var matched = false
            var k = min(end, i + maxLen)
            while k > i {
                if let c = known[Self.key(text, i..<k)] {
                    out.append(Candidate(tokens: i..<k, key: c.key, type: c.type, strength: c.strength, canonical: c.canonical))
                    i = k; matched = true; break
                }
                k -= 1
            }
            if matched { continue }
            if let lex = Self.lexiconMatch(text, at: i, end: end) {
                let r = i..<(i + lex.0)
                out.append(Candidate(tokens: r, key: Self.key(text, r), type: lex.1, strength: lex.3, canonical: lex.2))
                i += lex.0; continue
            }
            if mode == .titleCase, Self.isNameToken(i, text, cls), !cls[i].contains(.common),
               !cls[i].contains(.function), !cls[i].contains(.given) {
                var j = i + 1
                while j < end, Self.isNameToken(j, text, cls), !cls[j].contains(.common),
                      !cls[j].contains(.function) { j += 1 }
                out.append(Self.typeCandidate(text, i..<j, lexicon: nil, cls))
                i = j; continue
            }
            i += 1
        }
    }

    // MARK: - Typing

    /// Whether a person's title stands right before `r`: "President Obama", "Mr. Paris". A period
    /// before the name counts only after a short abbreviated title, not at the end of a sentence
    /// ("... fired him as coach. Philadelphia won").
    static func hasTitleBefore(_ text: AnalyzedText, _ r: Range<Int>) -> Bool {
        let tokens = text.tokens
        var p = r.lowerBound - 1
        if p >= 0, isPunct(tokens[p], ".") {
            p -= 1
            guard p >= 0, tokens[p].lower.utf8.count <= 4 else { return false }
        }
        return p >= 0 && tokens[p].kind == .word && EntityLexicon.classes(token: p, in: text).contains(.title)
    }

    /// Types a run from lexicons, heads, titles, given names, shape and context.
    static func typeCandidate(_ text: AnalyzedText, _ r: Range<Int>, lexicon: (Int, EntityType, String?, Int)?, _ cls: [EntityLexicon.WordClass]) -> Candidate {
        let tokens = text.tokens, bytes = text.bytes
        let k = key(text, r)
        func make(_ t: EntityType, _ s: Int, _ canonical: String? = nil) -> Candidate {
            Candidate(tokens: r, key: k, type: t, strength: s, canonical: canonical)
        }
        // The whole name in the lexicons: its type, strength and canonical name.
        if let known = lexicon.flatMap({ $0.0 == r.count ? ($0.1, $0.2, $0.3) : nil }) ?? lexiconType(k) {
            // A person's title before a name that is also a town: "President Obama", "Mr. Paris".
            if known.0 == .location, known.2 <= 3, hasTitleBefore(text, r) { return make(.person, 4) }
            return make(known.0, known.2, known.1)
        }
        // The last word, before an abbreviation's period that belongs to the name ("Acme Corp.").
        let lastWord = r.count >= 2 && isPunct(tokens[r.upperBound - 1], ".") ? r.upperBound - 2 : r.upperBound - 1
        let first = tokens[r.lowerBound], last = tokens[lastWord]
        let lastClass = cls[lastWord]
        let n = r.count
        if n >= 2, lastClass.contains(.eventHead) { return make(.event, 4) }
        if n >= 2, lastClass.contains(.lawHead) { return make(.misc, 4) }
        // Starts with a known product or organisation: "Mac OS X Lion", "Huawei Enterprise USA".
        if n >= 2, let pre = lexiconMatch(text, at: r.lowerBound, end: r.upperBound - 1) {
            if pre.1 == .product { return make(.product, 3) }
            if pre.1 == .organization, !lastClass.contains(.facilityHead) { return make(.organization, 3) }
        }
        // A title right before: Mr. Ren, CEO Ren Zhengfei, President Obama.
        if r.lowerBound > 0, tokens[r.lowerBound - 1].kind == .word, !tokens[r.lowerBound - 1].isCapitalized,
           EntityLexicon.personNouns.contains(token: r.lowerBound - 1, in: text), !lastClass.contains(.orgSuffix), !lastClass.contains(.orgHead) {
            return make(.person, 3)
        }
        if hasTitleBefore(text, r),
           !lastClass.contains(.orgSuffix) {
            return make(.person, 4)
        }
        if n >= 2 {
            if lastClass.contains(.orgSuffix) || lastClass.contains(.orgHead) {
                return make(.organization, 4)
            }
            // "Gulf of Mexico" vs "University of Chicago"
            if let ofIndex = r.first(where: { tokens[$0].lower == "of" }), ofIndex > r.lowerBound {
                let head = tokens[ofIndex - 1].lower
                if cls[ofIndex - 1].contains(.facilityHead) || head == "republic" || head == "kingdom" || head == "isle" { return make(.location, 3) }
                return make(.organization, 4)
            }
            if lastClass.contains(.facilityHead) { return make(.location, 3) }
        }
        // Followed by ", Inc." or by a role and a name: "Huawei founder", "Apple CEO"
        var q = r.upperBound
        if q < tokens.count, isPunct(tokens[q], ","), q + 1 < tokens.count, cls[q + 1].contains(.orgSuffix),
           tokens[q + 1].isCapitalized {
            return make(.organization, 4)
        }
        if q < tokens.count, tokens[q].kind == .possessive { q += 1 }
        if q < tokens.count, tokens[q].kind == .word, EntityLexicon.classes(token: q, in: text).contains(.role), tokens[q].lower != "member",
           !(q + 1 < tokens.count && tokens[q + 1].lower == "of") {
            return make(.organization, 3)
        }
        // "Shenzhen-based", "Denver, Colorado"
        if r.upperBound + 1 < tokens.count, isPunct(tokens[r.upperBound], "-"),
           tokens[r.upperBound + 1].lower == "based" || tokens[r.upperBound + 1].lower == "headquartered" {
            return make(.location, 3)
        }
        if r.upperBound + 1 < tokens.count, isPunct(tokens[r.upperBound], ","), !cls[r.lowerBound].contains(.given) || n == 1,
           let lex = lexiconMatch(text, at: r.upperBound + 1, end: min(tokens.count, r.upperBound + 5)),
           lex.1 == .location, lex.2 != nil, EntityLexicon.countries[key(text, r)] == nil {
            return make(.location, 3)
        }
        // "Connaught BioSciences", "shares of Shearson Lehman": company evidence beats a weak person reading.
        if n >= 2, r.contains(where: { tokens[$0].kind == .word && hasInnerCapital(tokens[$0], bytes) }) {
            return make(.organization, 3)
        }
        if !cls[r.lowerBound].contains(.given), r.allSatisfy({ tokens[$0].kind == .word }), hasCompanyContext(text, r) {
            return make(.organization, 3)
        }
        if cls[r.lowerBound].contains(.given), n >= 2, n <= 4, first.isCapitalized, !first.isAllCaps {
            return make(.person, 3)
        }
        if n == 1, cls[r.lowerBound].contains(.given), !cls[r.lowerBound].contains(.common), !first.isAllCaps {
            return make(.person, 2)
        }
        // "Elon Musk, who ...", "Jane Doe, 45, ...", "Kim Jong Un said"
        let after = r.upperBound
        if after + 1 < tokens.count, isPunct(tokens[after], ","),
           tokens[after + 1].lower == "who" || (tokens[after + 1].kind == .number && after + 2 < tokens.count && isPunct(tokens[after + 2], ",")) {
            return make(.person, 3)
        }
        if n >= 2, after < tokens.count, tokens[after].lower == "said" || tokens[after].lower == "says" || tokens[after].lower == "told",
           !lastClass.contains(.orgSuffix), !lastClass.contains(.orgHead) {
            return make(.person, 2)
        }
        // A frequent surname on its own, or after an unknown first name: "Clinton said", "Yuki Tanaka".
        if n <= 2, cls[r.upperBound - 1].contains(.surname), !last.isAllCaps, !first.isAllCaps,
           r.allSatisfy({ tokens[$0].kind == .word && !cls[$0].contains(.common) }) {
            return make(.person, 2)
        }
        if isCamel(last, bytes) || isCamel(first, bytes) {
            return make(first.lower.hasPrefix("i") || isProductHead(text, r) ? .product : .organization, 3)
        }
        if n == 1, first.isAllCaps || first.kind == .acronym { return make(.organization, 2) }
        // Weak context: "in Hanoi", "from Kabul"
        if n == 1, r.lowerBound > 0 {
            let prev = tokens[r.lowerBound - 1].lower
            if prev == "in" || prev == "near" || prev == "outside" || prev == "across" || prev == "to" || prev == "from" {
                return make(.location, 1)
            }
        }
        // A plural last word no surname list knows names a team or a group: "Philly Sixers".
        let pluralLast = n >= 2 && !lastClass.contains(.surname) && Self.looksPlural(last.lower)
        if n >= 2, n <= 3, !pluralLast, r.allSatisfy({ tokens[$0].kind == .word && !cls[$0].contains(.common) && !tokens[$0].isAllCaps }) {
            return make(.person, 1)
        }
        // "Amir Khan": an unknown first name and a plain second word.
        if n == 2, !pluralLast, tokens[r.lowerBound + 1].kind == .word, !cls[r.lowerBound].contains(.common), !first.isAllCaps, !last.isAllCaps,
           !lastClass.contains(.orgSuffix), !lastClass.contains(.orgHead), !lastClass.contains(.facilityHead) {
            return make(.person, 1)
        }
        // "Putin", "Gorbachev": an unknown word with a surname ending.
        if n == 1, !cls[r.lowerBound].contains(.common), !first.isAllCaps, first.lower.utf8.count >= 5,
           Self.hasSurnameEnding(first.lower) {
            return make(.person, 2)
        }
        return make(.organization, 1)
    }
}
