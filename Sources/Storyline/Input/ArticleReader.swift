import Foundation

/// Input formats `ArticleReader` understands.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text: the first non-empty line is the title, the whole input is the text.
    case text
    /// Markdown with optional YAML-style front matter (`title:`, `date:`, `url:`, `id:`).
    case markdown
    /// HTML: the visible text; title, date and URL from the head's meta tags.
    case html
    /// TimeML: the text inside `<TEXT>`, the date from `<DCT>`.
    case timeml
    /// A JSON object `{"id","title","date","url","text"}` or an array of them.
    case json
    /// JSON Lines: one such object per line.
    case jsonl

    /// The format a file name extension names (`md`, `html`, `tml`, `jsonl`, …), if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "tml", "timeml": self = .timeml
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }
}

/// Limits and choices for reading inputs.
public struct ReadOptions: Sendable {
    /// Largest input for one article, in bytes (default 10 MiB). A bigger file is refused
    /// before it is read; for JSON Lines the limit applies to each line.
    public var maxArticleBytes: Int
    /// Largest JSON Lines file, in bytes (default 1 GiB).
    public var maxInputBytes: Int
    /// Read every input as this format instead of detecting it.
    public var format: InputFormat?

    public static let defaultMaxArticleBytes = 10 << 20

    public init(maxArticleBytes: Int = ReadOptions.defaultMaxArticleBytes, maxInputBytes: Int = 1 << 30,
                format: InputFormat? = nil) {
        self.maxArticleBytes = maxArticleBytes
        self.maxInputBytes = maxInputBytes
        self.format = format
    }
}

/// One article read from an input, or why it could not be read. A JSON Lines file gives one
/// per line, so a broken line fails alone.
public struct ArticleInput: Sendable {
    /// The input as the user named it; `file.jsonl:3` for line 3, `file.json[2]` for an array element.
    public var name: String
    public var result: Result<Article, InputError>
}

/// Reads articles from files, standard input or bytes, detecting the format by extension and
/// content (see `InputFormat`).
///
/// ```swift
/// for input in ArticleReader.read(path: "story.md") {
///     switch input.result {
///     case .success(let article): print(Pipeline().extract(article).timeline.map(\.headline))
///     case .failure(let error): print(error)   // "story.md: not valid UTF-8 (byte 0xff at offset 12); …"
///     }
/// }
/// ```
///
/// Text must be UTF-8 (a byte-order mark is dropped); UTF-16 with a byte-order mark is decoded
/// best effort; anything else that is not valid UTF-8, NUL bytes, empty or whitespace-only
/// articles and inputs over `ReadOptions.maxArticleBytes` are errors. Named pipes and `-`
/// (standard input) are read as streams up to the same limits.
public enum ArticleReader {
    /// Reads the articles of a file, or of standard input for `-`. Never throws: problems are
    /// returned as failed entries naming the input.
    public static func read(path: String, options: ReadOptions = ReadOptions()) -> [ArticleInput] {
        let ext = path == "-" ? nil : pathExtension(path)
        let data: Data
        do {
            data = try load(path: path, pathExtension: ext, options: options)
        } catch {
            return [ArticleInput(name: path, result: .failure(InputError(input: path, problem: error.problem)))]
        }
        return read(data: data, name: path, id: stem(path), pathExtension: ext, options: options)
    }

