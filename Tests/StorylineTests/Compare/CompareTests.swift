import Foundation
import Testing
@testable import Storyline

/// Hand-made documents for alignment, entity resolution and merge cases.
enum CompareFixtures {
    static func event(_ id: String, doc: String, _ headline: String, trigger: String, date: String,
                      _ participants: [String], at start: Int = 0) -> Event {
        Event(id: id, document: doc, headline: headline, type: "statement",
              trigger: Trigger(text: trigger, start: start + 5, end: start + 5 + trigger.count),
              date: EventDate(timex: nil, value: date, certainty: .stated),
              participants: participants.enumerated().map { Participant(entity: $0.element, role: $0.offset == 0 ? .agent : .patient) },
              evidence: EventEvidence(start: start, end: start + 50, text: headline))
    }

    static func entity(_ id: String, _ name: String, _ type: EntityType, aliases: [String] = [], doc: String) -> Entity {
        Entity(id: id, name: name, type: type, aliases: aliases,
               mentions: [Mention(document: doc, text: name, start: 0, end: name.count)])
    }

    static func doc(_ id: String, entities: [Entity], events: [Event], relations: [Relation] = []) -> StorylineDocument {
        StorylineDocument(documents: [DocumentInfo(id: id, title: id, published: "2013-12-04", dateSource: .given, text: "")],
                          entities: entities, relations: relations, events: events)
    }

    /// The Huawei story as told by two outlets.
    static let a = doc("a", entities: [
        entity("huawei", "Huawei Technologies", .organization, aliases: ["Huawei"], doc: "a"),
        entity("eric-xu", "Eric Xu", .person, doc: "a"),
        entity("united-states", "United States", .location, aliases: ["US"], doc: "a"),
        entity("fcc", "Federal Communications Commission", .organization, doc: "a"),
    ], events: [
        event("ev1", doc: "a", "Eric Xu said Huawei was dropping its US efforts", trigger: "said", date: "2013-04",
              ["eric-xu", "huawei"], at: 0),
        event("ev2", doc: "a", "Congressional report cautioned US telecoms about Huawei", trigger: "cautioned",
              date: "2012-10", ["huawei"], at: 100),
        event("ev3", doc: "a", "Huawei withdrew from the US market", trigger: "withdrew", date: "2013-12-02",
              ["huawei", "united-states"], at: 200),
        event("ev4", doc: "a", "FCC opened an inquiry", trigger: "opened", date: "2013-06", ["fcc"], at: 300),
    ], relations: [
        Relation(id: "r1", source: "eric-xu", target: "huawei", type: .worksFor, label: "executive vice president",
                 evidence: [Evidence(document: "a", start: 0, end: 10)]),
    ])

    static let b = doc("b", entities: [
        entity("huawei", "Huawei", .organization, doc: "b"),
        entity("xu", "Eric Xu", .person, doc: "b"),
        entity("u-s", "U.S.", .location, doc: "b"),
        entity("fcc", "FCC", .organization, doc: "b"),
        entity("zte", "ZTE", .organization, doc: "b"),
    ], events: [
        event("ev1", doc: "b", "Xu told analysts Huawei was dropping US efforts", trigger: "told", date: "2013-04-18",
              ["xu", "huawei"], at: 0),
        event("ev2", doc: "b", "A congressional report warned US telecoms about Huawei", trigger: "warned",
              date: "2013", ["huawei"], at: 100),
        event("ev3", doc: "b", "Huawei pulled out of the U.S. market", trigger: "pulled out", date: "2013-12",
              ["huawei", "u-s"], at: 200),
        event("ev4", doc: "b", "ZTE launched a phone", trigger: "launched", date: "2013-06", ["zte"], at: 300),
    ], relations: [
        Relation(id: "r1", source: "xu", target: "huawei", type: .worksFor, label: "executive",
                 evidence: [Evidence(document: "b", start: 0, end: 10)]),
        Relation(id: "r2", source: "zte", target: "huawei", type: .competitorOf, label: "rival",
                 evidence: [Evidence(document: "b", start: 0, end: 10)]),
    ])
}

@Suite("Compare: words, names, dates")
struct CompareWordTests {
    @Test(arguments: [
        ("said", "told"), ("stated", "says"), ("withdrew", "pulled out"), ("exited", "withdrawal"),
        ("acquired", "bought"), ("acquisition", "purchase"), ("announced", "unveils"), ("launching", "released"),
        ("killed", "died"), ("murder", "death"), ("shot", "shooting"), ("stabbed", "attacked"),
        ("arrested", "detained"), ("charged", "indicted"), ("exploded", "explosion"),
    ])
    func synonymTriggersShareAClass(_ x: String, _ y: String) {
        #expect(EventWords.triggerConcept(x) == EventWords.triggerConcept(y))
    }

