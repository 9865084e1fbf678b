/// Reads the visible text of an HTML page and its metadata, in one pass over the UTF-8 bytes.
///
/// - Dropped with their content: `script`, `style`, `head`, `nav`, `noscript`, `template`, `svg`,
///   `math`, `iframe`, `object`, `canvas`, `aside`, `footer`, `button`, `select`, comments.
/// - Paragraph-like elements (`p`, `h1`–`h6`, `article`, `section`, `ul`, `table`, …) become a
///   blank line; `br`, `div`, `li`, `tr`, … a line break; table cells a space. Other whitespace is
///   collapsed to one space, as a browser shows it.
/// - Character references are decoded (`&amp;`, `&#8217;`, `&#x2019;`, common named ones);
///   `&nbsp;` becomes a space.
/// - Metadata: `og:title`, else `<title>`; the publication date from `article:published_time`,
///   `date`, `pubdate`, `dc.date`, `datePublished` and similar meta tags, else the first
///   `<time datetime>`; the URL from `<link rel="canonical">` or `og:url`.
///
/// No tree is built and nothing recurses, so deeply nested or broken markup costs nothing extra.
enum HTMLReader {
    struct Page {
        var text: String
        var title: String?
        var date: String?
        var url: String?
    }

    static func read(_ html: String) -> Page {
        var scanner = Scanner(bytes: Array(html.utf8))
        scanner.run()
        return scanner.page()
    }

