import Foundation

/// How a node of one entity type is drawn.
struct EntityStyle {
    let legend: String
    let shape: String
    let fill: String
    let style: String
}

/// How an edge of one relation type is drawn.
struct RelationStyle {
    let color: String
    let style: String
}

/// Node and edge styles, one table per kind (exhaustive over the types); the legend is drawn from the same tables.
enum GraphStyle {
    static func entity(_ type: EntityType) -> EntityStyle {
        switch type {
        case .person: return EntityStyle(legend: "Person", shape: "ellipse", fill: "#cfe2ff", style: "filled")
        case .organization: return EntityStyle(legend: "Organisation", shape: "box", fill: "#ffe0b2", style: "filled,rounded")
        case .location: return EntityStyle(legend: "Place", shape: "hexagon", fill: "#c8e6c9", style: "filled")
        case .product: return EntityStyle(legend: "Product", shape: "component", fill: "#e1bee7", style: "filled")
        case .event: return EntityStyle(legend: "Event", shape: "octagon", fill: "#ffcdd2", style: "filled")
        case .misc: return EntityStyle(legend: "Other", shape: "ellipse", fill: "#eeeeee", style: "filled,dashed")
        }
    }

    static func relation(_ type: RelationType) -> RelationStyle {
        switch type {
        case .worksFor: return RelationStyle(color: "#1f5fa8", style: "solid")
        case .founded: return RelationStyle(color: "#c62828", style: "bold")
        case .partOf: return RelationStyle(color: "#e65100", style: "solid")
        case .basedIn: return RelationStyle(color: "#2e7d32", style: "solid")
        case .locatedIn: return RelationStyle(color: "#2e7d32", style: "dashed")
        case .livesIn: return RelationStyle(color: "#558b2f", style: "solid")
        case .nationality: return RelationStyle(color: "#6a1b9a", style: "solid")
        case .competitorOf: return RelationStyle(color: "#6d4c41", style: "solid")
        case .saidAbout: return RelationStyle(color: "#ad1457", style: "dotted")
        case .relatedTo: return RelationStyle(color: "#616161", style: "solid")
        case .coOccurs: return RelationStyle(color: "#b0b0b0", style: "dashed")
        }
    }

    static let font = "Helvetica"
}

/// Picks the Graphviz layout engine for a graph's size.
public enum GraphLayoutPolicy {
    /// Above this many nodes the automatic choice is `sfdp` instead of `dot`.
    public static let sfdpAbove = 400
    /// Above this many nodes an explicit `dot` is refused unless forced: it would run for a very long time.
    public static let dotLimit = 5_000

    /// The engine to use: the requested one, else `dot` for small graphs and `sfdp` for large ones.
    public static func engine(nodes: Int, requested: String? = nil) -> String {
        if let requested, !requested.isEmpty { return requested }
        return nodes > sfdpAbove ? "sfdp" : "dot"
    }
}

/// Graphviz DOT of the entity relationship graph: one node per entity (shape and colour by
/// type), one edge per stated relation (labelled with the relation's words), a legend.
/// Deterministic: the same document gives byte-identical DOT. Every ID and text is quoted and escaped.
public enum DOTWriter {
    /// Prefix of the legend's node ids (entity ids are slugs without a colon).
    static let legendPrefix = "legend:"

