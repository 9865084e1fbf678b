/// Reads a JSON document from UTF-8 bytes, keeping only what `JSONArticle` needs: the article
/// keys of a top-level object, or of each object in a top-level array. Everything else is checked
/// and skipped without building values.
///
/// It accepts exactly what Foundation's `JSONSerialization` (swift-corelibs-foundation, with
/// `.fragmentsAllowed`) accepts and gives the same messages at the same positions, which it
/// replaced for speed: trailing commas are allowed, nesting deeper than 512 arrays/objects is
/// an error, a repeated key keeps its last value, `\uD800`-style lone surrogates are errors, a
/// number a `Double` cannot hold (`1e400`) is an error once the rest of the document is known to
/// be well formed, and a byte-order mark (U+FEFF as raw bytes) at the start of the document,
/// of a string, or right after an escape in a string is dropped. Positions count bytes from
/// the start (after a leading byte-order mark).
struct JSONByteReader {
    /// Why bytes are not JSON; `message` is what `JSONSerialization` says.
    enum Problem: Error, Equatable {
        case unexpectedCharacter(at: Int)
        case unexpectedEnd
        case leadingZero(at: Int)
        case tooDeep(at: Int)
        case invalidHex(String, at: Int)
        case invalidEscape(at: Int)
        case controlCharacter(at: Int)
        case missingLowSurrogate
        case loneLowSurrogate
        case numberTooLarge(String)
        case invalidUTF8(count: Int, at: Int)

        var message: String {
            switch self {
            case .unexpectedCharacter(let i): "Invalid value around character \(i)."
            case .unexpectedEnd: "Unexpected end of file during JSON parse."
            case .leadingZero(let i): "Number with leading zero around character \(i)."
            case .tooDeep(let i): "Too many nested arrays or dictionaries around character \(i)."
            case .invalidHex(let hex, let i): "Invalid hex encoded sequence in \"\(hex)\" at \(i)."
            case .invalidEscape(let i): "Invalid escape sequence around character \(i)."
            case .controlCharacter(let i): "Unescaped control character around character \(i)."
            case .missingLowSurrogate:
                "Unexpected end of file during string parse (expected low-surrogate code point but did not find one)."
            case .loneLowSurrogate: "Unable to convert hex escape sequence (no high character) to UTF8-encoded character."
            case .numberTooLarge(let number): "Number \(number) is not representable in Swift."
            case .invalidUTF8(let count, let i): "Invalid UTF-8 sequence \(count) bytes starting from character \(i)."
            }
        }
    }

    /// Deepest nesting of arrays and objects, as in Foundation.
    static let maxDepth = 512

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var index = 0
    private var depth = 0
    /// Where the backslashes of the last string read for its value are.
    private var escapes: [Int] = []
    /// The first number too large for a `Double` in the value being read; reported only when
    /// the whole document is well formed, and forgotten when its key is given again.
    private var tooLargeNumber: String?

    private init(_ base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Parses a whole document.
    static func parse(_ input: UnsafeBufferPointer<UInt8>) throws(Problem) -> JSONArticle.Value {
        guard var start = input.baseAddress else { throw .unexpectedEnd }
        var count = input.count
        // Foundation skips the mark only when something follows it.
        if count > 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF {
            start += 3
            count -= 3
        }
        var reader = JSONByteReader(start, count: count)
        let value: JSONArticle.Value
        switch try reader.nextNonSpace() {
        case UInt8(ascii: "["): value = .array(try reader.array(collecting: true))
        case UInt8(ascii: "{"): value = .object(try reader.object(capturing: true))
        default: value = .other(try reader.skipValue())
        }
        while reader.index < count {
            guard isSpace(start[reader.index]) else { throw .unexpectedCharacter(at: reader.index) }
            reader.index += 1
        }
        if let number = reader.tooLargeNumber { throw .numberTooLarge(number) }
        return value
    }

    // MARK: - Structure

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// Skips whitespace; the byte there, or the end-of-file error.
    @inline(__always) private mutating func nextNonSpace() throws(Problem) -> UInt8 {
        while index < count {
            let b = base[index]
            if !Self.isSpace(b) { return b }
            index += 1
        }
        throw .unexpectedEnd
    }

    /// Checks and skips the value at `index` (after whitespace); its kind.
    private mutating func skipValue() throws(Problem) -> JSONKind {
        switch try nextNonSpace() {
        case UInt8(ascii: "\""):
            _ = try string()
            return .string
        case UInt8(ascii: "{"):
            _ = try object(capturing: false)
            return .object
        case UInt8(ascii: "["):
            _ = try array(collecting: false)
            return .array
        case UInt8(ascii: "t"):
            try literal("true")
            return .boolean
        case UInt8(ascii: "f"):
            try literal("false")
            return .boolean
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
            return .number
        default:
            throw .unexpectedCharacter(at: index)
        }
    }

    /// Steps over an opening bracket or brace, refusing nesting past `maxDepth`.
    private mutating func open() throws(Problem) {
        index += 1
        guard depth < Self.maxDepth else { throw .tooDeep(at: index) }
        depth += 1
    }

    /// The array at `index`; its elements only when `collecting` (objects with their article
    /// keys, anything else by kind).
    private mutating func array(collecting: Bool) throws(Problem) -> [JSONArticle.Value] {
        try open()
        defer { depth -= 1 }
        var elements: [JSONArticle.Value] = []
        if try nextNonSpace() == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            if !collecting {
                _ = try skipValue()
            } else if base[index] == UInt8(ascii: "{") {
                elements.append(.object(try object(capturing: true)))
            } else {
                elements.append(.other(try skipValue()))
            }
            switch try nextNonSpace() {
            case UInt8(ascii: "]"):
                index += 1
                return elements
            case UInt8(ascii: ","):
                index += 1
                if try nextNonSpace() == UInt8(ascii: "]") {
                    index += 1
                    return elements
                }
            default:
                throw .unexpectedCharacter(at: index)
            }
        }
    }

