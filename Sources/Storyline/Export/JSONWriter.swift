import Foundation

/// Writes and reads the storyline JSON document (`--format json`): pretty-printed, keys sorted,
/// so the same document always gives the same bytes.
public enum JSONWriter {
    /// The document as JSON bytes, ending with a newline.
    ///
    /// A hand-written byte writer over the model (keys in sorted order, the layout of Foundation's
    /// `JSONEncoder` with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`), many times faster
    /// than `JSONEncoder`; `JSONWriterTests` checks both give the same bytes.
    public static func data(_ document: StorylineDocument, pretty: Bool = true) throws -> Data {
        var out = JSONByteWriter(pretty: pretty, capacity: estimatedSize(document))
        out.document(document)
        return out.finish()
    }

    /// Reads a storyline JSON document.
    public static func read(_ data: Data) throws -> StorylineDocument {
        try JSONDecoder().decode(StorylineDocument.self, from: data)
    }

    /// A rough upper bound of the output size, so the buffer grows rarely.
    private static func estimatedSize(_ document: StorylineDocument) -> Int {
        let text = document.documents.reduce(0) { $0 + $1.text.utf8.count }
        let mentions = document.entities.reduce(0) { $0 + $1.mentions.count }
        let evidence = document.relations.reduce(0) { $0 + $1.evidence.count }
        return 1024 + text + 400 * document.timexes.count + 200 * mentions + 160 * document.entities.count
            + 200 * document.relations.count + 150 * evidence + 1200 * document.events.count
    }
}

