import Testing
@testable import Storyline

/// Example corpus of participants and headlines (reference date 2013-12-04): who an anaphor or a
/// quoted "we" is, the agent of "by X", and headlines of event nouns. Rows marked negative guard
/// against a wider rule that would be wrong.
@Suite struct EventParticipantTests {
    struct Example: CustomStringConvertible, Sendable {
        var text: String
        var timexes: [(String, TimexType, String)] = []
        var entities: [(String, EntityType)] = []
        /// The event's trigger (its first event whose trigger starts so).
        var trigger: String
        /// The agent's name, or nil for none.
        var agent: String?
        var patient: String? = nil
        /// One of the participants in the role "other" (`.some(nil)`: none).
        var other: String?? = .none
        var headline: String? = nil
        var date: String? = nil
        var description: String { text }
    }

    static let examples: [Example] = [
        // A quoted "we" is the speaker's side, not the organisation named last or as a subject before.
        Example(text: "Acme sued Beta in May. Beta denied it. “We will open a plant next year,” Acme said.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Beta", .organization), ("Acme", .organization)],
                trigger: "open", agent: "Acme", headline: "Acme will open a plant"),
        Example(text: "Acme sued Beta in May. Beta denied it. “We will open a plant next year,” said Jane Smith, chief executive of Acme.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Beta", .organization), ("Acme", .organization), ("Jane Smith", .person)],
                trigger: "open", agent: "Acme", headline: "Acme will open a plant"),
        Example(text: "Beta sued Acme in May. “We will open a plant next year,” Jane Smith said.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Beta", .organization), ("Acme", .organization), ("Jane Smith", .person)],
                trigger: "open", agent: "Jane Smith", headline: "Jane Smith will open a plant"),
        // The party named instead of "we" takes a verb that agrees with it.
        Example(text: "Beta sued Acme in May. “We are opening a plant next year,” Acme said.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Beta", .organization), ("Acme", .organization)],
                trigger: "opening", agent: "Acme", headline: "Acme is opening a plant"),
        Example(text: "Beta sued Acme in May. “We open a plant next year,” Jane Smith said.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Beta", .organization), ("Acme", .organization), ("Jane Smith", .person)],
                trigger: "open", agent: "Jane Smith", headline: "Jane Smith opens a plant"),
        // "its" with a speaker's title is the topic organisation: the company she speaks for.
        Example(text: "Acme sued Beta in May. “We will grow in Europe next year,” said Jane Smith, its chief executive.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Jane Smith", .person)],
                trigger: "grow", agent: "Acme", headline: "Acme will grow in Europe"),
        Example(text: "Acme sued Beta in May. Jane Smith, its chief executive, told Reuters on Monday that it would appeal.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Jane Smith", .person), ("Reuters", .organization)],
                trigger: "told", agent: "Jane Smith", other: "Acme"),
        Example(text: "Acme sued Beta in May. Its chief executive Jane Smith said on Monday that it would appeal.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Jane Smith", .person)],
                trigger: "said", agent: "Jane Smith", other: "Acme"),
        // Negative: a title without "its" or a company is nobody's.
        Example(text: "Acme sued Beta in May. Jane Smith, a retired teacher, said on Monday that it was wrong.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Jane Smith", .person)],
                trigger: "said", agent: "Jane Smith", other: nil),
        // Negative: "its" before other words than a title is no affiliation.
        Example(text: "Acme sued Beta in May. Jane Smith, its longtime rival, said on Monday that it was wrong.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Jane Smith", .person)],
                trigger: "said", agent: "Jane Smith", other: nil),
        // "they" after a group of people in its own sentence is the group, not an organisation.
        Example(text: "Acme sued Beta in May. Critics of the deal met on Monday, and they said the merger was a risk.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization)],
                trigger: "said", agent: nil, headline: "Critics said the merger was a risk"),
        Example(text: "Acme sued Beta in May. US lawmakers met on Monday, and they said the merger was a risk.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization), ("US", .location)],
                trigger: "said", agent: nil, headline: "US lawmakers said the merger was a risk"),
        // Negative: without a group in the sentence "they" stays the organisation named last.
        Example(text: "Acme sued Beta in May, and they said the merger was a risk.",
                timexes: [("May", .date, "2013-05")],
                entities: [("Acme", .organization), ("Beta", .organization)],
                trigger: "said", agent: "Beta"),
        // Negative: "we" outside a quotation is nobody the text names.
        Example(text: "Beta sued Acme in May. We will open a plant next year.",
                timexes: [("May", .date, "2013-05"), ("next year", .date, "2014")],
                entities: [("Beta", .organization), ("Acme", .organization)],
                trigger: "open", agent: nil, headline: "We will open a plant"),
        // "The company" is the organisation named as a subject, not an addressee; "by X" is the agent.
        Example(text: "Acme said on Monday that it sold its unit. Smith told Reuters about it. The company was founded in 1998 by John Brown.",
                timexes: [("Monday", .date, "2013-12-02"), ("1998", .date, "1998")],
                entities: [("Acme", .organization), ("Reuters", .organization), ("Smith", .person), ("John Brown", .person)],
                trigger: "founded", agent: "John Brown", patient: "Acme", headline: "Acme was founded", date: "1998"),
        // Negative: "they" is the organisation named last, not the topic ("they" is often people).
        Example(text: "Acme sued Beta in May. Police raided Beta. They arrested Smith on Monday.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Smith", .person)],
                trigger: "arrested", agent: "Beta"),
        // A dateline's agency in brackets is no topic; the name after its dash is.
        Example(text: "NEW YORK (Reuters) - Acme sued Beta on Monday. The company was founded in 1998.",
                timexes: [("Monday", .date, "2013-12-02"), ("1998", .date, "1998")],
                entities: [("Reuters", .organization), ("Acme", .organization), ("Beta", .organization), ("NEW YORK", .location)],
                trigger: "founded", agent: nil, patient: "Acme", headline: "Acme was founded"),
        // Negative: the latest subject wins over the first one.
        Example(text: "Acme sued Beta in May. Beta hired Smith on Monday. The company was founded in 1998.",
                timexes: [("May", .date, "2013-05"), ("Monday", .date, "2013-12-02"), ("1998", .date, "1998")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Smith", .person)],
                trigger: "founded", agent: nil, patient: "Beta", headline: "Beta was founded"),
        // An event noun's headline is the noun with its own modifiers and place, and its date may follow the place.
        Example(text: "Police arrested three men after the attack in Paris on Monday.",
                timexes: [("Monday", .date, "2013-12-02")], entities: [("Paris", .location)],
                trigger: "attack", agent: nil, headline: "Attack in Paris", date: "2013-12-02"),
        Example(text: "Police arrested three men after the bomb attack.",
                trigger: "attack", agent: nil, headline: "Bomb attack"),
        Example(text: "Police arrested three men after the wide-spread protests.",
                trigger: "protests", agent: nil, headline: "Wide-spread protests"),
    ]

    @Test(arguments: examples) func example(_ x: Example) throws {
        let f = EventFixture(x.text, timexes: x.timexes, entities: x.entities)
        let events = f.events()
        let e = try #require(events.first { f.text.text(tokens: $0.trigger).hasPrefix(x.trigger) },
                             "no event for \(x.trigger): \(events.map(\.headline))")
        func name(_ role: ParticipantRole) -> String? {
            e.participants.first { $0.role == role }.map { f.entities[$0.entity].name }
        }
        #expect(name(.agent) == x.agent)
        if let p = x.patient { #expect(name(.patient) == p) }
        let others = e.participants.filter { $0.role == .other }.map { f.entities[$0.entity].name }
        if case .some(let o) = x.other { #expect(o.map { others.contains($0) } ?? others.isEmpty, "\(others)") }
        if let h = x.headline { #expect(e.headline == h) }
        if let d = x.date { #expect(e.dateValue == d) }
    }
}