    /// Reads the articles in `data`. `name` is used in error messages, `id` for the article
    /// (unless the input gives its own), `pathExtension` helps detect the format.
    public static func read(data: Data, name: String, id: String, pathExtension: String? = nil,
                            options: ReadOptions = ReadOptions()) -> [ArticleInput] {
        func fail(_ problem: String) -> [ArticleInput] {
            [ArticleInput(name: name, result: .failure(InputError(input: name, problem: problem)))]
        }
        if data.isEmpty { return fail(name == "-" ? "empty input" : "empty file") }
        // JSON Lines in UTF-8 are split before decoding, so a bad line fails alone.
        let isUTF16 = data.count >= 2 && ((data[data.startIndex] == 0xFF && data[data.startIndex + 1] == 0xFE)
                                          || (data[data.startIndex] == 0xFE && data[data.startIndex + 1] == 0xFF))
        if !isUTF16 && (options.format ?? detectFormat(data.prefix(1 << 20).withUnsafeBytes { [UInt8]($0) }, pathExtension: pathExtension)) == .jsonl {
            return readJSONLines(data, name: name, id: id, options: options)
        }
        let text: String
        do {
            text = try TextDecoding.decode(data)
        } catch let problem as TextDecoding.Problem {
            return fail(problem.message)
        } catch {
            return fail("\(error)")
        }
        let format = options.format ?? detectFormat(Self.head(of: text, bytes: 4096), pathExtension: pathExtension)
        switch format {
        case .jsonl:
            return readJSONLines(Data(text.utf8), name: name, id: id, options: options)
        case .json:
            let parsed: JSONArticle.Value
            do {
                parsed = try JSONArticle.parse(text)
            } catch {
                if pathExtension?.lowercased() == "json" && options.format == nil && looksLikeJSONLines(text) {
                    return readJSONLines(Data(text.utf8), name: name, id: id, options: options)
                }
                return fail(error.problem)
            }
            if case .array(let array) = parsed {
                if array.isEmpty { return fail("the JSON array holds no articles") }
                return array.enumerated().map { index, element in
                    let elementName = "\(name)[\(index)]"
                    return ArticleInput(name: elementName, result: Result {
                        try article(fromJSON: element, id: "\(id)-\(index + 1)", options: options)
                    }.mapError { InputError(input: elementName, problem: ($0 as? ReadProblem)?.problem ?? "\($0)") })
                }
            }
            return single(name) { try article(fromJSON: parsed, id: id, options: options) }
        default:
            if data.count > options.maxArticleBytes { return fail(tooLarge(data.count, options)) }
            return single(name) { try article(text, format: format, id: id) }
        }
    }

    /// The first `bytes` UTF-8 bytes of `text`, copied in one go when its storage is contiguous
    /// (`Array(text.utf8.prefix(n))` copies byte by byte).
    static func head(of text: String, bytes: Int) -> [UInt8] {
        text.utf8.withContiguousStorageIfAvailable { Array($0.prefix(bytes)) } ?? Array(text.utf8.prefix(bytes))
    }

