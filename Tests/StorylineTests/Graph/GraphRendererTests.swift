import Foundation
import Testing
@testable import Storyline

@Suite("Graph rendering and `storyline render`")
struct GraphRendererTests {
    @Test func documentRendersInEveryPictureFormat() throws {
        let svg = try GraphRenderer.render(GraphFixtures.news, format: .svg)
        #expect(try GraphFixtures.xmllintProblems(svg) == nil)
        let text = String(decoding: svg, as: UTF8.self)
        for name in ["Huawei", "Ren Zhengfei", "founder and CEO", "Legend"] { #expect(text.contains(name)) }
        #expect(try GraphRenderer.render(GraphFixtures.news, format: .png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(try GraphRenderer.render(GraphFixtures.news, format: .pdf).prefix(5) == Data("%PDF-".utf8))
        #expect(try Exporter.export(GraphFixtures.news, as: .svg) == svg)
    }

    // fdp is left out: libgvc 2.42's fdp lays the same graph out differently within one process.
    @Test(arguments: ["dot", "neato", "sfdp", "circo", "twopi"])
    func picturesAreByteIdenticalAcrossRuns(engine: String) throws {
        let options = ExportOptions(engine: engine)
        let first = try GraphRenderer.render(GraphFixtures.news, format: .svg, options: options)
        #expect(try GraphRenderer.render(GraphFixtures.news, format: .svg, options: options) == first)
        #expect(try GraphRenderer.render(GraphFixtures.news, format: .svg, options: ExportOptions(engine: engine, timeout: 30)) == first)
    }

    @Test func dotRefusedAboveItsLimitUnlessForced() throws {
        let nodes = GraphLayoutPolicy.dotLimit + 1
        var dot = "digraph {\n"
        for i in 0..<nodes { dot += "n\(i) -> n\((i + 1) % nodes);\n" }
        dot += "}\n"
        #expect {
            _ = try GraphRenderer.render(dot: dot, format: .svg, engine: "dot")
        } throws: { "\($0)".contains("too many for the dot engine") && "\($0)".contains("--force") }
        // The graph's own layout attribute counts as a request too.
        #expect(throws: GraphRenderError.self) {
            _ = try GraphRenderer.render(dot: dot.replacingOccurrences(of: "digraph {", with: "digraph { layout=dot;"), format: .svg)
        }
        // Forced, dot really runs: a tiny time limit stops it.
        #expect {
            _ = try GraphRenderer.render(dot: dot, format: .svg, engine: "dot", timeout: 0.2, force: true)
        } throws: { "\($0)".contains("did not finish within") }
    }

    @Test func badEngineFormatAndTimeoutAreClearErrors() {
        #expect { _ = try GraphRenderer.render(dot: "digraph{a}", format: .svg, engine: "spring") } throws: { "\($0)".contains("unknown layout engine 'spring'") }
        #expect { _ = try GraphRenderer.render(dot: "digraph{a}", format: .json) } throws: { "\($0)".contains("not a picture format") }
        #expect { _ = try GraphRenderer.render(dot: "digraph{a}", format: .svg, timeout: 0) } throws: { "\($0)".contains("positive") }
        #expect { _ = try GraphRenderer.render(dot: "digraph{a ->}", format: .svg) } throws: { "\($0)".hasPrefix("syntax error in line 1") }
    }

    /// libcgraph counts lines across reads; each read starts again at line 1.
    @Test func syntaxErrorLineIsCountedInThisText() {
        for _ in 0..<2 {
            #expect((try? GraphRenderer.render(dot: "digraph {\n a\n b\n c\n}\n", format: .svg)) != nil)
            #expect { _ = try GraphRenderer.render(dot: "digraph{a ->}", format: .svg) } throws: { "\($0)".hasPrefix("syntax error in line 1 ") }
        }
    }

    // MARK: - The command

    /// Runs `storyline ARGS` with `stdin` through the shared runner; returns (status, stdout, stderr).
    static func run(_ args: [String], stdin: Data = Data()) throws -> (Int32, Data, String) {
        let r = try CLIRun.storyline(args, stdin: stdin)
        return (r.status, r.stdout, String(decoding: r.stderr, as: UTF8.self))
    }

    @Test func renderCommand() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLIRun.binary.path), "storyline binary not built at \(CLIRun.binary.path)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let dotFile = dir.appendingPathComponent("graph.dot")
        try Data(DOTWriter.graph(GraphFixtures.news).utf8).write(to: dotFile)

        // stdin to stdout, SVG by default
        let (s1, out1, err1) = try Self.run(["render", "-"], stdin: Data(DOTWriter.graph(GraphFixtures.news).utf8))
        #expect(s1 == 0 && err1.isEmpty)
        #expect(String(decoding: out1, as: UTF8.self).contains("</svg>"))
        // format from -o's extension
        let png = dir.appendingPathComponent("graph.png")
        let (s2, out2, _) = try Self.run(["render", dotFile.path, "-o", png.path, "--engine", "neato"])
        #expect(s2 == 0 && out2.isEmpty)
        #expect(try Data(contentsOf: png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        // errors: one line naming the input, non-zero status, no output file
        let bad = dir.appendingPathComponent("bad.dot")
        try Data("digraph { a -> ; }".utf8).write(to: bad)
        let target = dir.appendingPathComponent("bad.svg")
        let (s3, out3, err3) = try Self.run(["render", bad.path, "-o", target.path])
        #expect(s3 != 0 && out3.isEmpty)
        #expect(err3.hasSuffix("\n") && err3.dropLast().contains("\n") == false)
        #expect(err3.contains(bad.path) && err3.contains("syntax error"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let (s4, _, err4) = try Self.run(["render", dir.appendingPathComponent("missing.dot").path])
        #expect(s4 != 0 && err4.contains("missing.dot: no such file"))
        let (s5, _, err5) = try Self.run(["render", dotFile.path, "--format", "gif"])
        #expect(s5 != 0 && err5.contains("unknown format 'gif'"))
    }
}
