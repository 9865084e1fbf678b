/// Merges storyline documents of many articles into one cross-article document.
///
/// ```swift
/// let merged = TimelineMerge.merge([docA, docB, docC])
/// // the same as TimelineMerge.merge([TimelineMerge.merge([docA, docB]), docC])
/// ```
///
/// The result is a function of the set of article-level pieces in the inputs, never of their order
/// or grouping: merged documents keep every article's own version of a merged event
/// (`Event.members`), and merging first takes every input apart into those pieces. So
/// `merge(merge(X) + Y) == merge(X + Y)` and the order of the inputs does not matter:
/// - documents: all, sorted by id (one per id);
/// - entities: the connected groups of entities that share an `EntityKeys` key (same type);
///   name = the longest of all names and aliases, aliases = the others, mentions = all (each keeps
///   its `document`); ids are slugs of the names, numbered on collision in name order;
/// - events: the article-level events are clustered greedily over candidate pairs, highest score
///   first (the scoring of `TimelineDiff`), never joining two events of one document; a cluster gives
///   one event with `sources` (document ids), `otherEvidence` (every other span, with `document`
///   and the `trigger` that tells the event there),
///   the union of participants, and date/headline from its best-dated member; ids `ev1…` in timeline order;
/// - relations: one per type and pair of entities, evidence concatenated, the longest label,
///   `weight` summed; ids `r1…`;
/// - time expressions: all, ids `t1…` in document order.
public enum TimelineMerge {
    public static func merge(_ inputs: [StorylineDocument], options: CompareOptions = CompareOptions()) -> StorylineDocument {
        var out = StorylineDocument()

        // Documents.
        var documents: [String: DocumentInfo] = [:]
        for d in inputs { for info in d.documents {
            if let old = documents[info.id], !documentLess(info, old) { continue }
            documents[info.id] = info
        } }
        out.documents = documents.values.sorted { $0.id < $1.id }
        var documentIndex: [String: Int] = [:]
        for (i, d) in out.documents.enumerated() { documentIndex[d.id] = i }

        let entities = mergeEntities(inputs)
        out.entities = entities.entities
        let timexes = mergeTimexes(inputs)
        out.timexes = timexes.timexes
        out.events = mergeEvents(inputs, entityIDs: entities.ids, timexIDs: timexes.ids,
                                 persons: Set(entities.entities.filter { $0.type == .person }.map(\.id)),
                                 documentIndex: documentIndex, options: options)
        out.relations = mergeRelations(inputs, entityIDs: entities.ids)
        return out
    }

    /// Deterministic preference between two document records with one id.
    static func documentLess(_ a: DocumentInfo, _ b: DocumentInfo) -> Bool {
        (a.text, a.title, a.published ?? "", a.url ?? "") < (b.text, b.title, b.published ?? "", b.url ?? "")
    }

    struct InputRef: Hashable { var input: Int; var id: String }

    // MARK: Entities