    /// The format of an input from its extension, else from its first bytes.
    public static func detectFormat(_ head: [UInt8], pathExtension: String?) -> InputFormat {
        var start = 0
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { start = 3 }
        let fromExtension = pathExtension.flatMap(InputFormat.init(pathExtension:))
        if let f = fromExtension, f != .text { return f }
        let isFrontMatter = head[start...].starts(with: Array("---\n".utf8)) || head[start...].starts(with: Array("---\r\n".utf8))
        if fromExtension == .text { return isFrontMatter ? .markdown : .text }
        var i = start
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        guard i < head.count else { return .text }
        switch head[i] {
        case 0x7B: // {
            return looksLikeJSONLines(head[i...]) ? .jsonl : .json
        case 0x5B: // [
            return .json
        case 0x3C: // <
            let lowered = String(decoding: head[i...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            if lowered.contains("<timeml") || (lowered.contains("<dct>") && lowered.contains("<text>")) { return .timeml }
            return .html
        default:
            return isFrontMatter ? .markdown : .text
        }
    }

    // MARK: - Building articles

    private static func single(_ name: String, _ make: () throws -> Article) -> [ArticleInput] {
        do {
            return [ArticleInput(name: name, result: .success(try make()))]
        } catch {
            return [ArticleInput(name: name, result: .failure(InputError(input: name, problem: error.problem)))]
        }
    }

    /// An article from decoded text of a non-JSON format.
    static func article(_ text: String, format: InputFormat, id: String) throws -> Article {
        switch format {
        case .markdown:
            let parsed = try FrontMatter.parse(text)
            let body = String(parsed.body)
            try requireText(body)
            let date = try metadataDate(parsed.fields["date"] ?? parsed.fields["published"], field: "front matter date")
            let title = parsed.fields["title"] ?? firstLine(body, stripping: "#")
            return Article(id: parsed.fields["id"] ?? id, title: title, url: parsed.fields["url"] ?? parsed.fields["link"],
                           published: date, dateSource: date == nil ? nil : .metadata, text: body)
        case .html:
            let page = HTMLReader.read(text)
            guard !TextDecoding.isBlank(page.text) else { throw ReadProblem(problem: "the HTML page has no visible text") }
            return Article(id: id, title: page.title ?? firstLine(page.text, stripping: nil), url: page.url,
                           published: page.date, dateSource: page.date == nil ? nil : .metadata, text: page.text)
        case .timeml:
            let document: TimeMLDocument
            do {
                document = try TimeMLReader.read(text, id: id)
            } catch {
                throw ReadProblem(problem: "TimeML: \(error)")
            }
            try requireText(document.article.text)
            return document.article
        case .json, .jsonl:
            return try article(fromJSON: try JSONArticle.parse(text), id: id, options: ReadOptions())
        case .text:
            try requireText(text)
            return Article(id: id, title: firstLine(text, stripping: nil), text: text)
        }
    }

    static func article(fromJSON value: JSONArticle.Value, id: String, options: ReadOptions) throws -> Article {
        let f = try JSONArticle.fields(value)
        if f.text.utf8.count > options.maxArticleBytes { throw ReadProblem(problem: tooLarge(f.text.utf8.count, options)) }
        try requireText(f.text)
        let date = try metadataDate(f.date, field: "field \"date\"")
        // Each given field is trimmed once (by Characters, so it is not cheap).
        let title = f.title.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : String($0) } ?? firstLine(f.text, stripping: nil)
        var articleID = id
        if let given = f.id?.trimmingSpaces, !given.isEmpty { articleID = String(given) }
        return Article(id: articleID, title: title, url: f.url, published: date,
                       dateSource: date == nil ? nil : .metadata, text: f.text)
    }

    /// One article per non-blank line; each line is decoded and parsed on its own.
    private static func readJSONLines(_ data: Data, name: String, id: String, options: ReadOptions) -> [ArticleInput] {
        var results: [ArticleInput] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { lineStart = 3 }
            var lineNumber = 0
            while lineStart < bytes.count {
                lineNumber += 1
                let lineEnd = nextNewline(bytes, from: lineStart)
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let lineName = "\(name):\(lineNumber)"
                let result = Result { () throws -> Article in
                    if line.count > options.maxArticleBytes { throw ReadProblem(problem: tooLarge(line.count, options)) }
                    if let problem = TextDecoding.firstProblem(line) { throw problem }
                    return try article(fromJSON: try JSONArticle.parse(line), id: "\(id)-\(lineNumber)", options: options)
                }.mapError { InputError(input: lineName, problem: $0.problem) }
                results.append(ArticleInput(name: lineName, result: result))
            }
        }
        if results.isEmpty {
            return [ArticleInput(name: name, result: .failure(InputError(input: name, problem: "no text: the input is whitespace only")))]
        }
        return results
    }

