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
/// A storyline document is recognised by `"schema": "storyline/1"` and read with `JSONWriter.read`;
/// everything else goes to `ArticleReader` (text, Markdown, HTML, TimeML, JSON articles). JSON Lines
/// (`.jsonl`/`.ndjson`, or several JSON objects one per line) may mix storyline documents and
/// article objects `{"id","title","date","url","text"}`.
public enum CompareInput {
    /// Largest single document or line, in bytes.
    public static let maxItemBytes = 64 << 20

    /// Calls `each` for every item of the input at `path` (`-` for standard input), in order, with
    /// its name (`file`, or `file:LINE` for JSON Lines). Errors are per item.
    public static func read(path: String, each: (String, Result<CompareItem, CompareInputError>) -> Void) {
        var handle = FileHandle.standardInput
        if path != "-" {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                  let h = FileHandle(forReadingAtPath: path) else {
                // The article reader names the problem (missing, a directory, unreadable).
                return articles(ArticleReader.read(path: path), each)
            }
            handle = h
        }
        defer { if path != "-" { try? handle.close() } }
        let ext = path == "-" ? nil : (URL(fileURLWithPath: path).pathExtension.isEmpty ? nil : URL(fileURLWithPath: path).pathExtension)
        if ext == "jsonl" || ext == "ndjson" {
            var number = 0
            readLines(handle) { line in
                number += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                one(line, name: "\(path):\(number)", id: "\(ArticleReader.stem(path))-\(number)", ext: "json", each)
            }
            return
        }
        var data = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            if data.count > maxItemBytes {
                return each(path, .failure(CompareInputError("\(path): larger than \(maxItemBytes >> 20) MiB")))
            }
        }
        // Storyline documents one per line without a .jsonl name.
        if data.first == UInt8(ascii: "{"), let lines = jsonLines(data), lines.contains(where: isStorylineDocument) {
            for (k, line) in lines.enumerated() {
                one(line, name: "\(path):\(k + 1)", id: "\(ArticleReader.stem(path))-\(k + 1)", ext: "json", each)
            }
            return
        }
        one(data, name: path, id: ArticleReader.stem(path), ext: ext, each)
    }

    /// One storyline document, or the articles `ArticleReader` finds in the bytes.
    static func one(_ data: Data, name: String, id: String, ext: String?,
                    _ each: (String, Result<CompareItem, CompareInputError>) -> Void) {
        guard data.count <= maxItemBytes else {
            return each(name, .failure(CompareInputError("\(name): larger than \(maxItemBytes >> 20) MiB")))
        }
        if isStorylineDocument(data) {
            do { return each(name, .success(.document(try JSONWriter.read(data)))) } catch {
                return each(name, .failure(CompareInputError("\(name): not a valid storyline document (\(shortDescription(error)))")))
            }
        }
        articles(ArticleReader.read(data: data, name: name, id: id, pathExtension: ext), each)
    }

    static func articles(_ inputs: [ArticleInput], _ each: (String, Result<CompareItem, CompareInputError>) -> Void) {
        for input in inputs {
            switch input.result {
            case .success(let a): each(input.name, .success(.article(a)))
            case .failure(let e): each(input.name, .failure(CompareInputError(e.description)))
            }
        }
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

    /// True when the bytes are a JSON object declaring `"schema": "storyline/1"`.
    static func isStorylineDocument(_ data: Data) -> Bool {
        guard data.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") else { return false }
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
}
