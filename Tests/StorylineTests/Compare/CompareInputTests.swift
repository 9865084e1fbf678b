import Foundation
import Testing
@testable import Storyline

@Suite("Compare: inputs")
struct CompareInputTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func read(_ path: String) -> [(String, Result<CompareItem, CompareInputError>)] {
        var out: [(String, Result<CompareItem, CompareInputError>)] = []
        CompareInput.read(path: path) { out.append(($0, $1)) }
        return out
    }

    @Test func storylineDocumentsArticlesAndLines() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = dir.appendingPathComponent("a.json")
        try JSONWriter.data(CompareFixtures.a).write(to: json)
        let lines = dir.appendingPathComponent("both.jsonl")
        var jl = try JSONWriter.data(CompareFixtures.a, pretty: false)
        jl.append(Data("\n   \n".utf8))
        jl.append(Data(#"{"id":"x1","title":"T","date":"2013-12-04","text":"Huawei said it would exit."}"#.utf8))
        jl.append(Data("\n{not json\n".utf8))
        jl.append(try JSONWriter.data(CompareFixtures.b, pretty: false))
        try jl.write(to: lines)
        let text = dir.appendingPathComponent("story.txt")
        try Data("\n  Huawei exits\nHuawei said on Monday it would exit the US.\n".utf8).write(to: text)

        let one = Self.read(json.path)
        #expect(one.count == 1)
        if case .success(.document(let d)) = one.first?.1 { #expect(d == CompareFixtures.a) } else { Issue.record("not a document") }

        let many = Self.read(lines.path)
        #expect(many.map { $0.0.split(separator: ":").last.map(String.init) ?? "" } == ["1", "4", "5", "6"]) // JSONWriter ends each document with a newline
        if case .success(.article(let a)) = many[1].1 {
            #expect(a.id == "x1" && a.published == "2013-12-04" && a.dateSource == .metadata)
        } else { Issue.record("line 4 is an article") }
        if case .failure(let e) = many[2].1 { #expect(e.description.contains("both.jsonl:5: not valid JSON")) }
        else { Issue.record("line 5 is broken") }
        if case .success(.document(let d)) = many[3].1 { #expect(d == CompareFixtures.b) } else { Issue.record("line 6") }

        let article = Self.read(text.path)
        if case .success(.article(let a)) = article.first?.1 { #expect(a.title == "Huawei exits" && a.id == "story") }
        else { Issue.record("text article") }
    }

    @Test func badInputsAreNamedErrors() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt"), binary = dir.appendingPathComponent("bin.txt")
        try Data("  \n\t\n".utf8).write(to: empty)
        try Data([0x48, 0xFF, 0x41, 0x0A]).write(to: binary)
        let cases = [(dir.appendingPathComponent("missing.txt").path, "no such file"), (dir.path, "is a directory"),
                     (empty.path, "no text"), (binary.path, "not valid UTF-8")]
        for (path, problem) in cases {
            let r = Self.read(path)
            #expect(r.count == 1)
            if case .failure(let e) = r.first?.1 { #expect(e.description.hasPrefix("\(path): \(problem)"), "\(e.description)") }
            else { Issue.record("\(path) should fail") }
        }
    }
}
