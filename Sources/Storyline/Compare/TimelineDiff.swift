/// An event as the diff shows it.
public struct DiffEvent: Codable, Hashable, Sendable {
    public var id: String
    public var document: String
    public var date: String
    public var headline: String
    public var trigger: String

    init(_ e: Event) {
        id = e.id; document = e.document; date = e.date.value; headline = e.headline; trigger = e.trigger.text
    }
}

/// Two events, one from each side, told as the same event.
public struct EventMatch: Codable, Hashable, Sendable {
    public var a: DiffEvent
    public var b: DiffEvent
    /// Alignment score in 0...1 (see `CompareOptions`).
    public var score: Double
    public var dates: DateRelation
}

/// An entity as the diff shows it.
public struct DiffEntity: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var type: EntityType
}

/// Two entities, one from each side, that are the same.
public struct EntityMatch: Codable, Hashable, Sendable {
    public var a: DiffEntity
    public var b: DiffEntity
}

/// A relation as the diff shows it (entity names resolved).
public struct DiffRelation: Codable, Hashable, Sendable {
    public var id: String
    public var type: RelationType
    public var source: String
    public var target: String
    public var label: String
}

/// The differences between two storyline documents A and B. JSON schema `storyline-diff/1`.
public struct DiffResult: Codable, Hashable, Sendable {
    public var schema: String = "storyline-diff/1"
    /// Document ids of A and of B.
    public var a: [String]
    public var b: [String]
    /// Events told by both with dates that agree (same, compatible or unknown).
    public var matched: [EventMatch]
    /// Events told by both whose dates conflict ("A says 2012-10, B says 2013").
    public var conflictingDates: [EventMatch]
    public var onlyInA: [DiffEvent]
    public var onlyInB: [DiffEvent]
    public var matchedEntities: [EntityMatch]
    public var entitiesOnlyInA: [DiffEntity]
    public var entitiesOnlyInB: [DiffEntity]
    public var relationsOnlyInA: [DiffRelation]
    public var relationsOnlyInB: [DiffRelation]

    /// True when nothing differs: no event, entity or relation on one side only and no conflicting date.
    public var isEmpty: Bool {
        conflictingDates.isEmpty && onlyInA.isEmpty && onlyInB.isEmpty && entitiesOnlyInA.isEmpty
            && entitiesOnlyInB.isEmpty && relationsOnlyInA.isEmpty && relationsOnlyInB.isEmpty
    }

    /// The same differences seen from the other side (A and B swapped).
    public func mirrored() -> DiffResult {
        var m = self
        m.a = b; m.b = a
        m.matched = matched.map { EventMatch(a: $0.b, b: $0.a, score: $0.score, dates: $0.dates) }
        m.conflictingDates = conflictingDates.map { EventMatch(a: $0.b, b: $0.a, score: $0.score, dates: $0.dates) }
        m.onlyInA = onlyInB; m.onlyInB = onlyInA
        m.matchedEntities = matchedEntities.map { EntityMatch(a: $0.b, b: $0.a) }
        m.entitiesOnlyInA = entitiesOnlyInB; m.entitiesOnlyInB = entitiesOnlyInA
        m.relationsOnlyInA = relationsOnlyInB; m.relationsOnlyInB = relationsOnlyInA
        m.sort()
        return m
    }

