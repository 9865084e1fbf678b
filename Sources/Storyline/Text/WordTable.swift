/// Hash tables keyed by words (`Token.lower`, phrase keys), for the lexicons of every stage.
///
/// `Set<String>` and `[String: V]` hash with SipHash through `Hasher`, which dominated the
/// pipeline's profile. These tables hash the UTF-8 bytes eight at a time with a multiplicative
/// hash, probe linearly in a table at most half full, and compare bytes on a hit: the same
/// membership and values as a `Set`/`Dictionary`, several times faster for short words.
/// Iteration follows insertion order, so it is deterministic.
///
/// ```swift
/// static let particles: WordSet = ["out", "up", "off"]
/// if particles.contains(token.lower) { ... }
/// ```
struct WordIndex: Sendable {
    /// Keys in insertion order.
    private(set) var keys: [String] = []
    /// The keys' UTF-8 bytes, one after another; key k is `bytes[keyStart(k)..<ends[k]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []
    /// Per slot: key index + 1 in the low 32 bits (0 when empty) and the key's hash in the high
    /// 32 bits, so that a probe rarely reads another key's bytes. The count is a power of two, or
    /// zero until the first key: an empty table allocates nothing (documents build several per
    /// article, often left empty).
    private var slots: [UInt64] = []

    var count: Int { keys.count }

    /// Index of `word` among the keys, or nil.
    @inline(__always)
    func index(of word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { find($0) }
    }

    /// Index of the word whose UTF-8 bytes are `word`, or nil.
    @inline(__always)
    func index(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int? { find(word) }

    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(hash: Self.widened(Self.hash32(word)), word)
    }

    /// Index of the lower-cased text of token `k` of `text`, or nil (also for an index out of
    /// range). Uses the token's hash computed with the text: no hashing, no string copy.
    @inline(__always)
    func index(ofToken k: Int, in text: AnalyzedText) -> Int? {
        guard k >= 0 && k < text.lowerHashes.count else { return nil }
        let h = Self.widened(text.lowerHashes[k])
        let slot = firstMatch(hash: h)
        if slot < 0 { return nil }
        return text.tokens[k].lower.utf8.withContiguousStorageIfAvailable { find(hash: h, $0, from: slot) }
            ?? Array(text.tokens[k].lower.utf8).withUnsafeBufferPointer { find(hash: h, $0, from: slot) }
    }

    /// The first slot at or after `start` (default: the hash's home slot) whose tag matches the
    /// hash, or -1 when an empty slot comes first (the word is absent): most lookups of absent
    /// words end here without reading any key.
    @inline(__always)
    private func firstMatch(hash h: UInt64, from start: Int? = nil) -> Int {
        let mask = slots.count - 1
        if mask < 0 { return -1 }
        let tag = h & 0xFFFF_FFFF_0000_0000
        var slot = (start ?? Int(truncatingIfNeeded: h)) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return -1 }
                if entry & 0xFFFF_FFFF_0000_0000 == tag { return slot }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Index of `word` with hash `h`: each slot whose tag matches, from `start` on, has its key's
    /// bytes compared.
    private func find(hash h: UInt64, _ word: UnsafeBufferPointer<UInt8>, from start: Int? = nil) -> Int? {
        var slot = firstMatch(hash: h, from: start)
        while slot >= 0 {
            let k = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
            let keyStart = self.keyStart(k), keyEnd = Int(ends[k])
            if keyEnd - keyStart == word.count {
                let equal = bytes.withUnsafeBufferPointer { keyBytes in
                    var i = 0
                    while i < word.count && keyBytes[keyStart + i] == word[i] { i += 1 }
                    return i == word.count
                }
                if equal { return k }
            }
            slot = firstMatch(hash: h, from: slot + 1)
        }
        return nil
    }

    /// Adds `word` if it is new; returns its index and whether it was inserted.
    @discardableResult
    mutating func insert(_ word: String) -> (index: Int, inserted: Bool) {
        if let result = word.utf8.withContiguousStorageIfAvailable({ insert(word, utf8: $0) }) { return result }
        return Array(word.utf8).withUnsafeBufferPointer { insert(word, utf8: $0) }
    }

    /// `insert` with the word's bytes at hand: hashed once, copied with one `memcpy`.
    private mutating func insert(_ word: String, utf8: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let h = Self.widened(Self.hash32(utf8))
        if let k = find(hash: h, utf8) { return (k, false) }
        let k = keys.count
        keys.append(word)
        bytes.append(contentsOf: utf8)
        ends.append(Int32(bytes.count))
        if keys.count * 2 > slots.count {
            rebuild(capacity: max(slots.count * 2, 8))
        } else {
            place(k, hash: h)
        }
        return (k, true)
    }

