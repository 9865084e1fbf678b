import Foundation
import Testing
@testable import Storyline

@Suite struct RelationCorpusTests {
    @Test func corpus() throws {
        try CorpusCase.forEach(in: "relation-corpus.txt", next: #filePath) { c, text, entities, relations in
            func find(_ f: [String]) -> RelationRecord? {
                relations.first { r in
                    r.source < entities.count && r.target < entities.count && entities[r.source].name == f[0]
                        && r.type.rawValue == f[1] && entities[r.target].name == f[2]
                }
            }
            let summary = relations.filter { $0.type != .coOccurs }.map { "\(entities[$0.source].name) \($0.type.rawValue) \(entities[$0.target].name) '\($0.label)'" }.joined(separator: "; ")
            let names = entities.map { "\($0.name)/\($0.type.rawValue)" }.joined(separator: ", ")
            for (key, f) in c.lines {
                let where_ = "line \(c.line): \(c.text)\n  entities: \(names)\n  relations: \(summary)"
                switch key {
                case "relation":
                    let r = find(f)
                    #expect(r != nil, "\(f[0]) \(f[1]) \(f[2]) — \(where_)")
                    if f.count > 3, let r { #expect(r.label == f[3], "label of \(f[0]) \(f[1]) \(f[2]) — \(where_)") }
                    if let r { #expect(!r.evidence.isEmpty && r.evidence.allSatisfy { $0.upperBound <= text.bytes.count }) }
                case "no-relation":
                    #expect(find(f) == nil, "no \(f[0]) \(f[1]) \(f[2]) — \(where_)")
                default:
                    Issue.record("unknown key \(key) at line \(c.line)")
                }
            }
        }
    }

    @Test func coOccurrenceWeightCountsSentences() {
        let text = AnalyzedText("Huawei and ZTE sell gear. Later Huawei and ZTE left. ZTE stayed.")
        let entities = EntityRecognizer.shared.recognize(text)
        let relations = RelationExtractor.shared.extract(text, entities: entities)
        let co = relations.filter { $0.type == .coOccurs }
        #expect(co.count == 1)
        #expect(co.first?.weight == 2)
        #expect(co.first?.evidence.count == 2)
    }

    @Test func duplicateStatementsMergeEvidence() {
        let text = AnalyzedText("Acme Corp., based in Denver, grew. Acme Corp., based in Denver, hired.")
        let entities = EntityRecognizer.shared.recognize(text)
        let based = RelationExtractor.shared.extract(text, entities: entities).filter { $0.type == .basedIn }
        #expect(based.count == 1)
        #expect(based.first?.evidence.count == 2)
    }
}
