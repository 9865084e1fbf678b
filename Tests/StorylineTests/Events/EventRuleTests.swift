import Testing
@testable import Storyline

/// Example corpus of the trigger, tense and anchoring rules (reference date 2013-12-04), and a
/// negative corpus that must give no event.
@Suite struct EventRuleTests {
    struct Example: CustomStringConvertible, Sendable {
        var sentence: String
        var timexes: [(String, TimexType, String)] = []
        var trigger: String
        var type: String
        var tense: String?
        var date: String
        var certainty: DateCertainty = .stated
        /// Timex phrases the time stage marks as the second year of a range ("02" of "2001-02").
        var rangeEnds: Set<String> = []
        var description: String { sentence }
    }

    static let examples: [Example] = [
        Example(sentence: "Apple launched the iPhone in June 2010.", timexes: [("June 2010", .date, "2010-06")],
                trigger: "launched", type: "launch", tense: "past", date: "2010-06"),
        Example(sentence: "Google will open an office in Paris next year.", timexes: [("next year", .date, "2014")],
                trigger: "open", type: "opening", tense: "future", date: "2014"),
        Example(sentence: "The company sued Samsung last week.", timexes: [("last week", .date, "2013-W48")],
                trigger: "sued", type: "legal", tense: "past", date: "2013-W48"),
        Example(sentence: "Microsoft is to acquire Nokia.", trigger: "acquire", type: "acquisition", tense: "future",
                date: "XXXX", certainty: .inferred),
        Example(sentence: "Last month, the board elected a new chairman.", timexes: [("Last month", .date, "2013-11")],
                trigger: "elected", type: "election", tense: "past", date: "2013-11"),
        Example(sentence: "Acme has sold its chip unit.", trigger: "sold", type: "sale", tense: "past",
                date: "2013-12-04", certainty: .inferred),
        Example(sentence: "Acme Announces New Phones", trigger: "Announces", type: "announcement", tense: "present",
                date: "2013-12-04", certainty: .inferred),
        Example(sentence: "In a 5 May interview, Smith said the deal was done.", timexes: [("5 May", .date, "2013-05-05")],
                trigger: "said", type: "statement", tense: "past", date: "2013-05-05"),
        Example(sentence: "The rebels killed ten soldiers on Monday.", timexes: [("Monday", .date, "2013-12-02")],
                trigger: "killed", type: "death", tense: "past", date: "2013-12-02"),
        Example(sentence: "The firm was acquired by Oracle in 2009.", timexes: [("2009", .date, "2009")],
                trigger: "acquired", type: "acquisition", tense: "past", date: "2009"),
        // A range of years dates the event by its start, not its end; a range that modifies a noun
        // ("the 1982-83 championship team") dates nothing, as a single year there does not.
        Example(sentence: "Apple launched the iPod range in 2001-02.", timexes: [("2001", .date, "2001"), ("02", .date, "2002")],
                trigger: "launched", type: "launch", tense: "past", date: "2001", rangeEnds: ["02"]),
        Example(sentence: "The member of the 1982-83 championship team started his coaching career in Portland.",
                timexes: [("1982", .date, "1982"), ("83", .date, "1983")], trigger: "started", type: "launch", tense: "past",
                date: "2013-12-04", certainty: .inferred, rangeEnds: ["83"]),
        Example(sentence: "Smith said Acme would cut jobs and that it released a phone in March.",
                timexes: [("March", .date, "2013-03")], trigger: "released", type: "launch", tense: "past", date: "2013-03"),
        Example(sentence: "Police shot the gunman on Monday.", timexes: [("Monday", .date, "2013-12-02")],
                trigger: "shot", type: "attack", tense: "past", date: "2013-12-02"),
        // An attack that kills is the death: "dead" or "to death" closes its object.
        Example(sentence: "A guard was shot dead in Brooklyn on Friday.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "shot", type: "death", tense: "past", date: "2013-11-29"),
        Example(sentence: "The mother is shot dead shielding her child.", trigger: "shot", type: "death", tense: "present",
                date: "2013-12-04", certainty: .inferred),
        Example(sentence: "He stabbed his ex-girlfriend and his own mother to death on Friday.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "stabbed", type: "death", tense: "past", date: "2013-11-29"),
        // Negative: "dead" before a noun, and no "dead" at all, leave the attack.
        Example(sentence: "Police shot at the dead man's car on Friday.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "shot", type: "attack", tense: "past", date: "2013-11-29"),
        Example(sentence: "Troops attacked a rally in memory of dead soldiers on Friday.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "attacked", type: "attack", tense: "past", date: "2013-11-29"),
        Example(sentence: "Gunmen stabbed a guard on Friday, and police found him dead.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "stabbed", type: "attack", tense: "past", date: "2013-11-29"),
        Example(sentence: "The man was murdered on Friday.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "murdered", type: "death", tense: "past", date: "2013-11-29"),
        Example(sentence: "Two trains collided near Lyon on Sunday.", timexes: [("Sunday", .date, "2013-12-01")],
                trigger: "collided", type: "accident", tense: "past", date: "2013-12-01"),
        Example(sentence: "Thousands protested in Kiev on Sunday.", timexes: [("Sunday", .date, "2013-12-01")],
                trigger: "protested", type: "unrest", tense: "past", date: "2013-12-01"),
        Example(sentence: "They decided to exit the market.", trigger: "exit", type: "withdrawal", tense: "past",
                date: "2013-12-04", certainty: .inferred),
        // What was said is its own event when its clause carries a date, which may follow an
        // apposition to the object ("Zeta, a software maker based in Denver, for $2 billion in March").
        Example(sentence: "Acme said on Monday that it had bought Zeta, a software maker based in Denver, for $2 billion in March.",
                timexes: [("Monday", .date, "2013-12-02"), ("March", .date, "2013-03")],
                trigger: "bought", type: "acquisition", tense: "past", date: "2013-03"),
        Example(sentence: "Police arrested Smith, a local teacher, on Friday.", timexes: [("Friday", .date, "2013-11-29")],
                trigger: "arrested", type: "legal", tense: "past", date: "2013-11-29"),
        // Negative: ", the company said," is a clause, not an apposition; nor is one followed by "and".
        Example(sentence: "Acme bought Zeta, the company said, in a filing on Monday.", timexes: [("Monday", .date, "2013-12-02")],
                trigger: "bought", type: "acquisition", tense: "past", date: "2013-12-04", certainty: .inferred),
        Example(sentence: "Acme sued Beta, the maker of the phone, and Gamma settled on Monday.", timexes: [("Monday", .date, "2013-12-02")],
                trigger: "sued", type: "legal", tense: "past", date: "2013-12-04", certainty: .inferred),
        // A saying is dated by its own circumstance after the addressee ("in an interview last week").
        Example(sentence: "Jane Smith told Reuters in an interview last week that sales were strong.",
                timexes: [("last week", .date, "2013-W48")], trigger: "told", type: "statement", tense: "past", date: "2013-W48"),
        Example(sentence: "Smith told reporters at a news conference in Paris on Monday.",
                timexes: [("Monday", .date, "2013-12-02")], trigger: "told", type: "statement", tense: "past", date: "2013-12-02"),
        Example(sentence: "Smith said to reporters at a briefing in Paris on Monday that the plan was dead.",
                timexes: [("Monday", .date, "2013-12-02")], trigger: "said", type: "statement", tense: "past", date: "2013-12-02"),
        // Negative: a date in what was said ("sales rose in April", "plans to travel next week") is not the saying's.
        Example(sentence: "Cohen announced plans to travel to Ohio next week.", timexes: [("next week", .date, "2013-W50")],
                trigger: "announced", type: "announcement", tense: "past", date: "2013-12-04", certainty: .inferred),
        Example(sentence: "Smith said sales rose sharply in April.", timexes: [("April", .date, "2013-04")],
                trigger: "said", type: "statement", tense: "past", date: "2013-12-04", certainty: .inferred),
        Example(sentence: "Smith told Reuters the company will open a plant in April.", timexes: [("April", .date, "2013-04")],
                trigger: "told", type: "statement", tense: "past", date: "2013-12-04", certainty: .inferred),
        // An event noun that is the subject of its clause takes the clause's date.
        Example(sentence: "The trial is expected to open in the spring.", timexes: [("the spring", .date, "2014-SP")],
                trigger: "trial", type: "legal", tense: nil, date: "2014-SP"),
        Example(sentence: "The vote was held on Sunday.", timexes: [("Sunday", .date, "2013-12-01")],
                trigger: "vote", type: "election", tense: nil, date: "2013-12-01"),
        // Negative: a date before a possessive ("Saturday's debate") dates another noun.
        Example(sentence: "The trial was among the topics raised in Saturday's debate.", timexes: [("Saturday", .date, "2013-11-30")],
                trigger: "trial", type: "legal", tense: nil, date: "2013-12-04", certainty: .inferred),
        // Negative: a noun modifying the subject ("the trial judge") is not the subject.
        Example(sentence: "The trial judge retired in May.", timexes: [("May", .date, "2013-05")],
                trigger: "trial", type: "legal", tense: nil, date: "2013-12-04", certainty: .inferred),
        // Negative: a sentence that opens like a footer but goes on is news.
        Example(sentence: "Originally published in 1998, the book sold two million copies in May.", timexes: [("May", .date, "2013-05")],
                trigger: "sold", type: "sale", tense: "past", date: "2013-05", certainty: .stated),
    ]

    @Test(arguments: examples) func example(_ x: Example) throws {
        var f = EventFixture(x.sentence)
        for (phrase, type, value) in x.timexes { f.timex(phrase, type, value, endsRange: x.rangeEnds.contains(phrase)) }
        let events = f.events()
        let e = try #require(events.first { f.text.text(tokens: $0.trigger).hasPrefix(x.trigger) }, "no event for \(x.trigger)")
        #expect(e.type == x.type)
        #expect(e.tense == x.tense)
        #expect(e.dateValue == x.date)
        #expect(e.certainty == x.certainty)
    }

    static let negatives: [String] = [
        "Apple did not launch the phone.",
        "The firm could sell the unit.",
        "Acme no longer sells printers.",
        "Acme tried to buy Beta.",
        "Acme would never withdraw from Europe.",
        "Acme won't release the phone.",
        "The launch of the phone was exciting.",
        "They discussed cyber-attacks.",
        "The released version is slow.",
        "The company has close ties to the government.",
        // A saying in a free relative ("what they said") is no statement of its own.
        "Lawmakers worried about what they said were close ties between Acme and the government.",
        // A publication footer is no news event.
        "Originally published on eWeek.",
        "This story was originally published on The Conversation.",
    ]

    @Test(arguments: negatives) func negative(_ sentence: String) {
        let events = EventFixture(sentence).events()
        #expect(events.isEmpty, "\(events.map(\.headline))")
    }

    @Test func namesAreNoTriggers() {
        var f = EventFixture("Acme sells phones in the United States.")
        f.entity("United States", .location)
        f.entity("Acme", .organization)
        let events = f.events()
        #expect(events.count == 1)
        #expect(events.first.map { f.text.text(tokens: $0.trigger) } == "sells")
        #expect(events.first?.participants.contains { $0.role == .location } == true)
    }

    @Test func narrativeReferenceTimeDatesPastVerbs() {
        var f = EventFixture("Acme opened a plant in 2011. It hired 300 workers.\n\nAcme sells cars.")
        f.timex("2011", .date, "2011")
        f.entity("Acme", .organization)
        let events = f.events()
        #expect(events.map(\.dateValue) == ["2011", "2011", "2013-12-04"])
        #expect(events.map(\.certainty) == [.stated, .inferred, .inferred])
        #expect(events[1].participants.first?.role == .agent) // "It" → Acme
    }

    @Test func withoutParagraphsTheStoryDayBeatsThePreviousSentence() {
        func dates(_ text: String) -> [String] {
            var f = EventFixture(text)
            f.timex("Monday", .date, "2013-12-02")
            f.timex("2009", .date, "2009")
            f.entity("Acme", .organization)
            return f.events().map(\.dateValue)
        }
        let sentences = ["Acme sold its unit on Monday.", "In 2009, Acme had bought it.", "Acme fired the boss.", "The boss denied it."]
        #expect(dates(sentences.joined(separator: " ")) == ["2013-12-02", "2009", "2009", "2009"])
        #expect(dates(sentences.joined(separator: "\n\n")) == ["2013-12-02", "2009", "2013-12-02", "2013-12-02"])
    }

    @Test func sameEventToldTwiceIsMerged() {
        var f = EventFixture("Acme bought Beta in May. The deal closed. Acme acquired Beta for $5 million, it said.")
        f.timex("May", .date, "2013-05")
        f.entity("Acme", .organization)
        f.entity("Beta", .organization)
        let acquisitions = f.events().filter { $0.type == "acquisition" }
        #expect(acquisitions.count == 1)
        #expect(acquisitions.first?.otherSentences == [2])
        #expect(acquisitions.first?.dateValue == "2013-05")
    }

    @Test func anAppositionWithoutItsClosingCommaKeepsThePersonTheSubject() {
        // "Smith, the tackle for the Bears was arrested": Smith, not the team.
        let sunday = [("Sunday", TimexType.date, "2013-12-01")]
        let f = EventFixture("Tom Smith , the tackle for the Bears was arrested on Sunday .", timexes: sunday,
                             entities: [("Tom Smith", .person), ("Bears", .organization)])
        #expect(f.events().first { $0.type == "legal" }?.participants.contains { $0.entity == f.entityIndex("Tom Smith") } == true)
        // Negative: a place before the comma is no subject.
        let g = EventFixture("In Boston , the police arrested a man on Sunday .", timexes: sunday, entities: [("Boston", .location)])
        #expect(g.events().first { $0.type == "legal" }?.participants.contains { $0.entity == g.entityIndex("Boston") && $0.role == .agent } == false)
    }

    @Test func durationsGiveIntervals() {
        var f = EventFixture("Acme has sold phones for 3 years.")
        f.timex("3 years", .duration, "P3Y")
        let e = f.events().first
        #expect(e?.endValue == "2013-12-04")
        #expect(e?.dateValue == "2010-12-04")
    }

    @Test func neverCrashesOnRandomSentencesWithRandomStageResults() {
        let vocabulary = ["Acme", "said", "sold", "the", "“", "”", "\"", ",", ".", "to", "will", "not", "has", "been",
                          "in", "April", "it", "which", "and", "launch", "interview", "by", "its", "'s", "-", "born",
                          "no", "longer", "is", "going", "decided", "tried", "\n\n", "Inc.", "where", "Denver", "saying",
                          "a", "we", "our", "company", "(", "for", "attack", "trial", "was", "told", "interview",
                          "they", "lawmakers", "what", "are", "open", "Originally", "published", "Reporting", "Copyright", "2013", "chief", "executive"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let n = Int.random(in: 0..<40, using: &rng)
            let words = (0..<n).map { _ in vocabulary.randomElement(using: &rng) ?? "" }
            var f = EventFixture(words.joined(separator: " "))
            let count = f.text.tokens.count
            if count > 2 {
                for _ in 0..<3 {
                    let a = Int.random(in: 0..<count, using: &rng), b = min(count, a + Int.random(in: 1...3, using: &rng))
                    f.timexes.append(TimexMention(tokens: a..<b, bytes: f.text.byteRange(tokens: a..<b),
                                                  type: [.date, .duration, .time].randomElement(using: &rng) ?? .date,
                                                  value: ["2013-04", "P3Y", "PRESENT_REF", "XXXX", "2013-12-02T10:00"].randomElement(using: &rng) ?? ""))
                    let c = Int.random(in: 0..<count, using: &rng), d = min(count, c + Int.random(in: 1...2, using: &rng))
                    f.entities.append(EntityRecord(name: "E\(c)", type: EntityType.allCases.randomElement(using: &rng) ?? .person,
                                                   aliases: [], mentions: [EntityMentionRef(tokens: c..<d, bytes: f.text.byteRange(tokens: c..<d))]))
                }
            }
            _ = f.events()
            _ = EventExtractor.shared.mentions(f.text, timexes: f.timexes, entities: f.entities, dct: nil, options: .annotation)
        }
    }

    @Test func neverCrashesOnOddInput() {
        for s in ["", " ", "said", "“", "to", "will", "and said and", "Acme ,, said ” “ to", String(repeating: "said ", count: 500),
                  "Acme wins the vote\n\nHas Acme sold it in May", "Acme bought Beta , a maker ,", "“We”", "Smith told Reuters in"] {
            _ = EventFixture(s).events()
        }
    }
}
