import ArgumentParser
import Foundation
import Storyline

/// `storyline render`: lays out and draws a Graphviz DOT file in-process with libgvc.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a Graphviz DOT graph to SVG, PNG or PDF (in-process, no `dot` program needed).",
        discussion: """
        The layout engine is --engine, else the graph's `layout` attribute, else `dot` for graphs \
        of up to \(GraphLayoutPolicy.sfdpAbove) nodes and `sfdp` above. `dot` on more than \
        \(GraphLayoutPolicy.dotLimit) nodes is refused unless --force is given. With --timeout the \
        render runs in a child process that is stopped when the time is up.

        Examples:
          storyline render Output/huawei-2013/graph.dot -o graph.svg
          storyline render graph.dot --format png -o graph.png
          storyline render graph.dot --engine neato -o graph.pdf
          storyline extract article.txt --format dot | storyline render - > graph.svg
          storyline render big.dot --engine sfdp --timeout 60 -o big.svg
        """
    )

    @Argument(help: "The DOT file, or - for standard input.")
    var graph: String

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo or twopi.")
    var engine: String?

    @Option(help: "Output format: svg, png or pdf (default: from -o's extension, else svg).")
    var format: String?

    @Option(name: [.customShort("o"), .long], help: "Output file, or - for standard output (default).")
    var output: String = "-"

    @Option(help: "Give up after this many seconds.")
    var timeout: Double?

    @Flag(help: "Run the dot engine even on graphs above its size limit.")
    var force = false

    func run() throws {
        let name = graph == "-" ? "<stdin>" : graph
        do {
            let chosenFormat = try pictureFormat()
            let dot = try readGraph()
            let data = try GraphRenderer.render(dot: dot, format: chosenFormat, engine: engine, timeout: timeout, force: force)
            try OutputFile.write(data, to: output)
        } catch let error as OutputFile.WriteError {
            fail(error.description)
        } catch {
            fail("\(name): \(oneLine(String(describing: error)))")
        }
    }

    private func fail(_ line: String) -> Never {
        FileHandle.standardError.write(Data("storyline render: \(line)\n".utf8))
        Foundation.exit(1)
    }

    private func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    private struct Problem: Error, CustomStringConvertible { let description: String }

    private func pictureFormat() throws -> OutputFormat {
        let pictures: [OutputFormat] = [.svg, .png, .pdf]
        if let format {
            guard let f = OutputFormat(rawValue: format.lowercased()), pictures.contains(f) else {
                throw Problem(description: "unknown format '\(format)' (use svg, png or pdf)")
            }
            return f
        }
        guard output != "-" else { return .svg }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard let f = OutputFormat(rawValue: ext), pictures.contains(f) else {
            throw Problem(description: "cannot tell the format from '\(output)'; give --format svg, png or pdf")
        }
        return f
    }

    private func readGraph() throws -> String {
        let data: Data
        if graph == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: graph, isDirectory: &isDirectory) else {
                throw Problem(description: "no such file")
            }
            guard !isDirectory.boolValue else { throw Problem(description: "is a directory, not a DOT file") }
            guard let read = FileManager.default.contents(atPath: graph) else { throw Problem(description: "cannot read the file") }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else { throw Problem(description: "not UTF-8 text") }
        guard !text.utf8.contains(0) else { throw Problem(description: "binary data, not a DOT graph") }
        guard text.contains(where: { !$0.isWhitespace }) else { throw Problem(description: "empty input") }
        return text
    }
}