    @Test(arguments: [("said", "acquired"), ("launched", "sued"), ("withdrew", "bought"), ("opened", "closed"),
                      ("shot", "killed"), ("shooting", "death"), ("arrested", "charged")])
    func differentTriggersDoNot(_ x: String, _ y: String) {
        #expect(EventWords.triggerConcept(x) != EventWords.triggerConcept(y))
    }

    @Test func everySynonymStandsInOneRow() {
        var rowOf: [String: Int] = [:]
        for (r, row) in EventWords.synonymRows.enumerated() {
            for word in row {
                let key = EventWords.stemPhrase(word)
                if let other = rowOf[key], other != r { Issue.record("\(word) is in rows \(other) and \(r)") }
                rowOf[key] = r
            }
        }
        #expect(EventWords.triggerConcept("accused") == EventWords.triggerConcept("charged"))
    }

    @Test func stemsJoinInflections() {
        #expect(EventWords.stem("announced") == EventWords.stem("announces"))
        #expect(EventWords.stem("stopped") == EventWords.stem("stop"))
        // Words past the stack buffer (64 bytes) are stemmed by the same rules.
        let long = String(repeating: "ab", count: 35)
        #expect(EventWords.stem(long + "ies") == long + "y" && EventWords.stem(long + "ing") == long && EventWords.stem(long + "ss") == long + "ss")
        #expect(EventWords.stem("carries") == "carry" && EventWords.stem("planned") == "plan")
        #expect(EventWords.stem("acquiring") == EventWords.stem("acquire"))
        #expect(EventWords.headlineConcepts("Huawei's exit from the US") == EventWords.headlineConcepts("Huawei withdraws US"))
    }

    @Test(arguments: [
        ("Federal Communications Commission", "FCC", EntityType.organization),
        ("Huawei Technologies Co., Ltd.", "Huawei Technologies", .organization),
        ("Apple Inc.", "Apple", .organization),
        ("The United States", "United States", .location),
        ("U.S.", "US", .location),
    ])
    func namesShareKeys(_ x: String, _ y: String, _ type: EntityType) {
        let kx = EntityKeys.keys(name: x, aliases: [], type: type), ky = EntityKeys.keys(name: y, aliases: [], type: type)
        #expect(kx.contains { ky.contains(EntityKeys.partner(of: $0)) })
    }

    @Test func longNamesWithTheSameInitialsStayApart() {
        let corps = EntityKeys.keys(name: "Apple Corps", aliases: [], type: .organization)
        let computer = EntityKeys.keys(name: "Apple Computer", aliases: [], type: .organization)
        #expect(!corps.contains { computer.contains(EntityKeys.partner(of: $0)) })
        let m = TimelineMerge.merge([CompareFixtures.doc("x", entities: [CompareFixtures.entity("a", "Apple Corps", .organization, doc: "x")], events: []),
                                     CompareFixtures.doc("y", entities: [CompareFixtures.entity("b", "Apple Computer", .organization, doc: "y")], events: [])])
        #expect(m.entities.count == 2)
    }

    @Test func typesKeepNamesApart() {
        let person = EntityKeys.keys(name: "Washington", aliases: [], type: .person)
        let place = EntityKeys.keys(name: "Washington", aliases: [], type: .location)
        #expect(person.isDisjoint(with: place))
        // Persons get no acronyms: "Eric Xu" is not "EX".
        #expect(EntityKeys.keys(name: "Eric Xu", aliases: [], type: .person).isDisjoint(
            with: EntityKeys.keys(name: "EX", aliases: [], type: .person)))
    }

    @Test(arguments: [
        ("2013-04", "2013-04-18", DateRelation.compatible), ("2013", "2013-Q2", .compatible),
        ("2013-04-18", "2013-04-18", .same), ("2012-10", "2013", .conflicting), ("2013-Q1", "2013-04", .conflicting),
        ("XXXX", "2013", .unknown), ("PRESENT_REF", "PRESENT_REF", .unknown), ("201X", "2013-05", .compatible),
        ("2013-W15", "2013-04", .compatible), ("2013-H2", "2013-03", .conflicting),
    ])
    func dateRelations(_ x: String, _ y: String, _ expected: DateRelation) {
        #expect(DateCompatibility.relation(x, y) == expected)
        #expect(DateCompatibility.relation(y, x) == expected)
    }
}

@Suite("Compare: diff")
struct DiffTests {
    let d = TimelineDiff.diff(CompareFixtures.a, CompareFixtures.b)

