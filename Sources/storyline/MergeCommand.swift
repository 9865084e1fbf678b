import ArgumentParser
import Foundation
import Storyline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge articles or storyline documents into one cross-article timeline and graph.",
        discussion: """
        Entities are resolved across articles (names, aliases, acronyms, same type), the same event \
        told by several articles becomes one event with `sources` and `otherEvidence`, relations are \
        merged with their evidence. Merging is order-independent and can be done in steps: merging \
        merged documents gives the same result as merging all articles at once.
        Inputs are streamed; JSON Lines inputs (.jsonl) may hold storyline documents or article objects.

        Examples:
          storyline merge a.txt b.md c.html -o merged.json
          storyline merge articles.jsonl --format html -o report.html
          storyline merge part1.json part2.json --output-dir out/
        """
    )

    @Argument(help: "Articles, storyline JSON documents or JSON Lines files (- for standard input).")
    var inputs: [String]
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "json"
    @Option(name: [.customShort("o"), .long], help: "Output file (- for standard output).")
    var output: String = "-"
    @Option(help: "Write timeline.json, graph.dot, graph.svg, timeline.svg, timelinejs.json and report.html into this folder.")
    var outputDir: String?
    @Option(help: "Publication date (YYYY-MM-DD) for articles without one.")
    var date: String?
    @Option(help: "Threads for extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        guard let outFormat = OutputFormat(rawValue: format) else {
            throw ValidationError("unknown format '\(format)' (use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let progress = Progress(enabled: isatty(STDERR_FILENO) == 1, total: inputs.count)
        var failed = 0
        let documents = CompareCLI.documents(inputs, date: date, jobs: max(1, jobs), progress: progress) { message in
            failed += 1
            CompareCLI.warn(message)
        }
        progress.finish()
        guard !documents.isEmpty else { throw CompareCLI.fail("no input could be read") }
        let merged = TimelineMerge.merge(documents)
        do {
            if let dir = outputDir {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                // The same files as one article's folder of `extract --output-dir`.
                for file in ArticleFolder.files {
                    try OutputFile.write(try file.make(merged, ExportOptions()), to: (dir as NSString).appendingPathComponent(file.name))
                }
            } else {
                try OutputFile.write(try Exporter.export(merged, as: outFormat), to: output)
            }
        } catch {
            throw CompareCLI.fail("\(error)")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// A progress line on standard error, drawn only when standard error is a terminal.
final class Progress {
    let enabled: Bool
    let total: Int
    private var done = 0
    private var lastDraw = 0

    init(enabled: Bool, total: Int) { self.enabled = enabled; self.total = total }

    func advance(_ name: String, inputsDone: Int) {
        done += 1
        guard enabled, done - lastDraw >= 1 else { return }
        lastDraw = done
        let width = 30
        let filled = total > 0 ? min(width, inputsDone * width / max(1, total)) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(inputsDone)/\(total) files, \(done) articles".utf8))
    }

    func finish() {
        if enabled && done > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// Input handling shared by `diff`, `merge` and `eval merge`.
enum CompareCLI {
    /// Extraction batches: read this many items, extract them on all threads, then read on.
    static let batchSize = 64

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("storyline: \(message)\n".utf8))
    }

    static func fail(_ message: String) -> ExitCode {
        warn(message)
        return ExitCode(1)
    }

    /// The storyline documents of all inputs, in input order; articles are extracted in batches on
    /// `jobs` threads. Problems are reported through `error` and the other inputs go on.
    static func documents(_ paths: [String], date: String?, jobs: Int, progress: Progress? = nil,
                          error: (String) -> Void) -> [StorylineDocument] {
        var out: [StorylineDocument] = []
        var batch: [CompareItem] = []
        var names: [String] = []
        func flush(_ filesDone: Int) {
            guard !batch.isEmpty else { return }
            out.append(contentsOf: extract(batch, jobs: jobs))
            for n in names { progress?.advance(n, inputsDone: filesDone) }
            batch.removeAll(keepingCapacity: true)
            names.removeAll(keepingCapacity: true)
        }
        for (k, path) in paths.enumerated() {
            CompareInput.read(path: path) { name, result in
                switch result {
                case .success(var item):
                    if case .article(var a) = item, a.published == nil, let date {
                        a.published = date; a.dateSource = .given; item = .article(a)
                    }
                    batch.append(item); names.append(name)
                    if batch.count >= batchSize { flush(k) }
                case .failure(let e):
                    error(e.description)
                }
            }
            flush(k + 1)
        }
        return out
    }

    /// Items to documents on `jobs` threads, results in input order.
    static func extract(_ items: [CompareItem], jobs: Int) -> [StorylineDocument] {
        let pipeline = Pipeline()
        return Batch.map(items.count, jobs: jobs) { items[$0].document(pipeline: pipeline) }
    }

    /// The one document of a `diff` input (several in one input are merged).
    static func singleDocument(_ path: String, date: String?) throws -> StorylineDocument {
        var problems: [String] = []
        let docs = documents([path], date: date, jobs: 2) { problems.append($0) }
        if let p = problems.first { throw fail(p) }
        guard !docs.isEmpty else { throw fail("\(path): no article or storyline document in it") }
        return docs.count == 1 ? docs[0] : TimelineMerge.merge(docs)
    }

    /// SVG of a DOT graph through the in-process Graphviz renderer.
    static func renderSVG(_ dot: String) throws -> Data {
        do { return try GraphRenderer.render(dot: dot, format: .svg) } catch { throw fail("svg: \(error)") }
    }
}
