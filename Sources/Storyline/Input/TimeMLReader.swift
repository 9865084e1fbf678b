/// A TimeML document read from XML: the article (text inside `<TEXT>`, date from `<DCT>`) and the
/// gold TIMEX3 annotations it carries (offsets into that text; the DCT is not among them).
public struct TimeMLDocument: Sendable {
    public var article: Article
    public var goldTimexes: [Timex]
}

/// Reads TimeML with a hand-written byte scanner (no XML parser): `<DOCID>`, the `<DCT>`'s
/// `TIMEX3 value`, and the `<TEXT>` element, whose tags are removed and entities decoded to give
/// the article text. TIMEX3 elements inside `<TEXT>` become gold timexes with Unicode-scalar offsets.
public enum TimeMLReader {
    public struct ReadError: Error, CustomStringConvertible { public var description: String }

    /// Reads a TimeML document; `id` is used when it has no `<DOCID>`.
    public static func read(_ xml: String, id: String) throws -> TimeMLDocument {
        let b = Array(xml.utf8)
        guard let textOpen = find(b, "<TEXT", from: 0), let textClose = find(b, "</TEXT>", from: textOpen) else {
            throw ReadError(description: "no <TEXT> element")
        }
        guard let textStart = indexOf(b[...], 0x3E, from: textOpen, to: textClose) else {
            throw ReadError(description: "unterminated <TEXT> tag")
        }
        var docID = id
        if let d = find(b, "<DOCID>", from: 0), d < textOpen, let e = find(b, "</DOCID>", from: d) {
            let raw = try decodeEntities(b[(d + 7)..<e])
            let trimmed = trimSpaces(raw)
            if !trimmed.isEmpty { docID = trimmed }
        }
        var published: String?
        if let d = find(b, "<DCT>", from: 0), let e = find(b, "</DCT>", from: d) {
            if let t = find(b, "<TIMEX3", from: d), t < e, let close = indexOf(b[...], 0x3E, from: t, to: e) {
                let attrs = try attributes(b[(t + 7)..<close])
                if let v = attrs["value"] { published = normalisedDate(v) }
            }
        }
        let (text, timexes) = try scanText(b[(textStart + 1)..<textClose], document: docID)
        let article = Article(id: docID, title: docID, published: published,
                              dateSource: published == nil ? nil : .metadata, text: text)
        return TimeMLDocument(article: article, goldTimexes: timexes)
    }

    /// A DCT value cut to a calendar date (`1998-01-08T10:00` → `1998-01-08`); other values kept.
    static func normalisedDate(_ v: String) -> String? {
        let u = Array(v.utf8)
        guard u.count >= 4, u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if let t = u.firstIndex(of: 0x54) { return String(decoding: u[..<t], as: UTF8.self) }
        return v
    }

    private static func scanText(_ s: ArraySlice<UInt8>, document: String) throws -> (String, [Timex]) {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var scalars = 0
        var open: [(start: Int, outByte: Int, attrs: [String: String])] = []
        var elementStack: [String] = []
        var timexes: [Timex] = []
        var i = s.startIndex
        func append(_ bytes: [UInt8]) {
            for c in bytes where c & 0xC0 != 0x80 { scalars += 1 }
            out.append(contentsOf: bytes)
        }
        while i < s.endIndex {
            let c = s[i]
            if c == 0x3C {  // <
                guard let close = indexOf(s, 0x3E, from: i, to: s.endIndex) else {
                    throw ReadError(description: "unterminated tag in <TEXT>")
                }
                var tag = s[(i + 1)..<close]
                if tag.first == 0x21 || tag.first == 0x3F { i = close + 1; continue }  // comment / PI
                let isClose = tag.first == 0x2F
                if isClose { tag = tag.dropFirst() }
                let selfClosing = tag.last == 0x2F
                if selfClosing { tag = tag.dropLast() }
                var nameEnd = tag.startIndex
                while nameEnd < tag.endIndex, !isSpace(tag[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: tag[tag.startIndex..<nameEnd], as: UTF8.self)
                guard !name.isEmpty else { throw ReadError(description: "empty tag name in <TEXT>") }
                if isClose {
                    guard let top = elementStack.popLast(), top == name else {
                        throw ReadError(description: "unbalanced </\(name)> in <TEXT>")
                    }
                    if name == "TIMEX3", let o = open.popLast() {
                        let text = String(decoding: out[o.outByte...], as: UTF8.self)
                        let type = TimexType(rawValue: o.attrs["type"] ?? "") ?? .date
                        timexes.append(Timex(id: o.attrs["tid"] ?? "t\(timexes.count + 1)", document: document,
                                             text: text, start: o.start, end: scalars, type: type,
                                             value: o.attrs["value"] ?? "", mod: o.attrs["mod"]))
                    }
                } else if !selfClosing {
                    elementStack.append(name)
                    if name == "TIMEX3" {
                        open.append((scalars, out.count, try attributes(tag[nameEnd...])))
                    }
                }
                i = close + 1
            } else if c == 0x26 {  // &
                guard let semi = indexOf(s, 0x3B, from: i, to: min(s.endIndex, i + 12)) else {
                    throw ReadError(description: "bad entity in <TEXT>")
                }
                append(try entity(s[(i + 1)..<semi]))
                i = semi + 1
            } else {
                if c & 0xC0 != 0x80 { scalars += 1 }
                out.append(c)
                i += 1
            }
        }
        guard elementStack.isEmpty else { throw ReadError(description: "unclosed <\(elementStack.last ?? "")> in <TEXT>") }
        timexes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw ReadError(description: "invalid UTF-8 in <TEXT>")
        }
        return (text, timexes)
    }