    /// Elements dropped with everything inside them.
    static let droppedElements: Set<String> = [
        "head", "nav", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
        "aside", "footer", "button", "select",
    ]
    /// Elements whose content is raw text up to their end tag.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp"]
    /// Elements that start a new paragraph (blank line).
    static let paragraphElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "main", "blockquote",
        "pre", "table", "ul", "ol", "dl", "figure", "hr", "address", "fieldset", "details", "body",
    ]
    /// Elements that start a new line.
    static let lineElements: Set<String> = [
        "br", "div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary", "form", "legend", "option",
    ]
    /// Elements that separate words.
    static let spaceElements: Set<String> = ["td", "th", "img", "input", "label"]
    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]
    /// Meta tag names giving the publication date, best first.
    static let dateMetaNames: [String] = [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.date",
        "dcterms.created", "article.published", "published_time", "sailthru.date", "parsely-pub-date",
    ]
    static let dateMetaRank: [String: Int] = {
        var ranks: [String: Int] = [:]
        for (i, name) in dateMetaNames.enumerated() { ranks[name] = i }
        return ranks
    }()

    /// Named character references decoded (the ones news pages use; others stay as written).
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}",
        "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "euro": "\u{20AC}", "pound": "\u{00A3}",
        "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}", "para": "\u{00B6}", "middot": "\u{00B7}",
        "bull": "\u{2022}", "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}",
        "frac14": "\u{00BC}", "frac34": "\u{00BE}", "shy": "", "zwj": "", "zwnj": "", "thinsp": " ",
        "ensp": " ", "emsp": " ", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "aring": "å", "atilde": "ã",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "oacute": "ó", "ograve": "ò",
        "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø", "uacute": "ú", "ugrave": "ù",
        "ucirc": "û", "uuml": "ü", "ntilde": "ñ", "ccedil": "ç", "szlig": "ß", "Eacute": "É",
        "Aacute": "Á", "Oacute": "Ó", "Uacute": "Ú", "Ntilde": "Ñ", "Ccedil": "Ç", "Auml": "Ä",
        "Ouml": "Ö", "Uuml": "Ü",
    ]

    struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var out: [UInt8] = []
        /// 0 none, 1 line break, 2 blank line.
        var pendingBreak = 0
        var pendingSpace = false
        var dropDepth = 0
        var title: String?
        var ogTitle: String?
        var date: String?
        var dateRank = Int.max
        var timeDate: String?
        var canonicalURL: String?
        var ogURL: String?

        init(bytes: [UInt8]) {
            self.bytes = bytes
            out.reserveCapacity(bytes.count / 2)
        }

        func page() -> Page {
            Page(text: String(decoding: out, as: UTF8.self),
                 title: ogTitle ?? title,
                 date: date ?? timeDate,
                 url: canonicalURL ?? ogURL)
        }

        mutating func run() {
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x3C /* < */, i + 1 < n, let consumed = tag(at: i) {
                    i = consumed
                    continue
                }
                if dropDepth > 0 { i += 1; continue }
                if b == 0x26 /* & */ {
                    let (decoded, next) = entity(at: i)
                    i = next
                    for d in decoded { emit(d) }
                    continue
                }
                emit(b)
                i += 1
            }
        }

        private mutating func emit(_ b: UInt8) {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = true
                return
            }
            if !out.isEmpty {
                if pendingBreak > 0 {
                    out.append(0x0A)
                    if pendingBreak > 1 { out.append(0x0A) }
                } else if pendingSpace && out.last != 0x0A {
                    out.append(0x20)
                }
            }
            pendingBreak = 0
            pendingSpace = false
            out.append(b)
        }

        private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

        private func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

        /// Index just past the first `>` at or after `from`, or the end.
        private func pastGreater(_ from: Int) -> Int {
            var k = from
            while k < bytes.count && bytes[k] != 0x3E { k += 1 }
            return min(k + 1, bytes.count)
        }

        /// Handles markup starting at `<`; returns where scanning continues, or nil when the `<`
        /// is plain text.
        private mutating func tag(at start: Int) -> Int? {
            let n = bytes.count
            var k = start + 1
            let first = bytes[k]
            if first == 0x21 /* ! */ {
                if k + 2 < n && bytes[k + 1] == 0x2D && bytes[k + 2] == 0x2D {
                    // Comment: up to -->
                    var j = k + 3
                    while j + 2 < n && !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
                    return min(j + 3, n)
                }
                return pastGreater(k)
            }
            if first == 0x3F /* ? */ { return pastGreater(k) }
            var closing = false
            if first == 0x2F /* / */ { closing = true; k += 1 }
            guard k < n, isLetter(bytes[k]) else { return nil }
            var nameBytes: [UInt8] = []
            while k < n, isLetter(bytes[k]) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) || bytes[k] == 0x2D || bytes[k] == 0x3A {
                if nameBytes.count < 32 { nameBytes.append(lower(bytes[k])) }
                k += 1
            }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let (attributes, end, selfClosing) = attributesOf(from: k, wanted: !closing && HTMLReader.attributeTags.contains(name))
            if closing {
                if HTMLReader.droppedElements.contains(name) { dropDepth = max(0, dropDepth - 1) }
                breakFor(name)
                return end
            }
            if name == "body" { dropDepth = 0 }
            readMetadata(name, attributes)
            if HTMLReader.rawTextElements.contains(name) {
                let contentEnd = endOfRawText(name, from: end)
                if name == "title" {
                    if title == nil {
                        let raw = String(decoding: bytes[end..<contentEnd.contentEnd], as: UTF8.self)
                        let t = HTMLReader.collapse(HTMLReader.decodeEntities(raw))
                        if !t.isEmpty { title = t }
                    }
                } else if name == "textarea" || name == "xmp" {
                    if dropDepth == 0 {
                        let raw = String(decoding: bytes[end..<contentEnd.contentEnd], as: UTF8.self)
                        for b in HTMLReader.decodeEntities(raw).utf8 { emit(b) }
                    }
                }
                return contentEnd.next
            }
            if HTMLReader.droppedElements.contains(name) && !selfClosing && !HTMLReader.voidElements.contains(name) {
                dropDepth += 1
            }
            breakFor(name)
            return end
        }

        private mutating func breakFor(_ name: String) {
            guard dropDepth == 0 else { return }
            if HTMLReader.paragraphElements.contains(name) {
                pendingBreak = 2
            } else if HTMLReader.lineElements.contains(name) {
                pendingBreak = max(pendingBreak, 1)
            } else if HTMLReader.spaceElements.contains(name) {
                pendingSpace = true
            }
        }

        /// Where the content of a raw-text element ends (`</name`) and where scanning resumes.
        private func endOfRawText(_ name: String, from: Int) -> (contentEnd: Int, next: Int) {
            let needle = Array(("</" + name).utf8)
            let n = bytes.count
            var j = from
            while j + needle.count <= n {
                if bytes[j] == 0x3C {
                    var match = true
                    for m in 1..<needle.count where lower(bytes[j + m]) != needle[m] { match = false; break }
                    if match { return (j, pastGreater(j + needle.count)) }
                }
                j += 1
            }
            return (n, n)
        }

        /// Parses attributes up to the closing `>`; collects them only when `wanted`.
        private func attributesOf(from start: Int, wanted: Bool) -> ([String: String], Int, Bool) {
            let n = bytes.count
            var k = start
            var attributes: [String: String] = [:]
            var selfClosing = false
            while k < n {
                let b = bytes[k]
                if b == 0x3E { return (attributes, k + 1, selfClosing) }
                if b == 0x2F { selfClosing = true; k += 1; continue }
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { k += 1; continue }
                selfClosing = false
                var nameBytes: [UInt8] = []
                while k < n, bytes[k] != 0x3D, bytes[k] != 0x3E, bytes[k] != 0x20, bytes[k] != 0x09,
                      bytes[k] != 0x0A, bytes[k] != 0x0D, !(bytes[k] == 0x2F && k + 1 < n && bytes[k + 1] == 0x3E) {
                    if nameBytes.count < 64 { nameBytes.append(lower(bytes[k])) }
                    k += 1
                }
                if nameBytes.isEmpty { k += 1; continue }
                while k < n, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0A || bytes[k] == 0x0D { k += 1 }
                var value = ""
                if k < n, bytes[k] == 0x3D {
                    k += 1
                    while k < n, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0A || bytes[k] == 0x0D { k += 1 }
                    var valueStart = k, valueEnd = k
                    if k < n, bytes[k] == 0x22 || bytes[k] == 0x27 {
                        let quote = bytes[k]
                        valueStart = k + 1
                        k += 1
                        while k < n, bytes[k] != quote { k += 1 }
                        valueEnd = k
                        if k < n { k += 1 }
                    } else {
                        while k < n, bytes[k] != 0x20, bytes[k] != 0x3E, bytes[k] != 0x09, bytes[k] != 0x0A, bytes[k] != 0x0D { k += 1 }
                        valueEnd = k
                    }
                    if wanted && valueEnd - valueStart <= 4096 {
                        value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                    }
                }
                if wanted {
                    let key = String(decoding: nameBytes, as: UTF8.self)
                    if attributes[key] == nil { attributes[key] = HTMLReader.decodeEntities(value) }
                }
            }
            return (attributes, n, selfClosing)
        }

        private mutating func readMetadata(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "meta":
                guard let content = attributes["content"]?.trimmingSpaces, !content.isEmpty else { return }
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                if key == "og:title" || key == "twitter:title" {
                    if ogTitle == nil { ogTitle = HTMLReader.collapse(String(content)) }
                } else if key == "og:url" {
                    if ogURL == nil { ogURL = String(content) }
                } else if let rank = HTMLReader.dateMetaRank[key], rank < dateRank,
                          let d = PublicationDate.normalize(String(content)) {
                    date = d
                    dateRank = rank
                }
            case "link":
                if (attributes["rel"] ?? "").lowercased().split(separator: " ").contains("canonical"),
                   let href = attributes["href"], !href.isEmpty, canonicalURL == nil {
                    canonicalURL = href
                }
            case "time":
                if timeDate == nil, let dt = attributes["datetime"], let d = PublicationDate.normalize(dt) {
                    timeDate = d
                }
            default:
                break
            }
        }

        /// Decodes the character reference at `&`; returns its UTF-8 bytes and where to go on.
        private func entity(at start: Int) -> ([UInt8], Int) {
            let n = bytes.count
            var k = start + 1
            var nameBytes: [UInt8] = []
            while k < n, k - start <= 33, bytes[k] != 0x3B {
                let b = bytes[k]
                guard isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x23 else { return ([0x26], start + 1) }
                nameBytes.append(b)
                k += 1
            }
            guard k < n, bytes[k] == 0x3B, !nameBytes.isEmpty,
                  let decoded = HTMLReader.decodeReference(String(decoding: nameBytes, as: UTF8.self)) else {
                return ([0x26], start + 1)
            }
            return (Array(decoded.utf8), k + 1)
        }
    }

    /// Tags whose attributes are read.
    static let attributeTags: Set<String> = ["meta", "link", "time"]

    /// The text of a character reference name (`amp`, `#8217`, `#x2019`), or nil if unknown.
    static func decodeReference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let v = value else { return nil }
            if v == 0xA0 { return " " }
            guard v != 0, let scalar = Unicode.Scalar(v) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return namedEntities[name]
    }

    /// Decodes character references in a short string (titles, attribute values).
    static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(0x26) else { return s }
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(33).firstIndex(of: ";"), let decoded = decodeReference(String(after[..<semi])) {
                out += decoded
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    /// Collapses runs of whitespace to one space and trims (for short strings such as titles).
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
