import Foundation

/// The timeline as a picture (`timeline.svg`): a vertical dated axis on the left, one box per
/// event beside its date, in timeline order, drawn by Graphviz's `dot` engine in-process.
public enum TimelineSVGWriter {
    /// At most this many events are drawn; a last box says how many more the timeline holds.
    public static let maxEvents = 400

    /// Box fill per event type; other types are grey.
    static let eventFill: [String: String] = [
        "statement": "#e3f2fd", "announcement": "#e3f2fd", "report": "#ede7f6",
        "meeting": "#fff8e1", "launch": "#e8f5e9", "withdrawal": "#ffebee", "sale": "#fff3e0",
        "acquisition": "#fff3e0", "legal": "#fce4ec", "election": "#f3e5f5", "conflict": "#ffebee",
    ]

    static let periodNames = ["Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4", "H1": "first half", "H2": "second half",
                              "SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The SVG picture of the document's timeline.
    public static func svg(_ document: StorylineDocument, options: ExportOptions = ExportOptions()) throws -> Data {
        let dot = dot(document)
        return try GraphRenderer.render(dot: dot, nodes: 2 * min(document.events.count, maxEvents) + 2,
                                        engine: "dot", format: .svg, timeout: options.timeout, force: true)
    }

    /// The DOT text of the timeline picture (deterministic; every text escaped).
    public static func dot(_ document: StorylineDocument) -> String {
        let names = Dictionary(document.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let timeline = document.timeline
        let shown = timeline.prefix(maxEvents)
        var out = "digraph \"timeline\" {\n"
        out += "  graph [id=\"timeline-picture\", rankdir=\"TB\", nodesep=\"0.3\", ranksep=\"0.25\", fontname=\"\(GraphStyle.font)\", fontsize=\"12\", labelloc=\"t\", bgcolor=\"white\""
        if let title = DOTWriter.graphTitle(document) { out += ", label=\(Escaping.dotText(title))" }
        out += "];\n"
        out += "  node [fontname=\"\(GraphStyle.font)\", fontsize=\"10\"];\n"
        out += "  edge [arrowhead=\"none\"];\n"
        guard !shown.isEmpty else {
            out += "  \"empty\" [shape=\"plaintext\", label=\"No events found\"];\n}\n"
            return out
        }
        var previousDate: String? = nil
        for (i, event) in shown.enumerated() {
            let date = dateLabel(event.date.value)
            let axis = "\"axis:\(i)\""
            if date != previousDate {
                out += "  \(axis) [shape=\"box\", style=\"filled,rounded\", fillcolor=\"#37474f\", fontcolor=\"white\", "
                out += "width=\"1.4\", label=\(Escaping.dotText(date))];\n"
            } else {
                out += "  \(axis) [shape=\"point\", width=\"0.08\", color=\"#37474f\"];\n"
            }
            previousDate = date
            if i > 0 { out += "  \"axis:\(i - 1)\" -> \(axis) [penwidth=\"3\", color=\"#37474f\", weight=\"100\"];\n" }
            out += "  \"event:\(i)\" [shape=\"box\", style=\"\(event.date.certainty == .inferred ? "filled,dashed" : "filled")\", "
            out += "fillcolor=\"\(eventFill[event.type] ?? "#f5f5f5")\", label=\(Escaping.dotText(eventLabel(event, names: names))), "
            out += "tooltip=\(Escaping.dotText(tooltip(event)))];\n"
            out += "  { rank=\"same\"; \(axis); \"event:\(i)\"; }\n"
            out += "  \(axis) -> \"event:\(i)\" [style=\"dotted\", color=\"#90a4ae\"];\n"
        }
        if timeline.count > shown.count {
            let more = timeline.count - shown.count
            out += "  \"more\" [shape=\"plaintext\", label=\"… and \(more) more events\"];\n"
            out += "  \"axis:\(shown.count - 1)\" -> \"more\" [style=\"dashed\", color=\"#37474f\"];\n"
        }
        out += "}\n"
        return out
    }

    /// Readable date of a TIMEX3 value: `2 Dec 2013`, `Nov 2013`, `2011`, `Q3 2013`, `week 48, 2013`.
    public static func dateLabel(_ value: String) -> String {
        let key = DateKey(value)
        guard key.known else { return "date unknown" }
        let month = monthNames[max(0, min(11, key.month - 1))]
        let parts = value.split(separator: "-", maxSplits: 2).map(String.init)
        switch key.granularity {
        case 4, 5: return "\(key.day) \(month) \(key.year)"
        case 2: return "\(month) \(key.year)"
        case 3 where parts.count > 1: return "week \(parts[1].dropFirst()), \(key.year)"
        case 1 where parts.count > 1: return "\(periodNames[parts[1]] ?? parts[1]) \(key.year)"
        case -1: return "\(key.year)s"
        default: return value.count == 4 ? value : "\(key.year)"
        }
    }

    /// Headline wrapped to lines of about 36 characters, then the participants.
    static func eventLabel(_ event: Event, names: [String: String]) -> String {
        var label = wrap(event.headline.isEmpty ? event.trigger.text : event.headline, width: 36)
        var who: [String] = []
        for p in event.participants where p.role != .location {
            if let n = names[p.entity], !who.contains(n) { who.append(n) }
        }
        let place = event.participants.filter { $0.role == .location }.compactMap { names[$0.entity] }
        if !who.isEmpty { label += "\n" + wrap(who.prefix(4).joined(separator: ", "), width: 40) }
        if let first = place.first { label += "\nin " + first }
        return label
    }

    static func tooltip(_ event: Event) -> String {
        var t = "\(event.type), \(event.date.value) (\(event.date.certainty.rawValue))"
        if let polarity = event.polarity { t += ", \(polarity)" }
        if let tense = event.tense { t += ", \(tense)" }
        return t + ": " + event.evidence.text
    }

    /// Breaks text at spaces into lines of at most about `width` characters.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
