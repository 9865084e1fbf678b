/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    /// Letters (and digits mixed with letters), with inner apostrophes: `Huawei`, `shouldn't`, `3G`.
    case word
    /// Digits with inner `.,:/`: `2013`, `1,000`, `3.5`, `12/02/2013`, `3:30`.
    case number
    /// A letter acronym with periods: `U.S.`, `p.m.`.
    case acronym
    /// An apostrophe year: `'13`.
    case apostropheYear
    /// Possessive clitic `'s` / `’s`.
    case possessive
    /// Any other single character: `.`, `,`, `“`, `-`, `—`, `(`.
    case punctuation
}

/// One token of an article, located by UTF-8 byte offsets into the text.
public struct Token: Sendable {
    /// Byte offset of the first byte.
    public var start: Int32
    /// Byte offset after the last byte.
    public var end: Int32
    /// Index of the sentence that holds the token.
    public var sentence: Int32
    public var flags: TokenFlags
    public var kind: TokenKind
    /// Lower-cased text with typographic apostrophes and quotes folded to ASCII.
    /// (Declared last: the small fields above pack into 16 bytes, a token takes 32.)
    public var lower: String

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isAllCaps: Bool { flags.contains(.allCaps) }
    public var isWord: Bool { kind == .word || kind == .acronym }
}

/// Facts about a token's shape and surroundings.
public struct TokenFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// First letter is upper case.
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Two or more letters, all upper case.
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// Contains a digit.
    public static let hasDigit = TokenFlags(rawValue: 1 << 2)
    /// White space (or the start of text) comes before it.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 3)
    /// A line break comes before it.
    public static let newlineBefore = TokenFlags(rawValue: 1 << 4)
    /// A blank line (paragraph break) or the start of text comes before it.
    public static let paragraphStart = TokenFlags(rawValue: 1 << 5)
    /// Contains a letter.
    public static let hasLetter = TokenFlags(rawValue: 1 << 6)
    /// First token of its sentence.
    public static let sentenceStart = TokenFlags(rawValue: 1 << 7)
}

/// A sentence: a run of tokens and the bytes from its first to its last token.
public struct Sentence: Sendable {
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
}