    @Test func synonymsAndCompatibleDatesMatch() {
        let pairs = Set(d.matched.map { "\($0.a.id)=\($0.b.id)" })
        #expect(pairs.contains("ev1=ev1")) // said / told, 2013-04 / 2013-04-18
        #expect(pairs.contains("ev3=ev3")) // withdrew / pulled out, 2013-12-02 / 2013-12
        #expect(d.matched.first { $0.a.id == "ev1" }?.dates == .compatible)
    }

    @Test func conflictingDatesAreTheirOwnStatus() {
        #expect(d.conflictingDates.map { "\($0.a.id)=\($0.b.id)" } == ["ev2=ev2"]) // 2012-10 vs 2013
        #expect(d.conflictingDates.first?.dates == .conflicting)
    }

    @Test func unmatchedEventsAreOnOneSide() {
        #expect(d.onlyInA.map(\.id) == ["ev4"])
        #expect(d.onlyInB.map(\.id) == ["ev4"])
        #expect(!d.isEmpty)
    }

    @Test func entitiesByAliasAndAcronym() {
        let pairs = Set(d.matchedEntities.map { "\($0.a.id)=\($0.b.id)" })
        #expect(pairs == ["huawei=huawei", "eric-xu=xu", "united-states=u-s", "fcc=fcc"])
        #expect(d.entitiesOnlyInA.isEmpty)
        #expect(d.entitiesOnlyInB.map(\.id) == ["zte"])
    }

    @Test func relationsBetweenMatchedEntities() {
        // works_for holds on both sides (labels may differ); competitor_of only in b.
        #expect(d.relationsOnlyInA.isEmpty)
        #expect(d.relationsOnlyInB.map(\.type) == [.competitorOf])
    }

    @Test func sameVerbDifferentStoryDoesNotMatch() {
        let x = CompareFixtures.doc("x", entities: [CompareFixtures.entity("apple", "Apple", .organization, doc: "x")],
                                    events: [CompareFixtures.event("ev1", doc: "x", "Apple launched the iPad", trigger: "launched",
                                                                   date: "2010-01", ["apple"])])
        let y = CompareFixtures.doc("y", entities: [CompareFixtures.entity("zte", "ZTE", .organization, doc: "y")],
                                    events: [CompareFixtures.event("ev1", doc: "y", "ZTE sued Huawei", trigger: "sued",
                                                                   date: "2010-01", ["zte"])])
        let r = TimelineDiff.diff(x, y)
        #expect(r.matched.isEmpty && r.conflictingDates.isEmpty)
        #expect(r.onlyInA.count == 1 && r.onlyInB.count == 1)
    }

    @Test func textJSONAndDOTOutputs() throws {
        let text = DiffWriter.text(d)
        #expect(text.contains("! 2012-10    Congressional report cautioned US telecoms about Huawei  [a: 2012-10, b: 2013]"))
        #expect(text.contains("- 2013-06    FCC opened an inquiry"))
        #expect(text.contains("+ 2013-06    ZTE launched a phone"))
        #expect(!text.contains("\u{1B}["))
        #expect(DiffWriter.text(d, color: true).contains("\u{1B}[31m- 2013-06"))
        let json = try DiffWriter.json(d)
        let back = try JSONDecoder().decode(DiffResult.self, from: json)
        #expect(back == d)
        #expect(String(decoding: json, as: UTF8.self).contains("\"schema\" : \"storyline-diff/1\""))
        let dot = DiffWriter.dot(CompareFixtures.a, CompareFixtures.b)
        #expect(dot == DiffWriter.dot(CompareFixtures.a, CompareFixtures.b))
        #expect(dot.contains("\"b:zte\" [label=\"ZTE\", shape=box, color=\"#27ae60\""))
        #expect(dot.contains("\"both:eric-xu|xu\" -> \"both:huawei|huawei\""))
    }

    @Test func textAndDOTEscapeArticleText() {
        var x = CompareFixtures.a
        x.events[3].headline = "Evil \u{1B}[2J\"quote\"\nnext"
        x.entities[3].name = "A \"B\" \\N"
        let text = DiffWriter.text(TimelineDiff.diff(x, CompareFixtures.b))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Evil [2J\"quote\" next"))
        let dot = DiffWriter.dot(x, CompareFixtures.b)
        #expect(dot.contains("label=\"A \\\"B\\\" \\\\N\""))
    }
}

@Suite("Compare: merge")
struct MergeTests {
    let m = TimelineMerge.merge([CompareFixtures.b, CompareFixtures.a])