    /// The index of the first newline at or after `start`, or the end: memchr, as a search byte
    /// by byte cost about 5 instructions per byte of every JSON line.
    private static func nextNewline(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// True when the first line is a complete `{…}` object and more follows: JSON Lines rather
    /// than one (pretty-printed) JSON object.
    static func looksLikeJSONLines<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return false }
        var last: UInt8 = 0
        for b in bytes[..<newline] where b != 0x20 && b != 0x09 && b != 0x0D { last = b }
        guard last == 0x7D else { return false }
        return bytes[bytes.index(after: newline)...].contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }
    }

    static func looksLikeJSONLines(_ text: String) -> Bool { looksLikeJSONLines(text.utf8) }

    private static func requireText(_ text: String) throws {
        if TextDecoding.isBlank(text) {
            throw ReadProblem(problem: text.isEmpty ? "no text: the article is empty" : "no text: the article is whitespace only")
        }
    }

    private static func metadataDate(_ value: String?, field: String) throws -> String? {
        guard let value, !value.trimmingSpaces.isEmpty else { return nil }
        guard let date = PublicationDate.normalize(value) else {
            throw ReadProblem(problem: "\(field) \"\(value.prefix(40))\" is not a date (YYYY-MM-DD)")
        }
        return date
    }

    /// The first non-empty line, trimmed, at most 200 characters; `stripping` removes a leading
    /// run of that character (Markdown `#`).
    static func firstLine(_ text: String, stripping: Character?) -> String {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var line = text[start..<end].prefix(400).trimmingSpaces
            if let strip = stripping {
                while line.first == strip { line = line.dropFirst() }
                line = line.trimmingSpaces
            }
            if !line.isEmpty { return String(line.prefix(200)) }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return ""
    }

    // MARK: - Reading bytes

    /// The bytes of a file or stream, refusing directories, unreadable files and inputs over
    /// the limits before reading them all.
    static func load(path: String, pathExtension: String?, options: ReadOptions) throws -> Data {
        if path == "-" { return try readStream(fd: 0, pathExtension: nil, options: options) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw ReadProblem(problem: errnoMessage(errno)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw ReadProblem(problem: "is a directory, not a file") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadProblem(problem: errnoMessage(errno)) }
        defer { close(fd) }
        if kind == S_IFREG {
            let size = Int(info.st_size)
            if size > options.maxArticleBytes {
                var head = [UInt8](repeating: 0, count: min(size, 1 << 20))
                let got = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
                head.removeLast(head.count - max(0, got))
                let format = options.format ?? detectFormat(head, pathExtension: pathExtension)
                if format != .jsonl || size > options.maxInputBytes { throw ReadProblem(problem: tooLarge(size, options)) }
            }
        }
        return try readStream(fd: fd, pathExtension: pathExtension, options: options)
    }

    /// Reads to the end of `fd` in 1 MiB chunks; past `maxArticleBytes` only JSON Lines go on.
    private static func readStream(fd: Int32, pathExtension: String?, options: ReadOptions) throws -> Data {
        var data = Data()
        // Left uninitialised: zeroing 1 MiB per file cost more than reading a small article.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        var checkedFormat = false
        while true {
            let got = Glibc.read(fd, chunk.baseAddress, chunk.count)
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadProblem(problem: errnoMessage(errno))
            }
            if got == 0 { break }
            if let base = chunk.baseAddress { data.append(base.assumingMemoryBound(to: UInt8.self), count: got) }
            if data.count > options.maxArticleBytes && !checkedFormat {
                checkedFormat = true
                let format = options.format ?? detectFormat(data.prefix(1 << 20).withUnsafeBytes { [UInt8]($0) }, pathExtension: pathExtension)
                if format != .jsonl { throw ReadProblem(problem: "input is larger than the limit of \(megabytes(options.maxArticleBytes)) per article") }
            }
            if data.count > options.maxInputBytes {
                throw ReadProblem(problem: "input is larger than the limit of \(megabytes(options.maxInputBytes))")
            }
        }
        return data
    }

    private static func tooLarge(_ size: Int, _ options: ReadOptions) -> String {
        "too large: \(megabytes(size)), over the limit of \(megabytes(options.maxArticleBytes)) per article"
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 || mb == mb.rounded() ? "\(Int(mb.rounded())) MiB" : String(format: "%.1f MiB", mb)
    }

    private static func errnoMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a folder in the path is a file"
        case EISDIR: return "is a directory, not a file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// The file name without folders and extension (`Examples/a/story.md` → `story`); `stdin` for `-`.
    public static func stem(_ path: String) -> String {
        if path == "-" { return "stdin" }
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func pathExtension(_ path: String) -> String? {
        let ext = URL(fileURLWithPath: path).pathExtension
        return ext.isEmpty ? nil : ext
    }
}

private extension Error {
    /// The one-line problem of a read error.
    var problem: String {
        if let p = self as? ReadProblem { return p.problem }
        if let p = self as? TextDecoding.Problem { return p.message }
        return "\(self)"
    }
}
