import Foundation

/// A problem with one input: its name (file path, `-`, `file.jsonl:3`) and what is wrong.
public struct InputError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The input as the user named it.
    public var input: String
    /// One line saying what is wrong, e.g. `not valid UTF-8 (byte 0xff at offset 12)`.
    public var problem: String

    public init(input: String, problem: String) {
        self.input = InputError.oneLine(input)
        self.problem = InputError.oneLine(problem)
    }

    /// `s` with line breaks and other control characters written as `\u{…}`, so a message that
    /// quotes the input stays one line of plain text on a terminal.
    static func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isControl(u) { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    private static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) || u.value == 0x2028 || u.value == 0x2029
    }

    public var description: String { "\(input): \(problem)" }
}

/// Turns input bytes into text: UTF-8 (a leading byte-order mark is dropped), or UTF-16 when it
/// starts with a byte-order mark (best effort: unpaired surrogates become U+FFFD). Anything else
/// that is not valid UTF-8, and any text with NUL bytes, is refused with the offset of the first
/// bad byte.
public enum TextDecoding {
    /// Why bytes are not text.
    public enum Problem: Error, Equatable, Sendable {
        case nulByte(offset: Int)
        case invalidUTF8(byte: UInt8, offset: Int)

        /// One line for the user.
        public var message: String {
            switch self {
            case .nulByte(let offset):
                return "binary data, not text (NUL byte at offset \(offset))"
            case .invalidUTF8(let byte, let offset):
                return "not valid UTF-8 (byte 0x\(String(byte, radix: 16)) at offset \(offset)); convert it to UTF-8 first, e.g. with iconv"
            }
        }
    }

    /// Decodes `data` as described above; throws `Problem` for binary or invalid input.
    public static func decode(_ data: Data) throws -> String {
        let count = data.count
        if count >= 2 {
            let b0 = data[data.startIndex], b1 = data[data.startIndex + 1]
            if b0 == 0xFF && b1 == 0xFE { return try decodeUTF16(data, bigEndian: false) }
            if b0 == 0xFE && b1 == 0xFF { return try decodeUTF16(data, bigEndian: true) }
        }
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> String in
            let bytes = raw.bindMemory(to: UInt8.self)
            var body = bytes[...]
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                body = bytes[3...]
            }
            let rebased = UnsafeBufferPointer(rebasing: body)
            if var problem = firstProblem(rebased) {
                // Bytes that are not UTF-8 and hold a NUL somewhere are binary, not mis-encoded text.
                if case .invalidUTF8 = problem, let nul = rebased.firstIndex(of: 0) { problem = .nulByte(offset: nul) }
                switch problem {
                case .nulByte(let o): throw Problem.nulByte(offset: o + body.startIndex)
                case .invalidUTF8(let b, let o): throw Problem.invalidUTF8(byte: b, offset: o + body.startIndex)
                }
            }
            return String(decoding: rebased, as: UTF8.self)
        }
    }

    private static func decodeUTF16(_ data: Data, bigEndian: Bool) throws -> String {
        let pairs = (data.count - 2) / 2
        var units = [UInt16](repeating: 0, count: pairs)
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            for i in 0..<pairs {
                let hi = UInt16(b[2 + 2 * i]), lo = UInt16(b[3 + 2 * i])
                units[i] = bigEndian ? (hi << 8 | lo) : (lo << 8 | hi)
            }
        }
        if let nul = units.firstIndex(of: 0) { throw Problem.nulByte(offset: 2 + 2 * nul) }
        return String(decoding: units, as: UTF16.self)
    }

    /// The first NUL byte or invalid UTF-8 sequence (reported by its first byte), or nil if the bytes are clean UTF-8 text.
    /// Eight ASCII bytes at a time on the common path.
    static func firstProblem(_ p: UnsafeBufferPointer<UInt8>) -> Problem? {
        guard let base = p.baseAddress else { return nil }
        let n = p.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let hasZeroByte = (w &- 0x0101_0101_0101_0101) & ~w & high
                if w & high == 0 && hasZeroByte == 0 { i += 8; continue }
            }
            let b = p[i]
            if b == 0 { return .nulByte(offset: i) }
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lowerSecond: UInt8 = 0x80, upperSecond: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperSecond = 0x9F
            case 0xF0: length = 4; lowerSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperSecond = 0x8F
            default: return .invalidUTF8(byte: b, offset: i)
            }
            guard i + length <= n else { return .invalidUTF8(byte: b, offset: i) }
            let second = p[i + 1]
            guard second >= lowerSecond && second <= upperSecond else { return .invalidUTF8(byte: b, offset: i) }
            var k = 2
            while k < length {
                let c = p[i + k]
                guard c & 0xC0 == 0x80 else { return .invalidUTF8(byte: b, offset: i) }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// True when the text holds nothing but whitespace (ASCII or Unicode).
    public static func isBlank(_ s: String) -> Bool {
        var sawNonASCII = false
        for b in s.utf8 {
            switch b {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: continue
            case 0x80...: sawNonASCII = true
            default: return false
            }
        }
        guard sawNonASCII else { return true }
        for u in s.unicodeScalars where !(u.properties.isWhitespace || u == "\u{FEFF}" || u == "\u{200B}") {
            return false
        }
        return true
    }
}
