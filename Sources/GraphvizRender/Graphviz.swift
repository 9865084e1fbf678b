import CGraphviz
import Foundation

/// Graphviz layout engines.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// Output formats rendered in-process by libgvc.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf

    /// The libgvc device name (PNG and PDF through the cairo plugin).
    var device: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }
}

/// A Graphviz failure, carrying Graphviz's own message.
public struct GraphvizError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// The DOT text does not parse.
        case syntax = 1
        /// The layout engine failed or is unknown.
        case layout = 2
        /// The output device failed or is unknown.
        case render = 3
        /// The render did not finish within its time limit.
        case timeout = 4
        /// The renderer could not run (no context, fork or pipe failure, crashed child).
        case unavailable = 5
    }
    public let kind: Kind
    /// One line; Graphviz's message where Graphviz gave one.
    public let message: String
    public var description: String { message }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// A graph as libcgraph reads it back: names and attribute values, for checks and statistics.
public struct ParsedGraph: Sendable {
    public struct Node: Sendable {
        public var name: String
        /// Attribute values that are set (non-empty).
        public var attributes: [String: String]
    }
    public struct Edge: Sendable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }
    public struct Subgraph: Sendable {
        public var name: String
        public var attributes: [String: String]
        public var nodes: [String]
    }
    public var name: String
    public var attributes: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]
    public var subgraphs: [Subgraph]
}

/// Size and requested layout engine of a graph.
public struct GraphSummary: Sendable, Equatable {
    public var nodes: Int
    public var edges: Int
    /// The graph's `layout` attribute, if set.
    public var layout: String?

    public init(nodes: Int, edges: Int, layout: String?) {
        self.nodes = nodes
        self.edges = edges
        self.layout = layout
    }
}

// Graphviz reports errors through one process-wide callback; it is only used under `Graphviz.lock`.
nonisolated(unsafe) private var capturedMessages = ""

private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { capturedMessages += String(cString: text) }
    return 0
}

/// In-process Graphviz (libgvc + libcgraph). One shared context; every Graphviz call runs
/// under one lock, because Graphviz keeps global state and is not thread-safe, and on one
/// dedicated thread with a large stack, so that the deep recursion of layouts on big graphs has
/// room whatever thread the caller is on (the forked layout child runs on a copy of that stack).
public final class Graphviz: @unchecked Sendable {
    /// The process-wide renderer.
    public static let shared = Graphviz()

    private let lock = NSLock()
    private let context: OpaquePointer?

    private init() {
        context = gvContext()
        // Route every message (warnings too) to our collector instead of stderr.
        _ = agseterrf(collectMessage)
        _ = agseterr(AGWARN)
    }

    /// Time limit of a render when the caller gives none, in seconds.
    public static let defaultTimeout: Double = 300

    /// Renders DOT text with a layout engine into SVG, PNG or PDF bytes.
    ///
    /// Every layout runs in a forked child process (no `exec`, never the `dot` program) that
    /// starts from this process's pristine Graphviz state and is killed when `timeout` seconds
    /// (default `defaultTimeout`) are up, throwing a `.timeout` error. Graphviz 2.42's dot layout
    /// keeps stale pointers from one layout to the next (a use-after-free in mincross that
    /// valgrind shows after a few dozen layouts in one process); in a child every layout is the
    /// first, so a render neither depends on earlier ones nor can bring this process down.
    public func render(dot: String, engine: LayoutEngine = .dot, format: RenderFormat = .svg,
                       timeout: Double? = nil) throws -> [UInt8] {
        let limit = timeout ?? Graphviz.defaultTimeout
        return try GraphvizThread.shared.run { [self] in
            try renderInChild(dot: dot, engine: engine, format: format, timeout: limit)
        }
    }

    /// Parses DOT text with libcgraph and returns what it read.
    public func parse(dot: String) throws -> ParsedGraph {
        try GraphvizThread.shared.run { [self] in
            try lock.withLock {
                let graph = try readLocked(dot)
                defer { agclose(graph) }
                return describe(graph)
            }
        }
    }

