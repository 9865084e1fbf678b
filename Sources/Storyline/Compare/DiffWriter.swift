import Foundation

/// Writes a `DiffResult` as text (like `git diff`), JSON or DOT.
public enum DiffWriter {
    /// Text report: a header, then events in timeline order with `-` (only in A), `+` (only in B),
    /// `!` (conflicting dates), `~` (matched, dates refined), ` ` (matched), then entities and
    /// relations on one side only. With `color`, ANSI colours as `git diff` uses them.
    public static func text(_ r: DiffResult, color: Bool = false) -> String {
        let red = color ? "\u{1B}[31m" : "", green = color ? "\u{1B}[32m" : "", yellow = color ? "\u{1B}[33m" : ""
        let bold = color ? "\u{1B}[1m" : "", cyan = color ? "\u{1B}[36m" : "", reset = color ? "\u{1B}[0m" : ""
        var out = ""
        out += "\(bold)--- a: \(r.a.joined(separator: ", "))\(reset)\n"
        out += "\(bold)+++ b: \(r.b.joined(separator: ", "))\(reset)\n"
        out += "\(cyan)@@ events: \(r.matched.count) matched, \(r.conflictingDates.count) conflicting dates, "
            + "\(r.onlyInA.count) only in a, \(r.onlyInB.count) only in b @@\(reset)\n"
        enum Line { case a(DiffEvent), b(DiffEvent), both(EventMatch) }
        var lines: [(key: DateKey, doc: String, id: String, line: Line)] = []
        for e in r.onlyInA { lines.append((DateKey(e.date), e.document, e.id, .a(e))) }
        for e in r.onlyInB { lines.append((DateKey(e.date), e.document, e.id, .b(e))) }
        for m in r.matched + r.conflictingDates { lines.append((DateKey(m.a.date), m.a.document, m.a.id, .both(m))) }
        lines.sort { x, y in x.key != y.key ? x.key < y.key : (x.doc, x.id) < (y.doc, y.id) }
        for l in lines {
            switch l.line {
            case .a(let e): out += "\(red)- \(pad(e.date)) \(clean(e.headline))\(reset)\n"
            case .b(let e): out += "\(green)+ \(pad(e.date)) \(clean(e.headline))\(reset)\n"
            case .both(let m):
                switch m.dates {
                case .conflicting:
                    out += "\(yellow)! \(pad(m.a.date)) \(clean(m.a.headline))  [a: \(m.a.date), b: \(m.b.date)]\(reset)\n"
                case .compatible:
                    out += "~ \(pad(m.a.date)) \(clean(m.a.headline))  [b: \(m.b.date)]\n"
                default:
                    out += "  \(pad(m.a.date)) \(clean(m.a.headline))\n"
                }
            }
        }
        if !r.entitiesOnlyInA.isEmpty || !r.entitiesOnlyInB.isEmpty {
            out += "\(cyan)@@ entities: \(r.matchedEntities.count) shared, \(r.entitiesOnlyInA.count) only in a, "
                + "\(r.entitiesOnlyInB.count) only in b @@\(reset)\n"
            for e in r.entitiesOnlyInA { out += "\(red)- \(clean(e.name)) (\(e.type.rawValue))\(reset)\n" }
            for e in r.entitiesOnlyInB { out += "\(green)+ \(clean(e.name)) (\(e.type.rawValue))\(reset)\n" }
        }
        if !r.relationsOnlyInA.isEmpty || !r.relationsOnlyInB.isEmpty {
            out += "\(cyan)@@ relations: \(r.relationsOnlyInA.count) only in a, \(r.relationsOnlyInB.count) only in b @@\(reset)\n"
            for x in r.relationsOnlyInA { out += "\(red)- \(relationText(x))\(reset)\n" }
            for x in r.relationsOnlyInB { out += "\(green)+ \(relationText(x))\(reset)\n" }
        }
        return out
    }

    static func relationText(_ r: DiffRelation) -> String {
        let label = r.label.isEmpty ? "" : " (\(clean(r.label)))"
        return "\(clean(r.source)) —\(r.type.rawValue)→ \(clean(r.target))\(label)"
    }

    static func pad(_ date: String) -> String {
        let n = date.unicodeScalars.count
        return n >= 10 ? date : date + String(repeating: " ", count: 10 - n)
    }

