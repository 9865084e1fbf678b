import ArgumentParser
import Foundation
import Storyline

struct EvalMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Score the cross-article entity and event links of `merge` against gold instance ids.",
        discussion: """
        Reads CAT XML files with corpus-wide instance ids (MEANTIME intra_cross-doc_annotation, \
        ECB+ ecbplus_xml), extracts each article from its tokens, merges the articles of each topic \
        (each folder) and prints pairwise cross-document link precision, recall and F1 for entities \
        (named mentions) and events, summed over topics, and the event recall ceiling: the share of \
        gold event links whose two mentions are both triggers of extracted tellings.

        Examples:
          storyline eval merge --gold ../shared/data/meantime_semeval2015_apple_dev/meantime_en/intra_cross-doc_annotation/corpus_apple
          storyline eval merge --gold ../shared/data/esc_v1.5_dev/ecbplus_xml
        """
    )

    @Option(help: "Folder of CAT XML files (searched recursively; one topic per folder).")
    var gold: String
    @Flag(help: "Score entity mentions of every syntactic type, not only names.")
    var allMentions = false
    @Flag(help: "Count only the first telling of an event in each article (the definition used before every telling counted).")
    var firstTellingOnly = false
    @Option(help: ArgumentHelp("Write each topic's merged document (TOPIC.json) and its gold mentions (TOPIC.gold.tsv) to this folder.", valueName: "dir"))
    var dump: String?
    @Option(help: "Minimum score for two events to be the same event.")
    var threshold: Double = CompareOptions().threshold
    @Option(help: "Days two tellings' dates may differ by in one merged event.")
    var dateSlack: Int = CompareOptions().clusterDateSlackDays
    @Option(help: "Threads for extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let root = URL(fileURLWithPath: gold)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CompareCLI.fail("\(gold): cannot be read")
        }
        var topics: [String: [URL]] = [:]
        for case let url as URL in walker where url.pathExtension == "xml" {
            topics[url.deletingLastPathComponent().path, default: []].append(url)
        }
        guard !topics.isEmpty else { throw CompareCLI.fail("\(gold): no XML files") }
        var entities = LinkScore(), events = LinkScore()
        print("topic\tdocs\tentity P\tR\tF1\tevent P\tR\tF1\tevent R ceiling")
        for topic in topics.keys.sorted() {
            let files = (topics[topic] ?? []).sorted { $0.path < $1.path }
            var golds: [CrossDocumentGold] = []
            for f in files {
                guard let data = try? Data(contentsOf: f),
                      let g = CrossDocumentGold.read(data, id: f.deletingPathExtension().lastPathComponent) else {
                    CompareCLI.warn("\(f.path): not a CAT XML document with tokens"); continue
                }
                golds.append(g)
            }
            let docs = CompareCLI.extract(golds.map { .article($0.article) }, jobs: max(1, jobs))
            var options = CompareOptions()
            options.clusterDateSlackDays = dateSlack
            options.threshold = threshold
            let merged = TimelineMerge.merge(docs, options: options)
            if let dir = dump { try writeDump(dir: dir, topic: (topic as NSString).lastPathComponent, golds: golds, merged: merged) }
            let s = MergeLinkScorer.score(gold: golds, merged: merged, namesOnly: !allMentions, everyTelling: !firstTellingOnly)
            entities = entities + s.entities
            events = events + s.events
            print(row((topic as NSString).lastPathComponent, golds.count, s.entities, s.events))
        }
        print(row("all", topics.values.map(\.count).reduce(0, +), entities, events))
    }

    func writeDump(dir: String, topic: String, golds: [CrossDocumentGold], merged: StorylineDocument) throws {
        let folder = URL(fileURLWithPath: dir)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try JSONWriter.data(merged).write(to: folder.appendingPathComponent(topic + ".json"))
        var tsv = "document\tmention\tkind\tstart\tend\tinstance\ttype\ttext\n"
        for g in golds {
            let scalars = Array(g.text.unicodeScalars)
            for m in g.mentions {
                let lo = max(0, min(m.start, scalars.count)), hi = max(lo, min(m.end, scalars.count))
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[lo..<hi])
                tsv += "\(g.id)\t\(m.id)\t\(m.kind.rawValue)\t\(m.start)\t\(m.end)\t\(m.instance ?? "")\t\(m.syntacticType ?? (m.nameLike ? "name" : ""))\t\(text)\n"
            }
        }
        try Data(tsv.utf8).write(to: folder.appendingPathComponent(topic + ".gold.tsv"))
    }

    func row(_ name: String, _ docs: Int, _ e: LinkScore, _ v: LinkScore) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "\(name)\t\(docs)\t\(f(e.precision))\t\(f(e.recall))\t\(f(e.f1))\t\(f(v.precision))\t\(f(v.recall))\t\(f(v.f1))\t\(f(v.recallCeiling))"
    }
}
