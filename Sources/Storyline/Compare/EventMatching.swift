/// Settings of event alignment (diff) and event merging (merge). The defaults are documented in
/// docs/compare.md and are what the CLI uses.
public struct CompareOptions: Sendable, Hashable {
    /// Minimum score for two events to be the same event (when their dates do not conflict).
    public var threshold: Double
    /// Minimum content score (trigger, headline, participants; the date left out) for two events
    /// whose dates conflict to still be the same event, reported as "conflicting dates".
    public var conflictThreshold: Double = 0.7
    /// With conflicting dates the headlines must also share at least this share of their words.
    public var conflictHeadlineOverlap: Double = 0.6
    /// Statements (said, told, ...) are one statement only when their dates are the same value or
    /// their headlines share at least this share of their words: one speaker says many things.
    public var statementHeadlineOverlap: Double = 0.5
    /// merge: days two tellings' dates may differ by and still be one event in a cluster.
    public var clusterDateSlackDays: Int = 30
    /// Conflicting dates further apart than this many days are different events, not a conflict.
    public var conflictMaxGapDays: Int = 400
    /// Compare `co_occurs` relations too (off by default: they are not statements of the text).
    public var includeCooccurrence: Bool = false

    public init(threshold: Double = 0.5, conflictThreshold: Double = 0.7,
                conflictHeadlineOverlap: Double = 0.6, includeCooccurrence: Bool = false,
                clusterDateSlackDays: Int = 30) {
        self.threshold = threshold
        self.conflictThreshold = conflictThreshold
        self.conflictHeadlineOverlap = conflictHeadlineOverlap
        self.includeCooccurrence = includeCooccurrence
        self.clusterDateSlackDays = clusterDateSlackDays
    }
}

/// What the scorer knows of one event: interned concept numbers, so scoring is integer work.
struct EventFeatures {
    var concept: Int
    var headline: [Int]        // sorted, unique
    var participants: [Int]    // entity group numbers, sorted, unique
    var dateValue: String
    var period: DatePeriod?
    var year: Int
    /// A statement (reported speech).
    var statement: Bool
    /// Exact-equality signature (interned): identical events score 1.
    var signature: Int
    /// Of a concept that happens to a person once (`EventWords.onceOnlyConcepts`).
    var onceOnly = false
    /// merge: the period the event may lie in once the slack of reporting is allowed for
    /// (`TimelineMerge.clusterPeriod`); dates that conflict only within it are compatible. Nil in diff.
    var slackPeriod: DatePeriod? = nil
    /// merge: the participants that are persons (entity group numbers, sorted, unique).
    var persons: [Int] = []
    /// Scored for merge (`persons` is known); diff leaves it false.
    var merging = false
}

/// Interns strings into small integers (concepts, headline words).
struct Interner {
    private var table: [String: Int] = [:]
    mutating func id(_ s: String) -> Int {
        if let v = table[s] { return v }
        let v = table.count
        table[s] = v
        return v
    }
}

/// Scores pairs of events and finds candidate pairs without comparing all pairs.
///
/// Score (symmetric, in 0...1):
/// `content = 0.40·trigger + 0.25·headline + 0.35·participants` where trigger is 1 when the
/// triggers fall in one synonym class (EventWords), headline and participants are Jaccard overlaps
/// (headline words as stems/synonym classes without stop words; participants as entities matched
/// across the documents), and `score = 0.85·content + 0.15·date` with date = 1 same value,
/// 0.6 compatible periods, 0.5 unknown (no evidence either way), 0 conflicting. Identical events score exactly 1.
/// A pair is the same event when its dates do not conflict, `score ≥ threshold` and the triggers
/// agree or the headlines overlap by at least one half, and for a statement when the dates are the
/// same value or the headlines overlap by `statementHeadlineOverlap`; or, when its dates conflict, when
/// `content ≥ conflictThreshold`, the headlines overlap by `conflictHeadlineOverlap` and the two
/// periods are at most `conflictMaxGapDays` apart.
struct EventMatcher {
    var options: CompareOptions
    private var interner = Interner()

    init(options: CompareOptions) { self.options = options }