    /// One line of text: line breaks and control characters (terminal escapes) removed.
    static func clean(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\n" || u == "\r" || u == "\t" { out.append(" ") }
            else if u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) { continue }
            else { out.append(u) }
        }
        return String(out)
    }

    /// JSON (schema `storyline-diff/1`), pretty-printed with sorted keys, ending with a newline.
    public static func json(_ r: DiffResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(r)
        data.append(0x0A)
        return data
    }

    /// DOT of the merged entity graph of A and B: nodes and edges stated by both in dark grey,
    /// by A only in red, by B only in green, with a legend. Deterministic; every string escaped.
    public static func dot(_ a: StorylineDocument, _ b: StorylineDocument, options: CompareOptions = CompareOptions()) -> String {
        let r = TimelineDiff.diff(a, b, options: options)
        let q = Escaping.dotQuoted
        let colorBoth = "#444444", colorA = "#c0392b", colorB = "#27ae60"
        var lines: [String] = []
        lines.append("digraph \"storyline-diff\" {")
        lines.append("  graph [rankdir=LR, fontname=\"Helvetica\", label=\(q("a: " + r.a.joined(separator: ", ") + "   b: " + r.b.joined(separator: ", "))), labelloc=t];")
        lines.append("  node [fontname=\"Helvetica\", style=filled, fillcolor=white];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=10];")
        // Nodes: id → (node name, colour)
        var node: [String: String] = [:] // "a:" / "b:" + entity id → node name
        var nodes: [(name: String, label: String, type: EntityType, color: String)] = []
        for m in r.matchedEntities {
            let name = "both:" + m.a.id + "|" + m.b.id
            node["a:" + m.a.id] = name; node["b:" + m.b.id] = name
            nodes.append((name, m.a.name, m.a.type, colorBoth))
        }
        for e in r.entitiesOnlyInA { node["a:" + e.id] = "a:" + e.id; nodes.append(("a:" + e.id, e.name, e.type, colorA)) }
        for e in r.entitiesOnlyInB { node["b:" + e.id] = "b:" + e.id; nodes.append(("b:" + e.id, e.name, e.type, colorB)) }
        nodes.sort { ($0.name) < ($1.name) }
        for n in nodes {
            lines.append("  \(q(n.name)) [label=\(q(n.label)), shape=\(shape(n.type)), color=\(q(n.color)), fontcolor=\(q(n.color))];")
        }
        // Edges: keyed by type and merged node names.
        struct EdgeKey: Hashable, Comparable {
            var source: String, target: String, type: String
            static func < (x: EdgeKey, y: EdgeKey) -> Bool { (x.source, x.target, x.type) < (y.source, y.target, y.type) }
        }
        var edges: [EdgeKey: (label: String, inA: Bool, inB: Bool)] = [:]
        func add(_ d: StorylineDocument, side: String) {
            for rel in d.relations where options.includeCooccurrence || rel.type != .coOccurs {
                guard let s = node[side + ":" + rel.source], let t = node[side + ":" + rel.target] else { continue }
                let symmetric = rel.type == .coOccurs || rel.type == .competitorOf
                let key = EdgeKey(source: symmetric ? min(s, t) : s, target: symmetric ? max(s, t) : t, type: rel.type.rawValue)
                var v = edges[key] ?? (label: rel.label.isEmpty ? rel.type.rawValue : rel.label, inA: false, inB: false)
                if side == "a" { v.inA = true } else { v.inB = true }
                edges[key] = v
            }
        }
        add(a, side: "a")
        add(b, side: "b")
        for key in edges.keys.sorted() {
            guard let v = edges[key] else { continue }
            let color = v.inA && v.inB ? colorBoth : (v.inA ? colorA : colorB)
            lines.append("  \(q(key.source)) -> \(q(key.target)) [label=\(q(v.label)), color=\(q(color)), fontcolor=\(q(color))];")
        }
        lines.append("  subgraph cluster_legend {")
        lines.append("    label=\"legend\"; fontsize=10; color=\"#bbbbbb\";")
        lines.append("    \"legend:both\" [label=\"in a and b\", shape=plaintext, fontcolor=\(q(colorBoth)), style=\"\"];")
        lines.append("    \"legend:a\" [label=\"only in a\", shape=plaintext, fontcolor=\(q(colorA)), style=\"\"];")
        lines.append("    \"legend:b\" [label=\"only in b\", shape=plaintext, fontcolor=\(q(colorB)), style=\"\"];")
        lines.append("  }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func shape(_ t: EntityType) -> String {
        switch t {
        case .person: return "ellipse"
        case .organization: return "box"
        case .location: return "house"
        case .product: return "component"
        case .event: return "diamond"
        case .misc: return "note"
        }
    }
}