    @Test func entitiesResolvedAcrossArticles() {
        let names = m.entities.map(\.name)
        #expect(names == ["Eric Xu", "Federal Communications Commission", "Huawei Technologies", "United States", "ZTE"])
        let huawei = m.entities.first { $0.name == "Huawei Technologies" }
        #expect(huawei?.aliases == ["Huawei"])
        #expect(Set(huawei?.mentions.map(\.document) ?? []) == ["a", "b"])
        let us = m.entities.first { $0.name == "United States" }
        #expect(us?.aliases == ["U.S.", "US"])
    }

    @Test func eventsMergedWithProvenance() {
        #expect(m.events.count == 5) // 3 told by both (incl. conflicting dates), 1 + 1 by one only
        let withdrawal = m.events.first { $0.trigger.text == "withdrew" }
        #expect(withdrawal?.sources == ["a", "b"])
        #expect(withdrawal?.date.value == "2013-12-02") // the finer stated date
        #expect(withdrawal?.otherEvidence?.map(\.document) == ["b"])
        #expect(withdrawal?.members?.count == 2)
        #expect(withdrawal?.participants.map(\.entity) == ["huawei-technologies", "united-states"])
        #expect(m.events.map(\.id) == ["ev1", "ev2", "ev3", "ev4", "ev5"])
        #expect(m.events.first?.date.value == "2012-10") // conflicting 2012-10 / 2013: the finer date
        #expect(m.events.filter { $0.sources?.count == 1 }.count == 2)
    }

    @Test func relationsMerged() {
        let works = m.relations.filter { $0.type == .worksFor }
        #expect(works.count == 1)
        #expect(works.first?.label == "executive vice president")
        #expect(works.first?.evidence.map(\.document) == ["a", "b"])
    }

    @Test func mergeOfOneDocumentKeepsItsEvents() {
        let one = TimelineMerge.merge([CompareFixtures.a])
        #expect(one.events.count == CompareFixtures.a.events.count)
        #expect(one.events.allSatisfy { $0.members == nil && $0.sources == ["a"] })
        #expect(TimelineMerge.merge([one]) == one)
    }

    /// An event of `type` (the fixtures' events are statements).
    static func told(_ doc: String, _ headline: String, trigger: String, date: String, type: String = "legal",
                     _ participants: [String], at start: Int = 0) -> Event {
        var e = CompareFixtures.event("ev\(start)", doc: doc, headline, trigger: trigger, date: date, participants, at: start)
        e.type = type
        return e
    }

    static func article(_ id: String, _ events: [Event]) -> StorylineDocument {
        CompareFixtures.doc(id, entities: [CompareFixtures.entity("jamal-williams", "Jamal Williams", .person, doc: id)], events: events)
    }

    @Test func datesOfAClusterAllOverlap() {
        // x ~ y and y ~ z are compatible (2010 holds both), but June and November are not one event.
        let docs = [("x", "2010-06"), ("y", "2010"), ("z", "2010-11")].map { id, date in
            Self.article(id, [Self.told(id, "Jamal Williams was arrested", trigger: "arrested", date: date, ["jamal-williams"])])
        }
        let merged = TimelineMerge.merge(docs)
        #expect(merged.events.count == 2)
        #expect(!merged.events.contains { Set($0.sources ?? []).isSuperset(of: ["x", "z"]) })
    }

    @Test func twoTellingsInOneArticleJoinThroughAnother() {
        let a = Self.article("a", [
            Self.told("a", "Jamal Williams arrested on DUI suspicion", trigger: "arrested", date: "2009-02", ["jamal-williams"]),
            Self.told("a", "Jamal Williams was arrested early Sunday", trigger: "arrested", date: "2009-02-01", ["jamal-williams"], at: 100),
        ])
        let b = Self.article("b", [
            Self.told("b", "Jamal Williams was arrested on suspicion of DUI", trigger: "arrested", date: "2009-02-01", ["jamal-williams"]),
        ])
        let merged = TimelineMerge.merge([a, b])
        #expect(merged.events.count == 1)
        #expect(merged.events.first?.members?.count == 3)
        #expect(merged.events.first?.otherEvidence?.compactMap(\.trigger?.text) == ["arrested", "arrested"])
        // Two statements of one article are two statements.
        let s = Self.article("s", [
            Self.told("s", "Jamal Williams said he regrets it", trigger: "said", date: "2009-02-03", type: "statement", ["jamal-williams"]),
            Self.told("s", "Jamal Williams said he will play", trigger: "said", date: "2009-02-03", type: "statement", ["jamal-williams"], at: 100),
        ])
        let t = Self.article("t", [
            Self.told("t", "Jamal Williams said he regrets the arrest", trigger: "said", date: "2009-02-03", type: "statement", ["jamal-williams"]),
        ])
        #expect(TimelineMerge.merge([s, t]).events.count == 2)
    }

