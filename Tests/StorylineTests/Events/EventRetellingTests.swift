import Testing
@testable import Storyline

/// Example corpus of retellings (reference date 2013-12-04): a later noun or verb that tells an
/// extracted event again becomes another telling of it (`otherTriggers`), never a second event;
/// an incident named only by a noun is its event. The negative corpus must attach nothing.
@Suite struct EventRetellingTests {
    struct Example: CustomStringConvertible, Sendable {
        var text: String
        var timexes: [(String, TimexType, String)] = []
        var entities: [(String, EntityType)] = []
        /// Each event: its trigger, then the triggers of its other tellings.
        var expected: [String]
        var description: String { text }
    }

    /// Each event as "trigger" or "trigger + other + other", in text order.
    static func tellings(_ x: Example) -> [String] {
        var f = EventFixture(x.text)
        for (phrase, type, value) in x.timexes { f.timex(phrase, type, value) }
        for (name, type) in x.entities { f.entity(name, type) }
        return f.events().map { e in
            ([e.trigger] + e.otherTriggers).map { f.text.text(tokens: $0) }.joined(separator: " + ")
        }
    }

    static let examples: [Example] = [
        Example(text: "Police arrested Smith on Monday. The arrest followed a long inquiry.",
                timexes: [("Monday", .date, "2013-12-02")], entities: [("Smith", .person)],
                expected: ["arrested + arrest"]),
        Example(text: "Gunmen killed a journalist on Monday. His death shocked the town.",
                timexes: [("Monday", .date, "2013-12-02")], expected: ["killed + death"]),
        Example(text: "Police arrested Brown on Tuesday. Officers said Brown was arrested at home.",
                timexes: [("Tuesday", .date, "2013-12-03")], entities: [("Brown", .person)],
                expected: ["arrested + arrested", "said"]),
        Example(text: "Acme bought Beta in May. The acquisition was completed quickly.",
                timexes: [("May", .date, "2013-05")], entities: [("Acme", .organization), ("Beta", .organization)],
                expected: ["bought + acquisition"]),
        Example(text: "A bus crashed near Paris on Monday. Twenty people were hurt in the crash.",
                timexes: [("Monday", .date, "2013-12-02")], entities: [("Paris", .location)],
                expected: ["crashed + crash"]),
        Example(text: "Leeds double murder: man charged with killing two neighbours.",
                expected: ["murder + killing", "charged"]),
        Example(text: "An earthquake hit Chile on 3 May. The quake destroyed 300 homes.",
                timexes: [("3 May", .date, "2013-05-03")], entities: [("Chile", .location)],
                expected: ["earthquake + quake"]),
        Example(text: "Gunmen killed a guard on Monday. The guard was found dead.",
                timexes: [("Monday", .date, "2013-12-02")], expected: ["killed + dead"]),
        Example(text: "Smith praised the team and went on medical leave in May.",
                timexes: [("May", .date, "2013-05")], entities: [("Smith", .person)], expected: ["praised", "leave"]),
        Example(text: "Jones was murdered on Friday. A man was charged with murdering Jones.",
                timexes: [("Friday", .date, "2013-11-29")], entities: [("Jones", .person)],
                expected: ["murdered + murdering", "charged"]),
        Example(text: "The murders shocked the town. Residents mourned the murders of two women.",
                expected: ["murders + murders"]),
        // A retelling before the mention that names its event finds it, and the same word
        // ("launch") beats a synonym ("released") nearer by.
        Example(text: "Five years after its launch, the store leads, figures released by Beta in April show. Its launch in 2003 was quiet.",
                timexes: [("April", .date, "2013-04"), ("2003", .date, "2003")], entities: [("Beta", .organization)],
                expected: ["released", "launch + launch"]),
        // "its" guesses its antecedent: the launch still retells Acme's launch.
        Example(text: "Acme launched the store in 2003. Acme sued Beta. Since its launch the store is popular.",
                timexes: [("2003", .date, "2003")], entities: [("Acme", .organization), ("Beta", .organization)],
                expected: ["launched + launch", "sued"]),
        // A trial is named by its noun, like an incident.
        Example(text: "Jurors watched a video at the trial of two men. The trial resumes next week.",
                expected: ["trial + trial"]),
        // "left three people dead": a death, not a departure.
        Example(text: "The blast left three people dead on Wednesday. Their deaths shocked the town.",
                timexes: [("Wednesday", .date, "2013-11-27")], expected: ["dead + deaths"]),
        // An offence is its own event ("DUI", "drunk driving", "driving under the influence").
        Example(text: "Police arrested Smith on suspicion of drunk driving on Sunday. The DUI arrest was his second.",
                timexes: [("Sunday", .date, "2013-12-01")], entities: [("Smith", .person)],
                expected: ["arrested + arrest", "driving + DUI"]),
        Example(text: "Smith was charged with driving under the influence.", entities: [("Smith", .person)],
                expected: ["charged", "driving"]),
        // "shot and killed": the shooting and the death are two events.
        Example(text: "Gunmen shot and killed a guard on Monday. The killing shocked the town.",
                timexes: [("Monday", .date, "2013-12-02")], expected: ["shot", "killed + killing"]),
        // Gunfire, crossfire, a shootout: attacks named by a noun.
        Example(text: "A woman was caught in the crossfire on Friday. The gunfire lasted a minute.",
                timexes: [("Friday", .date, "2013-11-29")], expected: ["crossfire + gunfire"]),
        // Riots, protests, clashes are one incident told in the plural.
        Example(text: "Three people died in Athens during Greek riots. The riots spread north.",
                entities: [("Athens", .location)], expected: ["died", "riots + riots"]),
        Example(text: "Tear gas drifted over the demonstrations. The demonstration turned violent.",
                expected: ["demonstrations + demonstration"]),
        // "on leave" says the leave holds; a leave of absence is no departure ("left").
        Example(text: "Smith on medical leave. Smith left Jones in charge during the leave.",
                entities: [("Smith", .person), ("Jones", .person)], expected: ["leave + leave", "left"]),
        Example(text: "Smith praised the team. Smith has been on medical leave since May.",
                timexes: [("May", .date, "2013-05")], entities: [("Smith", .person)], expected: ["praised", "leave"]),
        Example(text: "Jones said Smith would go on sabbatical. The sabbatical was long.",
                entities: [("Smith", .person), ("Jones", .person)], expected: ["said", "sabbatical + sabbatical"]),
        // Events of one type but of two trigger classes are two events, each told again by its own word.
        Example(text: "Police arrested Smith on Monday. Smith was charged on Monday. Smith was arrested at home.",
                timexes: [("Monday", .date, "2013-12-02")], entities: [("Smith", .person)],
                expected: ["arrested + arrested", "charged"]),
        Example(text: "Acme fired Smith on Monday. Acme hired Jones on Monday.",
                timexes: [("Monday", .date, "2013-12-02")],
                entities: [("Acme", .organization), ("Smith", .person), ("Jones", .person)], expected: ["fired", "hired"]),
    ]