    static func mergeEntities(_ inputs: [StorylineDocument]) -> (entities: [Entity], ids: [InputRef: String]) {
        var atoms: [(ref: InputRef, entity: Entity)] = []
        for (k, d) in inputs.enumerated() { for e in d.entities { atoms.append((InputRef(input: k, id: e.id), e)) } }
        var sets = UnionFind(count: atoms.count)
        var owner: [String: Int] = [:]
        for (i, a) in atoms.enumerated() {
            for key in EntityKeys.keys(name: a.entity.name, aliases: a.entity.aliases, type: a.entity.type) {
                if let o = owner[EntityKeys.partner(of: key)] { sets.join(o, i) }
                if owner[key] == nil { owner[key] = i }
            }
        }
        var clusters: [Int: [Int]] = [:]
        for i in atoms.indices { clusters[sets.find(i), default: []].append(i) }

        var merged: [(entity: Entity, atoms: [Int])] = []
        for (_, members) in clusters {
            var names: Set<String> = []
            var mentions: Set<Mention> = []
            for i in members {
                names.insert(atoms[i].entity.name)
                names.formUnion(atoms[i].entity.aliases)
                mentions.formUnion(atoms[i].entity.mentions)
            }
            let name = names.min { x, y in
                let cx = x.unicodeScalars.count, cy = y.unicodeScalars.count
                return cx != cy ? cx > cy : x < y
            } ?? ""
            names.remove(name)
            let sortedMentions = mentions.sorted { ($0.document, $0.start, $0.end, $0.text) < ($1.document, $1.start, $1.end, $1.text) }
            merged.append((Entity(id: "", name: name, type: atoms[members[0]].entity.type,
                                  aliases: names.sorted(), mentions: sortedMentions), members))
        }
        merged.sort { x, y in
            let a = x.entity, b = y.entity
            if a.name != b.name { return a.name < b.name }
            if a.type != b.type { return a.type.rawValue < b.type.rawValue }
            if a.aliases != b.aliases { return a.aliases.lexicographicallyPrecedes(b.aliases) }
            let ma = a.mentions.first, mb = b.mentions.first
            return (ma?.document ?? "", ma?.start ?? -1) < (mb?.document ?? "", mb?.start ?? -1)
        }
        var used: Set<String> = []
        var ids: [InputRef: String] = [:]
        var entities: [Entity] = []
        for (entity, members) in merged {
            let base = DocumentAssembler.slug(entity.name)
            var id = base, k = 2
            while used.contains(id) { id = "\(base)-\(k)"; k += 1 }
            used.insert(id)
            var e = entity
            e.id = id
            entities.append(e)
            for i in members { ids[atoms[i].ref] = id }
        }
        return (entities, ids)
    }

    // MARK: Time expressions

    static func mergeTimexes(_ inputs: [StorylineDocument]) -> (timexes: [Timex], ids: [InputRef: String]) {
        var all: Set<Timex> = []
        var refs: [(InputRef, Timex)] = []
        for (k, d) in inputs.enumerated() { for t in d.timexes {
            var bare = t
            bare.id = ""
            all.insert(bare)
            refs.append((InputRef(input: k, id: t.id), bare))
        } }
        var sorted = all.sorted { a, b in
            if (a.document, a.start, a.end) != (b.document, b.start, b.end) {
                return (a.document, a.start, a.end) < (b.document, b.start, b.end)
            }
            return (a.value, a.text, a.type.rawValue, a.mod ?? "") < (b.value, b.text, b.type.rawValue, b.mod ?? "")
        }
        var idOf: [Timex: String] = [:]
        for i in sorted.indices { sorted[i].id = "t\(i + 1)"; var bare = sorted[i]; bare.id = ""; idOf[bare] = sorted[i].id }
        var ids: [InputRef: String] = [:]
        for (ref, bare) in refs { ids[ref] = idOf[bare] }
        return (sorted, ids)
    }

    // MARK: Events

    /// An article-level event with its references rewritten to the merged document's ids.
    static func atoms(_ inputs: [StorylineDocument], entityIDs: [InputRef: String], timexIDs: [InputRef: String]) -> [Event] {
        var set: Set<Event> = []
        for (k, d) in inputs.enumerated() {
            for e in d.events {
                for var a in e.members ?? [e] {
                    a.id = ""
                    a.sources = nil
                    a.members = nil
                    if a.document.isEmpty { a.document = e.document }
                    if a.evidence.document == nil { a.evidence.document = a.document }
                    if let other = a.otherEvidence {
                        a.otherEvidence = other.isEmpty ? nil : other.map { var o = $0; if o.document == nil { o.document = a.document }; return o }
                    }
                    var seen: Set<Participant> = []
                    a.participants = a.participants.compactMap { p in
                        guard let id = entityIDs[InputRef(input: k, id: p.entity)] else { return nil }
                        let q = Participant(entity: id, role: p.role)
                        return seen.insert(q).inserted ? q : nil
                    }.sorted { ($0.entity, $0.role.rawValue) < ($1.entity, $1.role.rawValue) }
                    a.date.timex = a.date.timex.flatMap { timexIDs[InputRef(input: k, id: $0)] }
                    set.insert(a)
                }
            }
        }
        return set.sorted(by: atomLess)
    }