    @Test func statementsOfOneSpeakerOnDifferentDaysStayApart() {
        let x = Self.article("x", [Self.told("x", "Jamal Williams said he regrets the crash deeply", trigger: "said", date: "2009-02",
                                             type: "statement", ["jamal-williams"])])
        let y = Self.article("y", [Self.told("y", "Jamal Williams said the team will appeal", trigger: "said", date: "2009-02-20",
                                             type: "statement", ["jamal-williams"])])
        #expect(TimelineMerge.merge([x, y]).events.count == 2)
        var sameDay = y
        sameDay.events[0].date.value = "2009-02"
        #expect(TimelineMerge.merge([x, sameDay]).events.count == 1)
    }

    /// An event dated only by its article's publication day.
    static func reported(_ doc: String, _ headline: String, trigger: String, published: String, type: String,
                         _ participants: [String]) -> Event {
        var e = told(doc, headline, trigger: trigger, date: published, type: type, participants)
        e.date.certainty = .inferred
        return e
    }

    /// Example corpus of the date slack of a pair in merge: (type, trigger, first article's date and
    /// certainty, second article's, one event?). Inferred dates are publication days.
    static let dateSlackExamples: [(type: String, trigger: String, a: String, aStated: Bool, b: String, bStated: Bool, one: Bool)] = [
        // "Sunday" in one article, the next day's publication date in the other.
        ("legal", "arrested", "2009-02-01", true, "2009-02-02", false, true),
        // Two reports a few days apart.
        ("legal", "arrested", "2009-02-02", false, "2009-02-05", false, true),
        // A murder retold by an article on the trial five months later.
        ("death", "murder", "2013-06-08", false, "2013-10-28", false, true),
        ("attack", "shooting", "2013-06-08", true, "2013-10-28", false, true),
        // Negative: two stated days months apart are two events.
        ("legal", "arrested", "2009-02-01", true, "2009-07-01", true, false),
        // An arrest retold by an article on the charges five months later.
        ("legal", "arrested", "2009-02-02", false, "2009-07-01", false, true),
        // A firing retold five months later.
        ("personnel", "fired", "2009-02-02", false, "2009-07-01", false, true),
        // Negative: a launch (no incident, legal step or personnel change) reported five months apart
        // is another launch.
        ("launch", "launched", "2009-02-02", false, "2009-07-01", false, false),
        // Negative: an incident after the article that retells it is another incident (a person is
        // shot twice; killed once, `aPersonDiesOnce`).
        ("attack", "shooting", "2013-06-08", false, "2013-10-28", true, false),
        // Negative: one speaker's sayings published on different days are different statements.
        ("statement", "said", "2009-02-02", false, "2009-02-05", false, false),
    ]

    @Test(arguments: dateSlackExamples.indices)
    func dateSlackOfAPair(_ k: Int) {
        let x = Self.dateSlackExamples[k]
        // Headlines that share too little for a pair with conflicting dates (`conflictHeadlineOverlap`).
        func event(_ doc: String, _ date: String, _ stated: Bool) -> Event {
            let headline = doc == "a" ? "Jamal Williams \(x.trigger) in San Diego early" : "Police say Jamal Williams \(x.trigger) after a crash"
            var e = Self.reported(doc, headline, trigger: x.trigger, published: date, type: x.type, ["jamal-williams"])
            if stated { e.date.certainty = .stated }
            return e
        }
        let merged = TimelineMerge.merge([Self.article("a", [event("a", x.a, x.aStated)]), Self.article("b", [event("b", x.b, x.bStated)])])
        #expect(merged.events.count == (x.one ? 1 : 2))
    }

    @Test func aTellingWithoutParticipantsJoinsThroughAnotherArticle() {
        let a = Self.article("a", [
            Self.told("a", "Jamal Williams killed three bank workers", trigger: "killed", date: "2010-05-05", type: "death", ["jamal-williams"]),
            Self.told("a", "Three people died in a burning bank", trigger: "died", date: "2010-05-05", type: "death", [], at: 100),
        ])
        let b = Self.article("b", [
            Self.told("b", "Three bank workers were killed by Jamal Williams", trigger: "killed", date: "2010-05-05", type: "death", ["jamal-williams"]),
        ])
        #expect(TimelineMerge.merge([a, b]).events.count == 1)
        // Negative: a telling with another participant is another death.
        var other = a
        other.entities.append(CompareFixtures.entity("victor-james", "Victor James", .person, doc: "a"))
        other.events[1].participants = [Participant(entity: "victor-james", role: .patient)]
        other.events[1].headline = "Victor James died in a burning bank"
        #expect(TimelineMerge.merge([other, b]).events.count == 2)
    }

