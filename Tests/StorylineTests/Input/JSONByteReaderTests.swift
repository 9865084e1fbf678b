import Foundation
import Testing
@testable import Storyline

/// The byte-level JSON reader behind `.json` / `.jsonl` input: differential tests against the
/// Foundation `JSONSerialization` code it replaced (kept below as the oracle), an example corpus
/// (input → fields) and a negative corpus (malformed input → the exact message).
@Suite struct JSONByteReaderTests {
    // MARK: - The oracle: JSONArticle as it was, on JSONSerialization

    enum FoundationOracle {
        static func outcome(_ bytes: [UInt8]) -> String {
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                let ns = error as NSError
                return "error: not valid JSON (\(ns.userInfo[NSDebugDescriptionErrorKey] as? String ?? ns.localizedDescription))"
            }
            if let array = value as? [Any] { return "array: " + array.map(fields).joined(separator: " | ") }
            return fields(value)
        }

        static func fields(_ value: Any) -> String {
            guard let object = value as? [String: Any] else {
                return "problem: expected a JSON object with a \"text\" field, found \(typeName(value))"
            }
            if let schema = object["schema"] as? String, schema.hasPrefix("storyline/") { return "problem: storyline document" }
            var problem: String?
            func string(_ keys: [String]) -> String? {
                for key in keys {
                    guard let v = object[key] else { continue }
                    if v is NSNull { return nil }
                    guard let s = v as? String else {
                        if problem == nil { problem = "field \"\(key)\" must be a string, found \(typeName(v))" }
                        return nil
                    }
                    return s
                }
                return nil
            }
            let id = string(["id"]), title = string(["title"]), date = string(["date", "published"])
            let url = string(["url", "link"]), text = string(["text"])
            if let problem { return "problem: " + problem }
            guard let text else { return "problem: the JSON object has no \"text\" field" }
            return JSONByteReaderTests.describe(id: id, title: title, date: date, url: url, text: text)
        }

