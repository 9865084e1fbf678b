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
    private func message(_ fallback: String) -> String {
        var line = ""
        var lastWasSpace = true
        for u in capturedMessages.unicodeScalars {
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

    private func renderLocked(dot: String, engine: LayoutEngine, format: RenderFormat) throws -> [UInt8] {
        guard let context else { throw GraphvizError(.unavailable, "Graphviz context could not be created") }
        let graph = try readLocked(dot)
        defer { agclose(graph) }
        resetMessages()
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw GraphvizError(.layout, message("Graphviz layout with \(engine.rawValue) failed"))
        }
        defer { _ = gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.device, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            throw GraphvizError(.render, message("Graphviz could not render \(format.rawValue)"))
        }
        return Array(UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: Int(length)))
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

    /// Forks while holding the lock (so the child's copy of Graphviz's state is consistent),
    /// renders in the child, and reads `[status byte][payload]` from a pipe until EOF or the deadline.
    private func renderInChild(dot: String, engine: LayoutEngine, format: RenderFormat, timeout: Double) throws -> [UInt8] {
        var fds: [Int32] = [-1, -1]
        // Close-on-exec: a program another thread starts (a browser, a shell) must not inherit the
        // write end, or the read below would wait for that program instead of the child.
        guard storyline_pipe_cloexec(&fds) == 0 else { throw GraphvizError(.unavailable, "cannot create a pipe: \(String(cString: strerror(errno)))") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        lock.lock()
        let pid = storyline_fork()
        if pid == 0 {
            close(readEnd)
            var out: [UInt8]
            do {
                out = [0]
                out += try renderLocked(dot: dot, engine: engine, format: format)
            } catch let error as GraphvizError {
                out = [error.kind.rawValue] + Array(error.message.utf8)
            } catch {
                out = [GraphvizError.Kind.unavailable.rawValue]
            }
            var offset = 0
            while offset < out.count {
                let n = out[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                if n <= 0 { if n < 0 && errno == EINTR { continue }; break }
                offset += n
            }
            _exit(0)
        }
        lock.unlock()
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
        let kind = GraphvizError.Kind(rawValue: code) ?? .unavailable
        throw GraphvizError(kind, String(decoding: payload, as: UTF8.self))
    }

    private func killChild(_ pid: pid_t, _ timeout: Double) throws -> [UInt8] {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        throw GraphvizError(.timeout, "Graphviz did not finish within \(timeout) seconds")
    }
}
