/// Splits a token array into sentences and stamps each token with its sentence index.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) when the next
/// token can start a sentence, except after abbreviations such as `Mr.`, `Dec.`, `Inc.`, `No.`
/// and single-letter initials; at a blank line; and at a line break unless the next line
/// continues in lower case (wrapped text).
enum SentenceSplitter {
    /// Abbreviations that never end a sentence (titles, initials-like, "No. 5").
    static let neverFinal: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "rev", "fr", "st", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "pp", "vol", "messrs", "hon",
        "pres", "supt", "det", "insp", "gens", "reps", "sens", "govs", "approx", "dept", "est", "ave",
        "blvd", "rd", "e.g", "i.e", "cf", "al",
    ]
    /// Abbreviations that end a sentence only when a typical sentence opener follows.
    static let maybeFinal: WordSet = [
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros", "a.m", "p.m", "u.s", "u.k",
        "u.n", "d.c", "ag", "sa", "nv", "bhd", "cos", "assn", "int'l",
    ]
    /// Lower-cased words that typically open a sentence (used after ambiguous abbreviations).
    static let openers: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at",
        "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "as", "after",
        "before", "when", "while", "if", "however", "meanwhile", "also", "last", "earlier", "later",
        "for", "some", "many", "most", "one", "other", "such", "since", "according", "what", "who",
    ]

    static func split(_ tokens: inout [Token], bytes: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        let n = tokens.count
        guard n > 0 else { return [] }
        var start = 0
        var i = 0
        func close(_ endExclusive: Int) {
            guard endExclusive > start else { return }
            let idx = Int32(sentences.count)
            for k in start..<endExclusive { tokens[k].sentence = idx }
            tokens[start].flags.insert(.sentenceStart)
            sentences.append(Sentence(tokens: start..<endExclusive, start: Int(tokens[start].start),
                                      end: Int(tokens[endExclusive - 1].end)))
            start = endExclusive
        }
        // Token fields are read in place (`tokens[i].kind`): copying a token would retain and
        // release its string on every step.
        while i < n {
            let kind = tokens[i].kind
            // Line structure: a break before token i+1.
            if i + 1 < n && tokens[i + 1].flags.contains(.paragraphStart) {
                close(i + 1); i += 1; continue
            }
            if kind == .punctuation, isTerminal(tokens[i].lower) {
                let t = tokens[i]
                // absorb closing quotes / brackets and repeated terminals
                var j = i + 1
                while j < n, tokens[j].kind == .punctuation, !tokens[j].flags.contains(.spaceBefore),
                      isCloser(tokens[j].lower) || isTerminal(tokens[j].lower) {
                    j += 1
                }
                if j >= n { close(n); break }
                let next = tokens[j]
                var boundary = canStart(next) || next.flags.contains(.newlineBefore)
                if boundary, t.lower == ".", i > start, !t.flags.contains(.spaceBefore) {
                    let prev = tokens[i - 1]
                    if prev.kind == .word {
                        if neverFinal.contains(prev.lower) { boundary = false }
                        else if maybeFinal.contains(prev.lower) { boundary = opensSentence(next) }
                        else if prev.lower.utf8.count == 1, prev.isCapitalized { boundary = false } // initial
                    }
                }
                if boundary { close(j); i = j; continue }
                i = j
                continue
            }
            if kind == .acronym, i + 1 < n, maybeFinal.contains(String(tokens[i].lower.dropLast())) {
                let next = tokens[i + 1]
                if next.flags.contains(.newlineBefore) || opensSentence(next) { close(i + 1) }
                i += 1
                continue
            }
            if i + 1 < n, tokens[i + 1].flags.contains(.newlineBefore), !startsLowercase(tokens[i + 1].kind, tokens[i + 1].flags),
               asciiByte(tokens[i].lower) != 0x2C {  // not after ","
                close(i + 1)
            }
            i += 1
        }
        close(n)
        return sentences
    }

    // Punctuation tests compare UTF-8 bytes: `==` against a non-ASCII literal goes through
    // Unicode normalisation, which is slow on every token.

    /// The one ASCII byte of a one-byte string, or nil.
    @inline(__always)
    static func asciiByte(_ s: String) -> UInt8? {
        let u = s.utf8
        guard u.count == 1, let b = u.first, b < 0x80 else { return nil }
        return b
    }

    /// Whether `s` is the three-byte UTF-8 sequence E2 80 `last` (U+2000–U+203F: dashes, quotes, ellipsis).
    @inline(__always)
    static func isGeneralPunctuation(_ s: String, last: UInt8) -> Bool {
        let u = s.utf8
        guard u.count == 3 else { return false }
        var it = u.makeIterator()
        return it.next() == 0xE2 && it.next() == 0x80 && it.next() == last
    }

    static func isTerminal(_ s: String) -> Bool {
        if let b = asciiByte(s) { return b == 0x2E || b == 0x21 || b == 0x3F }   // . ! ?
        return isGeneralPunctuation(s, last: 0xA6)                                 // … U+2026
    }
    static func isCloser(_ s: String) -> Bool {
        if let b = asciiByte(s) { return b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D }  // " ' ) ]
        return isGeneralPunctuation(s, last: 0x99)                                           // ’ U+2019
    }
    /// A word with letters that does not start with a capital.
    static func startsLowercase(_ kind: TokenKind, _ flags: TokenFlags) -> Bool {
        kind == .word && flags.contains(.hasLetter) && !flags.contains(.capitalized)
    }
    static func canStart(_ t: Token) -> Bool {
        switch t.kind {
        case .word, .acronym: return t.isCapitalized || !t.flags.contains(.hasLetter)
        case .number, .apostropheYear: return true
        case .possessive: return false
        case .punctuation:
            if let b = asciiByte(t.lower) { return b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0x2D }  // " ' ( [ -
            return isGeneralPunctuation(t.lower, last: 0x94)                                                     // — U+2014
        }
    }
    static func opensSentence(_ t: Token) -> Bool {
        (t.isCapitalized && openers.contains(t.lower)) || (t.kind == .punctuation && (t.lower == "\"" || t.lower == "'"))
    }
}