    /// Total order of article-level events: document, trigger, sentence, then every other field.
    static func atomLess(_ a: Event, _ b: Event) -> Bool {
        if a.document != b.document { return a.document < b.document }
        if a.trigger.start != b.trigger.start { return a.trigger.start < b.trigger.start }
        if a.trigger.end != b.trigger.end { return a.trigger.end < b.trigger.end }
        if a.evidence.start != b.evidence.start { return a.evidence.start < b.evidence.start }
        if a.headline != b.headline { return a.headline < b.headline }
        if a.date.value != b.date.value { return a.date.value < b.date.value }
        return String(describing: a) < String(describing: b)
    }

    static func mergeEvents(_ inputs: [StorylineDocument], entityIDs: [InputRef: String], timexIDs: [InputRef: String],
                            persons: Set<String>, documentIndex: [String: Int], options: CompareOptions) -> [Event] {
        let atoms = atoms(inputs, entityIDs: entityIDs, timexIDs: timexIDs)
        var entityNumber: [String: Int] = [:]
        var matcher = EventMatcher(options: options)
        let features = atoms.map { e in
            var f = matcher.features(e, participantGroups: e.participants.map { p in
                if let v = entityNumber[p.entity] { return v }
                let v = entityNumber.count
                entityNumber[p.entity] = v
                return v
            })
            if case .period(let p) = clusterPeriod(e, f, slack: options.clusterDateSlackDays) { f.slackPeriod = p }
            f.persons = Array(Set(e.participants.filter { persons.contains($0.entity) }.compactMap { entityNumber[$0.entity] })).sorted()
            f.merging = true
            return f
        }
        let group = atoms.map { documentIndex[$0.document] ?? -1 }
        let keys = atoms.indices.map { String($0) } // atoms are in canonical order already
        var edges: [(i: Int, j: Int, score: Double, sameVictim: Bool)] = []
        for (i, j) in EventMatcher.candidates(features, group: group, keys: keys, sameConcept: true) {
            if let m = matcher.match(features[i], features[j]) {
                edges.append((i, j, m.score, EventMatcher.sameVictim(features[i], features[j])))
            }
        }
        edges.sort { x, y in x.score != y.score ? x.score > y.score : (x.i, x.j) < (y.i, y.j) }

        // Greedy clustering over the edges, best first. Two clusters join when every dated member
        // of one is compatible with every dated member of the other (periods are intervals, so
        // that holds exactly when the clusters' common periods overlap; a pair matched despite
        // conflicting dates only joins two single events), and when a document tells events of
        // both clusters, those are one event told twice (`sameTellings`).
        var sets = UnionFind(count: atoms.count)
        var members: [[Int]] = atoms.indices.map { [$0] }
        var docs: [Set<Int>] = group.map { [$0] }
        var common: [ClusterPeriod] = atoms.indices.map { i in clusterPeriod(atoms[i], features[i], slack: options.clusterDateSlackDays) }
        for e in edges {
            let ra = sets.find(e.i), rb = sets.find(e.j)
            guard ra != rb,
                  let joined = e.sameVictim ? common[ra].hull(common[rb])
                    : common[ra].joined(common[rb], singles: members[ra].count == 1 && members[rb].count == 1),
                  docs[ra].isDisjoint(with: docs[rb])
                    || sameTellings(members[ra], members[rb], atoms: atoms, features: features, group: group) else { continue }
            let root = sets.join(ra, rb), child = root == ra ? rb : ra
            members[root].append(contentsOf: members[child])
            members[child] = []
            docs[root].formUnion(docs[child])
            docs[child] = []
            common[root] = joined
        }
        var clusters: [Int: [Int]] = [:]
        for i in atoms.indices { clusters[sets.find(i), default: []].append(i) }

        var events: [Event] = []
        for (_, members) in clusters {
            let cluster = members.map { atoms[$0] }
            events.append(mergedEvent(cluster))
        }
        events.sort { a, b in
            let ka = DateKey(a.date.value), kb = DateKey(b.date.value)
            if ka != kb { return ka < kb }
            let da = documentIndex[a.document] ?? Int.max, db = documentIndex[b.document] ?? Int.max
            if da != db { return da < db }
            return atomLess(a, b)
        }
        for i in events.indices {
            let id = "ev\(i + 1)"
            events[i].id = id
            if var ms = events[i].members {
                for k in ms.indices { ms[k].id = "\(id).\(k + 1)" }
                events[i].members = ms
            }
        }
        return events
    }

