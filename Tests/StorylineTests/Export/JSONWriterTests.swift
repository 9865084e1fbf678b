import Foundation
import Testing
@testable import Storyline

/// The hand-written JSON writer gives exactly the bytes of Foundation's JSONEncoder (sorted keys,
/// pretty layout) and its output decodes back to the same document.
@Suite struct JSONWriterTests {
    /// What `JSONWriter.data` wrote before it was hand-written: Foundation's encoder.
    static func reference(_ document: StorylineDocument, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    static func check(_ document: StorylineDocument, _ label: String) throws {
        for pretty in [true, false] {
            let fast = try JSONWriter.data(document, pretty: pretty)
            #expect(fast == (try reference(document, pretty: pretty)), "\(label) pretty=\(pretty)")
            #expect(try JSONWriter.read(fast) == document, "\(label) pretty=\(pretty) does not decode back")
        }
    }

    /// Every character JSON must escape, and some it must not.
    static let hostile = "q\"b\\s/ \u{0}\u{1}\u{7}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F}\u{7F} é ’ \u{2028}\u{2029} 👩‍👩‍👧 \u{FEFF}e\u{301} </script>"

    @Test(arguments: OutputFolderTests.examples)
    func examplesMatchJSONEncoder(_ name: String) throws {
        let article = try ArticleReader.read(path: OutputFolderTests.articlePath(name))[0].result.get()
        try Self.check(Pipeline().extract(article), name)
    }

    @Test func hostileStringsAndEveryOptionalField() throws {
        let h = Self.hostile
        let evidence = EventEvidence(start: 0, end: 3, text: h, document: h)
        let member = Event(id: "ev1", document: h, headline: h, type: h, trigger: Trigger(text: h, start: -1, end: Int.max),
                           date: EventDate(timex: h, value: h, certainty: .stated, endValue: h),
                           participants: [Participant(entity: h, role: .agent), Participant(entity: "", role: .other)],
                           evidence: evidence, otherEvidence: [], tense: h, polarity: h, modality: h, sources: [h, ""])
        var merged = member
        merged.members = [member, Event(id: "", document: "", headline: "", type: "", trigger: Trigger(text: "", start: 0, end: 0),
                                        date: EventDate(timex: nil, value: "XXXX", certainty: .inferred),
                                        participants: [], evidence: EventEvidence(start: 0, end: 0, text: ""))]
        merged.otherEvidence = [evidence, EventEvidence(start: 5, end: 6, text: "x")]
        let document = StorylineDocument(
            documents: [DocumentInfo(id: h, title: h, url: h, published: h, dateSource: .inferred, text: h),
                        DocumentInfo(id: "", title: "", text: "")],
            timexes: [Timex(id: h, document: h, text: h, start: Int.min, end: 0, type: .duration, value: h, mod: h),
                      Timex(id: "t2", document: "d", text: "x", start: 1, end: 2, type: .date, value: "2013")],
            entities: [Entity(id: h, name: h, type: .misc, aliases: [h, ""], mentions: [Mention(document: h, text: h, start: 9, end: 10)]),
                       Entity(id: "e", name: "e", type: .person)],
            relations: [Relation(id: h, source: h, target: h, type: .coOccurs, label: h,
                                 evidence: [Evidence(document: h, start: 1, end: 123_456_789)], weight: -42),
                        Relation(id: "r2", source: "a", target: "b", type: .worksFor, label: "", evidence: [])],
            events: [merged, member])
        try Self.check(document, "hostile")
        try Self.check(StorylineDocument(), "empty")
        // Each control character on its own, so a wrong escape names itself.
        for scalar in (0..<0x20).compactMap(Unicode.Scalar.init) {
            try Self.check(StorylineDocument(documents: [DocumentInfo(id: "c", title: String(scalar), text: "a\(scalar)b")]),
                           "U+\(String(scalar.value, radix: 16))")
        }
    }
}