    /// Node and edge counts and the `layout` attribute of DOT text, as libcgraph reads it.
    public func summary(dot: String) throws -> GraphSummary {
        try GraphvizThread.shared.run { [self] in
            try lock.withLock {
                let graph = try readLocked(dot)
                defer { agclose(graph) }
                let layout = storyline_agget(graph, "layout").map { String(cString: $0) }
                return GraphSummary(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)),
                                    layout: layout?.isEmpty == false ? layout : nil)
            }
        }
    }

    // MARK: - Under the lock

    private func resetMessages() {
        capturedMessages = ""
        _ = agreseterrors()
    }

    /// Graphviz's collected messages as one line, or `fallback` when it said nothing.
    private func message(_ fallback: String) -> String { Self.oneLine(capturedMessages, fallback: fallback) }

    /// Messages as one line (white space runs become one space, a leading "Error: " dropped), or
    /// `fallback` when there are none.
    static func oneLine(_ messages: String, fallback: String) -> String {
        var line = ""
        var lastWasSpace = true
        for u in messages.unicodeScalars {
            let space = u == " " || u == "\n" || u == "\t" || u == "\r"
            if space { if !lastWasSpace { line += " " } }
            else { line.unicodeScalars.append(u) }
            lastWasSpace = space
        }
        while line.hasSuffix(" ") { line.removeLast() }
        if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
        return line.isEmpty ? fallback : line
    }

    private func readLocked(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        resetMessages()
        guard let graph = dot.withCString({ storyline_agmemread($0) }) else {
            throw GraphvizError(.syntax, message("Graphviz could not read the DOT text"))
        }
        if agerrors() >= Int32(AGERR.rawValue) {
            agclose(graph)
            throw GraphvizError(.syntax, message("Graphviz could not read the DOT text"))
        }
        return graph
    }

    private func attributes(_ object: UnsafeMutableRawPointer, of graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [String: String] {
        var result: [String: String] = [:]
        var sym = storyline_agnxtattr(graph, kind, nil)
        while let s = sym {
            if let name = storyline_agsym_name(s), let value = storyline_agxget(object, s) {
                let v = String(cString: value)
                if !v.isEmpty { result[String(cString: name)] = v }
            }
            sym = storyline_agnxtattr(graph, kind, s)
        }
        return result
    }

    private func name(_ object: UnsafeMutableRawPointer) -> String {
        agnameof(object).map { String(cString: $0) } ?? ""
    }

    private func describe(_ graph: UnsafeMutablePointer<Agraph_t>) -> ParsedGraph {
        var nodes: [ParsedGraph.Node] = []
        var edges: [ParsedGraph.Edge] = []
        var node = agfstnode(graph)
        while let n = node {
            nodes.append(.init(name: name(n), attributes: attributes(n, of: graph, kind: Int32(AGNODE))))
            var edge = agfstout(graph, n)
            while let e = edge {
                let tail = storyline_agtail(e).map { name($0) } ?? ""
                let head = storyline_aghead(e).map { name($0) } ?? ""
                edges.append(.init(tail: tail, head: head, attributes: attributes(e, of: graph, kind: Int32(AGEDGE))))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        var subgraphs: [ParsedGraph.Subgraph] = []
        var sub = agfstsubg(graph)
        while let s = sub {
            var members: [String] = []
            var m = agfstnode(s)
            while let n = m { members.append(name(n)); m = agnxtnode(s, n) }
            subgraphs.append(.init(name: name(s), attributes: attributes(s, of: graph, kind: Int32(AGRAPH)), nodes: members))
            sub = agnxtsubg(s)
        }
        return ParsedGraph(name: name(graph), attributes: attributes(graph, of: graph, kind: Int32(AGRAPH)),
                           nodes: nodes, edges: edges, subgraphs: subgraphs)
    }

    // MARK: - Time-limited render in a child process

    /// Forks while holding the lock (so the child's copy of Graphviz's state is consistent); the
    /// child (`storyline_fork_render`, C only) renders and writes `[status byte][payload]` to a
    /// pipe, read here until EOF or the deadline.
    private func renderInChild(dot: String, engine: LayoutEngine, format: RenderFormat, timeout: Double) throws -> [UInt8] {
        guard let context else { throw GraphvizError(.unavailable, "Graphviz context could not be created") }
        var fds: [Int32] = [-1, -1]
        // Close-on-exec: a program another thread starts (a browser, a shell) must not inherit the
        // write end, or the read below would wait for that program instead of the child.
        guard storyline_pipe_cloexec(&fds) == 0 else { throw GraphvizError(.unavailable, "cannot create a pipe: \(String(cString: strerror(errno)))") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        // The C strings are made before the fork: the child sees the same memory and runs no Swift.
        let pid: pid_t = dot.withCString { dotText in
            engine.rawValue.withCString { engineName in
                format.device.withCString { device in
                    lock.withLock { storyline_fork_render(context, dotText, engineName, device, readEnd, writeEnd) }
                }
            }
        }
        close(writeEnd)
        guard pid > 0 else {
            close(readEnd)
            throw GraphvizError(.unavailable, "cannot fork the renderer: \(String(cString: strerror(errno)))")
        }
        defer { close(readEnd) }
        let deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, timeout) * 1_000_000_000)
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline { return try killChild(pid, timeout) }
            var pfd = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            let wait = Int32(min(UInt64(Int32.max), (deadline - now + 999_999) / 1_000_000))
            let ready = poll(&pfd, 1, wait)
            if ready < 0 { if errno == EINTR { continue }; return try killChild(pid, timeout) }
            if ready == 0 { continue }
            let n = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            received += chunk[0..<n]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard let code = received.first else {
            throw GraphvizError(.unavailable, "the Graphviz render process ended without output (status \(status))")
        }
        let payload = Array(received.dropFirst())
        if code == 0 { return payload }
        let said = String(decoding: payload, as: UTF8.self)
        switch GraphvizError.Kind(rawValue: code) {
        case .syntax?: throw GraphvizError(.syntax, Self.oneLine(said, fallback: "Graphviz could not read the DOT text"))
        case .layout?: throw GraphvizError(.layout, Self.oneLine(said, fallback: "Graphviz layout with \(engine.rawValue) failed"))
        case .render?: throw GraphvizError(.render, Self.oneLine(said, fallback: "Graphviz could not render \(format.rawValue)"))
        default: throw GraphvizError(.unavailable, Self.oneLine(said, fallback: "the Graphviz render process failed"))
        }
    }

    private func killChild(_ pid: pid_t, _ timeout: Double) throws -> [UInt8] {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        throw GraphvizError(.timeout, "Graphviz did not finish within \(timeout) seconds")
    }
}
