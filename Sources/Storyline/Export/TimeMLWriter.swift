/// Writes TimeML: per document a `<DCT>` with the publication date, the article text inside
/// `<TEXT>` reproduced character for character with `<TIMEX3>` tags around time expressions and
/// `<EVENT>` tags around event triggers (an event overlapping a timex is left untagged), then a
/// `<MAKEINSTANCE>` per event and a `<TLINK>` from each event to its anchoring timex, or to the
/// DCT (`t0`). Everything from the article is XML-escaped. Several documents are wrapped in a
/// `<TimeMLCollection>` root.
public enum TimeMLWriter {
    public static func write(_ document: StorylineDocument) -> String {
        if document.documents.count == 1, let info = document.documents.first {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + timeML(info, document)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeMLCollection>\n"
        for info in document.documents { out += timeML(info, document) }
        return out + "</TimeMLCollection>\n"
    }

    private struct Span {
        var start: Int
        var end: Int
        var open: String
        var close: String
    }

    private static func timeML(_ info: DocumentInfo, _ doc: StorylineDocument) -> String {
        var out = "<TimeML>\n<DOCID>\(Escaping.xml(info.id))</DOCID>\n"
        let dct = info.published
        if let dct {
            out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(Escaping.xml(dct))\" temporalFunction=\"false\" "
                + "functionInDocument=\"CREATION_TIME\">\(Escaping.xml(dct))</TIMEX3></DCT>\n"
        }
        let scalarCount = info.text.unicodeScalars.count
        var spans: [Span] = []
        var timexIDs: [String: String] = [:]
        for t in doc.timexes where t.document == info.id && t.start >= 0 && t.start < t.end && t.end <= scalarCount {
            let tid = "t\(timexIDs.count + 1)"
            timexIDs[t.id] = tid
            var open = "<TIMEX3 tid=\"\(tid)\" type=\"\(t.type.rawValue)\" value=\"\(Escaping.xml(t.value))\""
            if let mod = t.mod { open += " mod=\"\(Escaping.xml(mod))\"" }
            spans.append(Span(start: t.start, end: t.end, open: open + ">", close: "</TIMEX3>"))
        }
        var instances: [(eid: String, event: Event)] = []
        for e in doc.events where e.document == info.id {
            let s = e.trigger.start, f = e.trigger.end
            guard s >= 0, s < f, f <= scalarCount else { continue }
            let eid = "e\(instances.count + 1)"
            instances.append((eid, e))
            spans.append(Span(start: s, end: f, open: "<EVENT eid=\"\(eid)\" class=\"\(eventClass(e.type))\">", close: "</EVENT>"))
        }
        // Keep the first of overlapping spans (timexes come first at equal positions).
        spans = spans.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        var kept: [Span] = []
        var taggedEvents = Set<String>()
        for s in spans {
            if let last = kept.last, s.start < last.end { continue }
            kept.append(s)
            if s.close == "</EVENT>", let q = s.open.split(separator: "\"").dropFirst().first { taggedEvents.insert(String(q)) }
        }
        out += "<TEXT>"
        var index = 0
        var k = 0
        var pending: String?
        var buffer = ""
        for u in info.text.unicodeScalars {
            while k < kept.count, kept[k].start == index, pending == nil {
                out += Escaping.xml(buffer); buffer = ""
                out += kept[k].open
                pending = kept[k].close
            }
            buffer.unicodeScalars.append(u)
            index += 1
            if let close = pending, k < kept.count, kept[k].end == index {
                out += Escaping.xml(buffer); buffer = ""
                out += close
                pending = nil
                k += 1
            }
        }
        out += Escaping.xml(buffer)
        if pending != nil, let close = pending { out += close }
        out += "</TEXT>\n"
        var link = 0
        for (n, inst) in instances.enumerated() where taggedEvents.contains(inst.eid) {
            let tense = (inst.event.tense ?? "").uppercased()
            out += "<MAKEINSTANCE eiid=\"ei\(n + 1)\" eventID=\"\(inst.eid)\" tense=\"\(tense.isEmpty ? "NONE" : Escaping.xml(tense))\" "
                + "aspect=\"NONE\" polarity=\"\(inst.event.polarity == "negative" ? "NEG" : "POS")\" pos=\"UNKNOWN\"/>\n"
            let target: String
            let relType: String
            if let t = inst.event.date.timex, let tid = timexIDs[t] {
                target = tid
                relType = "IS_INCLUDED"
            } else if dct != nil {
                target = "t0"
                switch inst.event.tense {
                case "past": relType = "BEFORE"
                case "future": relType = "AFTER"
                default: relType = "IS_INCLUDED"
                }
            } else {
                continue
            }
            link += 1
            out += "<TLINK lid=\"l\(link)\" relType=\"\(relType)\" eventInstanceID=\"ei\(n + 1)\" relatedToTime=\"\(target)\"/>\n"
        }
        return out + "</TimeML>\n"
    }

    /// TimeML event class of an event type.
    static func eventClass(_ type: String) -> String {
        switch type {
        case "statement", "report": "REPORTING"
        case "plan", "intention": "I_ACTION"
        default: "OCCURRENCE"
        }
    }
}