/// The JSON byte writer behind `JSONWriter.data`: one growing malloc'd byte buffer handed to
/// `Data` without a copy, objects written field by field with their keys already in sorted order.
/// Use once: build, then `finish()`.
struct JSONByteWriter {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    private var depth = 0
    /// Whether the current object or array has had an element yet: bit `depth - 1` for the
    /// innermost open container, as a stack of bits (the document nests containers a few levels deep;
    /// any beyond 64 would share the top bit, see `currentBit`).
    private var hasElement: UInt64 = 0

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// The bytes written and a final newline; the buffer now belongs to the `Data`.
    mutating func finish() -> Data {
        append(0x0A)
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { pointer, _ in pointer.deallocate() })
    }

    // MARK: Buffer

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, run.count > 0 else { return }
        reserve(run.count)
        (base + count).update(from: source, count: run.count)
        count += run.count
    }

    // MARK: Model

    mutating func document(_ d: StorylineDocument) {
        beginObject()
        array("documents", d.documents) { $0.info($1) }
        array("entities", d.entities) { $0.entity($1) }
        array("events", d.events) { $0.event($1) }
        array("relations", d.relations) { $0.relation($1) }
        field("schema", d.schema)
        array("timexes", d.timexes) { $0.timex($1) }
        endObject()
    }

    mutating func info(_ d: DocumentInfo) {
        beginObject()
        field("dateSource", d.dateSource?.rawValue)
        field("id", d.id)
        field("published", d.published)
        field("text", d.text)
        field("title", d.title)
        field("url", d.url)
        endObject()
    }

    mutating func timex(_ t: Timex) {
        beginObject()
        field("document", t.document)
        field("end", t.end)
        field("id", t.id)
        field("mod", t.mod)
        field("start", t.start)
        field("text", t.text)
        field("type", t.type.rawValue)
        field("value", t.value)
        endObject()
    }

    mutating func entity(_ e: Entity) {
        beginObject()
        array("aliases", e.aliases) { $0.string($1) }
        field("id", e.id)
        array("mentions", e.mentions) { w, m in
            w.beginObject()
            w.field("document", m.document)
            w.field("end", m.end)
            w.field("start", m.start)
            w.field("text", m.text)
            w.endObject()
        }
        field("name", e.name)
        field("type", e.type.rawValue)
        endObject()
    }

    mutating func relation(_ r: Relation) {
        beginObject()
        array("evidence", r.evidence) { w, e in
            w.beginObject()
            w.field("document", e.document)
            w.field("end", e.end)
            w.field("start", e.start)
            w.endObject()
        }
        field("id", r.id)
        field("label", r.label)
        field("source", r.source)
        field("target", r.target)
        field("type", r.type.rawValue)
        field("weight", r.weight)
        endObject()
    }

    mutating func event(_ e: Event) {
        beginObject()
        key("date")
        beginObject()
        field("certainty", e.date.certainty.rawValue)
        field("endValue", e.date.endValue)
        field("timex", e.date.timex)
        field("value", e.date.value)
        endObject()
        field("document", e.document)
        key("evidence")
        eventEvidence(e.evidence)
        field("headline", e.headline)
        field("id", e.id)
        if let members = e.members { array("members", members) { $0.event($1) } }
        field("modality", e.modality)
        if let other = e.otherEvidence { array("otherEvidence", other) { $0.eventEvidence($1) } }
        array("participants", e.participants) { w, p in
            w.beginObject()
            w.field("entity", p.entity)
            w.field("role", p.role.rawValue)
            w.endObject()
        }
        field("polarity", e.polarity)
        if let sources = e.sources { array("sources", sources) { $0.string($1) } }
        field("tense", e.tense)
        key("trigger")
        trigger(e.trigger)
        field("type", e.type)
        endObject()
    }

    mutating func eventEvidence(_ e: EventEvidence) {
        beginObject()
        field("document", e.document)
        field("end", e.end)
        field("start", e.start)
        field("text", e.text)
        if let t = e.trigger {
            key("trigger")
            trigger(t)
        }
        endObject()
    }

    mutating func trigger(_ t: Trigger) {
        beginObject()
        field("end", t.end)
        field("start", t.start)
        field("text", t.text)
        endObject()
    }

    // MARK: Structure

    /// Starts an object; its fields follow, then `endObject()`.
    mutating func beginObject() { open(0x7B) }

    mutating func endObject() { close(0x7D) }

    /// Writes `"name" : [ … ]`, one element per item.
    mutating func array<T>(_ name: StaticString, _ items: [T], _ element: (inout JSONByteWriter, T) -> Void) {
        key(name)
        open(0x5B)
        for item in items {
            separate()
            element(&self, item)
        }
        close(0x5D)
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        quoted(value)
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        integer(value)
    }

    /// A string as an array element.
    mutating func string(_ value: String) {
        quoted(value)
    }

    /// Writes the separator before an object field and its key (our own ASCII names: nothing to escape).
    mutating func key(_ name: StaticString) {
        // The separator, line break and indentation, then `"name" : ` (`"name":` when compact),
        // with one capacity check (+8: indentation is written eight spaces at a time).
        let n = name.utf8CodeUnitCount
        let indent = pretty ? 2 * max(depth, 0) : 0
        reserve(n + indent + 15)
        let bit = currentBit
        if hasElement & bit != 0 { base[count] = 0x2C; count += 1 } else { hasElement |= bit }
        if pretty {
            base[count] = 0x0A
            writeSpaces(indent, at: base + count + 1)
            count += 1 + indent
        }
        base[count] = 0x22
        (base + count + 1).update(from: name.utf8Start, count: n)
        count += n + 1
        base[count] = 0x22
        if pretty {
            base[count + 1] = 0x20
            base[count + 2] = 0x3A
            base[count + 3] = 0x20
            count += 4
        } else {
            base[count + 1] = 0x3A
            count += 2
        }
    }

    /// Writes `n` spaces at `p`, eight at a time: up to 7 bytes past them may be overwritten, so
    /// the caller reserves 8 more than it writes.
    @inline(__always)
    private func writeSpaces(_ n: Int, at p: UnsafeMutablePointer<UInt8>) {
        var i = 0
        while i < n {
            UnsafeMutableRawPointer(p + i).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            i += 8
        }
    }

    /// The bit of `hasElement` that belongs to the innermost open container.
    @inline(__always)
    private var currentBit: UInt64 { 1 << UInt64(min(max(depth - 1, 0), 63)) }

    private mutating func separate() {
        let bit = currentBit
        if hasElement & bit != 0 { append(0x2C) } else { hasElement |= bit }
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        append(bracket)
        depth += 1
        hasElement &= ~currentBit
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElement = hasElement & currentBit != 0
        depth -= 1
        // JSONEncoder writes an empty container as "[", a blank line, then the indented "]".
        if pretty && !hadElement { append(0x0A) }
        newline()
        append(bracket)
    }

    private mutating func newline() {
        guard pretty else { return }
        let indent = 2 * max(depth, 0)
        reserve(1 + indent + 8)
        base[count] = 0x0A
        writeSpaces(indent, at: base + count + 1)
        count += 1 + indent
    }

    private mutating func integer(_ value: Int) {
        // The digits are counted, then written in place from the last one (a division by ten per
        // digit, which compiles to a multiplication).
        reserve(21)
        if value < 0 { base[count] = 0x2D; count += 1 }
        var magnitude = value.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 20 && magnitude >= bound { digits += 1; bound = bound &* 10 }
        var p = base + count + digits
        repeat {
            p -= 1
            p.pointee = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslash and control characters escaped; everything else as UTF-8.
    private mutating func quoted(_ value: String) {
        // Native strings (all of ours) give their bytes without a copy; others are copied once.
        if value.utf8.withContiguousStorageIfAvailable({ quoted(utf8: $0) }) != nil { return }
        Array(value.utf8).withUnsafeBufferPointer { quoted(utf8: $0) }
    }

    /// A JSON string of UTF-8 bytes.
    private mutating func quoted(utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        // Most strings need no escape: one capacity check, one copy between the quotes.
        reserve(n + 2)
        base[count] = 0x22
        guard let source = utf8.baseAddress, n > 0 else {
            base[count + 1] = 0x22
            count += 2
            return
        }
        let clean = Self.firstEscape(source, n)
        (base + count + 1).update(from: source, count: clean)
        count += 1 + clean
        if clean < n { escapeRest(source, from: clean, count: n) }
        append(0x22)
    }

    /// Index of the first byte of `bytes` that needs an escape, or `n` when none does.
    @inline(__always)
    private static func firstEscape(_ bytes: UnsafePointer<UInt8>, _ n: Int) -> Int {
        let raw = UnsafeRawPointer(bytes)
        var i = 0
        // Eight bytes at a time while none of them needs escaping (most text).
        while i + 8 <= n, !needsEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        while i < n {
            let byte = bytes[i]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return i }
            i += 1
        }
        return n
    }

    /// Writes `bytes[start..<n]`, escaping what JSON requires; `bytes[start]` needs an escape.
    private mutating func escapeRest(_ bytes: UnsafePointer<UInt8>, from start: Int, count n: Int) {
        var i = start
        while i < n {
            let byte = bytes[i]
            reserve(6)
            base[count] = 0x5C
            switch byte {
            case 0x22, 0x5C: base[count + 1] = byte; count += 2
            case 0x08: base[count + 1] = 0x62; count += 2   // \b
            case 0x0C: base[count + 1] = 0x66; count += 2   // \f
            case 0x0A: base[count + 1] = 0x6E; count += 2   // \n
            case 0x0D: base[count + 1] = 0x72; count += 2   // \r
            case 0x09: base[count + 1] = 0x74; count += 2   // \t
            default:
                base[count + 1] = 0x75
                base[count + 2] = 0x30
                base[count + 3] = 0x30
                base[count + 4] = Self.hex[Int(byte >> 4)]
                base[count + 5] = Self.hex[Int(byte & 0xF)]
                count += 6
            }
            i += 1
            let clean = Self.firstEscape(bytes + i, n - i)
            append(UnsafeBufferPointer(start: bytes + i, count: clean))
            i += clean
        }
    }

    /// Whether any of eight bytes is a control character, `"` or `\\` (bit tricks on a word).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        // A byte below 0x20 (bytes of 0x80 and up never count: their high bit masks them out).
        let below = (word &- ones &* 0x20) & ~word & highs != 0
        return below || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}
