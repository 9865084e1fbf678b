import ArgumentParser
import Foundation
import Storyline

/// `storyline eval timex`: TempEval-3 Task A scores over a folder of gold TimeML files.
struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score time expressions (TempEval-3 Task A: strict/relaxed extent, value and type F1).")

    @Option(name: .long, help: "Folder of gold .tml files, or of MEANTIME or EventStoryLine CAT .xml files (searched recursively; one table row per folder).")
    var gold: String

    @Option(name: .long, help: "Folder of system .tml files with the same relative names. Without it the tool is run on the gold text.")
    var system: String?

    @Flag(name: .long, help: "Ignore the gold DCT and infer the publication date from the text.")
    var noDct = false

    @Flag(name: .long, help: "Print every mismatch (missed, spurious, extent, value, type) as tab-separated kind, file, DCT, gold text|type|value, system text|type|value and the text around it; with --no-dct also a 'dated' line per file: true date, inferred date and the clues the dater read.")
    var errors = false

    @Flag(name: .long, help: "Also time the time stage alone over the gold texts (10 passes) and print MB/s.")
    var speed = false

    func run() throws {
        let root = URL(fileURLWithPath: gold)
        let files = try timeMLFiles(under: root)
        guard !files.isEmpty else { throw ValidationError("no .tml or CAT .xml files under \(gold)") }
        var perFolder: [String: TimexScores] = [:]
        var total = TimexScores()
        var dated = (docs: 0, day: 0, month: 0, year: 0)
        var texts: [String] = []
        for rel in files {
            let goldDoc = try readDoc(root.appendingPathComponent(rel))
            if speed { texts.append(goldDoc.article.text) }
            let sys: [Timex]
            if let system {
                sys = try readDoc(URL(fileURLWithPath: system).appendingPathComponent(rel)).goldTimexes
            } else {
                sys = TimexEvaluation.systemTimexes(for: goldDoc, useDCT: !noDct)
            }
            if noDct && system == nil {
                let inferred = TimexEvaluation.inferredDate(for: goldDoc) ?? ""
                let truth = goldDoc.article.published ?? ""
                dated.docs += 1
                if inferred == truth { dated.day += 1 }
                if inferred.prefix(7) == truth.prefix(7) && inferred.count >= 7 { dated.month += 1 }
                if inferred.prefix(4) == truth.prefix(4) && inferred.count >= 4 { dated.year += 1 }
                if errors { print("dated\t\(rel)\t\(truth)\t\(inferred)\t\(TimexEvaluation.dateClues(for: goldDoc))") }
            }
            let (s, mismatches) = TimexEvaluation.compare(gold: goldDoc.goldTimexes, system: sys)
            let folder = rel.split(separator: "/").dropLast().joined(separator: "/")
            perFolder[folder.isEmpty ? "." : folder, default: TimexScores()].add(s)
            total.add(s)
            if errors {
                let scalars = Array(goldDoc.article.text.unicodeScalars)
                for m in mismatches {
                    let g = m.gold.map { "\($0.text)|\($0.type.rawValue)|\($0.value)" } ?? "-"
                    let t = m.system.map { "\($0.text)|\($0.type.rawValue)|\($0.value)" } ?? "-"
                    let at = m.gold ?? m.system
                    let context = at.map { Self.context(scalars, $0.start, $0.end) } ?? ""
                    print("\(m.kind.rawValue)\t\(rel)\t\(goldDoc.article.published ?? "-")\t\(g)\t\(t)\t\(context)")
                }
            }
        }
        print(TimexEvaluation.tableHeader)
        for folder in perFolder.keys.sorted() {
            if let s = perFolder[folder] { print(TimexEvaluation.tableRow(folder, s)) }
        }
        if perFolder.count > 1 { print(TimexEvaluation.tableRow("overall", total)) }
        if speed {
            let (bytes, seconds, cpu) = TimexEvaluation.timeStageThroughput(texts, dct: "2000-01-01", repeats: 10)
            let mb = Double(bytes) / 1_000_000
            print("time stage: \(bytes) bytes in \(String(format: "%.3f", seconds)) s wall = \(String(format: "%.1f", seconds > 0 ? mb / seconds : 0)) MB/s; "
                  + "\(String(format: "%.3f", cpu)) s CPU = \(String(format: "%.1f", cpu > 0 ? mb / cpu : 0)) MB/s on one core")
        }
        if dated.docs > 0 {
            print("inferred publication date: \(dated.day)/\(dated.docs) exact day, \(dated.month) right month, \(dated.year) right year")
        }
    }

    /// Up to 100 characters either side of `start..<end`, the expression in [brackets], on one line.
    static func context(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        func text(_ r: Range<Int>) -> String {
            var out = String.UnicodeScalarView()
            for c in scalars[r] { out.append(c == "\n" || c == "\t" || c == "\r" ? " " : c) }
            return String(out)
        }
        return text(max(0, s - 100)..<s) + "[" + text(s..<e) + "]" + text(e..<min(scalars.count, e + 100))
    }

    private func readDoc(_ url: URL) throws -> TimeMLDocument {
        let data = try Data(contentsOf: url)
        if url.pathExtension == "xml" {
            do { return try CATTimexReader.read(data, name: url.deletingPathExtension().lastPathComponent) }
            catch { throw ValidationError("\(url.path): not a CAT XML file (MEANTIME or EventStoryLine)") }
        }
        guard let xml = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(url.path): not UTF-8")
        }
        do {
            return try TimeMLReader.read(xml, id: url.deletingPathExtension().lastPathComponent)
        } catch let e as TimeMLReader.ReadError {
            throw ValidationError("\(url.path): \(e.description)")
        }
    }

    /// Relative paths of all `.tml` files under `root`, sorted; without any, the CAT `.xml` files.
    private func timeMLFiles(under root: URL) throws -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root.path) else {
            throw ValidationError("cannot read \(root.path)")
        }
        var tml: [String] = [], xml: [String] = []
        while let p = e.nextObject() as? String {
            guard !p.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if p.hasSuffix(".tml") { tml.append(p) } else if p.hasSuffix(".xml") { xml.append(p) }
        }
        return (tml.isEmpty ? xml : tml).sorted()
    }
}