    mutating func features(_ e: Event, participantGroups: [Int]) -> EventFeatures {
        let conceptName = EventWords.triggerConcept(e.trigger.text, type: e.type)
        let concept = interner.id(conceptName)
        let headline = Array(Set(EventWords.headlineConcepts(e.headline).map { interner.id($0) })).sorted()
        let parts = Array(Set(participantGroups)).sorted()
        let period = DatePeriod(e.date.value)
        let key = DateKey(e.date.value)
        let signature = interner.id([e.headline, e.trigger.text.lowercased(), e.type, e.date.value,
                                     parts.map(String.init).joined(separator: ",")].joined(separator: "\u{1}"))
        return EventFeatures(concept: concept, headline: headline, participants: parts,
                             dateValue: e.date.value, period: period, year: key.known ? key.year : Int.min,
                             statement: e.type == "statement", signature: signature,
                             onceOnly: EventWords.onceOnlyConcepts.contains(conceptName))
    }

    /// Jaccard overlap of two sorted unique arrays; 0 when both are empty.
    static func jaccard(_ a: [Int], _ b: [Int]) -> Double {
        if a.isEmpty && b.isEmpty { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }

    static func dateRelation(_ a: EventFeatures, _ b: EventFeatures) -> DateRelation {
        if a.dateValue == b.dateValue { return a.period == nil ? .unknown : .same }
        guard let pa = a.period, let pb = b.period else { return .unknown }
        if pa.overlaps(pb) { return .compatible }
        if let sa = a.slackPeriod, let sb = b.slackPeriod, sa.overlaps(sb) { return .compatible }
        return .conflicting
    }

    /// Two tellings of one death: both of a concept that happens to a person once
    /// (`EventWords.onceOnlyConcepts`) and naming a person in common ("Stone was killed", "Reed
    /// was convicted of the murder of Stone"), whatever their dates say (a trial article dates a
    /// killing by the day of the testimony).
    static func sameVictim(_ a: EventFeatures, _ b: EventFeatures) -> Bool {
        a.concept == b.concept && a.onceOnly && !a.persons.isEmpty && !b.persons.isEmpty
            && jaccard(a.persons, b.persons) > 0
    }

    /// merge: two tellings of one trigger class whose dates agree (the same value or overlapping
    /// periods) where only one names a person ("John Smith has been charged with murder", "charged
    /// him, and he will appear in court"): nothing tells them apart, so they are one event whatever
    /// their headlines share. Two tellings that name persons need one in common (the score), and two
    /// that name nobody need their headlines.
    static func unnamedTelling(_ a: EventFeatures, _ b: EventFeatures, dates: DateRelation) -> Bool {
        a.merging && b.merging && a.concept == b.concept && (dates == .same || dates == .compatible)
            && a.persons.isEmpty != b.persons.isEmpty
    }

    /// The score of a pair and its date relation, or nil when the pair is not the same event.
    func match(_ a: EventFeatures, _ b: EventFeatures) -> (score: Double, dates: DateRelation)? {
        let dates = EventMatcher.dateRelation(a, b)
        if a.signature == b.signature { return (1, dates) }
        let trigger: Double = a.concept == b.concept ? 1 : 0
        let headline = EventMatcher.jaccard(a.headline, b.headline)
        let participants = EventMatcher.jaccard(a.participants, b.participants)
        let content = 0.40 * trigger + 0.25 * headline + 0.35 * participants
        let dateScore: Double
        switch dates {
        case .same: dateScore = 1
        case .compatible: dateScore = 0.6
        case .unknown: dateScore = 0.5
        case .conflicting: dateScore = 0
        }
        let score = min(0.99, 0.85 * content + 0.15 * dateScore)
        if (a.statement || b.statement) && dates != .same && headline < options.statementHeadlineOverlap { return nil }
        if EventMatcher.sameVictim(a, b) { return (max(score, options.threshold), dates) }
        if dates == .conflicting {
            guard content >= options.conflictThreshold, headline >= options.conflictHeadlineOverlap,
                  let pa = a.period, let pb = b.period,
                  max(pa.first, pb.first) - min(pa.last, pb.last) <= options.conflictMaxGapDays else { return nil }
            return (score, dates)
        }
        if EventMatcher.unnamedTelling(a, b, dates: dates) { return (max(score, options.threshold), dates) }
        guard score >= options.threshold, trigger == 1 || headline >= 0.5 else { return nil }
        return (score, dates)
    }

    // MARK: Candidates

    /// Largest bucket compared in full; bigger buckets compare each event with its date neighbours.
    static let fullBucketLimit = 96
    /// Neighbours (by date) on each side compared in an oversized bucket.
    static let bucketWindow = 24

    /// Candidate pairs `(i, j)`, `i < j`, of items in different groups that share a bucket: the same
    /// trigger class and year, a participant and year, a participant and trigger class, or the same
    /// headline. Never all pairs. `keys` name the items independently of their position.
    ///
    /// With `sameConcept` (merge) items of one trigger class also share a bucket whatever their
    /// years, so an undated telling ("three bank workers died") meets the dated ones.
    static func candidates(_ items: [EventFeatures], group: [Int], keys: [String], sameConcept: Bool = false) -> [(Int, Int)] {
        struct BucketKey: Hashable { var kind: UInt8; var a: Int; var b: Int }
        var buckets: [BucketKey: [Int]] = [:]
        for (i, f) in items.enumerated() {
            // merge: every year the slack period reaches ("the murder", reported in 2013, may be of 2012).
            var years = f.year...f.year
            if let p = f.slackPeriod { years = DatePeriod.year(ofDay: p.first)...max(DatePeriod.year(ofDay: p.first), DatePeriod.year(ofDay: p.last)) }
            for y in years {
                buckets[BucketKey(kind: 0, a: f.concept, b: y), default: []].append(i)
                for p in f.participants { buckets[BucketKey(kind: 1, a: p, b: y), default: []].append(i) }
            }
            for p in f.participants {
                buckets[BucketKey(kind: 2, a: p, b: f.concept), default: []].append(i)
            }
            if sameConcept { buckets[BucketKey(kind: 4, a: f.concept, b: 0), default: []].append(i) }
            buckets[BucketKey(kind: 3, a: f.signature, b: 0), default: []].append(i)
        }
        var packed: [UInt64] = []
        func add(_ x: Int, _ y: Int) {
            guard group[x] != group[y] else { return }
            let (i, j) = x < y ? (x, y) : (y, x)
            packed.append(UInt64(i) << 32 | UInt64(j))
        }
        for (_, members) in buckets where members.count > 1 {
            if members.count <= fullBucketLimit {
                for x in 0..<members.count { for y in (x + 1)..<members.count { add(members[x], members[y]) } }
            } else {
                // Sorted by date, then by the side-independent key; neighbours are counted in
                // blocks of equal (date, key) so the pairs do not depend on the order of the input.
                let sorted = members.sorted {
                    let ma = items[$0].period?.middle ?? Int.max, mb = items[$1].period?.middle ?? Int.max
                    if ma != mb { return ma < mb }
                    if keys[$0] != keys[$1] { return keys[$0] < keys[$1] }
                    return $0 < $1
                }
                var block: [Int] = []
                block.reserveCapacity(sorted.count)
                for (x, item) in sorted.enumerated() {
                    if x == 0 { block.append(0); continue }
                    let prev = sorted[x - 1]
                    let same = items[prev].period?.middle == items[item].period?.middle && keys[prev] == keys[item]
                    block.append(block[x - 1] + (same ? 0 : 1))
                }
                for x in 0..<sorted.count {
                    var y = x + 1
                    while y < sorted.count && block[y] <= block[x] + bucketWindow {
                        add(sorted[x], sorted[y]); y += 1
                    }
                }
            }
        }
        packed.sort()
        var out: [(Int, Int)] = []
        out.reserveCapacity(packed.count)
        var last: UInt64? = nil
        for p in packed where p != last {
            out.append((Int(p >> 32), Int(p & 0xFFFF_FFFF)))
            last = p
        }
        return out
    }
}

/// One-to-one greedy matching on scored edges: edges sorted by score (highest first), ties broken
/// by a key that does not depend on which side an item is on, so matching B with A gives the
/// mirror of matching A with B.
enum GreedyMatching {
    struct Edge {
        var left: Int
        var right: Int
        var score: Double
        var low: String
        var high: String
    }

    /// Matches left items to right items; keys name the items (unique per side).
    static func match(_ edges: [(left: Int, right: Int, score: Double)], leftKeys: [String],
                      rightKeys: [String]) -> [(left: Int, right: Int, score: Double)] {
        var sorted: [Edge] = edges.map { e in
            let a = leftKeys[e.left], b = rightKeys[e.right]
            return Edge(left: e.left, right: e.right, score: e.score, low: min(a, b), high: max(a, b))
        }
        sorted.sort { x, y in
            if x.score != y.score { return x.score > y.score }
            if x.low != y.low { return x.low < y.low }
            if x.high != y.high { return x.high < y.high }
            return (x.left, x.right) < (y.left, y.right)
        }
        var usedLeft: Set<Int> = [], usedRight: Set<Int> = []
        var out: [(left: Int, right: Int, score: Double)] = []
        for e in sorted where !usedLeft.contains(e.left) && !usedRight.contains(e.right) {
            usedLeft.insert(e.left); usedRight.insert(e.right)
            out.append((e.left, e.right, e.score))
        }
        return out
    }
}