    public static func graph(_ document: StorylineDocument, options: ExportOptions = ExportOptions()) -> String {
        var seen = Set<String>()
        let entities = document.entities.filter { seen.insert($0.id).inserted }
        let relations = drawnRelations(document, entityIDs: seen, showCooccurrence: options.showCooccurrence)
        let engine = GraphLayoutPolicy.engine(nodes: entities.count, requested: options.engine)

        var out = "digraph \"storyline\" {\n"
        out += "  graph [id=\"entity-graph\", layout=\(Escaping.dotQuoted(engine)), fontname=\"\(GraphStyle.font)\", fontsize=\"12\", "
        out += "labelloc=\"t\", outputorder=\"edgesfirst\", bgcolor=\"white\""
        if engine == "dot" {
            out += ", rankdir=\"LR\", nodesep=\"0.3\", ranksep=\"0.6\""
        } else {
            out += ", overlap=\"false\", sep=\"+8\""
        }
        if let title = graphTitle(document) { out += ", label=\(Escaping.dotText(title))" }
        out += "];\n"
        out += "  node [fontname=\"\(GraphStyle.font)\", fontsize=\"10\", penwidth=\"0.8\"];\n"
        out += "  edge [fontname=\"\(GraphStyle.font)\", fontsize=\"9\", arrowsize=\"0.7\"];\n"

        out += legend(entityTypes: Set(entities.map(\.type)), relationTypes: Set(relations.flatMap(\.types)))

        for entity in entities {
            let style = GraphStyle.entity(entity.type)
            var tooltip = "\(entity.name) (\(entity.type.rawValue))"
            let aliases = entity.aliases.filter { $0 != entity.name }
            if !aliases.isEmpty { tooltip += " also: " + aliases.joined(separator: ", ") }
            out += "  \(Escaping.dotText(entity.id)) [label=\(Escaping.dotText(entity.name)), shape=\"\(style.shape)\", "
            out += "style=\"\(style.style)\", fillcolor=\"\(style.fill)\", tooltip=\(Escaping.dotText(tooltip))];\n"
        }

        for edge in relations {
            let relation = edge.relation
            let style = GraphStyle.relation(relation.type)
            out += "  \(Escaping.dotText(relation.source)) -> \(Escaping.dotText(relation.target)) ["
            if relation.type == .coOccurs {
                let weight = max(1, relation.weight ?? 1)
                out += "dir=\"none\", penwidth=\"\(1 + min(weight, 6))\", "
                out += "tooltip=\(Escaping.dotText("co-occur in \(weight) sentence\(weight == 1 ? "" : "s")"))"
            } else {
                out += "label=\(Escaping.dotText(edgeLabel(relation))), "
                out += "tooltip=\(Escaping.dotText(edge.types.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")))"
            }
            out += ", color=\"\(style.color)\", fontcolor=\"\(style.color)\", style=\"\(style.style)\"];\n"
        }
        out += "}\n"
        return out
    }

    /// The words drawn on a relation's edge: its label, else its type in words.
    static func edgeLabel(_ relation: Relation) -> String {
        let label = relation.label.trimmingCharacters(in: .whitespacesAndNewlines)
        return label.isEmpty ? relation.type.rawValue.replacingOccurrences(of: "_", with: " ") : label
    }

    /// An edge to draw: the relations that share source, target and words (e.g. "founder and CEO"
    /// stated as both `founded` and `works_for`) become one edge.
    struct DrawnEdge {
        var relation: Relation
        var types: [RelationType]
    }

    /// Relations between known entities, grouped into edges; `co_occurs` only when asked for.
    static func drawnRelations(_ document: StorylineDocument, entityIDs: Set<String>, showCooccurrence: Bool) -> [DrawnEdge] {
        var index: [[String]: Int] = [:]
        var edges: [DrawnEdge] = []
        for r in document.relations {
            guard r.type != .coOccurs || showCooccurrence,
                  entityIDs.contains(r.source), entityIDs.contains(r.target) else { continue }
            let key = [r.source, r.target, r.type == .coOccurs ? "\u{0}co" : edgeLabel(r)]
            if let i = index[key] {
                if !edges[i].types.contains(r.type) { edges[i].types.append(r.type) }
            } else {
                index[key] = edges.count
                edges.append(DrawnEdge(relation: r, types: [r.type]))
            }
        }
        return edges
    }

    static func graphTitle(_ document: StorylineDocument) -> String? {
        guard document.documents.count == 1, let title = document.documents.first?.title else { return nil }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The legend: a column of sample nodes on the last rank, one per entity type in the graph
    /// drawn in that type's style, then one line per relation type in its colour. Fixed words
    /// only, no article text. (Plain nodes, not an HTML-like table or a cluster: libgvc 2.42
    /// leaks memory on both, measured 0.5–2.5 KB per render.)
    static func legend(entityTypes: Set<EntityType>, relationTypes: Set<RelationType>) -> String {
        let types = EntityType.allCases.filter { entityTypes.contains($0) }
        guard !types.isEmpty else { return "" }
        var lines = ["\"\(legendPrefix)title\" [shape=\"plaintext\", label=\"Legend\", fontsize=\"10\"];"]
        for type in types {
            let style = GraphStyle.entity(type)
            lines.append("\"\(legendPrefix)\(type.rawValue)\" [label=\"\(style.legend)\", shape=\"\(style.shape)\", "
                         + "style=\"\(style.style)\", fillcolor=\"\(style.fill)\", fontsize=\"9\", height=\"0.3\"];")
        }
        for type in RelationType.allCases where relationTypes.contains(type) {
            let style = GraphStyle.relation(type)
            let words = type.rawValue.replacingOccurrences(of: "_", with: " ")
            lines.append("\"\(legendPrefix)\(type.rawValue)\" [shape=\"plaintext\", label=\"→ \(words)\", "
                         + "fontcolor=\"\(style.color)\", fontsize=\"9\", height=\"0.2\"];")
        }
        // dot stacks the unconnected nodes of one rank in reverse input order: write them reversed
        // so the legend reads from the top.
        return "  subgraph \"legend\" {\n    rank=\"sink\";\n" + lines.reversed().map { "    " + $0 + "\n" }.joined() + "  }\n"
    }
}