    @Test(arguments: examples) func example(_ x: Example) {
        #expect(Self.tellings(x) == x.expected)
    }

    static let negatives: [Example] = [
        // Another buyer, another purchase.
        Example(text: "Acme bought Beta in May. Gamma's purchase of Delta was slow.",
                timexes: [("May", .date, "2013-05")],
                entities: [("Acme", .organization), ("Beta", .organization), ("Gamma", .organization), ("Delta", .organization)],
                expected: ["bought"]),
        // "a deal", "deals": some other deal.
        Example(text: "Acme signed an agreement in May. Deals are common. A deal is near.",
                timexes: [("May", .date, "2013-05")], expected: ["signed"]),
        // Announcements and statements are too common to retell one event.
        Example(text: "Acme released a phone in May. The announcement was long.",
                timexes: [("May", .date, "2013-05")], expected: ["released"]),
        // A bare plural names no incident.
        Example(text: "Deaths from cancer are common.", expected: []),
        Example(text: "The town saw few shootings and deaths.", expected: []),
        // Without a date of its own, a noun of no incident names no event.
        Example(text: "Smith praised the team and the leave was short.", entities: [("Smith", .person)], expected: ["praised"]),
        // "on" without a verb or a person before it says no leave holds.
        Example(text: "Jones commented on the leave.", entities: [("Jones", .person)], expected: ["commented"]),
        Example(text: "Smith left Acme in May.", timexes: [("May", .date, "2013-05")],
                entities: [("Smith", .person), ("Acme", .organization)], expected: ["left"]),
        // A shooting and the death it causes are two events; "found dead" names none.
        Example(text: "Gunmen shot a guard on Monday. The guard was found dead.",
                timexes: [("Monday", .date, "2013-12-02")], expected: ["shot"]),
        // Coordinated verbs of one type (or of no incident) stay one event.
        Example(text: "Police arrested and charged Smith on Monday.", timexes: [("Monday", .date, "2013-12-02")],
                entities: [("Smith", .person)], expected: ["arrested"]),
        // A launch with a named owner of its own is another launch.
        Example(text: "Acme launched the store in 2003. Since Beta's launch the store is popular.",
                timexes: [("2003", .date, "2003")], entities: [("Acme", .organization), ("Beta", .organization)],
                expected: ["launched"]),
        // A free trial is no court case.
        Example(text: "Acme offers a free trial of the software.", entities: [("Acme", .organization)], expected: []),
        // "left" without "dead" stays a departure.
        Example(text: "Smith left the town without power in May.", timexes: [("May", .date, "2013-05")],
                entities: [("Smith", .person)], expected: ["left"]),
        // Driving is no offence without its modifier.
        Example(text: "Smith likes driving. Driving in the rain is hard.", entities: [("Smith", .person)], expected: []),
        // A web address tells no event.
        Example(text: "http : / / example . com / man - arrested - for - dui", expected: []),
        // A bare gerund retells an incident but names none.
        Example(text: "A man was charged with murdering Jones.", entities: [("Jones", .person)], expected: ["charged"]),
        // An adjective retells an incident but names none.
        Example(text: "The project hit a dead end.", expected: []),
        // No incident noun, nothing told.
        Example(text: "The statement was long.", expected: []),
        // What could happen retells nothing.
        Example(text: "Police arrested Smith on Monday. Officers said Smith could be charged.",
                timexes: [("Monday", .date, "2013-12-02")], entities: [("Smith", .person)],
                expected: ["arrested", "said"]),
    ]

