import Foundation
import Storyline

/// Ends the process with a message when an invariant does not hold: libFuzzer records the input as a crash,
/// the replayer exits non-zero.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    FileHandle.standardError.write(Data("storyline-fuzz: invariant violated: \(message())\n".utf8))
    abort()
}

/// A text as an array of Unicode scalars, for checking `text[start:end]` the way SPEC.md defines offsets.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// `text[start:end]`, or nil when the range is not inside the text.
    func slice(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}

/// Structural invariants of a storyline document (SPEC.md): spans inside their text and equal to it,
/// unique ids, references that resolve.
enum DocumentChecks {
    static func check(_ doc: StorylineDocument) {
        require(doc.schema == "storyline/1", "schema is \(doc.schema)")
        var texts: [String: ScalarText] = [:]
        for d in doc.documents {
            require(texts[d.id] == nil, "duplicate document id \(d.id)")
            texts[d.id] = ScalarText(d.text)
        }
        func span(_ what: String, document: String, _ start: Int, _ end: Int, text: String?) {
            guard let t = texts[document] else { return require(false, "\(what) names unknown document \(document)") }
            require(start < end, "\(what) has an empty or reversed span \(start)..<\(end)")
            guard let s = t.slice(start, end) else {
                return require(false, "\(what) span \(start)..<\(end) outside text of \(t.scalars.count) scalars")
            }
            if let text { require(s == text, "\(what) text \(debug(text)) != text[\(start):\(end)] \(debug(s))") }
        }
        let timexIDs = unique(doc.timexes.map(\.id), "timex")
        for t in doc.timexes {
            span("timex \(t.id)", document: t.document, t.start, t.end, text: t.text)
            require(!t.value.isEmpty, "timex \(t.id) has an empty value")
        }
        let entityIDs = unique(doc.entities.map(\.id), "entity")
        for e in doc.entities {
            require(!e.id.isEmpty && !e.name.isEmpty, "entity with empty id or name: \(debug(e.id)) \(debug(e.name))")
            for m in e.mentions { span("mention of \(e.id)", document: m.document, m.start, m.end, text: m.text) }
        }
        _ = unique(doc.relations.map(\.id), "relation")
        for r in doc.relations {
            require(entityIDs.contains(r.source) && entityIDs.contains(r.target),
                    "relation \(r.id) links unknown entities \(r.source) → \(r.target)")
            for e in r.evidence { span("evidence of \(r.id)", document: e.document, e.start, e.end, text: nil) }
        }
        _ = unique(doc.events.map(\.id), "event")
        for e in doc.events {
            span("trigger of \(e.id)", document: e.document, e.trigger.start, e.trigger.end, text: e.trigger.text)
            for ev in [e.evidence] + (e.otherEvidence ?? []) {
                span("evidence of \(e.id)", document: ev.document ?? e.document, ev.start, ev.end, text: ev.text)
            }
            if let t = e.date.timex { require(timexIDs.contains(t), "event \(e.id) anchored to unknown timex \(t)") }
            require(!e.date.value.isEmpty, "event \(e.id) has an empty date value")
            for p in e.participants {
                require(entityIDs.contains(p.entity), "event \(e.id) has unknown participant \(p.entity)")
            }
        }
        require(doc.timeline.count == doc.events.count, "timeline lost events")
    }

    private static func unique(_ ids: [String], _ kind: String) -> Set<String> {
        let set = Set(ids)
        require(set.count == ids.count, "duplicate \(kind) ids")
        return set
    }
}

/// A string shown with escapes, for invariant messages.
func debug(_ s: String) -> String { String(reflecting: s) }

/// Scalars XML 1.0 cannot carry; texts containing them cannot round-trip through TimeML.
func hasXMLForbiddenScalars(_ s: String) -> Bool {
    s.unicodeScalars.contains { u in
        (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0x7F || u.value == 0xFFFE || u.value == 0xFFFF
    }
}