    /// Decodes one entity body (between `&` and `;`) to UTF-8 bytes.
    private static func entity(_ e: ArraySlice<UInt8>) throws -> [UInt8] {
        let name = String(decoding: e, as: UTF8.self)
        switch name {
        case "amp": return [0x26]
        case "lt": return [0x3C]
        case "gt": return [0x3E]
        case "quot": return [0x22]
        case "apos": return [0x27]
        default:
            var code: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") { code = UInt32(name.dropFirst(2), radix: 16) }
            else if name.hasPrefix("#") { code = UInt32(name.dropFirst(), radix: 10) }
            guard let v = code, v != 0, let scalar = Unicode.Scalar(v) else {
                throw ReadError(description: "unknown entity &\(name);")
            }
            return Array(String(scalar).utf8)
        }
    }

    private static func decodeEntities(_ s: ArraySlice<UInt8>) throws -> String {
        var out: [UInt8] = []
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == 0x26, let semi = indexOf(s, 0x3B, from: i, to: min(s.endIndex, i + 12)) {
                out += try entity(s[(i + 1)..<semi])
                i = semi + 1
            } else {
                out.append(s[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `name="value"` pairs (single or double quotes).
    private static func attributes(_ s: ArraySlice<UInt8>) throws -> [String: String] {
        var attrs: [String: String] = [:]
        var i = s.startIndex
        while i < s.endIndex {
            while i < s.endIndex, isSpace(s[i]) { i += 1 }
            guard i < s.endIndex else { break }
            if s[i] == 0x2F { i += 1; continue }
            let nameStart = i
            while i < s.endIndex, s[i] != 0x3D, !isSpace(s[i]) { i += 1 }
            let name = String(decoding: s[nameStart..<i], as: UTF8.self)
            while i < s.endIndex, isSpace(s[i]) { i += 1 }
            guard i < s.endIndex, s[i] == 0x3D else { throw ReadError(description: "attribute \(name) without value") }
            i += 1
            while i < s.endIndex, isSpace(s[i]) { i += 1 }
            guard i < s.endIndex, s[i] == 0x22 || s[i] == 0x27 else { throw ReadError(description: "unquoted attribute \(name)") }
            let quote = s[i]
            i += 1
            let valueStart = i
            while i < s.endIndex, s[i] != quote { i += 1 }
            guard i < s.endIndex else { throw ReadError(description: "unterminated attribute \(name)") }
            attrs[name] = try decodeEntities(s[valueStart..<i])
            i += 1
        }
        return attrs
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    private static func trimSpaces(_ s: String) -> String {
        let u = Array(s.utf8)
        var lo = 0, hi = u.count
        while lo < hi, isSpace(u[lo]) { lo += 1 }
        while hi > lo, isSpace(u[hi - 1]) { hi -= 1 }
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }

    private static func indexOf(_ b: ArraySlice<UInt8>, _ c: UInt8, from: Int, to: Int) -> Int? {
        var i = max(from, b.startIndex)
        let end = min(to, b.endIndex)
        while i < end { if b[i] == c { return i }; i += 1 }
        return nil
    }

    private static func find(_ b: [UInt8], _ needle: StaticString, from: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        return needle.withUTF8Buffer { nb -> Int? in
            guard n > 0, b.count >= n else { return nil }
            var i = max(from, 0)
            while i <= b.count - n {
                if b[i] == nb[0] {
                    var k = 1
                    while k < n, b[i + k] == nb[k] { k += 1 }
                    if k == n { return i }
                }
                i += 1
            }
            return nil
        }
    }
}
