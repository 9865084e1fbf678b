import Foundation

/// One self-contained HTML page: the timeline (picture and table), the entity graph (picture),
/// entities and relations. No external resources and no script: inline CSS, inline SVG, and a
/// Content-Security-Policy that forbids scripts. Every piece of article text is escaped.
public enum HTMLReportWriter {
    public static func write(_ document: StorylineDocument, options: ExportOptions = ExportOptions()) -> String {
        let names = Dictionary(document.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let title = reportTitle(document)
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"storyline\">\n"
        html += "<title>\(Escaping.xml(title))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>\(Escaping.xml(title))</h1>\n\(sources(document))"
        html += "<p class=\"counts\">\(document.events.count) events · \(document.entities.count) entities · "
        html += "\(document.relations.filter { $0.type != .coOccurs }.count) relations</p>\n"
        html += "<nav><a href=\"#timeline\">Timeline</a> <a href=\"#graph\">Graph</a> <a href=\"#entities\">Entities</a> <a href=\"#relations\">Relations</a></nav>\n</header>\n"

        html += "<section id=\"timeline\">\n<h2>Timeline</h2>\n"
        html += picture(label: "Timeline picture") { try TimelineSVGWriter.svg(document, options: options) }
        html += timelineTable(document, names: names)
        html += "</section>\n"

        html += "<section id=\"graph\">\n<h2>Entity graph</h2>\n"
        html += picture(label: "Entity relationship graph") { try GraphRenderer.render(document, format: .svg, options: options) }
        html += "</section>\n"

        html += entityTable(document)
        html += relationTable(document, names: names)
        html += "<footer>Made by storyline from the article text; dates are TIMEX3 values, inferred ones are marked.</footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    static func reportTitle(_ document: StorylineDocument) -> String {
        if let title = DOTWriter.graphTitle(document) { return title }
        return document.documents.isEmpty ? "Storyline" : "Storyline of \(document.documents.count) articles"
    }

    static func sources(_ document: StorylineDocument) -> String {
        var out = "<ul class=\"sources\">\n"
        for doc in document.documents {
            out += "<li>\(Escaping.xml(doc.title))"
            if let published = doc.published {
                out += " — published \(Escaping.xml(published))"
                if let source = doc.dateSource { out += " <span class=\"note\">(\(source.rawValue))</span>" }
            }
            if let url = doc.url { out += " <span class=\"url\">\(Escaping.xml(url))</span>" }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// A rendered picture inlined as `<svg>`, or a note saying why it is missing.
    static func picture(label: String, _ render: () throws -> Data) -> String {
        do {
            let svg = inlineSVG(try render())
            return "<figure class=\"picture\" aria-label=\"\(Escaping.xml(label))\">\n\(svg)\n</figure>\n"
        } catch {
            return "<p class=\"note\">\(Escaping.xml(label)) not drawn: \(Escaping.xml(String(describing: error)))</p>\n"
        }
    }

    /// Graphviz's SVG without the XML declaration, DOCTYPE and leading comments: from `<svg` on.
    static func inlineSVG(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return String(text[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func timelineTable(_ document: StorylineDocument, names: [String: String]) -> String {
        guard !document.events.isEmpty else { return "<p class=\"note\">No events found.</p>\n" }
        var out = "<table class=\"timeline\">\n<thead><tr><th>Date</th><th>What happened</th><th>Who</th><th>Evidence</th></tr></thead>\n<tbody>\n"
        for event in document.timeline {
            let inferred = event.date.certainty == .inferred
            out += "<tr\(inferred ? " class=\"inferred\"" : "")><td class=\"date\" title=\"\(Escaping.xml(event.date.value))\">"
            out += Escaping.xml(TimelineSVGWriter.dateLabel(event.date.value))
            if inferred { out += "<br><span class=\"note\">inferred</span>" }
            out += "</td><td>\(Escaping.xml(event.headline))<br><span class=\"note\">\(Escaping.xml(event.type))"
            if event.polarity == "negative" { out += ", negated" }
            if let modality = event.modality { out += ", \(Escaping.xml(modality))" }
            out += "</span></td><td>"
            out += event.participants.map { p in
                "\(Escaping.xml(names[p.entity] ?? p.entity)) <span class=\"note\">\(p.role.rawValue)</span>"
            }.joined(separator: "<br>")
            out += "</td><td class=\"evidence\">\(markedEvidence(event))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The evidence sentence, escaped, with the trigger marked when its offsets fall inside it.
    static func markedEvidence(_ event: Event) -> String {
        let sentence = Array(event.evidence.text.unicodeScalars)
        let from = event.trigger.start - event.evidence.start, to = event.trigger.end - event.evidence.start
        guard from >= 0, to > from, to <= sentence.count,
              String(String.UnicodeScalarView(sentence[from..<to])) == event.trigger.text else {
            return Escaping.xml(event.evidence.text)
        }
        func text(_ r: Range<Int>) -> String { Escaping.xml(String(String.UnicodeScalarView(sentence[r]))) }
        return text(0..<from) + "<mark>" + text(from..<to) + "</mark>" + text(to..<sentence.count)
    }

    static func entityTable(_ document: StorylineDocument) -> String {
        var out = "<section id=\"entities\">\n<h2>Entities</h2>\n"
        guard !document.entities.isEmpty else { return out + "<p class=\"note\">No entities found.</p>\n</section>\n" }
        out += "<table>\n<thead><tr><th>Name</th><th>Type</th><th>Also called</th><th>Mentions</th></tr></thead>\n<tbody>\n"
        for entity in document.entities {
            let style = GraphStyle.entity(entity.type)
            out += "<tr><td>\(Escaping.xml(entity.name))</td><td><span class=\"type\" style=\"background:\(style.fill)\">\(style.legend)</span></td>"
            out += "<td>\(Escaping.xml(entity.aliases.filter { $0 != entity.name }.joined(separator: ", ")))</td>"
            out += "<td class=\"num\">\(entity.mentions.count)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static func relationTable(_ document: StorylineDocument, names: [String: String]) -> String {
        var out = "<section id=\"relations\">\n<h2>Relations</h2>\n"
        let relations = document.relations.filter { $0.type != .coOccurs }
        guard !relations.isEmpty else { return out + "<p class=\"note\">No relations found.</p>\n</section>\n" }
        var texts: [String: [Unicode.Scalar]] = [:]
        for doc in document.documents where texts[doc.id] == nil { texts[doc.id] = Array(doc.text.unicodeScalars) }
        out += "<table>\n<thead><tr><th>From</th><th>Relation</th><th>To</th><th>Evidence</th></tr></thead>\n<tbody>\n"
        for r in relations {
            let color = GraphStyle.relation(r.type).color
            out += "<tr><td>\(Escaping.xml(names[r.source] ?? r.source))</td>"
            out += "<td><span style=\"color:\(color)\">\(r.type.rawValue.replacingOccurrences(of: "_", with: " "))</span>"
            let label = r.label.trimmingCharacters(in: .whitespacesAndNewlines)
            if !label.isEmpty { out += "<br><span class=\"note\">“\(Escaping.xml(label))”</span>" }
            out += "</td><td>\(Escaping.xml(names[r.target] ?? r.target))</td><td class=\"evidence\">"
            out += r.evidence.prefix(2).compactMap { span -> String? in
                guard let text = texts[span.document], span.start >= 0, span.start < span.end, span.end <= text.count else { return nil }
                var snippet = String(String.UnicodeScalarView(text[span.start..<min(span.end, span.start + 240)]))
                if span.end - span.start > 240 { snippet += "…" }
                return Escaping.xml(snippet)
            }.joined(separator: "<br>")
            out += "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static let css = """
    :root { color-scheme: light; }
    body { font: 15px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1d2327; margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
    h2 { font-size: 1.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
    nav a { margin-right: 1rem; color: #0b5cad; text-decoration: none; }
    .sources { margin: 0; padding-left: 1.2rem; }
    .counts, .note, footer { color: #57606a; font-size: .85rem; }
    .url { color: #57606a; word-break: break-all; }
    figure.picture { margin: 1rem 0; overflow-x: auto; border: 1px solid #eaeef2; border-radius: 6px; padding: .5rem; background: #fff; }
    figure.picture svg { max-width: 100%; height: auto; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
    th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #eaeef2; }
    th { background: #f6f8fa; font-weight: 600; }
    td.date { white-space: nowrap; font-weight: 600; }
    td.num { text-align: right; }
    td.evidence { color: #3d444d; font-size: .9rem; }
    tr.inferred td.date { font-weight: normal; font-style: italic; }
    mark { background: #fff3b0; padding: 0 .1em; }
    h1, li, td, .note { unicode-bidi: isolate; }
    .type { border-radius: 4px; padding: 0 .4em; font-size: .85rem; }
    footer { margin-top: 2rem; border-top: 1px solid #eaeef2; padding-top: .5rem; }

    """
}