        static func typeName(_ v: Any) -> String {
            switch v {
            case is NSNull: return "null"
            case is String: return "a string"
            case is [Any]: return "an array"
            case is [String: Any]: return "an object"
            case let n as NSNumber:
                let text = "\(n)"
                return String(cString: n.objCType) == "c" || text == "true" || text == "false" ? "a boolean" : "a number"
            default: return "a \(type(of: v))"
            }
        }
    }

    /// Fields with every scalar outside printable ASCII written as `<hex>`, so strings compare by
    /// scalars (Swift's `==` would call canonically equivalent strings equal).
    static func describe(id: String?, title: String?, date: String?, url: String?, text: String) -> String {
        func show(_ s: String?) -> String {
            guard let s else { return "nil" }
            return "'" + s.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "<\(String($0.value, radix: 16))>" }.joined() + "'"
        }
        return "id=\(show(id)) title=\(show(title)) date=\(show(date)) url=\(show(url)) text=\(show(text))"
    }

    // MARK: - The reader under test, described the same way

    static func outcome(_ bytes: [UInt8]) -> String {
        let value: JSONArticle.Value
        do {
            value = try bytes.withUnsafeBufferPointer { b throws(ReadProblem) in try JSONArticle.parse(b) }
        } catch {
            return "error: " + error.problem
        }
        if case .array(let elements) = value { return "array: " + elements.map(fields).joined(separator: " | ") }
        return fields(value)
    }

    static func fields(_ value: JSONArticle.Value) -> String {
        do {
            let f = try JSONArticle.fields(value)
            return describe(id: f.id, title: f.title, date: f.date, url: f.url, text: f.text)
        } catch {
            return error.problem.hasPrefix("this is a storyline document") ? "problem: storyline document" : "problem: " + error.problem
        }
    }

    /// Same outcome from both; a "Number … is not representable" error may name a different
    /// number when several are in one object (Foundation's dictionary order is random then).
    static func agree(_ bytes: [UInt8]) -> (Bool, String, String) {
        let expected = FoundationOracle.outcome(bytes), got = outcome(bytes)
        if expected == got { return (true, expected, got) }
        let tooLarge = "is not representable in Swift.)"
        if expected.hasSuffix(tooLarge) && got.hasSuffix(tooLarge) {
            let numbers = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { !"0123456789.eE+-".contains($0) })
                .filter { Double($0).map { !$0.isFinite } ?? false }
            return (Set(numbers).count > 1, expected, got)
        }
        return (false, expected, got)
    }

    static func show(_ bytes: [UInt8]) -> String {
        bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
    }

    // MARK: - Example corpus: input → fields

    static let examples: [(json: String, expected: String)] = [
        (#"{"text":"Plain."}"#, "id=nil title=nil date=nil url=nil text='Plain.'"),
        (#"{"id":"a1","title":"T","date":"2013-12-04","url":"https://e.com/x","text":"Body."}"#,
         "id='a1' title='T' date='2013-12-04' url='https://e.com/x' text='Body.'"),
        (#"{"published":"2011-02-03","link":"u","text":"x"}"#, "id=nil title=nil date='2011-02-03' url='u' text='x'"),
        (#"{"date":null,"published":"2011-02-03","text":"x"}"#, "id=nil title=nil date=nil url=nil text='x'"),
        (#"{"text":"first","text":"last"}"#, "id=nil title=nil date=nil url=nil text='last'"),
        (#"{"text":5,"text":"last wins"}"#, "id=nil title=nil date=nil url=nil text='last wins'"),
        (#"{"te\u0078t":"escaped key"}"#, "id=nil title=nil date=nil url=nil text='escaped key'"),
        (#"{"text":"a\"b\\c\/d\be\ff\ng\rh\ti"}"#, "id=nil title=nil date=nil url=nil text='a\"b\\c/d<8>e<c>f<a>g<d>h<9>i'"),
        (#"{"text":"caf\u00e9 \u00E9"}"#, "id=nil title=nil date=nil url=nil text='caf<e9> <e9>'"),
        (#"{"text":"smile \ud83d\ude00!"}"#, "id=nil title=nil date=nil url=nil text='smile <1f600>!'"),
        (#"{"text":"nul \u0000 kept"}"#, "id=nil title=nil date=nil url=nil text='nul <0> kept'"),
        ("{\"text\":\"caf\u{E9} \u{201C}quoted\u{201D}\"}", "id=nil title=nil date=nil url=nil text='caf<e9> <201c>quoted<201d>'"),
        ("{\"text\":\"\u{FEFF}a\\n\u{FEFF}b \u{FEFF}c\"}", "id=nil title=nil date=nil url=nil text='a<a>b <feff>c'"),
        ("{\"\u{FEFF}text\":\"BOM before the key\"}", "id=nil title=nil date=nil url=nil text='BOM before the key'"),
        ("\u{FEFF}{\"text\":\"after a BOM\"}", "id=nil title=nil date=nil url=nil text='after a BOM'"),
        (#"{"extra":{"deep":[1,-2.5e3,true,false,null,"s",{"x":[]}]},"text":"skips"}"#, "id=nil title=nil date=nil url=nil text='skips'"),
        (#"{"n":0,"m":-0.0,"k":1E+2,"j":12345678901234567890123,"text":"numbers"}"#, "id=nil title=nil date=nil url=nil text='numbers'"),
        (#"{"a":1e400,"a":1,"text":"too-large number replaced by its key"}"#,
         "id=nil title=nil date=nil url=nil text='too-large number replaced by its key'"),
        (" \t\r\n{ \"text\" : \"spaces\" , } \n", "id=nil title=nil date=nil url=nil text='spaces'"),
        (#"[{"text":"one"},{"text":"two"},]"#, "array: id=nil title=nil date=nil url=nil text='one' | id=nil title=nil date=nil url=nil text='two'"),
        (#"[{"text":"one"},[1],"s",7,true,null,{}]"#,
         "array: id=nil title=nil date=nil url=nil text='one' | problem: expected a JSON object with a \"text\" field, found an array | problem: expected a JSON object with a \"text\" field, found a string | problem: expected a JSON object with a \"text\" field, found a number | problem: expected a JSON object with a \"text\" field, found a boolean | problem: expected a JSON object with a \"text\" field, found null | problem: the JSON object has no \"text\" field"),
        ("[]", "array: "),
        (#"{"title":["T"],"text":"x"}"#, "problem: field \"title\" must be a string, found an array"),
        (#"{"id":{},"text":"x"}"#, "problem: field \"id\" must be a string, found an object"),
        (#"{"date":false,"text":"x"}"#, "problem: field \"date\" must be a string, found a boolean"),
        (#"{"url":1.5,"text":"x"}"#, "problem: field \"url\" must be a string, found a number"),
        (#"{"schema":"storyline/1","text":"x"}"#, "problem: storyline document"),
        (#"{"schema":"other/1","text":"x"}"#, "id=nil title=nil date=nil url=nil text='x'"),
        (#""just a string""#, "problem: expected a JSON object with a \"text\" field, found a string"),
        ("null", "problem: expected a JSON object with a \"text\" field, found null"),
        ("-12.5e-3", "problem: expected a JSON object with a \"text\" field, found a number"),
    ]

    @Test func examplesGiveTheirFields() {
        for (json, expected) in Self.examples {
            #expect(Self.outcome(Array(json.utf8)) == expected, "\(json)")
            #expect(FoundationOracle.outcome(Array(json.utf8)) == expected, "oracle: \(json)")
        }
    }

    // MARK: - Negative corpus: malformed input → message

    static let malformed: [(json: String, message: String)] = [
        ("", "Unexpected end of file during JSON parse."),
        ("   ", "Unexpected end of file during JSON parse."),
        (#"{"text": "x", "#, "Unexpected end of file during JSON parse."),
        (#"{"text":"x"} x"#, "Invalid value around character 13."),
        (#"{"text" "x"}"#, "Invalid value around character 8."),
        (#"{text:"x"}"#, "Invalid value around character 1."),
        (#"{'text':'x'}"#, "Invalid value around character 1."),
        (#"{"a":1,,"text":"x"}"#, "Invalid value around character 7."),
        ("[1,,2]", "Invalid value around character 3."),
        ("[1 2]", "Invalid value around character 3."),
        ("[1,]]", "Invalid value around character 4."),
        ("01", "Number with leading zero around character 1."),
        ("[-01]", "Number with leading zero around character 3."),
        ("[1.]", "Invalid value around character 3."),
        ("[.5]", "Invalid value around character 1."),
        ("[1e]", "Invalid value around character 3."),
        ("[--1]", "Invalid value around character 2."),
        ("[1ee]", "Invalid value around character 3."),
        ("[0x1]", "Invalid value around character 2."),
        ("1.", "Unexpected end of file during JSON parse."),
        ("[NaN]", "Invalid value around character 1."),
        ("[tru]", "Unexpected end of file during JSON parse."),
        ("[tx]", "Invalid value around character 2."),
        ("[fals]", "Unexpected end of file during JSON parse."),
        ("trux", "Unexpected end of file during JSON parse."),
        ("[nulx]", "Invalid value around character 4."),
        (#"{"text":"a\x"}"#, "Invalid escape sequence around character 10."),
        (#"{"text":"\u12g4"}"#, "Invalid hex encoded sequence in \"12g4\" at 11."),
        (#"{"text":"\u12"}"#, "Invalid hex encoded sequence in \"12\"}\" at 11."),
        (#"{"text":"\ud800"}"#, "Unexpected end of file during string parse (expected low-surrogate code point but did not find one)."),
        (#"{"text":"\ud800"#, "Unexpected end of file during JSON parse."),
        (#"{"text":"\ud800 x"}"#, "Unexpected end of file during string parse (expected low-surrogate code point but did not find one)."),
        (#"{"text":"\ud800\u0041"}"#, "Unexpected end of file during string parse (expected low-surrogate code point but did not find one)."),
        (#"{"text":"\udc00"}"#, "Unable to convert hex escape sequence (no high character) to UTF8-encoded character."),
        ("{\"text\":\"tab\there\"}", "Unescaped control character around character 12."),
        ("{\"text\":\"line\nbreak\"}", "Unescaped control character around character 13."),
        (#"{"text":"never closed}"#, "Unexpected end of file during JSON parse."),
        (#"{"text":"x","n":1e400}"#, "Number 1e400 is not representable in Swift."),
        (#"[1,[2,[-1E999]]]"#, "Number -1E999 is not representable in Swift."),
        (#"{"a":1,"a":1e400,"text":"x"}"#, "Number 1e400 is not representable in Swift."),
        (String(repeating: "[", count: 513) + String(repeating: "]", count: 513), "Too many nested arrays or dictionaries around character 513."),
        (String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600),
         "Too many nested arrays or dictionaries around character 2561."),
    ]

    @Test func malformedInputsGiveFoundationsMessage() {
        for (json, message) in Self.malformed {
            let expected = "error: not valid JSON (\(message))"
            #expect(Self.outcome(Array(json.utf8)) == expected, "\(json.prefix(80))")
            #expect(FoundationOracle.outcome(Array(json.utf8)) == expected, "oracle: \(json.prefix(80))")
        }
    }

    @Test func invalidUTF8InStringsIsNamedLikeFoundation() {
        let cases: [[UInt8]] = [
            [0x22, 0xFF, 0x22], [0x22, 0x80, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22],
            [0x22, 0x61, 0xFF, 0x09, 0x22], Array(#"{"text":"a"#.utf8) + [0xFF] + Array(#""}"#.utf8),
            Array(#""\u"#.utf8) + [0xC3] + [0x22], Array(#""\ud800x"#.utf8) + [0xC3, 0x22],
            Array(#""ok\n"#.utf8) + [0xE2, 0x82] + Array(#"\t""#.utf8), [0xC3, 0xA9],
        ]
        for bytes in cases {
            let (same, expected, got) = Self.agree(bytes)
            #expect(same, "\(Self.show(bytes)): Foundation \(expected), reader \(got)")
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        for open in ["[", "{\"a\":", "[{\"k\":"] {
            let json = Array(String(repeating: open, count: 100_000).utf8)
            #expect(Self.outcome(json).hasPrefix("error: not valid JSON (Too many nested arrays or dictionaries around character"))
            #expect(Self.agree(json).0, "\(open) ×100000")
        }
        let limit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(Self.outcome(Array(limit.utf8)) == "array: problem: expected a JSON object with a \"text\" field, found an array")
    }

    // MARK: - Differential: generated documents, valid and broken

    /// Seeded generator (SplitMix64) of JSON-like documents around the article keys.
    struct Generator {
        var random: SyntheticTimelines.Random
        init(state: UInt64) { random = SyntheticTimelines.Random(state: state) }
        mutating func int(_ n: Int) -> Int { random.int(n) }
        mutating func pick<T>(_ items: [T]) -> T { random.pick(items) }

        static let keys = ["text", "id", "title", "date", "published", "url", "link", "schema", "extra", "te\\u0078t",
                           "\u{FEFF}text", "caf\u{E9}", "cafe\u{301}", "a", "a"]
        static let pieces = ["a", "Z", " ", "\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t", "\\u00e9", "\\u0000",
                             "\\ud83d\\ude00", "\\uD834\\uDD1E", "\u{E9}", "\u{201C}", "\u{1F600}", "\u{FEFF}", "\\uFEFF",
                             "storyline/", "2013-12-04"]
        static let badPieces = ["\\ud800", "\\udc00", "\\x", "\t", "\\u12", "\\ud800\\u0041"]
        static let numbers = ["0", "-0", "1", "-12", "3.25", "-0.5e-3", "1E+2", "12345678901234567890", "-9223372036854775809",
                              "1e-400", "0.1e1", "123456789012345678901234567890"]

        mutating func string() -> String {
            // Long strings too, so the eight-bytes-at-a-time scan meets every kind of byte at every offset.
            "\"" + (0..<int(int(4) == 0 ? 60 : 6)).map { _ in int(40) == 0 ? pick(Self.badPieces) : pick(Self.pieces) }.joined() + "\""
        }

        mutating func value(_ depth: Int) -> String {
            switch int(depth > 3 ? 5 : 8) {
            case 0, 1: return string()
            case 2: return int(30) == 0 ? pick(["1e400", "-2E999"]) : pick(Self.numbers)
            case 3: return pick(["true", "false"])
            case 4: return "null"
            case 5, 6: return object(depth + 1)
            default: return "[" + (0..<int(4)).map { _ in value(depth + 1) }.joined(separator: pick([",", " , ", ",\n"])) + pick(["]", ",]"])
            }
        }

        mutating func object(_ depth: Int) -> String {
            let members = (0..<int(5)).map { _ in
                "\"" + pick(Self.keys) + "\"" + pick([":", " : ", ":\t"]) + (int(3) == 0 ? string() : value(depth + 1))
            }
            return "{" + members.joined(separator: ",") + pick(["}", ",}", " }"])
        }

        mutating func document() -> [UInt8] {
            var text: String
            switch int(10) {
            case 0: text = value(0)
            case 1, 2: text = "[" + (0..<int(4)).map { _ in object(1) }.joined(separator: ",") + "]"
            default: text = object(0)
            }
            if int(8) == 0 { text = "\u{FEFF}" + text }
            if int(6) == 0 { text = pick([" ", "\n", "\r\n", "\t"]) + text + pick([" ", "\n", " x", "]", "}"]) }
            return Array(text.utf8)
        }

        static let mutationBytes: [UInt8] = Array("{}[]\",:\\ \t\nu0aeE.-+tfn/".utf8) + [0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xEF, 0xBB, 0xF0, 0xFF]

        /// `bytes` with a few bytes deleted, replaced or inserted, or cut short (never a NUL:
        /// the readers refuse NUL bytes before parsing, and Foundation reads NUL-holding data as UTF-16/32).
        mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
            var b = bytes
            for _ in 0..<(1 + int(3)) {
                guard !b.isEmpty else { break }
                let at = int(b.count)
                switch int(4) {
                case 0: b.remove(at: at)
                case 1: b[at] = pick(Self.mutationBytes)
                case 2: b.insert(pick(Self.mutationBytes), at: at)
                default: b.removeLast(b.count - at)
                }
            }
            return b
        }
    }

    @Test func generatedDocumentsReadAsFoundationReadsThem() {
        var g = Generator(state: 2026_11_27)
        var failures = 0, errors = 0, total = 0
        for round in 0..<6000 {
            let doc = g.document()
            for bytes in [doc, g.mutate(doc), g.mutate(doc)] {
                total += 1
                let (same, expected, got) = Self.agree(bytes)
                if expected.hasPrefix("error:") { errors += 1 }
                if !same {
                    failures += 1
                    if failures <= 10 { Issue.record("round \(round): \(Self.show(bytes))\n  Foundation: \(expected)\n  reader:     \(got)") }
                }
            }
        }
        #expect(failures == 0)
        // Both kinds are well represented.
        #expect(errors > total / 5 && errors < total * 4 / 5, "\(errors) errors of \(total)")
    }

    @Test func randomNumbersAgreeWithFoundation() {
        var g = Generator(state: 7)
        let digits = Array("0123456789")
        for _ in 0..<3000 {
            var s = g.int(4) == 0 ? "-" : ""
            s += String((0..<(1 + g.int(g.int(4) == 0 ? 420 : 25))).map { _ in g.pick(digits) })
            if g.int(2) == 0 { s += "." + String((0..<(1 + g.int(30))).map { _ in g.pick(digits) }) }
            if g.int(2) == 0 { s += g.pick(["e", "E", "e+", "e-", "E-"]) + String((0..<(1 + g.int(4))).map { _ in g.pick(digits) }) }
            let bytes = Array("[\(s)]".utf8)
            let (same, expected, got) = Self.agree(bytes)
            #expect(same, "\(s): Foundation \(expected), reader \(got)")
        }
    }

    // MARK: - Through ArticleReader

    @Test func jsonLinesAndArraysReadTheSameFieldsAsBefore() throws {
        let line = #"{"id":"x","title":" Headline ","published":"2013-12-04","text":"Huawei said on Monday.\nMore."}"#
        let results = ArticleReader.read(data: Data((line + "\n" + line + "\r\n").utf8), name: "f.jsonl", id: "f", pathExtension: "jsonl")
        #expect(results.count == 2)
        let a = try results[1].result.get()
        #expect(a.id == "x" && a.title == "Headline" && a.published == "2013-12-04" && a.text == "Huawei said on Monday.\nMore.")
        let blank = try ArticleReader.read(data: Data(#"{"id":" \t","title":"  ","text":"\n First line \nrest"}"#.utf8), name: "b.json", id: "b")[0].result.get()
        #expect(blank.id == "b" && blank.title == "First line")
        let array = ArticleReader.read(data: Data("[\(line),\(line)]".utf8), name: "f.json", id: "f", pathExtension: "json")
        #expect(array.map(\.name) == ["f.json[0]", "f.json[1]"])
        #expect(try array[0].result.get().text == a.text)
        let deep = ArticleReader.read(data: Data((String(repeating: "[", count: 100_000) + "\n").utf8), name: "d.json", id: "d", pathExtension: "json")
        guard case .failure(let e) = deep.first?.result else { Issue.record("deep array accepted"); return }
        #expect(e.description == "d.json: not valid JSON (Too many nested arrays or dictionaries around character 513.)")
    }
}
