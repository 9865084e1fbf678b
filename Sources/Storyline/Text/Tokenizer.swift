/// Splits UTF-8 text into tokens with one pass over the bytes.
///
/// Letters and digits form words; digits with inner `.,:/` form numbers; `U.S.`-style
/// acronyms and `'13`-style years are single tokens; a possessive `'s` is split off;
/// every other non-space character is a one-character punctuation token.
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var hashes: [UInt32] = []
        return tokenize(bytes, hashes: &hashes)
    }

    /// The tokens of `bytes`, and in `hashes` the `WordIndex.hash32` of each token's lower-cased
    /// text (computed from the bytes just written, so lexicon lookups by token need no hashing).
    /// (`asciiFastPath: false` reads every word with the general loop; tests compare the two.)
    static func tokenize(_ bytes: [UInt8], hashes: inout [UInt32], asciiFastPath: Bool = true) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 8)
        hashes.removeAll(keepingCapacity: true)
        hashes.reserveCapacity(bytes.count / 5 + 8)
        let n = bytes.count
        var i = 0
        var spaceBefore = true
        var newlines = 2  // start of text counts as a paragraph start
        let asciiClass = Self.asciiClass  // a local: no lazy-global check per byte
        let punctuation = Self.asciiPunctuation
        bytes.withUnsafeBufferPointer { b in
            func scalar(at i: Int) -> (Unicode.Scalar, Int) { Tokenizer.scalar(b, at: i) }
            func cls(at i: Int) -> (CharClass, Int) {
                let b0 = b[i]
                if b0 < 0x80 { return (asciiClass[Int(b0)], 1) }
                let (s, len) = scalar(at: i)
                return (classify(s), len)
            }
            func isLetterAt(_ i: Int) -> Bool { i < n && { let c = cls(at: i).0; return c == .upper || c == .lower }() }
            func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
            func isDigitAt(_ i: Int) -> Bool { i < n && b[i] >= 0x30 && b[i] <= 0x39 }
            /// Length of an apostrophe (ASCII ' or U+2019/U+2018) at i, or 0.
            func apostropheLen(_ i: Int) -> Int {
                if i < n && b[i] == 0x27 { return 1 }
                if i + 2 < n && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x99 || b[i + 2] == 0x98) { return 3 }
                return 0
            }
            while i < n {
                let (c, len) = cls(at: i)
                switch c {
                case .space:
                    spaceBefore = true
                    i += len
                case .newline:
                    spaceBefore = true
                    if b[i] == 0x0A || b[i] != 0x0D { newlines += 1 }
                    i += len
                case .upper, .lower, .digit:
                    let start = i
                    // Most words: ASCII letters and digits up to a space or punctuation, read once
                    // for their shape, lower-cased text and hash (see `asciiWord`).
                    if asciiFastPath, len == 1, Tokenizer.asciiWord(b, from: i, into: &tokens, hashes: &hashes, spaceBefore: &spaceBefore, newlines: &newlines, next: &i) {
                        continue
                    }
                    // U.S., p.m., e.g.: two or more "letter." pairs
                    if c != .digit, len == 1 {
                        var j = i, pairs = 0
                        while j + 1 < n, isASCIILetter(b[j]), b[j + 1] == 0x2E {
                            pairs += 1
                            j += 2
                        }
                        if pairs >= 2, j >= n || !isLetterAt(j) {
                            Tokenizer.emit(start, j, .acronym, into: &tokens, hashes: &hashes, b, spaceBefore: &spaceBefore, newlines: &newlines)
                            i = j
                            continue
                        }
                    }
                    var j = i
                    var allDigits = true
                    while j < n {
                        let (cc, l) = cls(at: j)
                        if cc == .upper || cc == .lower || cc == .mark { allDigits = false; j += l; continue }
                        if cc == .digit { j += l; continue }
                        let ap = apostropheLen(j)
                        if ap > 0, isLetterAt(j + ap), !allDigits || j > start {
                            // possessive 's ends the word
                            if (b[j + ap] | 0x20) == 0x73, !isLetterAt(j + ap + 1) { break }
                            if allDigits { break }
                            j += ap
                            continue
                        }
                        if allDigits, (b[j] == 0x2E || b[j] == 0x2C || b[j] == 0x3A || b[j] == 0x2F), isDigitAt(j + 1) {
                            j += 1
                            continue
                        }
                        break
                    }
                    Tokenizer.emit(start, j, allDigits ? .number : .word, into: &tokens, hashes: &hashes, b, spaceBefore: &spaceBefore, newlines: &newlines)
                    i = j
                default:
                    let ap = apostropheLen(i)
                    if ap > 0 {
                        if isDigitAt(i + ap), isDigitAt(i + ap + 1), !isDigitAt(i + ap + 2), !isLetterAt(i + ap + 2) {
                            Tokenizer.emit(i, i + ap + 2, .apostropheYear, into: &tokens, hashes: &hashes, b, spaceBefore: &spaceBefore, newlines: &newlines)
                            i += ap + 2
                            continue
                        }
                        if i + ap < n, (b[i + ap] | 0x20) == 0x73, !isLetterAt(i + ap + 1), !tokens.isEmpty, !spaceBefore {
                            Tokenizer.emit(i, i + ap + 1, .possessive, into: &tokens, hashes: &hashes, b, spaceBefore: &spaceBefore, newlines: &newlines)
                            i += ap + 1
                            continue
                        }
                    }
                    if asciiFastPath && len == 1 && b[i] < 0x80 {
                        // One ASCII punctuation byte: its text and hash from the table.
                        let (text, hash) = punctuation[Int(b[i])]
                        Tokenizer.append(i, i + 1, .punctuation, [], text, hash, into: &tokens, hashes: &hashes, spaceBefore: &spaceBefore, newlines: &newlines)
                        i += 1
                        continue
                    }
                    Tokenizer.emit(i, i + len, .punctuation, into: &tokens, hashes: &hashes, b, spaceBefore: &spaceBefore, newlines: &newlines)
                    i += len
                }
            }
        }
        return tokens
    }

    /// Appends the token at bytes `start..<end` with its shape and spacing flags, then resets the
    /// spacing state. (A static function with `inout` state, not a closure capturing it: captured
    /// state would be checked for exclusive access at run time on every token.)
    @inline(__always)
    static func emit(_ start: Int, _ end: Int, _ kind: TokenKind, into tokens: inout [Token], hashes: inout [UInt32],
                     _ b: UnsafeBufferPointer<UInt8>, spaceBefore: inout Bool, newlines: inout Int) {
        let (flags, lowerText, hash) = shape(b, start, end)
        append(start, end, kind, flags, lowerText, hash, into: &tokens, hashes: &hashes, spaceBefore: &spaceBefore, newlines: &newlines)
    }

    /// Appends a token and its hash, with the spacing flags of what came before it, then resets
    /// the spacing state.
    @inline(__always)
    static func append(_ start: Int, _ end: Int, _ kind: TokenKind, _ shapeFlags: TokenFlags, _ lower: String, _ hash: UInt32,
                       into tokens: inout [Token], hashes: inout [UInt32], spaceBefore: inout Bool, newlines: inout Int) {
        var flags = shapeFlags
        if spaceBefore { flags.insert(.spaceBefore) }
        if newlines >= 1 { flags.insert(.newlineBefore) }
        if newlines >= 2 { flags.insert(.paragraphStart) }
        hashes.append(hash)
        tokens.append(Token(start: Int32(start), end: Int32(end), sentence: 0, flags: flags, kind: kind, lower: lower))
        spaceBefore = false
        newlines = 0
    }

    /// The word of ASCII letters and digits at `start`, appended with its flags, lower-cased text and
    /// hash from one pass over its bytes, when that is all it is: at most 15 bytes (a small string),
    /// ended by a byte that cannot continue it (space, or punctuation other than an apostrophe, or
    /// `.,:/` after digits), and no `U.S.`-style acronym. Returns false, having written nothing,
    /// for every other word; the general loop reads those.
    @inline(__always)
    static func asciiWord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token], hashes: inout [UInt32],
                          spaceBefore: inout Bool, newlines: inout Int, next: inout Int) -> Bool {
        let n = b.count
        var lower: (UInt64, UInt64) = (0, 0)
        var upperCount = 0, letterCount = 0
        var flags: TokenFlags = []
        var j = start
        let fits = withUnsafeMutableBytes(of: &lower) { out -> Bool in
            while j < n {
                let c = b[j]
                if c >= 0x41 && c <= 0x5A {
                    if letterCount == 0 { flags.insert(.capitalized) }
                    upperCount += 1; letterCount += 1
                } else if c >= 0x61 && c <= 0x7A {
                    letterCount += 1
                } else if c >= 0x30 && c <= 0x39 {
                    flags.insert(.hasDigit)
                } else {
                    break
                }
                if j - start == 15 { return false }
                out[j - start] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                j += 1
            }
            return true
        }
        guard fits else { return false }
        if j < n {
            let stop = b[j]
            // Non-ASCII (a letter, a typographic apostrophe) or an apostrophe: the general loop.
            if stop >= 0x80 || stop == 0x27 { return false }
            // "U.S.": a letter and a full stop; "1,000", "3.5", "9:30", "2/3": digits and a joiner.
            if stop == 0x2E && j == start + 1 && letterCount == 1 { return false }
            if letterCount == 0 && (stop == 0x2E || stop == 0x2C || stop == 0x3A || stop == 0x2F) { return false }
        }
        let count = j - start
        if letterCount > 0 { flags.insert(.hasLetter) }
        if letterCount >= 2 && upperCount == letterCount { flags.insert(.allCaps) }
        let hash = withUnsafeBytes(of: &lower) { WordIndex.hash32(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)) }
        append(start, j, letterCount == 0 ? .number : .word, flags, SmallASCII.string(lower, count: count), hash,
               into: &tokens, hashes: &hashes, spaceBefore: &spaceBefore, newlines: &newlines)
        next = j
        return true
    }

    /// The scalar at byte `i` and its length in bytes (U+FFFD and 1 for a malformed sequence).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let n = b.count
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var len = 1
        var v: UInt32
        if b0 & 0xE0 == 0xC0 { len = 2; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { len = 3; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { len = 4; v = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        if i + len > n { return ("\u{FFFD}", 1) }
        for k in 1..<len { v = (v << 6) | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }

    /// Shape flags (capitalized, allCaps, hasDigit, hasLetter) and the lower-cased text of the
    /// bytes `start..<end`, with typographic apostrophes and quotes folded to ASCII.
    static func shape(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (TokenFlags, String, UInt32) {
        var flags: TokenFlags = []
        var upperCount = 0, letterCount = 0, firstLetterSeen = false
        var ascii = true
        var hash: UInt32 = 0
        // ASCII (most tokens): shape flags and the lower-cased text in one pass, written straight
        // into the string's storage (no heap allocation up to 15 bytes). A non-ASCII byte stops
        // the pass; the general path below then reads the token again.
        var lowerText = String(unsafeUninitializedCapacity: end - start) { out in
            for k in start..<end {
                let c = b[k]
                if c >= 0x80 { ascii = false; return 0 }
                if c >= 0x41 && c <= 0x5A {
                    upperCount += 1; letterCount += 1
                    if !firstLetterSeen { flags.insert(.capitalized); firstLetterSeen = true }
                    out[k - start] = c | 0x20
                    continue
                }
                if c >= 0x61 && c <= 0x7A {
                    letterCount += 1; firstLetterSeen = true
                } else if c >= 0x30 && c <= 0x39 {
                    flags.insert(.hasDigit)
                }
                out[k - start] = c
            }
            hash = WordIndex.hash32(UnsafeBufferPointer(rebasing: out[0..<(end - start)]))
            return end - start
        }
        if !ascii {
            // The general path reads the whole token again: lower-casing any scalar.
            flags = []
            upperCount = 0; letterCount = 0; firstLetterSeen = false
            var lower: [UInt8] = []
            lower.reserveCapacity(end - start + 4)
            var k = start
            while k < end {
                let c = b[k]
                if c < 0x80 {
                    if c >= 0x41 && c <= 0x5A {
                        upperCount += 1; letterCount += 1
                        if !firstLetterSeen { flags.insert(.capitalized); firstLetterSeen = true }
                        lower.append(c | 0x20)
                    } else {
                        if c >= 0x61 && c <= 0x7A { letterCount += 1; firstLetterSeen = true }
                        if c >= 0x30 && c <= 0x39 { flags.insert(.hasDigit) }
                        lower.append(c)
                    }
                    k += 1
                } else {
                    let (s, len) = scalar(b, at: k)
                    if s == "\u{2019}" || s == "\u{2018}" { lower.append(0x27) }
                    else if s == "\u{201C}" || s == "\u{201D}" { lower.append(0x22) }
                    else {
                        let p = s.properties
                        if p.isAlphabetic {
                            letterCount += 1
                            if p.isUppercase {
                                upperCount += 1
                                if !firstLetterSeen { flags.insert(.capitalized) }
                            }
                            firstLetterSeen = true
                        }
                        if p.isUppercase || p.changesWhenLowercased {
                            lower.append(contentsOf: Array(String(s).lowercased().utf8))
                        } else {
                            lower.append(contentsOf: b[k..<min(k + len, b.count)])
                        }
                    }
                    k += len
                }
            }
            lowerText = String(decoding: lower, as: UTF8.self)
            hash = WordIndex.hash32(lowerText)
        }
        if letterCount > 0 { flags.insert(.hasLetter) }
        if letterCount >= 2 && upperCount == letterCount { flags.insert(.allCaps) }
        return (flags, lowerText, hash)
    }

    /// Each ASCII byte as a one-byte token's text and `WordIndex.hash32` (used for punctuation).
    static let asciiPunctuation: [(String, UInt32)] = (0..<128).map { (v: Int) -> (String, UInt32) in
        let byte = [UInt8(v)]
        return (String(decoding: byte, as: UTF8.self), byte.withUnsafeBufferPointer { WordIndex.hash32($0) })
    }

    enum CharClass: UInt8 { case space, newline, upper, lower, digit, mark, other }

    static let asciiClass: [CharClass] = (0..<128).map { v -> CharClass in
        switch v {
        case 0x0A, 0x0D, 0x0B, 0x0C: return .newline
        case 0x09, 0x20: return .space
        case 0x00..<0x20, 0x7F: return .space
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case 0x30...0x39: return .digit
        default: return .other
        }
    }

    static func classify(_ s: Unicode.Scalar) -> CharClass {
        switch s.value {
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200C, 0x200D, 0x2060: return .space
        case 0xFFFD: return .other
        default: break
        }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter, .modifierLetter, .otherLetter: return .lower
        case .decimalNumber: return .other  // non-ASCII digits are not parsed as numbers
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator: return .space
        case .control, .format: return .space
        default: return .other
        }
    }
}

/// Builds a small `String` (up to 15 ASCII bytes) from its bytes without the general initialiser,
/// which costs a few hundred instructions a token: the bytes and the small-ASCII discriminator are
/// the string's 16-byte representation. That layout is the standard library's, not a public
/// promise, so it is checked once against `String(decoding:)`; should it ever differ, the general
/// initialiser is used.
enum SmallASCII {
    /// Whether the layout matches this standard library's (checked on a few strings of every length class).
    static let layoutHolds: Bool = {
        for sample in ["", "a", "ab", "abc", "said", "company", "12345678", "interview", "123456789abcdef"] {
            let bytes = Array(sample.utf8)
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { for (k, c) in bytes.enumerated() { $0[k] = c } }
            let made = unsafeBitCast((words.0, words.1 | (0xE0 | UInt64(bytes.count)) << 56), to: String.self)
            let reference = String(decoding: bytes, as: UTF8.self)
            let referenceBits = unsafeBitCast(reference, to: (UInt64, UInt64).self)
            guard referenceBits == (words.0, words.1 | (0xE0 | UInt64(bytes.count)) << 56), made == reference,
                  made.utf8.count == bytes.count, Array(made.utf8) == bytes, made.hashValue == reference.hashValue else { return false }
        }
        return true
    }()

    /// The string of the `count` (at most 15) ASCII bytes in `words`, little-endian, the rest zero.
    @inline(__always)
    static func string(_ words: (UInt64, UInt64), count: Int) -> String {
        if layoutHolds { return unsafeBitCast((words.0, words.1 | (0xE0 | UInt64(count)) << 56), to: String.self) }
        var copy = words
        return withUnsafeBytes(of: &copy) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<count]).bindMemory(to: UInt8.self), as: UTF8.self) }
    }
}
