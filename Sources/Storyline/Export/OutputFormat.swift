import Foundation

/// Output formats of `extract` and `merge`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case json, timelinejs, timeml, dot, svg, png, pdf, html, jsonl

    /// File extension for the format.
    public var fileExtension: String {
        switch self {
        case .timelinejs: return "timelinejs.json"
        case .timeml: return "tml"
        default: return rawValue
        }
    }
}

/// Options that shape exports.
public struct ExportOptions: Sendable {
    /// Draw `co_occurs` edges in graphs.
    public var showCooccurrence: Bool = false
    /// Graphviz layout engine; nil chooses by graph size.
    public var engine: String? = nil
    /// Rendering time limit in seconds; nil for none.
    public var timeout: Double? = nil
    public init(showCooccurrence: Bool = false, engine: String? = nil, timeout: Double? = nil) {
        self.showCooccurrence = showCooccurrence
        self.engine = engine
        self.timeout = timeout
    }
}

/// Turns a storyline document into the bytes of one output format.
public enum Exporter {
    public static func export(_ document: StorylineDocument, as format: OutputFormat,
                              options: ExportOptions = ExportOptions()) throws -> Data {
        switch format {
        case .json: return try JSONWriter.data(document)
        case .jsonl: return try JSONWriter.data(document, pretty: false)
        case .timelinejs: return try TimelineJSWriter.data(document)
        case .timeml: return Data(TimeMLWriter.write(document).utf8)
        case .dot: return Data(DOTWriter.graph(document, options: options).utf8)
        case .svg, .png, .pdf: return try GraphRenderer.render(document, format: format, options: options)
        case .html: return Data(HTMLReportWriter.write(document, options: options).utf8)
        }
    }
}