    /// Room for `n` keys without rebuilding.
    mutating func reserveCapacity(_ n: Int) {
        guard n > 0 else { return }
        var capacity = max(slots.count, 8)
        while capacity < n * 2 { capacity *= 2 }
        if capacity > slots.count { rebuild(capacity: capacity) }
        keys.reserveCapacity(n)
        ends.reserveCapacity(n)
        bytes.reserveCapacity(n * 8)
    }

    private mutating func rebuild(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for k in keys.indices { place(k) }
    }

    @inline(__always)
    private func keyStart(_ k: Int) -> Int { k == 0 ? 0 : Int(ends[k - 1]) }

    private mutating func place(_ k: Int) {
        let start = keyStart(k), end = Int(ends[k])
        place(k, hash: Self.widened(bytes.withUnsafeBufferPointer { b in Self.hash32(UnsafeBufferPointer(rebasing: b[start..<end])) }))
    }

    private mutating func place(_ k: Int, hash h: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(k + 1)
    }

    /// The 32-bit hash of a word that tables use (and tokens carry, `AnalyzedText.lowerHashes`):
    /// `hash` folded to 32 bits.
    @inline(__always)
    static func hash32(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = hash(word)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// `hash32` of a string's UTF-8 bytes.
    static func hash32(_ word: String) -> UInt32 {
        word.utf8.withContiguousStorageIfAvailable(hash32) ?? Array(word.utf8).withUnsafeBufferPointer(hash32)
    }

    /// A 32-bit hash as the table uses it: the home slot from its low bits, the slot's tag from
    /// all of it (the high half).
    @inline(__always)
    static func widened(_ h: UInt32) -> UInt64 { UInt64(h) << 32 | UInt64(h) }

    /// A 64-bit hash of bytes, eight at a time, with a final mix so the low bits depend on all.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = word.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(n &+ 1)
        guard let base = word.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            // The last 1–7 bytes in at most three loads (4, 2, 1 bytes), packed as a byte loop would.
            let rest = n - i
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            if rest & 4 != 0 {
                tail = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                shift = 32
                i += 4
            }
            if rest & 2 != 0 {
                tail |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
                shift += 16
                i += 2
            }
            if rest & 1 != 0 { tail |= UInt64(word[i]) << shift }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }
}

/// A set of words with fast lookups (see `WordIndex`).
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var index = WordIndex()

    init() {}
    init<S: Sequence>(_ words: S) where S.Element == String { for w in words { index.insert(w) } }
    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    func contains(_ word: String) -> Bool { index.index(of: word) != nil }
    /// Whether the lower-cased text of token `k` of `text` is in the set (false out of range).
    @inline(__always)
    func contains(token k: Int, in text: AnalyzedText) -> Bool { index.index(ofToken: k, in: text) != nil }
    /// Whether the word with these UTF-8 bytes is in the set.
    @inline(__always)
    func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool { index.index(ofUTF8: word) != nil }
    @discardableResult
    mutating func insert(_ word: String) -> Bool { index.insert(word).inserted }
    /// Room for `n` words without rebuilding.
    mutating func reserveCapacity(_ n: Int) { index.reserveCapacity(n) }

    var count: Int { index.count }
    var isEmpty: Bool { index.count == 0 }
    func makeIterator() -> IndexingIterator<[String]> { index.keys.makeIterator() }
}

/// A dictionary from words to values with fast lookups (see `WordIndex`).
struct WordMap<Value>: ExpressibleByDictionaryLiteral, Sequence {
    private var index = WordIndex()
    private(set) var values: [Value] = []

    init() {}
    /// Later duplicates of a key replace earlier ones.
    init(dictionaryLiteral pairs: (String, Value)...) {
        for (k, v) in pairs { self[k] = v }
    }

    var keys: [String] { index.keys }
    var count: Int { index.count }
    var isEmpty: Bool { index.count == 0 }

    mutating func reserveCapacity(_ n: Int) {
        index.reserveCapacity(n)
        values.reserveCapacity(n)
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { index.index(of: word) != nil }
    /// Whether the lower-cased text of token `k` of `text` is a key (false out of range).
    @inline(__always)
    func contains(token k: Int, in text: AnalyzedText) -> Bool { index.index(ofToken: k, in: text) != nil }
    /// The value of the lower-cased text of token `k` of `text` (nil out of range).
    @inline(__always)
    subscript(token k: Int, in text: AnalyzedText) -> Value? { index.index(ofToken: k, in: text).map { values[$0] } }

    subscript(word: String) -> Value? {
        @inline(__always) get { index.index(of: word).map { values[$0] } }
        set {
            // Entries are never removed (lexicons only grow while they are built).
            guard let value = newValue else { return }
            let (k, inserted) = index.insert(word)
            if inserted { values.append(value) } else { values[k] = value }
        }
    }

    subscript(word: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[word] ?? defaultValue() }
        _modify {
            let (k, inserted) = index.insert(word)
            if inserted { values.append(defaultValue()) }
            yield &values[k]
        }
    }

    func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator { zip(index.keys, values).makeIterator() }
}

extension WordMap: Sendable where Value: Sendable {}
