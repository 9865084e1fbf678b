import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphvizRender
import Storyline

/// Arbitrary bytes → `ArticleReader` (format detection, UTF-8/UTF-16 decoding, Markdown front matter,
/// HTML, TimeML, JSON, JSON Lines). The first byte picks the format (detected from the content, or forced).
enum ReadersFuzz {
    static let choices: [(format: InputFormat?, ext: String?)] =
        [(nil, nil)] + InputFormat.allCases.map { (Optional($0), Optional($0 == .timeml ? "tml" : $0.rawValue)) }

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let choice = choices[Int(selector) % choices.count]
        let data = Data(bytes.dropFirst())
        // Forced format half the time, extension-only hint the other half.
        let forced = selector & 0x80 != 0
        let inputs = ArticleReader.read(data: data, name: "fuzz", id: "fuzz", pathExtension: choice.ext,
                                        options: ReadOptions(format: forced ? choice.format : nil))
        require(!inputs.isEmpty, "reader returned no result at all")
        for input in inputs {
            switch input.result {
            case .failure(let error):
                require(!error.problem.isEmpty, "empty error message")
                require(!error.problem.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
                        "error message is not one line of text: \(debug(error.problem))")
            case .success(let article):
                require(!TextDecoding.isBlank(article.text), "\(input.name): blank article accepted")
                require(!article.id.isEmpty, "\(input.name): empty article id")
                if let date = article.published {
                    require(PublicationDate.normalize(date) == date, "\(input.name): published \(debug(date)) is not a normalised date")
                    require(article.dateSource != nil, "\(input.name): date without a source")
                }
            }
        }
    }
}


/// Generated entity graphs → `DOTWriter` → libcgraph reads the DOT back (every entity a node, every
/// drawn relation an edge); every eighth graph is also laid out and rendered to SVG, which must be well-formed XML.
enum DOTFuzz {
    static func run(_ bytes: [UInt8]) {
        var input = ByteReader(bytes)
        let doc = input.document()
        let dot = DOTWriter.graph(doc, options: ExportOptions(showCooccurrence: input.bool()))
        let parsed: ParsedGraph
        do { parsed = try Graphviz.shared.parse(dot: dot) } catch {
            return require(false, "libcgraph rejects DOTWriter output: \(error)\n\(dot)")
        }
        let nodes = Set(parsed.nodes.map(\.name))
        for e in doc.entities {
            require(nodes.contains(cgraphName(e.id)), "entity \(debug(e.id)) is not a node of the DOT read back\n\(dot)")
        }
        let edges = Set(parsed.edges.map { [$0.tail, $0.head] })
        for r in doc.relations where r.type != .coOccurs {
            guard doc.entities.contains(where: { $0.id == r.source }), doc.entities.contains(where: { $0.id == r.target }) else { continue }
            require(edges.contains([cgraphName(r.source), cgraphName(r.target)]), "relation \(r.id) is not an edge\n\(dot)")
        }
        if bytes.count % 8 == 3 {
            do {
                let svg = try Graphviz.shared.render(dot: dot, engine: .dot, format: .svg)
                let parser = XMLParser(data: Data(svg))
                if !parser.parse() {
                    if let path = ProcessInfo.processInfo.environment["STORYLINE_FUZZ_DUMP"] { try? Data(svg).write(to: URL(fileURLWithPath: path)) }
                    let lines = String(decoding: svg, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    let near = lines[max(0, parser.lineNumber - 3)..<min(lines.count, parser.lineNumber + 1)].joined(separator: "\n")
                    require(false, "SVG is not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber)): \(parser.parserError.map { "\($0)" } ?? "?")\n\(near)\nlast bytes: \(Array(svg.suffix(8)))\n--- DOT:\n\(dot)")
                }
            } catch {
                require(false, "Graphviz cannot render DOTWriter output: \(error)\n\(dot)")
            }
        }
    }

    /// The name libcgraph gives a quoted DOT ID written by `Escaping.dotText` (its lexer only turns `\"` into `"`).
    static func cgraphName(_ id: String) -> String {
        String(Escaping.dotText(id).dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
    }
}

/// Reads fuzz bytes as choices and strings, for generating documents.
struct ByteReader {
    private let bytes: [UInt8]
    private var index = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// A string of up to `limit` bytes of the input (invalid UTF-8 repaired), or a hostile fragment.
    mutating func string(limit: Int = 24) -> String {
        let n = Int(byte()) % (limit + 1)
        let end = min(bytes.count, index + n)
        defer { index = end }
        return String(decoding: bytes[min(index, end)..<end], as: UTF8.self)
    }

    /// A small storyline document: entities with generated ids, names and aliases, relations between them.
    mutating func document() -> StorylineDocument {
        let entityCount = Int(byte()) % 12
        var entities: [Entity] = []
        for i in 0..<entityCount {
            let name = string()
            let id = bool() ? "e\(i)" : "e\(i)" + string(limit: 8)
            let type = EntityType.allCases[Int(byte()) % EntityType.allCases.count]
            entities.append(Entity(id: id, name: name.isEmpty ? "x" : name, type: type, aliases: bool() ? [string()] : []))
        }
        var relations: [Relation] = []
        let relationCount = entityCount == 0 ? 0 : Int(byte()) % 16
        for i in 0..<relationCount {
            let s = entities[Int(byte()) % entityCount].id, t = entities[Int(byte()) % entityCount].id
            let type = RelationType.allCases[Int(byte()) % RelationType.allCases.count]
            relations.append(Relation(id: "r\(i + 1)", source: s, target: t, type: type, label: string(),
                                      evidence: [], weight: type == .coOccurs ? Int(byte()) : nil))
        }
        let info = DocumentInfo(id: "fuzz", title: string(limit: 40), text: "")
        return StorylineDocument(documents: [info], entities: entities, relations: relations)
    }
}