    /// The object at `index`; the values of its article keys only when `capturing`.
    private mutating func object(capturing: Bool) throws(Problem) -> JSONArticle.Members {
        try open()
        defer { depth -= 1 }
        var members = JSONArticle.Members()
        if try nextNonSpace() == UInt8(ascii: "}") {
            index += 1
            return members
        }
        let outerTooLarge = tooLargeNumber
        // Members whose value holds a too-large number, by key: a later value for the same key
        // (compared as Swift strings, as Foundation's dictionary does) replaces them.
        var tooLarge: [(key: String, number: String)] = []
        while true {
            guard base[index] == UInt8(ascii: "\"") else { throw .unexpectedCharacter(at: index) }
            let keyStart = index
            let span = try string(recordingEscapes: capturing)
            var key: JSONArticle.Key?
            if capturing { key = articleKey(span) }
            if !tooLarge.isEmpty {
                let name = keyString(at: keyStart)
                tooLarge.removeAll { $0.key == name }
            }
            guard try nextNonSpace() == UInt8(ascii: ":") else { throw .unexpectedCharacter(at: index) }
            index += 1
            tooLargeNumber = nil
            if let key {
                members[key] = try fieldValue()
            } else {
                _ = try skipValue()
            }
            if let number = tooLargeNumber { tooLarge.append((keyString(at: keyStart), number)) }
            switch try nextNonSpace() {
            case UInt8(ascii: "}"):
                index += 1
                tooLargeNumber = outerTooLarge ?? tooLarge.first?.number
                return members
            case UInt8(ascii: ","):
                index += 1
                if try nextNonSpace() == UInt8(ascii: "}") {
                    index += 1
                    tooLargeNumber = outerTooLarge ?? tooLarge.first?.number
                    return members
                }
            default:
                throw .unexpectedCharacter(at: index)
            }
        }
    }

    /// The value of an article key: strings are built, anything else is skipped.
    private mutating func fieldValue() throws(Problem) -> JSONArticle.FieldValue {
        switch try nextNonSpace() {
        case UInt8(ascii: "\""):
            let span = try string(recordingEscapes: true)
            return .string(makeString(span))
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            return .other(try skipValue())
        }
    }

    /// `true`, `false` or `null` at `index`, failing where Foundation's reader fails: a wrong
    /// byte at the last byte of the input counts as the end of the input.
    private mutating func literal(_ word: StaticString) throws(Problem) {
        let expected = word.utf8Start
        let length = word.utf8CodeUnitCount
        for k in 0..<length {
            let at = index + k
            guard at < count else { throw .unexpectedEnd }
            if base[at] != expected[k] {
                if at + 1 >= count { throw .unexpectedEnd }
                throw .unexpectedCharacter(at: at)
            }
        }
        index += length
    }

    // MARK: - Numbers

    private enum NumberPart { case integer, fraction, exponent, exponentSign }