    @Test func anOffenceIsTheArrestedPersons() {
        // Same sentence: the arrested person; else the article's first arrest that names one.
        for text in ["Police arrested Smith on suspicion of drunk driving on Sunday.",
                     "Drunk driving is a crime. Police arrested Smith on Sunday."] {
            let f = EventFixture(text, timexes: [("Sunday", .date, "2013-12-01")], entities: [("Smith", .person)])
            let offence = f.events().first { $0.type == "offence" }
            #expect(offence?.participants.map(\.entity) == [f.entityIndex("Smith")].compactMap { $0 }, "\(text)")
        }
        // The article's main person, not an arrest recalled in passing.
        let g = EventFixture("Drunk driving is a crime. Jones was arrested in May. Police arrested Smith on Sunday. Smith is a rookie.",
                             timexes: [("May", .date, "2013-05"), ("Sunday", .date, "2013-12-01")],
                             entities: [("Smith", .person), ("Jones", .person)])
        #expect(g.events().first { $0.type == "offence" }?.participants.map(\.entity) == [g.entityIndex("Smith")].compactMap { $0 })
        // An arrest that names nobody is the main person's too.
        let h = EventFixture("Police arrested Smith on Sunday. Smith is a rookie. A player was arrested in May.",
                             timexes: [("Sunday", .date, "2013-12-01"), ("May", .date, "2013-05")], entities: [("Smith", .person)])
        #expect(h.events().filter { $0.type == "legal" }.allSatisfy { $0.participants.contains { $0.entity == h.entityIndex("Smith") } })
        #expect(h.events().filter { $0.type == "legal" }.count == 2)
        // Negative: no arrest, no offender.
        let f = EventFixture("Drunk driving is a crime, Smith said.", timexes: [], entities: [("Smith", .person)])
        #expect(f.events().first { $0.type == "offence" }?.participants.isEmpty == true)
    }

    @Test(arguments: negatives) func negative(_ x: Example) {
        #expect(Self.tellings(x) == x.expected)
    }
}
