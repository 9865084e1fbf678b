import Foundation
import GraphvizRender
import Testing

@Suite("Graphviz in-process rendering")
struct GraphvizRenderTests {
    let small = "digraph G { a [label=\"Alpha\"]; b; a -> b [label=\"knows\"]; }"

    @Test func rendersSVG() throws {
        let bytes = try Graphviz.shared.render(dot: small, engine: .dot, format: .svg)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<svg"))
        #expect(text.contains("Alpha"))
        #expect(text.contains("knows"))
    }

    @Test func rendersPNG() throws {
        let bytes = try Graphviz.shared.render(dot: small, engine: .dot, format: .png)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func rendersPDF() throws {
        let bytes = try Graphviz.shared.render(dot: small, engine: .neato, format: .pdf)
        #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOut(engine: LayoutEngine) throws {
        let bytes = try Graphviz.shared.render(dot: small, engine: engine, format: .svg)
        #expect(String(decoding: bytes, as: UTF8.self).contains("</svg>"))
    }

    @Test func malformedDOTGivesGraphvizMessage() throws {
        #expect {
            _ = try Graphviz.shared.render(dot: "digraph { a -> ; }", format: .svg)
        } throws: { error in
            guard let e = error as? GraphvizError else { return false }
            return e.kind == .syntax && e.message.contains("syntax error") && !e.message.contains("\n")
        }
        // The parser recovers: the next good graph renders.
        let bytes = try Graphviz.shared.render(dot: small, format: .svg)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Alpha"))
    }

    @Test func parseCountsNodesAndEdges() throws {
        let summary = try Graphviz.shared.summary(dot: small)
        #expect(summary == GraphSummary(nodes: 2, edges: 1, layout: nil))
        #expect(try Graphviz.shared.summary(dot: "graph { layout=neato; a -- b -- c }").layout == "neato")
        let parsed = try Graphviz.shared.parse(dot: small)
        #expect(parsed.nodes.first { $0.name == "a" }?.attributes["label"] == "Alpha")
        #expect(parsed.edges.first?.attributes["label"] == "knows")
    }

    @Test func concurrentRendersAreSafe() async throws {
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let dot = "digraph { n\(i) [label=\"node \(i)\"]; n\(i) -> m\(i); m\(i) -> k\(i); }"
                    let svg = try Graphviz.shared.render(dot: dot, engine: i % 2 == 0 ? .dot : .neato, format: .svg)
                    return String(decoding: svg, as: UTF8.self).contains("node \(i)") ? 1 : 0
                }
                group.addTask {
                    (try? Graphviz.shared.render(dot: "graph { x -- }", format: .svg)) == nil ? 1 : 0
                }
            }
            var ok = 0
            for try await r in group { ok += r }
            return ok
        }
        #expect(results == 32)
    }

    @Test func timedRenderInChildProcessReturnsSameBytes() throws {
        let direct = try Graphviz.shared.render(dot: small, format: .svg)
        let forked = try Graphviz.shared.render(dot: small, format: .svg, timeout: 30)
        #expect(direct == forked)
        #expect {
            _ = try Graphviz.shared.render(dot: "digraph { a -> ; }", format: .svg, timeout: 30)
        } throws: { ($0 as? GraphvizError)?.kind == .syntax }
    }

    @Test func timeLimitKillsASlowRender() throws {
        // A dense graph that dot needs far longer than 0.3 s to lay out.
        var dot = "digraph {\n"
        for i in 0..<400 { for j in stride(from: (i * 7) % 13, to: 400, by: 37) { dot += "n\(i) -> n\(j);\n" } }
        dot += "}\n"
        let start = Date()
        #expect {
            _ = try Graphviz.shared.render(dot: dot, engine: .dot, format: .svg, timeout: 0.3)
        } throws: { ($0 as? GraphvizError)?.kind == .timeout }
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
