import Foundation
import Testing
@testable import Storyline

/// Issue 2: the seed article end to end through the whole pipeline, with its date given
/// (front matter of Examples/huawei-2013) and with no date at all (inferred from the text).
@Suite struct SeedArticleTests {
    static let examplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/huawei-2013/huawei-2013.md").path

    /// The example as the CLI reads it (front matter date 2013-12-04), and its body with no date.
    static func documents() throws -> [(String, StorylineDocument)] {
        let inputs = ArticleReader.read(path: examplePath)
        let article = try #require(try inputs.first?.result.get())
        #expect(article.published == "2013-12-04")
        var undated = article
        undated.published = nil
        undated.dateSource = nil
        return [("dated", Pipeline().extract(article)), ("undated", Pipeline().extract(undated))]
    }

    func entity(_ doc: StorylineDocument, _ name: String) -> Entity? { doc.entities.first { $0.name == name } }

    @Test func publicationDateIsGivenOrInferred() throws {
        let docs = try Self.documents()
        #expect(docs[0].1.documents[0].dateSource == .metadata)
        #expect(docs[1].1.documents[0].dateSource == .inferred)
        #expect(docs[1].1.documents[0].published?.hasPrefix("2013-12") == true)
    }

    @Test func theFiveDatedEventsInTimelineOrder() throws {
        for (label, doc) in try Self.documents() {
            let timeline = doc.timeline
            func find(_ value: String, agentOrParticipant name: String, _ words: String) -> Int? {
                guard let id = entity(doc, name)?.id else { return nil }
                return timeline.firstIndex { e in
                    e.date.value == value && e.participants.contains { $0.entity == id }
                        && e.headline.lowercased().contains(words) && !e.headline.isEmpty
                }
            }
            let opened = find("2011", agentOrParticipant: "Huawei", "enterprise business")
            let report = find("2012-10", agentOrParticipant: "ZTE", "congressional report")
            let remarks = find("2013-04", agentOrParticipant: "Eric Xu", "said")
            let show = find("2013-11", agentOrParticipant: "Denver", "blade server")
            let interview = find("2013-12-02", agentOrParticipant: "Ren Zhengfei", "said")
            let found = [opened, report, remarks, show, interview]
            #expect(!found.contains(nil), "\(label): \(found) in \(timeline.map { "\($0.date.value) \($0.headline)" })")
            let positions = found.compactMap { $0 }
            #expect(positions == positions.sorted(), "\(label): events out of order")
            for e in timeline {
                #expect(!e.headline.isEmpty && e.headline.count <= 90, "\(label): headline \(e.headline)")
            }
        }
    }

    @Test func entitiesWithTypesAndAliases() throws {
        for (label, doc) in try Self.documents() {
            let expected: [(String, EntityType)] = [
                ("Huawei", .organization), ("Ren Zhengfei", .person), ("Eric Xu", .person), ("Jane Li", .person),
                ("Huawei Enterprise USA", .organization), ("ZTE", .organization), ("United States", .location),
                ("China", .location), ("Europe", .location), ("Denver", .location), ("eWEEK", .organization),
            ]
            for (name, type) in expected {
                #expect(entity(doc, name)?.type == type, "\(label): \(name)")
            }
            #expect(entity(doc, "Huawei")?.aliases.contains("Huawei Technologies") == true)
            let us = entity(doc, "United States")?.aliases ?? []
            #expect(us.contains("US") && us.contains("United States of America"), "\(label): \(us)")
        }
    }

    @Test func statedRelations() throws {
        for (label, doc) in try Self.documents() {
            func has(_ s: String, _ type: RelationType, _ t: String, label words: String? = nil) -> Bool {
                guard let a = entity(doc, s)?.id, let b = entity(doc, t)?.id else { return false }
                return doc.relations.contains { $0.source == a && $0.target == b && $0.type == type
                    && (words == nil || $0.label == words) && !$0.evidence.isEmpty }
            }
            #expect(has("Ren Zhengfei", .founded, "Huawei"), "\(label)")
            #expect(has("Ren Zhengfei", .worksFor, "Huawei", label: "founder and CEO"), "\(label)")
            #expect(has("Jane Li", .worksFor, "Huawei Enterprise USA", label: "chief operating officer"), "\(label)")
            #expect(has("Eric Xu", .worksFor, "Huawei", label: "executive vice president"), "\(label)")
            #expect(has("Huawei Enterprise USA", .partOf, "Huawei"), "\(label)")
            #expect(has("Huawei", .nationality, "China"), "\(label)")
            #expect(has("ZTE", .nationality, "China"), "\(label)")
        }
    }

    @Test func durationsAndVagueReferencesGiveNoDate() throws {
        for (label, doc) in try Self.documents() {
            let several = doc.timexes.first { $0.text.hasSuffix("several years") }
            #expect(several?.type == .duration, "\(label)")
            #expect(!doc.timexes.contains { $0.text.contains("country") }, "\(label)")
            #expect(!doc.events.contains { $0.date.value.hasPrefix("P") || $0.date.timex == several?.id }, "\(label)")
        }
    }

    @Test func offsetsPointAtTheirText() throws {
        for (_, doc) in try Self.documents() {
            let scalars = Array(doc.documents[0].text.unicodeScalars)
            func text(_ s: Int, _ e: Int) -> String {
                var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[s..<e]); return String(v)
            }
            for t in doc.timexes { #expect(text(t.start, t.end) == t.text) }
            for e in doc.entities { for m in e.mentions { #expect(text(m.start, m.end) == m.text) } }
            for e in doc.events { #expect(text(e.trigger.start, e.trigger.end) == e.trigger.text) }
        }
    }
}