    /// Checks the number at `index` with Foundation's rules (no leading zeros, a digit after
    /// `.` and `e`, a number ends at whitespace, `,`, `]`, `}` or the end of the input) and
    /// notes it when a `Double` cannot hold it.
    private mutating func number() throws(Problem) {
        let start = index
        var part = NumberPart.integer
        var digitsInPart = base[start] == UInt8(ascii: "-") ? 0 : 1
        var leadingZero = base[start] == UInt8(ascii: "0")
        var integerDigits = digitsInPart
        var i = start + 1
        scan: while i < count {
            let b = base[i]
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if leadingZero { throw .leadingZero(at: i) }
                if b == UInt8(ascii: "0") && digitsInPart == 0 && part == .integer { leadingZero = true }
                digitsInPart += 1
                if part == .integer { integerDigits += 1 }
            case UInt8(ascii: "."):
                guard digitsInPart > 0, part == .integer else { throw .unexpectedCharacter(at: i) }
                leadingZero = false
                part = .fraction
                digitsInPart = 0
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard digitsInPart > 0, part == .integer || part == .fraction else { throw .unexpectedCharacter(at: i) }
                leadingZero = false
                part = .exponent
                digitsInPart = 0
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard digitsInPart == 0, part == .exponent else { throw .unexpectedCharacter(at: i) }
                part = .exponentSign
                digitsInPart = 0
            case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard digitsInPart > 0 else { throw .unexpectedCharacter(at: i) }
                break scan
            default:
                throw .unexpectedCharacter(at: i)
            }
            i += 1
        }
        if i == count && digitsInPart == 0 { throw .unexpectedEnd }
        index = i
        // Without an exponent a number under 10^300 always fits a Double.
        if tooLargeNumber == nil && (part == .exponent || part == .exponentSign || integerDigits > 300) {
            let text = String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
            if !(Double(text)?.isFinite ?? false) { tooLargeNumber = text }
        }
    }

    // MARK: - Strings

    /// Where a string's content lies (between its quotes) and whether it holds escapes.
    struct StringSpan {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// Checks the string whose opening quote is at `index` and steps past it. With
    /// `recordingEscapes`, the positions of its backslashes are left in `escapes`.
    private mutating func string(recordingEscapes: Bool = false) throws(Problem) -> StringSpan {
        index += 1
        let start = index
        var segmentStart = index
        var escaped = false
        var nonASCII = false
        var i = index
        if recordingEscapes { escapes.removeAll(keepingCapacity: true) }
        while true {
            // Eight bytes at a time up to the first `"`, `\` or control character.
            while i + 8 <= count {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if w & 0x8080_8080_8080_8080 != 0 { nonASCII = true }
                let special = Self.specialBytes(w)
                if special != 0 {
                    i += special.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < count else { throw .unexpectedEnd }
            let b = base[i]
            if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                if b >= 0x80 { nonASCII = true }
                i += 1
                continue
            }
            // Foundation turns each run of raw bytes into a string when it reaches its end.
            if b < 0x20 {
                if nonASCII && !isUTF8(segmentStart, i) { throw .invalidUTF8(count: i - segmentStart + 1, at: segmentStart) }
                throw .controlCharacter(at: i)
            }
            if nonASCII && !isUTF8(segmentStart, i) { throw .invalidUTF8(count: i - segmentStart, at: segmentStart) }
            if b == UInt8(ascii: "\"") {
                index = i + 1
                return StringSpan(start: start, end: i, escaped: escaped)
            }
            if recordingEscapes { escapes.append(i) }
            escaped = true
            index = i
            try escape()
            i = index
            segmentStart = i
            nonASCII = false
        }
    }

    /// The high bit set in each byte of `w` (read little-endian) that is `"`, `\` or below 0x20,
    /// by the usual SWAR tests: the lowest bit set is always a real one (bytes above it may be
    /// flagged wrongly), so it locates the first such byte, and 0 means there is none.
    @inline(__always) private static func specialBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        let below20 = (w &- ones &* 0x20) & ~w
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        return (below20 | zeroQuote | zeroBackslash) & 0x8080_8080_8080_8080
    }

    /// Bytes `start..<end` are valid UTF-8 (they hold no byte below 0x20 here).
    private func isUTF8(_ start: Int, _ end: Int) -> Bool {
        TextDecoding.firstProblem(UnsafeBufferPointer(start: base + start, count: end - start)) == nil
    }

    /// `start..<end` without a leading byte-order mark, which Foundation drops from each run of
    /// raw bytes in a string.
    private func withoutByteOrderMark(_ start: Int, _ end: Int) -> Range<Int> {
        if end - start >= 3 && base[start] == 0xEF && base[start + 1] == 0xBB && base[start + 2] == 0xBF {
            return (start + 3)..<end
        }
        return start..<end
    }

    /// Checks the escape at `index` (a backslash) and steps past it.
    private mutating func escape() throws(Problem) {
        let backslash = index
        guard backslash + 1 < count else { throw .unexpectedEnd }
        let c = base[backslash + 1]
        index = backslash + 2
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return
        case UInt8(ascii: "u"):
            _ = try unicodeEscape(backslash: backslash)
        default:
            // Foundation first turns the backslash and this byte into a string.
            if c >= 0x80 { throw .invalidUTF8(count: 2, at: backslash) }
            throw .invalidEscape(at: backslash)
        }
    }

    /// The string of a span `string(recordingEscapes: true)` just read, built once.
    private func makeString(_ span: StringSpan) -> String {
        guard span.escaped else {
            let raw = withoutByteOrderMark(span.start, span.end)
            return String(decoding: UnsafeBufferPointer(start: base + raw.lowerBound, count: raw.count), as: UTF8.self)
        }
        // Decoded text is never longer than its escaped form.
        return String(unsafeUninitializedCapacity: span.end - span.start) { out in
            guard let target = out.baseAddress else { return 0 }
            var written = 0
            func copy(_ start: Int, _ end: Int) {
                let raw = withoutByteOrderMark(start, end)
                (target + written).update(from: base + raw.lowerBound, count: raw.count)
                written += raw.count
            }
            var from = span.start
            for backslash in escapes {
                copy(from, backslash)
                from = decodeEscape(at: backslash, into: target, &written)
            }
            copy(from, span.end)
            return written
        }
    }

    /// Writes the character of the (checked) escape at `backslash`; where the escape ends.
    private func decodeEscape(at backslash: Int, into target: UnsafeMutablePointer<UInt8>, _ written: inout Int) -> Int {
        let c = base[backslash + 1]
        let byte: UInt8
        switch c {
        case UInt8(ascii: "b"): byte = 0x08
        case UInt8(ascii: "f"): byte = 0x0C
        case UInt8(ascii: "n"): byte = 0x0A
        case UInt8(ascii: "r"): byte = 0x0D
        case UInt8(ascii: "t"): byte = 0x09
        case UInt8(ascii: "u"):
            var again = JSONByteReader(base, count: count)
            again.index = backslash + 2
            guard let scalar = try? again.unicodeEscape(backslash: backslash) else { return again.index }
            for unit in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
                target[written] = unit
                written += 1
            }
            return again.index
        default: byte = c
        }
        target[written] = byte
        written += 1
        return backslash + 2
    }

    /// `\uXXXX` (a surrogate pair is two of them) after the `\u` at `backslash`.
    private mutating func unicodeEscape(backslash: Int) throws(Problem) -> Unicode.Scalar {
        let unit = try hexUnit()
        if unit & 0xFC00 == 0xD800 {
            guard index + 2 <= count else { throw .unexpectedEnd }
            let isEscape = base[index] == UInt8(ascii: "\\") && base[index + 1] == UInt8(ascii: "u")
            index += 2
            guard isEscape else {
                let read = UnsafeBufferPointer(start: base + backslash, count: index - backslash)
                if String(validating: read, as: UTF8.self) == nil { throw .invalidUTF8(count: read.count, at: backslash) }
                throw .missingLowSurrogate
            }
            let low = try hexUnit()
            guard low & 0xFC00 == 0xDC00 else { throw .missingLowSurrogate }
            let value = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw .loneLowSurrogate }
            return scalar
        }
        guard let scalar = Unicode.Scalar(unit) else { throw .loneLowSurrogate }
        return scalar
    }

    /// Four hex digits at `index`.
    private mutating func hexUnit() throws(Problem) -> UInt16 {
        guard index + 4 <= count else { throw .unexpectedEnd }
        var unit: UInt16 = 0
        for k in 0..<4 {
            let b = base[index + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            default:
                let hex = String(decoding: UnsafeBufferPointer(start: base + index, count: 4), as: UTF8.self)
                throw .invalidHex(hex, at: index)
            }
            unit = unit << 4 | UInt16(digit)
        }
        index += 4
        return unit
    }

    /// The article key a key just read names, if any.
    private func articleKey(_ span: StringSpan) -> JSONArticle.Key? {
        guard span.escaped else {
            let raw = withoutByteOrderMark(span.start, span.end)
            return JSONArticle.Key.named(base + raw.lowerBound, raw.count)
        }
        var name = makeString(span)
        return name.withUTF8 { b in b.baseAddress.flatMap { JSONArticle.Key.named($0, b.count) } }
    }

    /// The key whose opening quote is at `start`, read again (only when a too-large number
    /// makes repeated keys matter).
    private func keyString(at start: Int) -> String {
        var again = JSONByteReader(base, count: count)
        again.index = start
        guard let span = try? again.string(recordingEscapes: true) else { return "" }
        return again.makeString(span)
    }
}
