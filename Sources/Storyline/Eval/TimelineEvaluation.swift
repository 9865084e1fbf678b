import Foundation

/// The SemEval-2015 Task 4 (TimeLine) scorer: the temporal-awareness measure of UzZaman &
/// Allen (2011) over timelines turned into small temporal graphs, as the task's official
/// `evaluation_all.py` + TempEval-3 `temporal_evaluation.py` compute it.
///
/// A timeline file is the entity name on line 1, then `position<TAB>anchor<TAB>event[<TAB>event...]`.
/// Each anchor becomes a time node; each event is SIMULTANEOUS with its anchor; consecutive events
/// are BEFORE (position grows) or SIMULTANEOUS (same position); position 0 is ignored.
/// Each graph is reduced greedily in relation order (a relation already implied by the earlier
/// ones is dropped, a contradicting one is kept as "violated"). Precision is the share of the
/// system's reduced relations implied by the gold graph, recall the share of the gold's reduced
/// relations implied by the system graph; the task score micro-averages the counts over timelines.
public enum TimelineEvaluation {
    /// One line of a timeline file.
    public struct Entry: Hashable, Sendable {
        public var position: Int
        public var anchor: String
        public var events: [String]
        public init(position: Int, anchor: String, events: [String]) {
            self.position = position; self.anchor = anchor; self.events = events
        }
    }

    /// Matched and total relation counts of one timeline (or summed over many).
    public struct Counts: Hashable, Sendable {
        public var precisionMatched = 0.0
        public var systemTotal = 0.0
        public var recallMatched = 0.0
        public var goldTotal = 0.0
        public init() {}
        public var precision: Double { systemTotal == 0 ? 0 : precisionMatched / systemTotal }
        public var recall: Double { goldTotal == 0 ? 0 : recallMatched / goldTotal }
        public var f1: Double { let p = precision, r = recall; return p + r == 0 ? 0 : 2 * p * r / (p + r) }
        public static func + (a: Counts, b: Counts) -> Counts {
            var c = a
            c.precisionMatched += b.precisionMatched; c.systemTotal += b.systemTotal
            c.recallMatched += b.recallMatched; c.goldTotal += b.goldTotal
            return c
        }
    }

    /// Per-timeline counts and their micro-average.
    public struct Report: Sendable {
        public var timelines: [(name: String, counts: Counts)]
        public var skipped: [String]
        public var micro: Counts { timelines.reduce(Counts()) { $0 + $1.counts } }
    }

