import Foundation
import GraphvizRender

/// A graph that could not be rendered, with Graphviz's message or the limit that stopped it.
public struct GraphRenderError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// SVG, PNG and PDF of graphs through libgvc, in this process (never by spawning `dot`).
///
/// Limits: without an engine, graphs above `GraphLayoutPolicy.sfdpAbove` nodes are laid out
/// with `sfdp`; an explicit `dot` on more than `GraphLayoutPolicy.dotLimit` nodes is refused
/// unless `force` is set. `ExportOptions.timeout` (seconds) bounds a render: it then runs in a
/// forked child process that is killed when the time is up.
public enum GraphRenderer {
    /// The entity graph of a document, rendered.
    public static func render(_ document: StorylineDocument, format: OutputFormat,
                              options: ExportOptions = ExportOptions(), force: Bool = false) throws -> Data {
        let dot = DOTWriter.graph(document, options: options)
        let nodes = Set(document.entities.map(\.id)).count
        let engine = GraphLayoutPolicy.engine(nodes: nodes, requested: options.engine)
        return try render(dot: dot, nodes: nodes, engine: engine, format: format, timeout: options.timeout, force: force)
    }

    /// Any DOT text, rendered. The engine is `engine`, else the graph's `layout` attribute, else
    /// chosen by size.
    public static func render(dot: String, format: OutputFormat, engine: String? = nil,
                              timeout: Double? = nil, force: Bool = false) throws -> Data {
        let summary: GraphSummary
        do { summary = try Graphviz.shared.summary(dot: dot) } catch let error as GraphvizError {
            throw GraphRenderError(error.message)
        }
        let chosen = GraphLayoutPolicy.engine(nodes: summary.nodes, requested: engine ?? summary.layout)
        return try render(dot: dot, nodes: summary.nodes, engine: chosen, format: format, timeout: timeout, force: force)
    }

    static func render(dot: String, nodes: Int, engine: String, format: OutputFormat,
                       timeout: Double?, force: Bool) throws -> Data {
        guard let layout = LayoutEngine(rawValue: engine) else {
            let known = LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")
            throw GraphRenderError("unknown layout engine '\(engine)' (use one of \(known))")
        }
        let device: RenderFormat
        switch format {
        case .svg: device = .svg
        case .png: device = .png
        case .pdf: device = .pdf
        default: throw GraphRenderError("\(format.rawValue) is not a picture format (use svg, png or pdf)")
        }
        if layout == .dot, nodes > GraphLayoutPolicy.dotLimit, !force {
            throw GraphRenderError("graph has \(nodes) nodes, too many for the dot engine (limit \(GraphLayoutPolicy.dotLimit)); use --engine sfdp, or --force to run dot anyway")
        }
        if let timeout, !(timeout > 0) {
            throw GraphRenderError("the time limit must be a positive number of seconds")
        }
        do {
            return Data(try Graphviz.shared.render(dot: dot, engine: layout, format: device, timeout: timeout))
        } catch let error as GraphvizError {
            throw GraphRenderError(error.message)
        }
    }
}
