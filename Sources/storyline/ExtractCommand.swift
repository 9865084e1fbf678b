import ArgumentParser
import Foundation
import Storyline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the timeline and entity graph of news articles.",
        discussion: """
        Inputs are recognised by extension and content: plain text (first non-empty line is the \
        title), Markdown with front matter (title:, date:, url:), HTML, TimeML, a JSON object \
        {"id","title","date","url","text"} or an array of them, JSON Lines (one object per line). \
        Input must be UTF-8 (UTF-16 with a byte-order mark is decoded). Use - for standard input.

        One article without -o goes to standard output. Several articles need --format jsonl \
        (one document per line) or --output-dir. Every file is written whole or not at all.

        A bad input is reported as one line on standard error (storyline: <input>: <problem>); \
        the other inputs still complete and the exit status is 1. A wrong command line exits with 2.

        Examples:
          storyline extract article.txt --date 2013-12-04
          storyline extract article.md --format dot -o graph.dot
          storyline extract page.html --format svg -o graph.svg
          curl -s https://example.org/story.html | storyline extract - --format timelinejs
          storyline extract Examples/*/*.md --output-dir Output
          storyline extract articles.jsonl --format jsonl -o documents.jsonl --jobs 2
        """
    )

    @Argument(help: "Article files, or - for standard input.")
    var articles: [String]

    @Option(help: "Publication date (YYYY-MM-DD) of every article; otherwise read from the input or inferred from the text.")
    var date: String?

    @Option(help: "Output format (default: json).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: "Output file (- for standard output).")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write DIR/<name>/timeline.json, graph.dot, graph.svg, timeline.svg, timelinejs.json, report.html per article (plus graph.png, graph.pdf or timeline.tml when --format asks for it).")
    var outputDir: String?

    @Flag(help: "Draw co_occurs edges in graphs.")
    var cooccurrence = false

    @Option(help: "Graphviz layout engine: \(ExtractCommand.engines.joined(separator: ", ")). Default: chosen by graph size.")
    var engine: String?

    @Option(help: "Threads, each taking a group of up to 64 articles through the pipeline at a time. Default: the number of cores.")
    var jobs: Int?

    @Option(name: .customLong("max-size"), help: "Largest article in MiB (default \(ReadOptions.defaultMaxArticleBytes >> 20)); for JSON Lines, per line.")
    var maxSize: Double?

    @Option(name: .customLong("input-format"), help: "Read every input as this format instead of detecting it.")
    var inputFormat: InputFormat?

    @Option(help: "Time limit in seconds for rendering each graph.")
    var timeout: Double?

    static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"]

    func run() throws {
        try checkOptions()
        var readOptions = ReadOptions(format: inputFormat)
        if let maxSize { readOptions.maxArticleBytes = Int(maxSize * 1_048_576) }
        Thread { Pipeline.warmUp() }.start()   // the lexicons are built while the input is read
        let inputs = articles.flatMap { ArticleReader.read(path: $0, options: readOptions) }
        let format = self.format ?? .json
        if outputDir == nil && inputs.count > 1 && format != .jsonl {
            throw CLI.usage("\(inputs.count) articles: use --format jsonl (one document per line) or --output-dir DIR; --format \(format.rawValue) holds one article")
        }
        if let output, output != "-", let clash = articles.first(where: { Self.sameFile($0, output) }) {
            throw CLI.usage("\(output): is also the input \(clash); refusing to overwrite it")
        }
        let options = ExportOptions(showCooccurrence: cooccurrence, engine: engine, timeout: timeout)
        let jobs = max(1, self.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var failed = false

        if let outputDir {
            failed = !writeFolders(inputs, into: outputDir, options: options, jobs: jobs)
        } else {
            failed = !writeStream(inputs, format: format, options: options, jobs: jobs)
        }
        if failed { throw ExitCode(CLI.failedStatus) }
    }

    private func checkOptions() throws {
        if let date, !PublicationDate.isDay(date) {
            throw CLI.usage("--date \(date): not a date; use YYYY-MM-DD, e.g. 2013-12-04")
        }
        if let engine, !Self.engines.contains(engine) {
            throw CLI.usage("--engine \(engine): unknown; use one of \(Self.engines.joined(separator: ", "))")
        }
        if let jobs, jobs < 1 { throw CLI.usage("--jobs \(jobs): must be at least 1") }
        if let maxSize, !(maxSize > 0) || maxSize > 4096 { throw CLI.usage("--max-size \(maxSize): must be between 0 and 4096 MiB") }
        if let timeout, !(timeout > 0) { throw CLI.usage("--timeout \(timeout): must be more than 0 seconds") }
        if output != nil && outputDir != nil { throw CLI.usage("use either -o FILE or --output-dir DIR, not both") }
        if outputDir == "-" { throw CLI.usage("--output-dir -: a folder cannot be standard output; use --format jsonl for a stream") }
    }

    /// The article with `--date` applied.
    private func dated(_ article: Article) -> Article {
        guard let date else { return article }
        var a = article
        a.published = date
        a.dateSource = .given
        return a
    }

    /// Analyses the inputs on `jobs` threads, each thread taking a group of articles at a time
    /// through the pipeline (`Batch.groups`, `Pipeline.extract(_: [Article])`) while the calling
    /// thread hands each input's outcome to `handle`, in input order (`Batch.stream`). Returns
    /// false if any input failed.
    private func analyse<T: Sendable>(_ inputs: [ArticleInput], jobs: Int,
                                      produce: @escaping @Sendable (StorylineDocument) throws -> T,
                                      handle: (Int, Result<T, Error>) -> Bool) -> Bool {
        var ok = true
        let pipeline = Pipeline()
        let prepared = inputs.map { input in input.result.map(dated) }
        // Each input's text size (0 for one that failed to read) decides the groups.
        let groups = Batch.groups(byteCounts: prepared.map { (try? $0.get())?.text.utf8.count ?? 0 })
        Batch.stream(groups.count, jobs: jobs) { g -> [Result<T, Error>] in
            let group = prepared[groups[g]]
            let documents = pipeline.extract(group.compactMap { try? $0.get() })
            var next = 0   // one document per article read
            return group.map { item in
                switch item {
                case .failure(let error): return .failure(error)
                case .success:
                    defer { next += 1 }
                    return Result { try produce(documents[next]) }
                }
            }
        } consume: { g, outcomes in
            for (offset, outcome) in outcomes.enumerated() where !handle(groups[g].lowerBound + offset, outcome) { ok = false }
        }
        return ok
    }

    /// Writes one output (a file or standard output). Returns false on failure.
    private func writeStream(_ inputs: [ArticleInput], format: OutputFormat, options: ExportOptions, jobs: Int) -> Bool {
        let destination = output ?? "-"
        var collected = Data()
        var wroteAny = false
        var ok = analyse(inputs, jobs: jobs, produce: { doc in try Exporter.export(doc, as: format, options: options) }) { index, outcome in
            switch outcome {
            case .failure(let error):
                report(error, input: inputs[index].name)
                return false
            case .success(let data):
                wroteAny = true
                if destination == "-" { FileHandle.standardOutput.write(data) } else { collected.append(data) }
                return true
            }
        }
        if destination != "-" && wroteAny {
            do {
                try OutputFile.write(collected, to: destination)
            } catch {
                report(error, input: destination)
                ok = false
            }
        }
        return ok
    }

    /// Writes one folder per article under `directory`. Returns false if anything failed.
    private func writeFolders(_ inputs: [ArticleInput], into directory: String, options: ExportOptions, jobs: Int) -> Bool {
        var files = ArticleFolder.files
        if let format, let extra = ArticleFolder.extraFile(for: format) { files.append(extra) }
        let folderFiles = files
        let ids = inputs.map { input in (try? input.result.get().id) ?? ArticleReader.stem(input.name) }
        let names = ArticleFolder.folderNames(ids)
        return analyse(inputs, jobs: jobs, produce: { doc -> [(String, Data)] in
            try folderFiles.map { file in (file.name, try file.make(doc, options)) }
        }) { index, outcome in
            switch outcome {
            case .failure(let error):
                report(error, input: inputs[index].name)
                return false
            case .success(let contents):
                let folder = (directory as NSString).appendingPathComponent(names[index])
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    CLI.report(folder, "cannot create the folder (\(Self.reason(error)))")
                    return false
                }
                for (name, data) in contents {
                    let path = (folder as NSString).appendingPathComponent(name)
                    do {
                        try OutputFile.write(data, to: path)
                    } catch {
                        report(error, input: path)
                        return false
                    }
                }
                return true
            }
        }
    }

    private func report(_ error: Error, input: String) {
        switch error {
        case let e as InputError: CLI.report(e.input, e.problem)
        case let e as OutputFile.WriteError: CLI.report(e.description)
        default: CLI.report(input, Self.reason(error))
        }
    }

    /// A short reason for a Foundation or library error.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain { return ns.localizedDescription }
        return "\(error)"
    }

    /// True when both paths name the same existing file.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        guard a != "-" else { return false }
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