    /// Canonical order: events by date, document, id; entities by name; relations by type and names.
    mutating func sort() {
        var keys: [String: DateKey] = [:] // date value → key, computed once
        func key(_ v: String) -> DateKey {
            if let k = keys[v] { return k }
            let k = DateKey(v)
            keys[v] = k
            return k
        }
        func eventLess(_ x: DiffEvent, _ y: DiffEvent) -> Bool {
            let kx = key(x.date), ky = key(y.date)
            if kx != ky { return kx < ky }
            return (x.document, x.id, x.headline) < (y.document, y.id, y.headline)
        }
        /// Sorts by `eventLess` of a projection, computing each date key once.
        func sortEvents<T>(_ items: inout [T], _ event: (T) -> DiffEvent, then: (T, T) -> Bool) {
            let decorated = items.map { (key: key(event($0).date), item: $0) }
            items = decorated.sorted { x, y in
                if x.key != y.key { return x.key < y.key }
                let ex = event(x.item), ey = event(y.item)
                if (ex.document, ex.id, ex.headline) != (ey.document, ey.id, ey.headline) {
                    return (ex.document, ex.id, ex.headline) < (ey.document, ey.id, ey.headline)
                }
                return then(x.item, y.item)
            }.map(\.item)
        }
        func entityLess(_ x: DiffEntity, _ y: DiffEntity) -> Bool { (x.name, x.type.rawValue, x.id) < (y.name, y.type.rawValue, y.id) }
        func relationLess(_ x: DiffRelation, _ y: DiffRelation) -> Bool {
            (x.type.rawValue, x.source, x.target, x.label, x.id) < (y.type.rawValue, y.source, y.target, y.label, y.id)
        }
        sortEvents(&matched, \.a) { eventLess($0.b, $1.b) }
        sortEvents(&conflictingDates, \.a) { eventLess($0.b, $1.b) }
        sortEvents(&onlyInA, { $0 }) { _, _ in false }
        sortEvents(&onlyInB, { $0 }) { _, _ in false }
        matchedEntities.sort { x, y in x.a != y.a ? entityLess(x.a, y.a) : entityLess(x.b, y.b) }
        entitiesOnlyInA.sort(by: entityLess)
        entitiesOnlyInB.sort(by: entityLess)
        relationsOnlyInA.sort(by: relationLess)
        relationsOnlyInB.sort(by: relationLess)
    }
}