    /// The period an article-level event lies in, for clustering and for the date relation of a
    /// pair in merge: its date widened by `slack` days on each side (articles date one event a few
    /// days apart: "Sunday" against the day of the report), and a date inferred from the publication
    /// date (no time expression), which says when the event was reported, by `inferredLeadDays`
    /// more before, `incidentLeadDays` for an incident, a legal step or a personnel change (a murder,
    /// an arrest, a firing: later articles retell it months or years later, `retoldLater`). A statement's inferred date is the day it was said (no lead).
    static func clusterPeriod(_ e: Event, _ f: EventFeatures, slack: Int) -> ClusterPeriod {
        guard var p = f.period else { return .undated }
        p.first -= slack
        p.last += slack
        if e.date.certainty == .inferred && e.date.timex == nil && !f.statement {
            p.first -= retoldLater(e.type) ? incidentLeadDays : inferredLeadDays
        }
        return .period(p)
    }

    /// Days before an inferred date that an event may have happened.
    static let inferredLeadDays = 31
    /// Days before an inferred date that an incident, a legal step or a personnel change may have happened.
    static let incidentLeadDays = 730

    /// Types whose events later articles retell by the publication date alone: incidents
    /// (`EventLexicon.incidentTypes`), legal steps (charges and a trial retell the arrest) and
    /// personnel changes ("fired last season").
    static func retoldLater(_ type: String) -> Bool { EventLexicon.incidentTypes.contains(type) || retoldTypes.contains(type) }
    /// Types besides incidents that later articles retell (`retoldLater`).
    static let retoldTypes: Set<String> = ["legal", "personnel"]

    /// True when the events two clusters hold in a common document are tellings of one event:
    /// each such pair has the same trigger class, is not a statement (two sayings in one article
    /// are two statements), and shares a participant or a third of its headline words, or one of
    /// the two has no participant ("three people died in a burning bank": nothing tells them apart).
    static func sameTellings(_ a: [Int], _ b: [Int], atoms: [Event], features: [EventFeatures], group: [Int]) -> Bool {
        for x in a { for y in b where group[x] == group[y] {
            let fx = features[x], fy = features[y]
            guard fx.concept == fy.concept, atoms[x].type != "statement", atoms[y].type != "statement",
                  EventMatcher.jaccard(fx.participants, fy.participants) > 0 || EventMatcher.jaccard(fx.headline, fy.headline) >= 1.0 / 3
                    || fx.participants.isEmpty || fy.participants.isEmpty
            else { return false }
        } }
        return true
    }

    /// One event from a cluster of article-level events (in canonical order).
    static func mergedEvent(_ cluster: [Event]) -> Event {
        func rank(_ e: Event) -> (Int, Int) {
            let key = DateKey(e.date.value)
            return (e.date.certainty == .stated ? 0 : 1, key.known ? -key.granularity : 1)
        }
        var best = 0
        for k in cluster.indices.dropFirst() where rank(cluster[k]) < rank(cluster[best]) { best = k }
        var event = cluster[best]
        var participants: Set<Participant> = []
        var spans: Set<EventEvidence> = []
        for e in cluster {
            participants.formUnion(e.participants)
            var telling = e.evidence
            telling.trigger = e.trigger
            spans.insert(telling)
            spans.formUnion(e.otherEvidence ?? [])
        }
        event.participants = participants.sorted { ($0.entity, $0.role.rawValue) < ($1.entity, $1.role.rawValue) }
        event.sources = Array(Set(cluster.map(\.document))).sorted()
        if cluster.count > 1 {
            var own = event.evidence
            own.trigger = event.trigger
            spans.remove(own)
            event.otherEvidence = spans.isEmpty ? nil : spans.sorted {
                ($0.document ?? "", $0.start, $0.end, $0.text) < ($1.document ?? "", $1.start, $1.end, $1.text)
            }
            event.members = cluster
        }
        return event
    }

