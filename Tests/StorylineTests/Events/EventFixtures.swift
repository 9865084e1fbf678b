import Foundation
@testable import Storyline

/// Hand-made stage results over real `AnalyzedText`, so the event stage can be tested on its own.
struct EventFixture {
    let text: AnalyzedText
    var timexes: [TimexMention] = []
    var entities: [EntityRecord] = []
    private var used: Set<Int> = []

    init(_ string: String) { text = AnalyzedText(string) }

    /// A text with its time expressions (phrase, type, value) and entities (name, type), each at
    /// every occurrence (time expressions at the first).
    init(_ string: String, timexes: [(String, TimexType, String)], entities: [(String, EntityType)] = []) {
        self.init(string)
        for (phrase, type, value) in timexes { timex(phrase, type, value) }
        for (name, type) in entities { entity(name, type) }
    }

    /// Token ranges where `phrase` occurs (case-insensitive, token by token).
    func occurrences(of phrase: String) -> [Range<Int>] {
        let needle = AnalyzedText(phrase).tokens.map(\.lower)
        guard !needle.isEmpty, text.tokens.count >= needle.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= text.tokens.count {
            var ok = true
            for k in 0..<needle.count where text.tokens[i + k].lower != needle[k] { ok = false; break }
            if ok { out.append(i..<(i + needle.count)); i += needle.count } else { i += 1 }
        }
        return out
    }

    /// Adds a time expression at the `nth` occurrence of `phrase`.
    mutating func timex(_ phrase: String, _ type: TimexType, _ value: String, nth: Int = 0, endsRange: Bool = false) {
        let occ = occurrences(of: phrase)
        guard nth < occ.count else { fatalError("fixture: no occurrence \(nth) of \(phrase)") }
        let r = occ[nth]
        timexes.append(TimexMention(tokens: r, bytes: text.byteRange(tokens: r), type: type, value: value, endsRange: endsRange))
        timexes.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Adds an entity mentioned by every occurrence of its forms (longest forms first, no overlaps).
    mutating func entity(_ name: String, _ type: EntityType, _ forms: [String] = []) {
        var mentions: [EntityMentionRef] = []
        for form in ([name] + forms).sorted(by: { $0.count > $1.count }) {
            for r in occurrences(of: form) where !r.contains(where: { used.contains($0) }) {
                mentions.append(EntityMentionRef(tokens: r, bytes: text.byteRange(tokens: r)))
                used.formUnion(r)
            }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        entities.append(EntityRecord(name: name, type: type, aliases: forms, mentions: mentions))
    }

    func events(dct: String? = "2013-12-04") -> [EventRecord] {
        EventExtractor.shared.extract(text, timexes: timexes, entities: entities, dct: dct)
    }

    func entityIndex(_ name: String) -> Int? { entities.firstIndex { $0.name == name } }

    /// The seed article with the stage results the time and entity stages are specified to give.
    static func seed() throws -> EventFixture {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/seed/huawei-2013-eweek.txt")
        var f = EventFixture(try String(contentsOf: url, encoding: .utf8))
        f.timex("for several years", .duration, "PXY")
        f.timex("2 December", .date, "2013-12-02")
        f.timex("2011", .date, "2011")
        f.timex("Last month", .date, "2013-11")
        f.timex("this year", .date, "2013")
        f.timex("April", .date, "2013-04")
        f.timex("months", .duration, "PXM")
        f.timex("October 2012", .date, "2012-10")
        f.entity("Huawei Enterprise USA", .organization)
        f.entity("Huawei", .organization, ["Huawei Technologies"])
        f.entity("Ren Zhengfei", .person, ["Mr. Ren", "Ren"])
        f.entity("Eric Xu", .person, ["Xu"])
        f.entity("Jane Li", .person, ["Li"])
        f.entity("ZTE", .organization)
        f.entity("United States", .location, ["United States of America", "US", "America"])
        f.entity("China", .location)
        f.entity("Europe", .location)
        f.entity("Denver", .location)
        f.entity("New Zealand", .location)
        f.entity("eWEEK", .organization)
        return f
    }
}
