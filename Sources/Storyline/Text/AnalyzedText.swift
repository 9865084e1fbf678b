/// An article's text as UTF-8 bytes, split into tokens and sentences.
///
/// Every later stage works on this: token arrays and byte ranges, never `Character`s.
/// Byte offsets become the Unicode-scalar offsets of the output through `scalarOffset(ofByte:)`.
public final class AnalyzedText: @unchecked Sendable {
    /// The text exactly as given.
    public let string: String
    /// Its UTF-8 bytes.
    public let bytes: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// Per token: `WordIndex.hash32` of its lower-cased text, computed once so that lexicon lookups
    /// by token (`WordSet.contains(token:in:)`) skip hashing the word again in every stage.
    let lowerHashes: [UInt32]
    /// Scalar count before each 64-byte block, for fast byte → scalar offset conversion.
    private let scalarCheckpoints: [Int]
    private let isASCII: Bool

    public init(_ string: String) {
        self.string = string
        let bytes = Array(string.utf8)
        self.bytes = bytes
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / 64 + 2)
        var count = 0
        var ascii = true
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                if i & 63 == 0 { checkpoints.append(count) }
                let b = buf[i]
                if b & 0xC0 != 0x80 { count += 1 }
                if b >= 0x80 { ascii = false }
            }
        }
        checkpoints.append(count)
        self.scalarCheckpoints = checkpoints
        self.isASCII = ascii
        var hashes: [UInt32] = []
        var tokens = Tokenizer.tokenize(bytes, hashes: &hashes)
        self.sentences = SentenceSplitter.split(&tokens, bytes: bytes)
        self.lowerHashes = hashes
        self.tokens = tokens
    }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { scalarOffset(ofByte: bytes.count) }

    /// The Unicode scalar offset of a byte offset (which must be at a scalar boundary or the end).
    public func scalarOffset(ofByte byte: Int) -> Int {
        if isASCII { return byte }
        let b = min(max(byte, 0), bytes.count)
        let block = b >> 6
        if block >= scalarCheckpoints.count - 1 && b == bytes.count { return scalarCheckpoints[scalarCheckpoints.count - 1] }
        var count = scalarCheckpoints[block]
        var i = block << 6
        while i < b {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The text of a byte range as a `String`.
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count)), hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The text from the first to the last of a range of tokens.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// The text of one token.
    public func text(token i: Int) -> String { text(tokens[i].range) }

    /// Byte range covered by a range of tokens.
    public func byteRange(tokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    /// Scalar range (output offsets) of a byte range.
    public func scalarRange(_ range: Range<Int>) -> Range<Int> {
        scalarOffset(ofByte: range.lowerBound)..<scalarOffset(ofByte: range.upperBound)
    }

    /// Whether token `k`'s lower-cased text is exactly `word` (out of range: whether `word` is
    /// empty, as for an empty string). Compares the byte count first, then the bytes: cheaper
    /// than `String ==`, which calls into the runtime whenever the two differ.
    @inline(__always)
    func isLower(_ k: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard k >= 0 && k < tokens.count else { return n == 0 }
        guard tokens[k].lower.utf8.count == n else { return false }
        return word.withUTF8Buffer { w in
            tokens[k].lower.utf8.withContiguousStorageIfAvailable { t in
                var i = 0
                while i < n && t[i] == w[i] { i += 1 }
                return i == n
            } ?? tokens[k].lower.utf8.elementsEqual(w)
        }
    }

    /// Index of the first token whose start is at or after `byte` (binary search).
    public func tokenIndex(atOrAfterByte byte: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