    @Test func aTellingThatNamesNobodyJoinsTheNamedOne() {
        // One article names the charged man, the other only "him"; their headlines share little.
        let named = Self.aboutPerson("a", "John Smith", "John Smith has been charged with the murder of his mother",
                                     trigger: "charged", date: "2013-06-08", type: "legal")
        let court = CompareFixtures.entity("magistrates", "Furness Magistrates", .organization, doc: "b")
        func unnamed(_ date: String) -> StorylineDocument {
            CompareFixtures.doc("b", entities: [court], events: [Self.told("b", "Charged him and he will appear in court",
                                                                           trigger: "charged", date: date, ["magistrates"])])
        }
        #expect(TimelineMerge.merge([named, unnamed("2013-06")]).events.count == 1)
        // Negative: dates that do not overlap.
        #expect(TimelineMerge.merge([named, unnamed("2014-02")]).events.count == 2)
        // Negative: another trigger class ("arrested" against "charged").
        var arrest = unnamed("2013-06")
        arrest.events[0].trigger.text = "arrested"
        #expect(TimelineMerge.merge([named, arrest]).events.count == 2)
        // Negative: both name persons, none in common.
        let other = Self.aboutPerson("c", "Ann Reed", "Charged Ann Reed and she will appear in court",
                                     trigger: "charged", date: "2013-06", type: "legal")
        #expect(TimelineMerge.merge([named, other]).events.count == 2)
        // Negative: diff keeps its score (no persons there).
        #expect(TimelineDiff.diff(named, unnamed("2013-06")).matched.isEmpty)
    }

    @Test func anIncidentRetoldInTheNextYearIsFound() {
        // Different years: the pair is a candidate through the slack period of the later report.
        let a = Self.article("a", [Self.reported("a", "The murder of Jamal Williams shocked the town", trigger: "murder",
                                                  published: "2013-01-05", type: "death", ["jamal-williams"])])
        let b = Self.article("b", [Self.told("b", "Jamal Williams was killed in his home", trigger: "killed", date: "2012-12-20",
                                              type: "death", ["jamal-williams"])])
        #expect(TimelineMerge.merge([a, b]).events.count == 1)
    }

    /// One article's telling of an event of `type` about `person` on `date` (stated).
    static func aboutPerson(_ id: String, _ person: String, _ headline: String, trigger: String, date: String,
                            type: String) -> StorylineDocument {
        let slug = DocumentAssembler.slug(person)
        return CompareFixtures.doc(id, entities: [CompareFixtures.entity(slug, person, .person, doc: id)],
                                   events: [Self.told(id, headline, trigger: trigger, date: date, type: type, [slug])])
    }

    @Test func aPersonDiesOnce() {
        // A trial article dates the killing by the day the video was shown.
        let a = Self.aboutPerson("a", "Mary Stone", "Mary Stone was killed outside a school", trigger: "killed",
                                 date: "2011-10-21", type: "death")
        let b = Self.aboutPerson("b", "Mary Stone", "Jurors saw video of Mary Stone's death", trigger: "death",
                                 date: "2013-04-11", type: "death")
        #expect(TimelineMerge.merge([a, b]).events.count == 1)
        #expect(TimelineMerge.merge([b, a]) == TimelineMerge.merge([a, b]))
        // Negative: another person's death.
        let c = Self.aboutPerson("c", "Ann Reed", "Ann Reed was killed by a stray bullet", trigger: "killed",
                                 date: "2013-04-11", type: "death")
        #expect(TimelineMerge.merge([a, c]).events.count == 2)
        // Negative: a person can be arrested twice.
        let d = Self.aboutPerson("d", "Mary Stone", "Mary Stone was arrested in Brooklyn", trigger: "arrested",
                                 date: "2011-10-21", type: "legal")
        let e = Self.aboutPerson("e", "Mary Stone", "Police arrested Mary Stone after a fight", trigger: "arrested",
                                 date: "2013-04-11", type: "legal")
        #expect(TimelineMerge.merge([d, e]).events.count == 2)
        // Negative: diff keeps its date rules (no persons there).
        #expect(TimelineDiff.diff(a, b).matched.isEmpty)
    }

