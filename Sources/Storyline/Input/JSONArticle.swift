/// Articles given as JSON: an object `{"id", "title", "date", "url", "text"}` (only `text` is
/// required; `published` may stand for `date`, `link` for `url`; other keys are ignored), an
/// array of such objects, or JSON Lines with one object per line.
///
/// Read by `JSONByteReader`, which keeps only these fields and checks the rest of the document
/// the way Foundation's `JSONSerialization` did (same accepted inputs, same error messages).
enum JSONArticle {
    struct Fields {
        var id: String?
        var title: String?
        var date: String?
        var url: String?
        var text: String
    }

    /// A JSON value as far as articles care: an object's article fields, the elements of a
    /// top-level array, or the kind of anything else.
    enum Value {
        case object(Members)
        case array([Value])
        case other(JSONKind)
    }

    /// The keys an article object is read for.
    enum Key: Int, CaseIterable {
        case id, title, date, published, url, link, text, schema

        var name: String {
            switch self {
            case .id: "id"
            case .title: "title"
            case .date: "date"
            case .published: "published"
            case .url: "url"
            case .link: "link"
            case .text: "text"
            case .schema: "schema"
            }
        }

        /// The key spelled by `count` bytes at `p`, if it is one of these.
        static func named(_ p: UnsafePointer<UInt8>, _ count: Int) -> Key? {
            func equals(_ word: StaticString) -> Bool {
                guard word.utf8CodeUnitCount == count else { return false }
                let w = word.utf8Start
                for i in 0..<count where p[i] != w[i] { return false }
                return true
            }
            switch count {
            case 2: return equals("id") ? .id : nil
            case 3: return equals("url") ? .url : nil
            case 4:
                if equals("text") { return .text }
                if equals("date") { return .date }
                return equals("link") ? .link : nil
            case 5: return equals("title") ? .title : nil
            case 6: return equals("schema") ? .schema : nil
            case 9: return equals("published") ? .published : nil
            default: return nil
            }
        }
    }

    /// The value of one article key: a string, null, or something else (by its kind).
    enum FieldValue {
        case string(String)
        case null
        case other(JSONKind)
    }

    /// The article keys an object holds; a repeated key keeps its last value, as in Foundation.
    struct Members {
        private var values = [FieldValue?](repeating: nil, count: Key.allCases.count)

        subscript(key: Key) -> FieldValue? {
            get { values[key.rawValue] }
            set { values[key.rawValue] = newValue }
        }
    }

    /// Parses JSON bytes (a leading UTF-8 byte-order mark is skipped).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ReadProblem) -> Value {
        do {
            return try JSONByteReader.parse(bytes)
        } catch {
            throw ReadProblem(problem: "not valid JSON (\(error.message))")
        }
    }

    /// Parses the UTF-8 of `text`.
    static func parse(_ text: String) throws(ReadProblem) -> Value {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(ReadProblem) in try parse(bytes) } }.get()
    }

    /// Reads the article fields of one JSON object; wrong types give one clear line.
    static func fields(_ value: Value) throws(ReadProblem) -> Fields {
        guard case .object(let object) = value else {
            throw ReadProblem(problem: "expected a JSON object with a \"text\" field, found \(typeName(value))")
        }
        if case .string(let schema)? = object[.schema], schema.hasPrefix("storyline/") {
            throw ReadProblem(problem: "this is a storyline document (extract output), not an article; diff and merge read those")
        }
        func string(_ keys: [Key]) throws(ReadProblem) -> String? {
            for key in keys {
                switch object[key] {
                case nil: continue
                case .null?: return nil
                case .string(let s)?: return s
                case .other(let kind)?:
                    throw ReadProblem(problem: "field \"\(key.name)\" must be a string, found \(kind.typeName)")
                }
            }
            return nil
        }
        let id = try string([.id])
        let title = try string([.title])
        let date = try string([.date, .published])
        let url = try string([.url, .link])
        guard let text = try string([.text]) else {
            throw ReadProblem(problem: "the JSON object has no \"text\" field")
        }
        return Fields(id: id, title: title, date: date, url: url, text: text)
    }

    static func typeName(_ value: Value) -> String {
        switch value {
        case .object: return JSONKind.object.typeName
        case .array: return JSONKind.array.typeName
        case .other(let kind): return kind.typeName
        }
    }
}

/// The kind of a JSON value.
enum JSONKind: UInt8 {
    case string, number, boolean, null, array, object

    /// How error messages name it: "a string", "a number", "null", …
    var typeName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .boolean: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
