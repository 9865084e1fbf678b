import Foundation

/// TimelineJS3 JSON (`--format timelinejs`): a title slide and one slide per dated event, in
/// timeline order, grouped by event type.
///
/// TimelineJS renders `headline` and `text` as HTML, so article text is HTML-escaped before it
/// is JSON-encoded. Events without a known year cannot be placed on a TimelineJS axis and are
/// left out (they stay in the storyline JSON). Keys are sorted: the same document gives the same bytes.
public enum TimelineJSWriter {
    /// A TimelineJS date: year, and month/day/hour/minute as far as the TIMEX3 value gives them.
    public struct SlideDate: Codable, Hashable, Sendable {
        public var year: String
        public var month: String?
        public var day: String?
        public var hour: String?
        public var minute: String?
        public var display_date: String?
    }
    public struct SlideText: Codable, Hashable, Sendable {
        public var headline: String
        public var text: String
    }
    public struct Slide: Codable, Hashable, Sendable {
        public var start_date: SlideDate?
        public var end_date: SlideDate?
        public var text: SlideText
        public var group: String?
        public var unique_id: String?
    }
    public struct Timeline: Codable, Hashable, Sendable {
        public var title: Slide
        public var events: [Slide]
    }

    /// The TimelineJS3 timeline of a document.
    public static func timeline(_ document: StorylineDocument) -> Timeline {
        let names = Dictionary(document.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var slides: [Slide] = []
        for e in document.timeline {
            guard let start = slideDate(e.date.value) else { continue }
            var body = "<p>" + Escaping.xml(e.evidence.text) + "</p>"
            let people = e.participants.compactMap { p in names[p.entity].map { Escaping.xml($0) + " (" + p.role.rawValue + ")" } }
            if !people.isEmpty { body += "<p>Participants: " + people.joined(separator: ", ") + "</p>" }
            if e.date.certainty == .inferred { body += "<p><em>Date inferred.</em></p>" }
            let end = e.date.endValue.flatMap { slideDate($0) }
            slides.append(Slide(start_date: start, end_date: end == start ? nil : end,
                                text: SlideText(headline: Escaping.xml(e.headline), text: body),
                                group: e.type, unique_id: e.document + "-" + e.id))
        }
        let titles = document.documents.map(\.title).filter { !$0.isEmpty }
        let headline = titles.count == 1 ? titles[0] : titles.isEmpty ? "Timeline" : "Timeline of \(titles.count) articles"
        var intro = "\(slides.count) dated event" + (slides.count == 1 ? "" : "s")
        let dates = document.documents.compactMap(\.published)
        if dates.count == 1 { intro += ", published \(dates[0])" }
        let title = Slide(start_date: nil, end_date: nil,
                          text: SlideText(headline: Escaping.xml(headline), text: "<p>" + Escaping.xml(intro) + "</p>"),
                          group: nil, unique_id: "title")
        return Timeline(title: title, events: slides)
    }

    /// TimelineJS3 JSON bytes, pretty-printed with sorted keys, ending with a newline.
    public static func data(_ document: StorylineDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(timeline(document))
        data.append(0x0A)
        return data
    }

    /// The TimelineJS date of a TIMEX3 value at its own granularity; nil when the year is unknown.
    static func slideDate(_ value: String) -> SlideDate? {
        let key = DateKey(value)
        guard key.known else { return nil }
        var d = SlideDate(year: String(key.year))
        switch key.granularity {
        case ..<1:
            if key.granularity < 0 { d.display_date = value.replacingOccurrences(of: "X", with: "0") + "s" }
        case 1:
            d.month = String(key.month); d.display_date = value
        case 2:
            d.month = String(key.month)
        case 3:
            d.month = String(key.month); d.day = String(key.day); d.display_date = value
        default:
            d.month = String(key.month); d.day = String(key.day)
            if key.granularity >= 5 {
                let u = Array(value.utf8)
                func two(_ at: Int) -> String? {
                    guard at + 1 < u.count, (48...57).contains(u[at]), (48...57).contains(u[at + 1]) else { return nil }
                    return String(Int(u[at] - 48) * 10 + Int(u[at + 1] - 48))
                }
                d.hour = two(11); d.minute = two(14)
            }
        }
        return d
    }
}
