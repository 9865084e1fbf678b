import Foundation
@testable import Storyline

/// Hand-made documents for the graph, timeline picture and report tests.
enum GraphFixtures {
    static func mention(_ text: String, _ start: Int) -> Mention {
        Mention(document: "d1", text: text, start: start, end: start + text.unicodeScalars.count)
    }

    static func event(_ id: String, _ headline: String, type: String, date: String, certainty: DateCertainty = .stated,
                      trigger: String, at start: Int, participants: [Participant], sentence: String) -> Event {
        // The sentence starts where the trigger's position in it puts it.
        let offset = sentence.range(of: trigger).map { sentence.unicodeScalars[..<$0.lowerBound].count } ?? 0
        let sentenceStart = max(0, start - offset)
        return Event(id: id, document: "d1", headline: headline, type: type,
              trigger: Trigger(text: trigger, start: start, end: start + trigger.unicodeScalars.count),
              date: EventDate(timex: nil, value: date, certainty: certainty),
              participants: participants,
              evidence: EventEvidence(start: sentenceStart, end: sentenceStart + sentence.unicodeScalars.count, text: sentence))
    }

    /// A small news graph: people, organisations, places, stated relations and a co-occurrence.
    static let news: StorylineDocument = {
        let entities = [
            Entity(id: "huawei", name: "Huawei", type: .organization, aliases: ["Huawei Technologies"], mentions: [mention("Huawei", 0)]),
            Entity(id: "ren-zhengfei", name: "Ren Zhengfei", type: .person, aliases: ["Ren"], mentions: [mention("Ren Zhengfei", 40)]),
            Entity(id: "huawei-enterprise-usa", name: "Huawei Enterprise USA", type: .organization),
            Entity(id: "jane-li", name: "Jane Li", type: .person),
            Entity(id: "china", name: "China", type: .location),
            Entity(id: "denver", name: "Denver", type: .location),
            Entity(id: "sc-13", name: "SC '13", type: .event),
            Entity(id: "fusionserver", name: "FusionServer", type: .product),
        ]
        let relations = [
            Relation(id: "r1", source: "ren-zhengfei", target: "huawei", type: .founded, label: "founder and CEO", evidence: []),
            Relation(id: "r2", source: "ren-zhengfei", target: "huawei", type: .worksFor, label: "founder and CEO", evidence: []),
            Relation(id: "r3", source: "jane-li", target: "huawei-enterprise-usa", type: .worksFor, label: "chief operating officer", evidence: []),
            Relation(id: "r4", source: "huawei-enterprise-usa", target: "huawei", type: .partOf, label: "", evidence: []),
            Relation(id: "r5", source: "huawei", target: "china", type: .nationality, label: "Chinese", evidence: []),
            Relation(id: "r6", source: "huawei", target: "denver", type: .coOccurs, label: "", evidence: [], weight: 2),
            Relation(id: "r7", source: "huawei", target: "nobody", type: .relatedTo, label: "dangling", evidence: []),
        ]
        let events = [
            event("ev2", "Ren Zhengfei says Huawei is leaving the US market", type: "statement", date: "2013-12-02",
                  trigger: "said", at: 300, participants: [Participant(entity: "ren-zhengfei", role: .agent), Participant(entity: "huawei", role: .patient)],
                  sentence: "Ren Zhengfei said in an interview that Huawei is leaving the US market."),
            event("ev1", "Huawei opened its US enterprise business", type: "launch", date: "2011",
                  trigger: "opened", at: 100, participants: [Participant(entity: "huawei", role: .agent)],
                  sentence: "Huawei opened its US enterprise business in 2011."),
            event("ev3", "Huawei shows a blade server at SC '13 in Denver", type: "launch", date: "2013-11",
                  trigger: "introduced", at: 200, participants: [Participant(entity: "huawei", role: .agent), Participant(entity: "denver", role: .location)],
                  sentence: "At SC '13 in Denver, Huawei introduced a blade server."),
            event("ev4", "Analysts expect more exits", type: "statement", date: "XXXX", certainty: .inferred,
                  trigger: "expect", at: 400, participants: [], sentence: "Analysts expect more exits."),
        ]
        return StorylineDocument(
            documents: [DocumentInfo(id: "d1", title: "Huawei drops US push", published: "2013-12-04", dateSource: .given, text: "Huawei ...")],
            entities: entities, relations: relations, events: events)
    }()