    @Test func anUnknownDateIsNoEvidenceAgainst() {
        // Undated tellings of one killing with half their headline words in common.
        let a = Self.article("a", [Self.told("a", "Three bank workers killed in Athens", trigger: "killed", date: "XXXX", type: "death", [])])
        let b = Self.article("b", [Self.told("b", "Three people killed at a bank", trigger: "killed", date: "XXXX", type: "death", [])])
        #expect(TimelineMerge.merge([a, b]).events.count == 1)
        // An undated telling meets a dated one of its trigger class (no shared participant or year).
        var dated = b
        dated.events[0].date.value = "2010-05-05"
        #expect(TimelineMerge.merge([a, dated]).events.count == 1)
        // Negative: with a third of the words in common they stay apart.
        let c = Self.article("c", [Self.told("c", "Three soldiers killed near the border", trigger: "killed", date: "XXXX", type: "death", [])])
        #expect(TimelineMerge.merge([a, c]).events.count == 2)
    }

    @Test func anAttackThatKillsIsTheKilling() {
        #expect(EventWords.triggerConcept("shot", type: "death") == EventWords.triggerConcept("murder", type: "death"))
        // Negative: an attack that does not kill is no killing.
        #expect(EventWords.triggerConcept("shot", type: "attack") != EventWords.triggerConcept("murder", type: "death"))
    }

    @Test func aLeaveOfAbsenceIsNoDeparture() {
        #expect(EventWords.triggerConcept("leave", type: "absence") != EventWords.triggerConcept("left", type: "withdrawal"))
        #expect(EventWords.triggerConcept("leave", type: "absence") == EventWords.triggerConcept("sabbatical", type: "absence"))
        #expect(EventWords.triggerConcept("leaves", type: "withdrawal") == EventWords.triggerConcept("left", type: "withdrawal"))
    }

    @Test func mergedJSONRoundTrips() throws {
        let data = try JSONWriter.data(m)
        #expect(try JSONWriter.read(data) == m)
        #expect(TimelineMerge.merge([try JSONWriter.read(data)]) == m)
    }
}

@Suite("Compare: cross-document link scorer")
struct MergeLinkScorerTests {
    /// Two tiny CAT XML articles: "Apple sued Samsung" / "Apple Inc. filed suit against Samsung".
    static func cat(_ id: String, tokens: [String], mentions: [(tag: String, mid: String, tokens: [Int], type: String?)],
                    instances: [(tag: String, mid: String, instance: String)], links: [(sources: [String], target: String)]) -> Data {
        var x = "<Document doc_name=\"\(id)\">\n"
        for (i, t) in tokens.enumerated() { x += "<token t_id=\"\(i + 1)\" sentence=\"0\" number=\"\(i)\">\(t)</token>\n" }
        x += "<Markables>\n"
        for m in mentions {
            x += "<\(m.tag) m_id=\"\(m.mid)\"" + (m.type.map { " syntactic_type=\"\($0)\"" } ?? "") + ">"
            for t in m.tokens { x += "<token_anchor t_id=\"\(t)\"/>" }
            x += "</\(m.tag)>\n"
        }
        for i in instances { x += "<\(i.tag) m_id=\"\(i.mid)\" instance_id=\"\(i.instance)\"/>\n" }
        x += "</Markables>\n<Relations>\n"
        for l in links {
            x += "<REFERS_TO r_id=\"1\">" + l.sources.map { "<source m_id=\"\($0)\"/>" }.joined() + "<target m_id=\"\(l.target)\"/></REFERS_TO>\n"
        }
        x += "</Relations>\n</Document>\n"
        return Data(x.utf8)
    }

    static let g1 = CrossDocumentGold.read(cat("d1", tokens: ["Apple", "sued", "Samsung", "."],
        mentions: [("ENTITY_MENTION", "1", [1], "NAM"), ("EVENT_MENTION", "2", [2], nil), ("ENTITY_MENTION", "3", [3], "NAM")],
        instances: [("ENTITY", "10", "ORG_APPLE"), ("EVENT", "11", "EV_SUIT"), ("ENTITY", "12", "ORG_SAMSUNG")],
        links: [(["1"], "10"), (["2"], "11"), (["3"], "12")]), id: "d1")!
    static let g2 = CrossDocumentGold.read(cat("d2", tokens: ["Apple", "Inc.", "filed", "suit", "against", "Samsung", "."],
        mentions: [("ENTITY_MENTION", "1", [1, 2], "NAM"), ("EVENT_MENTION", "2", [3], nil), ("ENTITY_MENTION", "3", [6], "NAM"),
                   ("ENTITY_MENTION", "4", [5], "PRO")],
        instances: [("ENTITY", "10", "ORG_APPLE"), ("EVENT", "11", "EV_SUIT"), ("ENTITY", "12", "ORG_SAMSUNG")],
        links: [(["1"], "10"), (["2"], "11"), (["3", "4"], "12")]), id: "d2")!

