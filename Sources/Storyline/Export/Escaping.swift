/// Escaping for every format article text reaches. Article text is data, never markup.
public enum Escaping {
    /// Text for XML/HTML element content and attribute values (`&`, `<`, `>`, `"`, `'` escaped;
    /// control characters other than tab and newline dropped, as XML 1.0 forbids them).
    public static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0x7F || (u.value >= 0xFFFE && u.value <= 0xFFFF) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A DOT double-quoted string, quotes included. Backslashes are doubled (so Graphviz escapes
    /// like `\N` or `\G` stay literal), quotes escaped, line breaks become `\n`, control characters
    /// and U+FFFE/U+FFFF dropped.
    public static func dotQuoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                // Control characters and the noncharacters U+FFFE/U+FFFF, which SVG (XML) cannot hold.
                if u.value < 0x20 || u.value == 0x7F || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        out += "\""
        return out
    }

    /// A DOT double-quoted string for text attributes (labels, tooltips): `dotQuoted`, and `&`
    /// written as `&amp;`, because Graphviz decodes HTML entities in label text (`&#1;` would
    /// otherwise become a control character in SVG, `&lt;` a `<`).
    public static func dotText(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return dotQuoted(s) }
        var t = ""
        t.reserveCapacity(s.utf8.count + 8)
        for u in s.unicodeScalars {
            if u == "&" { t += "&amp;" } else { t.unicodeScalars.append(u) }
        }
        return dotQuoted(t)
    }
}
