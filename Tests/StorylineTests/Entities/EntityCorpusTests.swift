import Foundation
import Testing
@testable import Storyline

/// One block of a Duckling-style corpus file: `key: value` lines, blocks separated by blank lines.
struct CorpusCase {
    var text: String
    var lines: [(key: String, fields: [String])]
    var line: Int

    /// Reads `name` from the folder of `file`.
    static func load(_ name: String, next file: String) throws -> [CorpusCase] {
        let url = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(name)
        let content = try String(contentsOf: url, encoding: .utf8)
        var cases: [CorpusCase] = []
        var current: CorpusCase?
        for (n, raw) in content.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") {
                if line.isEmpty, let c = current { cases.append(c); current = nil }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key == "text" {
                if let c = current { cases.append(c) }
                current = CorpusCase(text: value.replacingOccurrences(of: "\\n", with: "\n"), lines: [], line: n + 1)
            } else {
                current?.lines.append((key, value.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }))
            }
        }
        if let c = current { cases.append(c) }
        return cases
    }

    /// Runs the entity and relation stages on every case of a corpus file.
    static func forEach(in name: String, next file: String, _ body: (CorpusCase, AnalyzedText, [EntityRecord], [RelationRecord]) -> Void) throws {
        let cases = try load(name, next: file)
        #expect(cases.count >= 15, "\(name) holds \(cases.count) cases")
        for c in cases {
            let text = AnalyzedText(c.text)
            let entities = EntityRecognizer.shared.recognize(text)
            body(c, text, entities, RelationExtractor.shared.extract(text, entities: entities))
        }
    }
}

@Suite struct EntityCorpusTests {
    @Test func corpus() throws {
        try CorpusCase.forEach(in: "entity-corpus.txt", next: #filePath) { c, text, entities, _ in
            func entity(_ name: String) -> EntityRecord? { entities.first { $0.name == name } }
            let summary = entities.map { "\($0.name)/\($0.type.rawValue)\($0.aliases)" }.joined(separator: "; ")
            for (key, f) in c.lines {
                let where_ = "line \(c.line): \(c.text)\n  got: \(summary)"
                switch key {
                case "entity":
                    #expect(entity(f[0])?.type.rawValue == f[1], "\(f[0]) as \(f[1]) — \(where_)")
                case "alias":
                    #expect(entity(f[0])?.aliases.contains(f[1]) == true, "alias \(f[1]) of \(f[0]) — \(where_)")
                case "mentions":
                    #expect(entity(f[0])?.mentions.count == Int(f[1]), "\(f[1]) mentions of \(f[0]) — \(where_)")
                case "no-entity":
                    let hit = entities.contains { e in e.name == f[0] || e.mentions.contains { text.text($0.bytes) == f[0] } }
                    #expect(!hit, "no entity \(f[0]) — \(where_)")
                default:
                    Issue.record("unknown key \(key) at line \(c.line)")
                }
            }
        }
    }

    @Test func mentionsAreSortedAndInsideTheText() {
        let text = AnalyzedText("Huawei met ZTE in Denver. Huawei left. ZTE stayed in Denver, Colorado.")
        for e in EntityRecognizer.shared.recognize(text) {
            #expect(e.mentions == e.mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
            for m in e.mentions { #expect(m.bytes.upperBound <= text.bytes.count && m.bytes == text.byteRange(tokens: m.tokens)) }
        }
    }

    @Test func oddInputDoesNotCrash() {
        for s in ["", " ", "(", "A", "Mr.", "The (FCC)", "\u{0}\u{1}", "- - -", "U.S.", "Ren Ren Ren Ren", String(repeating: "Big ", count: 500)] {
            let text = AnalyzedText(s)
            let e = EntityRecognizer.shared.recognize(text)
            _ = RelationExtractor.shared.extract(text, entities: e)
        }
    }

    @Test func randomTokenSoupDoesNotCrash() {
        let vocabulary = ["Mr.", "Ren", "(", ")", "FCC", ",", "of", "the", "The", "and", "&", "-", "based", "'s", "’s", "said",
                          "Huawei", "US", "U.S.", "Inc.", "CEO", "founder", "\n\n", "Denver", "Colorado", "Chinese", "company",
                          "another", "rival", "iPhone", "4", "2013", "’13", "who", "lives", "in", "a", "native", ".", "\"", "É", "ÜBER"]
        var state: UInt64 = 42
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s += vocabulary[Int(state >> 33) % vocabulary.count] + ((state >> 20) & 3 == 0 ? "" : " ")
            }
            let text = AnalyzedText(s)
            let entities = EntityRecognizer.shared.recognize(text)
            let relations = RelationExtractor.shared.extract(text, entities: entities)
            for r in relations { #expect(r.source < entities.count && r.target < entities.count && r.source != r.target) }
            for e in entities { for m in e.mentions { #expect(m.bytes.upperBound <= text.bytes.count) } }
        }
    }

    @Test func sameInputSameOutput() {
        let s = "Huawei founder and CEO Ren Zhengfei met Eric Xu in Denver, Colorado. Mr. Ren said ZTE, another Chinese company, left China."
        let a = EntityRecognizer.shared.recognize(AnalyzedText(s))
        let b = EntityRecognizer.shared.recognize(AnalyzedText(s))
        #expect(a == b)
    }
}
