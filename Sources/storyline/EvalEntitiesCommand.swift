import ArgumentParser
import Foundation
import Storyline

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score proper-name entity mentions against MEANTIME CAT XML gold files.",
        discussion: """
        Scores the tool's PERSON, ORGANIZATION, LOCATION and PRODUCT mentions against the gold
        ENTITY_MENTIONs with syntactic_type NAM (exact span and type; P/R/F1 per type and overall).

        Examples:
          storyline eval entities --gold ../shared/data/meantime_semeval2015_apple_dev/meantime_en/intra_cross-doc_annotation/corpus_apple
          storyline eval entities --show article.txt      (list the entities and relations found)
        """
    )

    @Option(help: "Folder of MEANTIME CAT XML files.")
    var gold: String?

    @Flag(help: "Also list each missed and spurious mention.")
    var verbose = false

    @Option(name: .customLong("show"), help: "Print the entities and relations found in this text file instead of scoring.")
    var show: String?

    @Option(help: "Measure the speed of the entity and relation stages on the .txt files of this folder (repeated to 20 MB).")
    var bench: String?

    func run() throws {
        if let dir = bench {
            let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
            var all = ""
            for f in files {
                if let d = FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(f)) { all += String(decoding: d, as: UTF8.self) + "\n\n" }
            }
            guard !all.isEmpty else { throw ValidationError("\(dir): no .txt files") }
            let r = EntityEvaluation.benchmark(text: all, minimumBytes: 20_000_000)
            let mb = Double(r.bytes) / 1_000_000
            print(String(format: "%.1f MB: tokens+sentences %.2f s wall, %.2f s CPU (%.1f MB/s); entities+relations %.2f s wall, %.2f s CPU (%.1f MB/s per core)",
                         mb, r.textSeconds, r.textCPU, mb / r.textCPU, r.stageSeconds, r.stageCPU, mb / r.stageCPU))
            return
        }
        if let path = show {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(path): cannot read the file")
            }
            let doc = Pipeline().extract(Article(id: "a", title: "", published: "2000-01-01", text: text))
            var names: [String: String] = [:]
            for e in doc.entities {
                names[e.id] = e.name
                let mentions = e.mentions.map(\.text).joined(separator: " | ")
                print("\(e.type.rawValue)\t\(e.name)\taliases: \(e.aliases.joined(separator: ", "))\t[\(mentions)]")
            }
            for r in doc.relations where r.type != .coOccurs {
                print("REL\t\(names[r.source] ?? r.source) --\(r.type.rawValue) \"\(r.label)\"--> \(names[r.target] ?? r.target)")
            }
            return
        }
        guard let gold else { throw ValidationError("give --gold DIR (or --show FILE)") }
        let report = try EntityEvaluation.evaluate(goldDirectory: gold)
        print(report.table())
        if verbose {
            for line in report.errors { print(line) }
        }
    }
}