    // MARK: Relations

    static func mergeRelations(_ inputs: [StorylineDocument], entityIDs: [InputRef: String]) -> [Relation] {
        struct Key: Hashable { var type: RelationType; var source: String; var target: String }
        var groups: [Key: Relation] = [:]
        for (k, d) in inputs.enumerated() {
            for r in d.relations {
                guard let s = entityIDs[InputRef(input: k, id: r.source)],
                      let t = entityIDs[InputRef(input: k, id: r.target)] else { continue }
                let symmetric = r.type == .coOccurs || r.type == .competitorOf
                let key = Key(type: r.type, source: symmetric ? min(s, t) : s, target: symmetric ? max(s, t) : t)
                if var g = groups[key] {
                    let lx = g.label.unicodeScalars.count, ly = r.label.unicodeScalars.count
                    if ly > lx || (ly == lx && r.label < g.label) { g.label = r.label }
                    g.evidence.append(contentsOf: r.evidence)
                    if let w = r.weight { g.weight = (g.weight ?? 0) + w }
                    groups[key] = g
                } else {
                    groups[key] = Relation(id: "", source: key.source, target: key.target, type: r.type,
                                           label: r.label, evidence: r.evidence, weight: r.weight)
                }
            }
        }
        var relations = groups.values.map { r -> Relation in
            var r = r
            r.evidence = Array(Set(r.evidence)).sorted { ($0.document, $0.start, $0.end) < ($1.document, $1.start, $1.end) }
            return r
        }
        relations.sort { ($0.source, $0.target, $0.type.rawValue) < ($1.source, $1.target, $1.type.rawValue) }
        for i in relations.indices { relations[i].id = "r\(i + 1)" }
        return relations
    }
}

/// The period every dated member of an event cluster lies in.
enum ClusterPeriod: Hashable {
    /// No member has a known date.
    case undated
    /// The intersection of the members' periods.
    case period(DatePeriod)
    /// Two single events matched despite conflicting dates: no further dated event can join.
    case conflicted

    /// The period of two clusters of one death (`EventMatcher.sameVictim`) whatever their dates:
    /// one period holding both.
    func hull(_ o: ClusterPeriod) -> ClusterPeriod {
        switch (self, o) {
        case (.undated, _), (.conflicted, _): return o
        case (_, .undated), (_, .conflicted): return self
        case let (.period(a), .period(b)): return .period(DatePeriod(first: min(a.first, b.first), last: max(a.last, b.last)))
        }
    }

    /// The common period of two clusters joined together, or nil when they cannot be joined:
    /// their dated members' periods do not all overlap (unless `singles`, two single events matched
    /// despite conflicting dates, which gives `.conflicted`).
    func joined(_ o: ClusterPeriod, singles: Bool) -> ClusterPeriod? {
        switch (self, o) {
        case (.undated, _): return o
        case (_, .undated): return self
        case (.conflicted, _), (_, .conflicted): return nil
        case let (.period(a), .period(b)):
            let first = max(a.first, b.first), last = min(a.last, b.last)
            if first <= last { return .period(DatePeriod(first: first, last: last)) }
            return singles ? .conflicted : nil
        }
    }
}

/// Disjoint sets with path compression; the smaller index is always the root.
struct UnionFind {
    private var parent: [Int]
    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let p = parent[y]; parent[y] = r; y = p }
        return r
    }

    /// Joins the sets of x and y; returns the root.
    @discardableResult
    mutating func join(_ x: Int, _ y: Int) -> Int {
        let rx = find(x), ry = find(y)
        guard rx != ry else { return rx }
        let (root, child) = rx < ry ? (rx, ry) : (ry, rx)
        parent[child] = root
        return root
    }
}
