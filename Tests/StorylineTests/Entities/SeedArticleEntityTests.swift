import Foundation
import Testing
@testable import Storyline

/// The seed article's required entities and relations (issue 2), from general rules only.
@Suite struct SeedArticleEntityTests {
    static func seed() throws -> AnalyzedText {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/seed/huawei-2013-eweek.txt")
        return AnalyzedText(try String(contentsOf: url, encoding: .utf8))
    }

    @Test func requiredEntities() throws {
        let text = try Self.seed()
        let entities = EntityRecognizer.shared.recognize(text)
        func type(_ name: String) -> EntityType? { entities.first { $0.name == name }?.type }
        let expected: [(String, EntityType)] = [
            ("Huawei", .organization), ("Ren Zhengfei", .person), ("Eric Xu", .person), ("Jane Li", .person),
            ("Huawei Enterprise USA", .organization), ("ZTE", .organization), ("United States", .location),
            ("China", .location), ("Europe", .location), ("Denver", .location), ("eWEEK", .organization),
        ]
        for (name, t) in expected { #expect(type(name) == t, "\(name)") }
        let huawei = entities.first { $0.name == "Huawei" }
        #expect(huawei?.aliases.contains("Huawei Technologies") == true)
        let us = entities.first { $0.name == "United States" }
        #expect(us?.aliases.contains("US") == true)
        #expect(us?.aliases.contains("United States of America") == true)
        // Headline and section-title words are no entities.
        for word in ["Admits", "Defeat", "Political Problems", "Long Expected", "The", "However", "CEO"] {
            #expect(!entities.contains { $0.name == word }, "\(word)")
        }
    }

    @Test func requiredRelations() throws {
        let text = try Self.seed()
        let entities = EntityRecognizer.shared.recognize(text)
        let relations = RelationExtractor.shared.extract(text, entities: entities)
        func has(_ s: String, _ t: RelationType, _ o: String, label: String? = nil) -> Bool {
            relations.contains { r in
                entities[r.source].name == s && r.type == t && entities[r.target].name == o && (label == nil || r.label == label)
            }
        }
        #expect(has("Ren Zhengfei", .founded, "Huawei"))
        #expect(has("Ren Zhengfei", .worksFor, "Huawei", label: "founder and CEO"))
        #expect(has("Jane Li", .worksFor, "Huawei Enterprise USA", label: "chief operating officer"))
        #expect(has("Eric Xu", .worksFor, "Huawei", label: "executive vice president"))
        #expect(has("Huawei Enterprise USA", .partOf, "Huawei"))
        #expect(has("Huawei", .nationality, "China"))
        #expect(has("ZTE", .nationality, "China"))
        #expect(!has("Jane Li", .worksFor, "Huawei"))
        #expect(!has("Huawei", .nationality, "United States"))
    }
}

@Suite struct EntityPipelineTests {
    /// Through the whole pipeline, every mention and evidence span points at its own text.
    @Test func mentionOffsetsMatchTheirText() throws {
        let text = "Huawei’s founder, Ren Zhengfei, met “Jane Li” of Huawei Enterprise USA in Denver, Colorado. Ren said ZTE, another Chinese company, left China."
        let doc = Pipeline().extract(Article(id: "a", title: "t", published: "2013-12-04", text: text))
        let scalars = Array(text.unicodeScalars)
        func slice(_ s: Int, _ e: Int) -> String { var out = ""; out.unicodeScalars.append(contentsOf: scalars[s..<e]); return out }
        #expect(!doc.entities.isEmpty)
        for e in doc.entities {
            for m in e.mentions { #expect(slice(m.start, m.end) == m.text) }
        }
        let ids = Set(doc.entities.map(\.id))
        for r in doc.relations {
            #expect(ids.contains(r.source) && ids.contains(r.target))
            for ev in r.evidence { #expect(ev.start < ev.end && ev.end <= scalars.count) }
        }
        #expect(doc.relations.contains { $0.type == .locatedIn && $0.source == "denver" && $0.target == "colorado" })
        #expect(doc.relations.contains { $0.type == .nationality && $0.source == "zte" && $0.target == "china" })
    }
}