    /// Article text that tries to break out of every format.
    static let hostileStrings = [
        "He said \"no\" \\ C:\\N\\G \\E \\L \\l",
        "<script>alert(1)</script>",
        "]]> --> <!-- {{x}} ${y}",
        "<<b>x</b>>",
        "bell\u{7} esc\u{1B}[31m nul-ish\u{1} del\u{7F} end",
        "&#1; &lt; AT&T; &amp; &nbsp;",
        "two\nlines",
        "ends with backslash \\",
        "Zoë — 中国 🙂 \u{202E}rtl",
        "' onload='alert(2)",
    ]

    /// What a label must read back as after escaping: control characters and U+FFFE/U+FFFF dropped, tab and CR as spaces.
    static func expectedLabel(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u == "\t" || u == "\r" { out += " " }
            else if u == "\n" || !(u.value < 0x20 || u.value == 0x7F || u.value == 0xFFFE || u.value == 0xFFFF) { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// A document whose every text field is hostile.
    static let hostile: StorylineDocument = {
        var entities: [Entity] = []
        var relations: [Relation] = []
        var events: [Event] = []
        for (i, s) in hostileStrings.enumerated() {
            entities.append(Entity(id: "e\(i)", name: s, type: EntityType.allCases[i % EntityType.allCases.count], aliases: [s + " alias"]))
            if i > 0 {
                relations.append(Relation(id: "r\(i)", source: "e\(i - 1)", target: "e\(i)", type: .relatedTo, label: s, evidence: []))
            }
            events.append(event("ev\(i)", s, type: "statement", date: "201\(i % 10)-0\(1 + i % 9)", trigger: s, at: i * 10,
                                participants: [Participant(entity: "e\(i)", role: .agent)], sentence: s))
        }
        return StorylineDocument(
            documents: [DocumentInfo(id: "d1", title: hostileStrings.joined(separator: " | "), text: hostileStrings.joined(separator: "\n"))],
            entities: entities, relations: relations, events: events)
    }()

    /// `count` entities in a ring with one relation each.
    static func ring(_ count: Int) -> StorylineDocument {
        let entities = (0..<count).map { Entity(id: "n\($0)", name: "Node \($0)", type: EntityType.allCases[$0 % 4]) }
        let relations = (0..<count).map {
            Relation(id: "r\($0)", source: "n\($0)", target: "n\(($0 * 7 + 1) % count)", type: .relatedTo, label: "rel \($0 % 5)", evidence: [])
        }
        return StorylineDocument(documents: [DocumentInfo(id: "d1", title: "ring", text: "")], entities: entities, relations: relations)
    }

    /// Graphviz's reading of a plain label: `\\` is a backslash, `\n` a line break, `&amp;` an ampersand.
    static func labelText(_ raw: String) -> String {
        var out = ""
        var it = raw.unicodeScalars.makeIterator()
        while let u = it.next() {
            if u == "\\" {
                guard let n = it.next() else { out += "\\"; break }
                switch n {
                case "n": out += "\n"
                case "\\": out += "\\"
                default: out.unicodeScalars.append(u); out.unicodeScalars.append(n)
                }
            } else { out.unicodeScalars.append(u) }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Runs `xmllint --noout` on the bytes; nil when well-formed, else its complaint. Throws if xmllint is missing.
    static func xmllintProblems(_ data: Data) throws -> String? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-\(UUID().uuidString).svg")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        p.arguments = ["--noout", "--nonet", url.path]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? nil : String(decoding: message, as: UTF8.self)
    }
}