    @Test func readsTextOffsetsAndInstances() {
        #expect(Self.g2.text == "Apple Inc. filed suit against Samsung .")
        let apple = Self.g2.mentions.first { $0.id == "1" }
        #expect(apple?.start == 0 && apple?.end == 10 && apple?.instance == "ORG_APPLE" && apple?.kind == .entity)
        #expect(Self.g2.mentions.first { $0.id == "2" }?.kind == .event)
    }

    static func entity(_ id: String, _ spans: [(String, Int, Int)]) -> Entity {
        Entity(id: id, name: id, type: .organization, mentions: spans.map { Mention(document: $0.0, text: "", start: $0.1, end: $0.2) })
    }

    @Test func perfectAndWrongLinks() {
        // Perfect: Apple and Samsung each one entity across d1, d2; the suit one event.
        let e1 = CompareFixtures.event("a", doc: "d1", "Apple sued Samsung", trigger: "sued", date: "2010", [], at: 1)
        var suit = e1
        suit.trigger = Trigger(text: "sued", start: 6, end: 10)
        var filed = suit
        filed.document = "d2"; filed.trigger = Trigger(text: "filed", start: 11, end: 16)
        suit.members = [suit, filed]
        var doc = StorylineDocument(entities: [Self.entity("apple", [("d1", 0, 5), ("d2", 0, 10)]),
                                               Self.entity("samsung", [("d1", 11, 18), ("d2", 30, 37)])], events: [suit])
        var s = MergeLinkScorer.score(gold: [Self.g1, Self.g2], merged: doc)
        #expect(s.entities == LinkScore(truePositives: 2, systemLinks: 2, goldLinks: 2, reachableGoldLinks: 2))
        #expect(s.events == LinkScore(truePositives: 1, systemLinks: 1, goldLinks: 1, reachableGoldLinks: 1))
        #expect(s.entities.f1 == 1)
        // With pronouns counted, the gold has one more Samsung link the system misses.
        #expect(MergeLinkScorer.score(gold: [Self.g1, Self.g2], merged: doc, namesOnly: false).entities.goldLinks == 3)
        // Wrong: Apple of d1 merged with Samsung of d2; events apart.
        doc.entities = [Self.entity("x", [("d1", 0, 5), ("d2", 30, 37)]), Self.entity("y", [("d2", 0, 10)])]
        doc.events = [e1]
        s = MergeLinkScorer.score(gold: [Self.g1, Self.g2], merged: doc)
        #expect(s.entities == LinkScore(truePositives: 0, systemLinks: 1, goldLinks: 2, reachableGoldLinks: 1)) // d1's Samsung is not in the output
        #expect(s.entities.f1 == 0)
        // The event's trigger "sued" is d1's gold mention, but d2's "filed" is not in the output.
        #expect(s.events == LinkScore(truePositives: 0, systemLinks: 0, goldLinks: 1, reachableGoldLinks: 0))
    }

    @Test func everyTellingOfAnEventCounts() {
        // d3 tells the suit twice ("filed", "suit"): two gold links with d1's "sued".
        let g3 = CrossDocumentGold.read(Self.cat("d3", tokens: ["Apple", "Inc.", "filed", "suit", "against", "Samsung", "."],
            mentions: [("EVENT_MENTION", "2", [3], nil), ("EVENT_MENTION", "5", [4], nil)],
            instances: [("EVENT", "11", "EV_SUIT")], links: [(["2", "5"], "11")]), id: "d3")!
        var suit = CompareFixtures.event("a", doc: "d1", "Apple sued Samsung", trigger: "sued", date: "2010", [])
        suit.trigger = Trigger(text: "sued", start: 6, end: 10)
        var filed = suit
        filed.document = "d3"
        filed.trigger = Trigger(text: "filed", start: 11, end: 16)
        filed.otherEvidence = [EventEvidence(start: 0, end: 38, text: "", trigger: Trigger(text: "suit", start: 17, end: 21))]
        suit.members = [suit, filed]
        let doc = StorylineDocument(events: [suit])
        #expect(MergeLinkScorer.score(gold: [Self.g1, g3], merged: doc).events
                == LinkScore(truePositives: 2, systemLinks: 2, goldLinks: 2, reachableGoldLinks: 2))
        #expect(MergeLinkScorer.score(gold: [Self.g1, g3], merged: doc, everyTelling: false).events
                == LinkScore(truePositives: 1, systemLinks: 1, goldLinks: 2, reachableGoldLinks: 1))
    }
}
