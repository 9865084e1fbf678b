/// Markdown with optional YAML-style front matter:
///
/// ```
/// ---
/// title: Huawei Admits Defeat And Withdraws From US Market
/// date: 2013-12-04
/// url: https://example.com/story
/// ---
/// Article text …
/// ```
///
/// Only flat `key: value` lines are read (`title`, `date` or `published`, `url` or `link`, `id`);
/// other keys are ignored, values may be quoted. The article text is the body after the closing
/// `---` (or `...`) line, unchanged (Markdown markup is kept as written).
enum FrontMatter {
    struct Parsed {
        var fields: [String: String] = [:]
        /// The body: everything after the front matter.
        var body: Substring
    }

    /// True when `text` starts with a `---` line.
    static func starts(_ text: String) -> Bool {
        text.hasPrefix("---\n") || text.hasPrefix("---\r\n")
    }

    /// Splits front matter from the body. Text without front matter is all body.
    static func parse(_ text: String) throws(ReadProblem) -> Parsed {
        guard starts(text) else { return Parsed(body: text[...]) }
        var fields: [String: String] = [:]
        var lineStart = text.utf8.index(text.startIndex, offsetBy: text.hasPrefix("---\r\n") ? 5 : 4)
        var lineNumber = 2
        let utf8 = text.utf8
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var line = text[lineStart..<lineEnd]
            if line.hasSuffix("\r") { line = line.dropLast() }
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if line == "---" || line == "..." {
                return Parsed(fields: fields, body: text[next...])
            }
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") {
                let key = line[..<colon].trimmingSpaces.lowercased()
                let value = unquote(line[line.index(after: colon)...].trimmingSpaces)
                if !key.isEmpty && fields[key] == nil && !value.isEmpty { fields[key] = value }
            } else if !line.trimmingSpaces.isEmpty && !line.hasPrefix("#") && !line.hasPrefix(" ") && !line.hasPrefix("-") {
                throw ReadProblem(problem: "front matter line \(lineNumber) is not `key: value`")
            }
            lineStart = next
            lineNumber += 1
        }
        throw ReadProblem(problem: "front matter opened by `---` on line 1 is never closed by a `---` line")
    }

    private static func unquote(_ s: Substring) -> String {
        if s.count >= 2, let f = s.first, let l = s.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            return String(s.dropFirst().dropLast())
        }
        return String(s)
    }
}

/// What is wrong with an input, as one line (the input name is added by `ArticleReader`).
struct ReadProblem: Error {
    var problem: String
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: Substring {
        let s = self[...]
        guard let first = s.firstIndex(where: { !$0.isWhitespace }),
              let last = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return Substring(s[first...last])
    }
}
