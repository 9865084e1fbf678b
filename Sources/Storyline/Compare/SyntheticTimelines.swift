/// Generated storyline documents for benchmarks and property tests: realistic shapes (entities
/// with aliases and acronyms, events with synonyms, coarse and fine dates), deterministic per seed.
public enum SyntheticTimelines {
    /// SplitMix64: small, fast, deterministic (also the seeded generator of the randomised tests).
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
    }

    static let verbs: [(past: String, synonym: String, type: String)] = [
        ("said", "told", "statement"), ("announced", "unveiled", "announcement"), ("launched", "released", "launch"),
        ("withdrew", "pulled out", "withdrawal"), ("acquired", "bought", "acquisition"), ("sold", "divested", "sale"),
        ("sued", "sued", "lawsuit"), ("opened", "established", "opening"), ("met", "met with", "meeting"),
        ("appointed", "named", "appointment"), ("banned", "blocked", "ban"), ("invested in", "funded", "investment"),
        ("reported", "warned", "report"), ("fired", "dismissed", "dismissal"), ("won", "won", "victory"),
    ]
    static let firstNames = ["Eric", "Jane", "Ren", "Maria", "Tim", "Ana", "Li", "Omar", "Sara", "John"]
    static let lastNames = ["Xu", "Li", "Zhengfei", "Cook", "Silva", "Haddad", "Novak", "Okafor", "Berg", "Kim"]
    static let orgHeads = ["Huawei", "Apple", "Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Acme"]
    static let orgTails = ["Technologies", "Systems", "Holdings", "Communications Commission", "Motors", "Bank"]
    static let places = ["Denver", "China", "Europe", "Shenzhen", "Berlin", "Lagos", "Lima", "Oslo", "Seoul", "Austin"]

    /// The entity pool of a world: `count` entities, deterministic for the seed.
    static func entities(count: Int, seed: UInt64) -> [Entity] {
        var rng = Random(state: seed ^ 0xE17)
        var out: [Entity] = []
        var used: Set<String> = []
        var k = 0
        while out.count < count && k < count * 20 {
            k += 1
            let kind = rng.int(3)
            let suffix = count > 40 ? " \(out.count)" : ""
            var e: Entity
            switch kind {
            case 0:
                let name = rng.pick(firstNames) + " " + rng.pick(lastNames) + suffix
                e = Entity(id: "", name: name, type: .person)
            case 1:
                let head = rng.pick(orgHeads) + suffix, tail = rng.pick(orgTails)
                let full = head + " " + tail
                let acronym = String(full.split(separator: " ").compactMap(\.first))
                e = Entity(id: "", name: full, type: .organization, aliases: rng.chance(0.5) ? [head] : [acronym])
            default:
                e = Entity(id: "", name: rng.pick(places) + suffix, type: .location)
            }
            guard used.insert(e.name).inserted else { continue }
            e.id = DocumentAssembler.slug(e.name)
            out.append(e)
        }
        return out
    }

    /// One article-level document of `events` events about entities of a world (`worldSeed`), told
    /// with variation (`seed`): synonyms, coarser dates, entities named by alias.
    public static func document(id: String, events: Int, worldSeed: UInt64, seed: UInt64, entityPool: Int = 12) -> StorylineDocument {
        var rng = Random(state: seed)
        let pool = entities(count: entityPool, seed: worldSeed)
        var doc = StorylineDocument(documents: [DocumentInfo(id: id, title: "Synthetic \(id)", published: "2014-01-01",
                                                             dateSource: .given, text: "")])
        var world = Random(state: worldSeed)
        var usedEntities: Set<String> = []
        for k in 0..<events {
            // World facts: event k of the world is fixed; the article picks some of them.
            let worldFact = world.int(max(1, events * 2))
            let fact = rng.chance(0.15) ? rng.int(max(1, events * 2)) : worldFact
            var f = Random(state: worldSeed &+ UInt64(fact) &* 7919)
            let verb = f.pick(verbs)
            let agent = f.pick(pool), patient = f.pick(pool)
            let year = 1995 + f.int(20), month = 1 + f.int(12), day = 1 + f.int(28)
            let fine = String(format4(year)) + "-" + two(month) + "-" + two(day)
            var date = fine
            switch rng.int(6) {
            case 0: date = String(format4(year))
            case 1: date = String(format4(year)) + "-" + two(month)
            case 2: date = rng.chance(0.5) ? "XXXX" : String(format4(year - 1 - rng.int(3)))
            default: break
            }
            let word = rng.chance(0.3) ? verb.synonym : verb.past
            let headline = "\(agent.name) \(word) \(patient.name)"
            usedEntities.insert(agent.id); usedEntities.insert(patient.id)
            var participants = [Participant(entity: agent.id, role: .agent)]
            if patient.id != agent.id { participants.append(Participant(entity: patient.id, role: .patient)) }
            let start = k * 100
            doc.events.append(Event(
                id: "ev\(k + 1)", document: id, headline: headline, type: verb.type,
                trigger: Trigger(text: word, start: start + 10, end: start + 10 + word.unicodeScalars.count),
                date: EventDate(timex: nil, value: date, certainty: date == "XXXX" ? .inferred : .stated),
                participants: participants, evidence: EventEvidence(start: start, end: start + 90, text: headline + ".")))
        }
        var relations: [Relation] = []
        for e in pool where usedEntities.contains(e.id) {
            var x = e
            x.mentions = [Mention(document: id, text: e.name, start: 0, end: e.name.unicodeScalars.count)]
            if rng.chance(0.3), let alias = e.aliases.first { x.name = alias; x.aliases = [] }
            doc.entities.append(x)
        }
        let people = doc.entities.filter { $0.type == .person }, orgs = doc.entities.filter { $0.type == .organization }
        if !people.isEmpty && !orgs.isEmpty {
            for (k, p) in people.enumerated() where rng.chance(0.5) {
                let o = orgs[(k + Int(worldSeed % 7)) % orgs.count]
                relations.append(Relation(id: "r\(relations.count + 1)", source: p.id, target: o.id, type: .worksFor,
                                          label: rng.chance(0.5) ? "chief executive" : "CEO",
                                          evidence: [Evidence(document: id, start: 0, end: 10)]))
            }
        }
        doc.relations = relations
        return doc
    }

    static func format4(_ y: Int) -> String { String(y) }
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// Two versions of one story with `events` events each, for the diff benchmark.
    public static func pair(events: Int, seed: UInt64 = 1) -> (StorylineDocument, StorylineDocument) {
        let pool = max(12, events / 5)
        return (document(id: "a", events: events, worldSeed: seed, seed: seed &+ 1, entityPool: pool),
                document(id: "b", events: events, worldSeed: seed, seed: seed &+ 2, entityPool: pool))
    }
}