    /// Parses a timeline file: the first line (entity name) is skipped; lines are sorted the way
    /// the official scorer sorts them (natural order: digit runs compared as numbers).
    public static func parse(_ text: String) -> [Entry] {
        var lines: [String] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i > 0 {
            var line = String(raw)
            while let last = line.unicodeScalars.last, last == " " || last == "\t" || last == "\r" { line.unicodeScalars.removeLast() }
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(line) }
        }
        let keyed = lines.enumerated().map { (naturalKey($0.element), $0.offset, $0.element) }
        let sorted = keyed.sorted { a, b in
            if let c = compareKeys(a.0, b.0), c != 0 { return c < 0 }
            return a.1 < b.1
        }
        var entries: [Entry] = []
        for (_, _, line) in sorted {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let position = Int(fields[0].trimmingCharacters(in: .whitespaces)) else { continue }
            entries.append(Entry(position: position, anchor: fields[1], events: Array(fields[2...])))
        }
        return entries
    }

    enum KeyPart { case text([UInt8]), number([UInt8]) }

    /// Python's `natural_keys`: alternating non-digit text and digit runs (as numbers).
    static func naturalKey(_ s: String) -> [KeyPart] {
        var parts: [KeyPart] = []
        var current: [UInt8] = []
        var inDigits = false
        for b in s.utf8 {
            let digit = b >= 48 && b <= 57
            if digit != inDigits {
                parts.append(inDigits ? .number(current) : .text(current))
                current = []
                inDigits = digit
            }
            current.append(b)
        }
        parts.append(inDigits ? .number(current) : .text(current))
        return parts
    }

    /// -1, 0, 1 like Python's list comparison.
    static func compareKeys(_ a: [KeyPart], _ b: [KeyPart]) -> Int? {
        for (x, y) in zip(a, b) {
            let c: Int
            switch (x, y) {
            case let (.text(p), .text(q)): c = p.lexicographicallyPrecedes(q) ? -1 : (p == q ? 0 : 1)
            case let (.number(p), .number(q)): c = compareNumbers(p, q)
            case (.number, .text): c = -1
            case (.text, .number): c = 1
            }
            if c != 0 { return c }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    static func compareNumbers(_ p: [UInt8], _ q: [UInt8]) -> Int {
        let a = Array(p.drop { $0 == 48 }), b = Array(q.drop { $0 == 48 })
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        if a == b { return 0 }
        return a.lexicographicallyPrecedes(b) ? -1 : 1
    }

    // MARK: Graphs

    enum Rel: Hashable { case before, simultaneous, after
        var reversed: Rel { switch self { case .before: .after; case .after: .before; case .simultaneous: .simultaneous } }
    }
    struct Link: Hashable { var x: String; var y: String; var rel: Rel }

    /// The relations of the gold graph, and the ids the system graph must reuse.
    struct GoldIDs {
        var times: [String] = []
        var events: [String] = []
    }

    static func goldLinks(_ entries: [Entry]) -> ([Link], GoldIDs) {
        var ids = GoldIDs()
        var order: [Int] = []
        var timeOf: [Int] = []
        for e in entries where e.position != 0 {
            if !ids.times.contains(e.anchor) { ids.times.append(e.anchor) }
            let t = ids.times.firstIndex(of: e.anchor) ?? 0
            for ev in e.events { ids.events.append(ev); order.append(e.position); timeOf.append(t) }
        }
        var links: [Link] = []
        for k in ids.events.indices { links.append(Link(x: "ei\(k + 1)", y: "t\(timeOf[k])", rel: .simultaneous)) }
        if ids.events.count > 1 {
            for k in 0..<(ids.events.count - 1) {
                links.append(Link(x: "ei\(k + 1)", y: "ei\(k + 2)", rel: order[k] < order[k + 1] ? .before : .simultaneous))
            }
        }
        return (links, ids)
    }

    static func systemLinks(_ entries: [Entry], gold: GoldIDs) -> [Link] {
        var nextTime = gold.times.count + 1
        var nextEvent = gold.events.count + 1
        var timeID: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var goldCount: [String: Int] = [:]
        var goldFirst: [String: Int] = [:]
        for (k, e) in gold.events.enumerated() {
            goldCount[e, default: 0] += 1
            if goldFirst[e] == nil { goldFirst[e] = k }
        }
        var eventIDs: [Int] = [], orders: [Int] = [], times: [Int] = []
        for e in entries where e.position != 0 {
            let tid: Int
            if let t = timeID[e.anchor] { tid = t }
            else if let g = gold.times.firstIndex(of: e.anchor) { tid = g; timeID[e.anchor] = g }
            else { tid = nextTime; nextTime += 1; timeID[e.anchor] = tid }
            for ev in e.events {
                var eid: Int
                if let first = goldFirst[ev] {
                    let already = seen[ev] ?? 0
                    if already == 0 {
                        eid = first + 1
                    } else if already < (goldCount[ev] ?? 0) {
                        // the next gold occurrence at or after first + already
                        eid = nextEvent
                        var p = first + already
                        while p < gold.events.count { if gold.events[p] == ev { eid = p + 1; break }; p += 1 }
                        if eid == nextEvent { nextEvent += 1 }
                    } else {
                        eid = nextEvent; nextEvent += 1
                    }
                } else {
                    eid = nextEvent; nextEvent += 1
                }
                seen[ev, default: 0] += 1
                eventIDs.append(eid); orders.append(e.position); times.append(tid)
            }
        }
        var links: [Link] = []
        for k in eventIDs.indices { links.append(Link(x: "ei\(eventIDs[k])", y: "t\(times[k])", rel: .simultaneous)) }
        if eventIDs.count > 1 {
            for k in 0..<(eventIDs.count - 1) {
                links.append(Link(x: "ei\(eventIDs[k])", y: "ei\(eventIDs[k + 1])", rel: orders[k] < orders[k + 1] ? .before : .simultaneous))
            }
        }
        return links
    }

    /// A point-algebra graph over interval end points: equal points merged, strict edges between classes.
    struct PointGraph {
        var index: [String: Int] = [:]
        var parent: [Int] = []
        var edges: [(Int, Int)] = []

        func has(_ interval: String) -> Bool { index[interval] != nil }

        mutating func addInterval(_ x: String) {
            guard index[x] == nil else { return }
            let s = parent.count
            index[x] = s
            parent.append(s); parent.append(s + 1)
            edges.append((s, s + 1))
        }
        mutating func find(_ a: Int) -> Int {
            var r = a
            while parent[r] != r { r = parent[r] }
            var c = a
            while parent[c] != r { let n = parent[c]; parent[c] = r; c = n }
            return r
        }
        mutating func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        /// Is there a path of strict edges from a's class to b's class?
        mutating func reaches(_ a: Int, _ b: Int) -> Bool {
            let target = find(b)
            var adjacency: [Int: [Int]] = [:]
            for (u, v) in edges { adjacency[find(u), default: []].append(find(v)) }
            var stack = [find(a)]
            var visited: Set<Int> = [find(a)]
            while let n = stack.popLast() {
                for m in adjacency[n] ?? [] {
                    if m == target { return true }
                    if visited.insert(m).inserted { stack.append(m) }
                }
            }
            return false
        }
        enum PointRel { case less, equal, greater, unknown }
        mutating func pointRel(_ a: Int, _ b: Int) -> PointRel {
            if find(a) == find(b) { return .equal }
            if reaches(a, b) { return .less }
            if reaches(b, a) { return .greater }
            return .unknown
        }
        /// true: implied; false: contradicted; nil: unknown.
        mutating func holds(_ l: Link) -> Bool? {
            guard let x = index[l.x], let y = index[l.y] else { return nil }
            switch l.rel {
            case .simultaneous:
                let r1 = pointRel(x, y), r2 = pointRel(x + 1, y + 1)
                if r1 == .equal && r2 == .equal { return true }
                if (r1 == .equal || r1 == .unknown) && (r2 == .equal || r2 == .unknown) { return nil }
                return false
            case .before:
                switch pointRel(x + 1, y) { case .less: return true; case .unknown: return nil; default: return false }
            case .after:
                switch pointRel(y + 1, x) { case .less: return true; case .unknown: return nil; default: return false }
            }
        }
        mutating func add(_ l: Link) {
            addInterval(l.x); addInterval(l.y)
            guard let x = index[l.x], let y = index[l.y] else { return }
            switch l.rel {
            case .simultaneous: union(x, y); union(x + 1, y + 1)
            case .before: edges.append((x + 1, y))
            case .after: edges.append((y + 1, x))
            }
        }
    }

    /// Builds the graph relation by relation; returns it with the reduced ("final") relations.
    static func reduce(_ links: [Link]) -> (PointGraph, [Link]) {
        var g = PointGraph()
        var handled: Set<Link> = []
        var final: [Link] = [], violated: [Link] = []
        for l in links where handled.insert(l).inserted {
            if l.x == l.y && l.rel != .simultaneous { violated.append(l); continue }
            if !g.has(l.x) || !g.has(l.y) { g.add(l); final.append(l); continue }
            switch g.holds(l) {
            case .some(true): continue            // implied: not in the reduced graph
            case .some(false): violated.append(l) // contradiction: kept for scoring, not added
            case .none: g.add(l); final.append(l)
            }
        }
        return (g, final + violated)
    }

    /// Counts for one gold and one system timeline.
    public static func score(gold: [Entry], system: [Entry]) -> Counts {
        let (goldRelations, ids) = goldLinks(gold)
        let systemRelations = systemLinks(system, gold: ids)
        var (goldGraph, goldFinal) = reduce(goldRelations)
        var (systemGraph, systemFinal) = reduce(systemRelations)
        func triples(_ links: [Link]) -> Set<Link> {
            var s: Set<Link> = []
            for l in links { s.insert(l); if l.x != l.y { s.insert(Link(x: l.y, y: l.x, rel: l.rel.reversed)) } }
            return s
        }
        let goldTriples = triples(goldRelations), systemTriples = triples(systemRelations)
        var c = Counts()
        for l in systemFinal where goldTriples.contains(l) || goldGraph.holds(l) == true { c.precisionMatched += 1 }
        for l in goldFinal where systemTriples.contains(l) || systemGraph.holds(l) == true { c.recallMatched += 1 }
        c.systemTotal = Double(systemFinal.count)
        c.goldTotal = Double(goldFinal.count)
        return c
    }

    /// Scores every gold timeline of `goldDirectory` (`*.txt`) against the file of the same name in
    /// `systemDirectory`. Like the official scorer, a gold timeline without a system file is skipped
    /// (and listed in `skipped`) unless `missingCountsAsEmpty` is set.
    public static func evaluate(goldDirectory: URL, systemDirectory: URL, missingCountsAsEmpty: Bool = false) throws -> Report {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: goldDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
        var report = Report(timelines: [], skipped: [])
        for name in names {
            let gold = parse(try String(contentsOf: goldDirectory.appendingPathComponent(name), encoding: .utf8))
            let systemURL = systemDirectory.appendingPathComponent(name)
            guard fm.fileExists(atPath: systemURL.path) else {
                report.skipped.append(name)
                if missingCountsAsEmpty { report.timelines.append((name, score(gold: gold, system: []))) }
                continue
            }
            let system = parse(try String(contentsOf: systemURL, encoding: .utf8))
            report.timelines.append((name, score(gold: gold, system: system)))
        }
        return report
    }
}