/// Compares how two storyline documents tell a story.
///
/// ```swift
/// let result = TimelineDiff.diff(docA, docB)
/// for m in result.conflictingDates { print(m.a.date, "≠", m.b.date, m.a.headline) }
/// ```
/// Entities are matched one-to-one by shared `EntityKeys` (same type); events one-to-one by the
/// score of `CompareOptions`, greedily on candidate pairs from buckets (never all pairs).
public enum TimelineDiff {
    /// The differences between A and B. `diff(a, a)` is empty and `diff(b, a)` is `diff(a, b).mirrored()`.
    public static func diff(_ a: StorylineDocument, _ b: StorylineDocument,
                            options: CompareOptions = CompareOptions()) -> DiffResult {
        // Entities: one-to-one on shared keys.
        let entityPairs = EntityAlignment.align(a.entities, b.entities)
        var groupA: [String: Int] = [:], groupB: [String: Int] = [:]
        for (k, p) in entityPairs.enumerated() {
            groupA[a.entities[p.left].id] = k
            groupB[b.entities[p.right].id] = k
        }
        var next = entityPairs.count
        for e in a.entities where groupA[e.id] == nil { groupA[e.id] = next; next += 1 }
        for e in b.entities where groupB[e.id] == nil { groupB[e.id] = next; next += 1 }

        // Events: features, candidates, scores, greedy one-to-one.
        var matcher = EventMatcher(options: options)
        var items: [EventFeatures] = []
        items.reserveCapacity(a.events.count + b.events.count)
        for e in a.events { items.append(matcher.features(e, participantGroups: e.participants.compactMap { groupA[$0.entity] })) }
        for e in b.events { items.append(matcher.features(e, participantGroups: e.participants.compactMap { groupB[$0.entity] })) }
        let n = a.events.count
        let keysA = a.events.map { $0.document + "\u{1}" + $0.id }
        let keysB = b.events.map { $0.document + "\u{1}" + $0.id }
        let group = (0..<items.count).map { $0 < n ? 0 : 1 }
        var edges: [(left: Int, right: Int, score: Double)] = []
        var relationOf: [Int: DateRelation] = [:]
        for (i, j) in EventMatcher.candidates(items, group: group, keys: keysA + keysB) {
            guard let m = matcher.match(items[i], items[j]) else { continue }
            let left = i, right = j - n // i < j and groups differ, so i is in A and j in B
            edges.append((left, right, m.score))
            relationOf[left * max(1, b.events.count) + right] = m.dates
        }
        let pairs = GreedyMatching.match(edges, leftKeys: keysA, rightKeys: keysB)

        var result = DiffResult(a: a.documents.map(\.id), b: b.documents.map(\.id), matched: [], conflictingDates: [],
                                onlyInA: [], onlyInB: [], matchedEntities: [], entitiesOnlyInA: [], entitiesOnlyInB: [],
                                relationsOnlyInA: [], relationsOnlyInB: [])
        var matchedA = Set<Int>(), matchedB = Set<Int>()
        for p in pairs {
            matchedA.insert(p.left); matchedB.insert(p.right)
            let dates = relationOf[p.left * max(1, b.events.count) + p.right] ?? .unknown
            let m = EventMatch(a: DiffEvent(a.events[p.left]), b: DiffEvent(b.events[p.right]), score: p.score, dates: dates)
            if dates == .conflicting { result.conflictingDates.append(m) } else { result.matched.append(m) }
        }
        for (i, e) in a.events.enumerated() where !matchedA.contains(i) { result.onlyInA.append(DiffEvent(e)) }
        for (j, e) in b.events.enumerated() where !matchedB.contains(j) { result.onlyInB.append(DiffEvent(e)) }

        var pairedA = Set<Int>(), pairedB = Set<Int>()
        for p in entityPairs {
            pairedA.insert(p.left); pairedB.insert(p.right)
            result.matchedEntities.append(EntityMatch(a: DiffEntity(a.entities[p.left]), b: DiffEntity(b.entities[p.right])))
        }
        for (i, e) in a.entities.enumerated() where !pairedA.contains(i) { result.entitiesOnlyInA.append(DiffEntity(e)) }
        for (j, e) in b.entities.enumerated() where !pairedB.contains(j) { result.entitiesOnlyInB.append(DiffEntity(e)) }

        // Relations: the same type between matched entities.
        let keyedA = relationKeys(a, groups: groupA, options: options)
        let keyedB = relationKeys(b, groups: groupB, options: options)
        let setA = Set(keyedA.map(\.key)), setB = Set(keyedB.map(\.key))
        let namesA = Dictionary(a.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
        let namesB = Dictionary(b.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
        for (key, r) in keyedA where !setB.contains(key) { result.relationsOnlyInA.append(DiffRelation(r, names: namesA)) }
        for (key, r) in keyedB where !setA.contains(key) { result.relationsOnlyInB.append(DiffRelation(r, names: namesB)) }
        result.sort()
        return result
    }

    struct RelationKey: Hashable { var type: RelationType; var source: Int; var target: Int }

    /// Relations keyed by type and entity groups; symmetric types with their ends ordered.
    static func relationKeys(_ d: StorylineDocument, groups: [String: Int], options: CompareOptions) -> [(key: RelationKey, relation: Relation)] {
        var out: [(key: RelationKey, relation: Relation)] = []
        for r in d.relations where options.includeCooccurrence || r.type != .coOccurs {
            guard let s = groups[r.source], let t = groups[r.target] else { continue }
            let symmetric = r.type == .coOccurs || r.type == .competitorOf
            out.append((RelationKey(type: r.type, source: symmetric ? min(s, t) : s, target: symmetric ? max(s, t) : t), r))
        }
        return out
    }
}

extension DiffEntity {
    init(_ e: Entity) { id = e.id; name = e.name; type = e.type }
}

extension DiffRelation {
    init(_ r: Relation, names: [String: String]) {
        id = r.id; type = r.type; label = r.label
        source = names[r.source] ?? r.source; target = names[r.target] ?? r.target
    }
}

/// One-to-one matching of entities of two documents by shared keys and type.
///
/// Score of a pair = Jaccard overlap of their key sets + 1 when their normalised names are equal
/// + 1 for the same type (pairs must share a key, and keys carry the type). Greedy, highest first.
enum EntityAlignment {
    static func align(_ a: [Entity], _ b: [Entity]) -> [(left: Int, right: Int, score: Double)] {
        let keysA = a.map { EntityKeys.keys(name: $0.name, aliases: $0.aliases, type: $0.type) }
        let keysB = b.map { EntityKeys.keys(name: $0.name, aliases: $0.aliases, type: $0.type) }
        let nameA = a.map { EntityKeys.keys(of: $0.name, type: $0.type) }, nameB = b.map { EntityKeys.keys(of: $0.name, type: $0.type) }
        var index: [String: [Int]] = [:]
        for (j, ks) in keysB.enumerated() { for k in ks { index[k, default: []].append(j) } }
        var edges: [(left: Int, right: Int, score: Double)] = []
        for (i, ks) in keysA.enumerated() {
            var seen: Set<Int> = []
            for k in ks { for j in index[k] ?? [] where seen.insert(j).inserted {
                let common = keysA[i].intersection(keysB[j]).count
                let jac = Double(common) / Double(keysA[i].count + keysB[j].count - common)
                let sameName = nameA[i] == nameB[j]
                edges.append((i, j, jac + (sameName ? 1 : 0) + 1))
            } }
        }
        return GreedyMatching.match(edges, leftKeys: a.map(\.id), rightKeys: b.map(\.id))
    }
}
