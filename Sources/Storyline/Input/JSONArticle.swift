import Foundation

/// Articles given as JSON: an object `{"id", "title", "date", "url", "text"}` (only `text` is
/// required; `published` may stand for `date`, `link` for `url`; other keys are ignored), an
/// array of such objects, or JSON Lines with one object per line.
enum JSONArticle {
    struct Fields {
        var id: String?
        var title: String?
        var date: String?
        var url: String?
        var text: String
    }

    /// Parses JSON bytes into a dictionary or an array of them.
    static func parse(_ data: Data) throws(ReadProblem) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ReadProblem(problem: "not valid JSON (\(describe(error)))")
        }
    }

    /// Reads the article fields of one JSON object; wrong types give one clear line.
    static func fields(_ value: Any) throws(ReadProblem) -> Fields {
        guard let object = value as? [String: Any] else {
            throw ReadProblem(problem: "expected a JSON object with a \"text\" field, found \(typeName(value))")
        }
        if let schema = object["schema"] as? String, schema.hasPrefix("storyline/") {
            throw ReadProblem(problem: "this is a storyline document (extract output), not an article; diff and merge read those")
        }
        func string(_ keys: [String]) throws(ReadProblem) -> String? {
            for key in keys {
                guard let v = object[key] else { continue }
                if v is NSNull { return nil }
                guard let s = v as? String else {
                    throw ReadProblem(problem: "field \"\(key)\" must be a string, found \(typeName(v))")
                }
                return s
            }
            return nil
        }
        let id = try string(["id"])
        let title = try string(["title"])
        let date = try string(["date", "published"])
        let url = try string(["url", "link"])
        guard let text = try string(["text"]) else {
            throw ReadProblem(problem: "the JSON object has no \"text\" field")
        }
        return Fields(id: id, title: title, date: date, url: url, text: text)
    }

    static func typeName(_ v: Any) -> String {
        switch v {
        case is NSNull: return "null"
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case let n as NSNumber:
            // JSONSerialization gives booleans as NSNumber too.
            let text = "\(n)"
            return String(cString: n.objCType) == "c" || text == "true" || text == "false" ? "a boolean" : "a number"
        default: return "a \(type(of: v))"
        }
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "\(ns.localizedDescription)"
    }
}
