import Foundation

/// One input of `diff` or `merge`: a storyline document written by `extract`, or an article to extract.
public enum CompareItem: Sendable {
    case document(StorylineDocument)
    case article(Article)

    /// The storyline document of the item (articles go through the pipeline).
    public func document(pipeline: Pipeline = Pipeline()) -> StorylineDocument {
        switch self {
        case .document(let d): return d
        case .article(let a): return pipeline.extract(a)
        }
    }
}

/// A problem with one input, named.
public struct CompareInputError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads the inputs of `diff` and `merge`, streaming JSON Lines one line at a time.
///
/// A storyline document is recognised by `"schema": "storyline/1"` and read with `JSONWriter.read`.
/// JSON Lines (`.jsonl` or several JSON objects on lines) hold storyline documents or article
/// objects `{"id","title","date","url","text"}`. Anything else is read as an article.
public enum CompareInput {
    /// Largest single document or line, in bytes.
    public static let maxItemBytes = 64 << 20

    /// Calls `each` for every item of the input at `path` (`-` for standard input), in order, with
    /// its name (`file`, or `file:LINE` for JSON Lines). Errors are per item.
    public static func read(path: String, each: (String, Result<CompareItem, CompareInputError>) -> Void) {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                return each(path, .failure(CompareInputError("\(path): no such file")))
            }
            guard !isDir.boolValue else { return each(path, .failure(CompareInputError("\(path): is a directory"))) }
            guard let h = FileHandle(forReadingAtPath: path) else {
                return each(path, .failure(CompareInputError("\(path): cannot be read")))
            }
            handle = h
        }
        defer { if path != "-" { try? handle.close() } }
        let isLines = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
        if isLines {
            var number = 0
            readLines(handle) { line in
                number += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                each("\(path):\(number)", item(line, name: "\(path):\(number)", allowLines: false))
            }
            return
        }
        var data = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            if data.count > maxItemBytes { return each(path, .failure(CompareInputError("\(path): larger than \(maxItemBytes >> 20) MiB"))) }
        }
        // Several JSON objects on lines without a .jsonl name.
        if data.first == UInt8(ascii: "{"), let split = jsonLines(data) {
            for (k, line) in split.enumerated() { each("\(path):\(k + 1)", item(line, name: "\(path):\(k + 1)", allowLines: false)) }
            return
        }
        each(path, item(data, name: path, allowLines: true))
    }

    /// Splits bytes into lines when every non-empty line is a JSON object and there are two or more.
    static func jsonLines(_ data: Data) -> [Data]? {
        let lines = data.split(separator: 0x0A).filter { $0.contains { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 } }
        guard lines.count > 1, lines.allSatisfy({ $0.first == UInt8(ascii: "{") }) else { return nil }
        return lines.map { Data($0) }
    }

    /// Reads a handle line by line in 1 MiB chunks; memory holds one chunk and one line.
    static func readLines(_ handle: FileHandle, _ line: (Data) -> Void) {
        var pending = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                line(Data(pending[start..<nl]))
                start = pending.index(after: nl)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { line(pending) }
    }

    /// One item from bytes.
    static func item(_ data: Data, name: String, allowLines: Bool) -> Result<CompareItem, CompareInputError> {
        guard data.count <= maxItemBytes else { return .failure(CompareInputError("\(name): larger than \(maxItemBytes >> 20) MiB")) }
        guard let text = String(validatingUTF8Data: data) else { return .failure(CompareInputError("\(name): not valid UTF-8")) }
        guard text.contains(where: { !$0.isWhitespace }) else { return .failure(CompareInputError("\(name): empty input")) }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.first == "{" {
            if isStorylineDocument(data) {
                do { return .success(.document(try JSONWriter.read(data))) } catch {
                    return .failure(CompareInputError("\(name): not a valid storyline document (\(shortDescription(error)))"))
                }
            }
            if let article = jsonArticle(data, name: name) { return .success(.article(article)) }
            return .failure(CompareInputError("\(name): JSON is neither a storyline document nor an article object"))
        }
        return plainTextArticle(text, name: name).map { .article($0) }
    }

    /// True when the JSON object declares `"schema": "storyline/1"`.
    static func isStorylineDocument(_ data: Data) -> Bool {
        struct Probe: Decodable { var schema: String? }
        return (try? JSONDecoder().decode(Probe.self, from: data))?.schema == "storyline/1"
    }

    static func shortDescription(_ error: Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case .keyNotFound(let k, _): return "missing \(k.stringValue)"
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
                return c.codingPath.map(\.stringValue).joined(separator: ".") + ": " + c.debugDescription
            @unknown default: return "\(e)"
            }
        }
        return "\(error)"
    }

    /// Article object `{"id","title","date","url","text"}`.
    /// TEMPORARY reader until the shared `Input/` article reader is merged (the lead replaces it).
    static func jsonArticle(_ data: Data, name: String) -> Article? {
        struct Object: Decodable { var id: String?; var title: String?; var date: String?; var url: String?; var text: String? }
        guard let o = try? JSONDecoder().decode(Object.self, from: data), let text = o.text,
              text.contains(where: { !$0.isWhitespace }) else { return nil }
        let id = o.id ?? stem(name)
        return Article(id: id, title: o.title ?? id, url: o.url, published: o.date,
                       dateSource: o.date == nil ? nil : .metadata, text: text)
    }

    /// Plain-text article: the first non-empty line is the title, the file stem the id.
    /// TEMPORARY reader until the shared `Input/` article reader is merged (the lead replaces it).
    static func plainTextArticle(_ text: String, name: String) -> Result<Article, CompareInputError> {
        if text.unicodeScalars.contains(where: { $0.value == 0 }) { return .failure(CompareInputError("\(name): binary input")) }
        let title = text.split(separator: "\n").first { $0.contains { !$0.isWhitespace } }.map {
            $0.trimmingCharacters(in: .whitespaces)
        } ?? ""
        return .success(Article(id: stem(name), title: title, text: text))
    }

    /// `dir/story.txt` → `story`; `file.jsonl:3` → `file-3`.
    static func stem(_ name: String) -> String {
        let base = (name as NSString).lastPathComponent
        let parts = base.split(separator: ":")
        let file = parts.first.map(String.init) ?? base
        let noExt = (file as NSString).deletingPathExtension
        return parts.count > 1 ? "\(noExt)-\(parts[1])" : (noExt.isEmpty ? "stdin" : noExt)
    }
}

extension String {
    /// The string when the bytes are valid UTF-8 (a byte-order mark dropped); nil otherwise.
    init?(validatingUTF8Data data: Data) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let s = String(bytes: bytes, encoding: .utf8) else { return nil }
        self = s
    }
}
