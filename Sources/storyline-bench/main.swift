// storyline-bench: throughput of the whole pipeline and of each stage, a 2-core batch, and peak
// memory, on the example articles repeated to at least 10 MiB of text. Run with `make bench`
// (release build). Usage: storyline-bench [ARTICLE...]   (default: Examples/<name>/<name>.md)
import Foundation
import Storyline

let minimumBytes = 10 << 20
let mib = 1_048_576.0

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func peakRSSBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
}

/// User + system CPU seconds used by this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("storyline-bench: \(message)\n".utf8))
    exit(1)
}

/// CPU seconds of each measured step by name (user + system, all threads of the process).
var cpuTime: [String: Double] = [:]

/// Runs `work` and returns its result and the wall-clock seconds it took; its CPU seconds go
/// to `cpuTime[name]`. On a shared machine CPU time is the fairer measure of a 1-core stage.
@MainActor func timed<T>(_ name: String, _ work: () -> T) -> (T, Double) {
    let start = now(), cpuStart = cpuSeconds()
    let result = work()
    cpuTime[name] = cpuSeconds() - cpuStart
    return (result, now() - start)
}

func exampleArticles() -> [String] {
    let fm = FileManager.default
    guard let folders = try? fm.contentsOfDirectory(atPath: "Examples") else { return [] }
    return folders.sorted().map { "Examples/\($0)/\($0).md" }.filter { fm.fileExists(atPath: $0) }
}

let paths = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : exampleArticles()
var examples: [Article] = []
for input in paths.flatMap({ ArticleReader.read(path: $0) }) {
    switch input.result {
    case .success(let article): examples.append(article)
    case .failure(let error): fail("\(error)")
    }
}
guard !examples.isEmpty else { fail("no articles (run from the repository root or name article files)") }

// The examples repeated until they hold at least 10 MiB of text, each copy its own article.
var batch: [Article] = []
var batchBytes = 0
while batchBytes < minimumBytes {
    for var article in examples {
        article.id += "-\(batch.count + 1)"
        // Its own copy of the text, as every article read from input has: copies sharing one
        // string would make two threads count references on the same memory.
        article.text = String(decoding: Array(article.text.utf8), as: UTF8.self)
        batch.append(article)
        batchBytes += article.text.utf8.count
    }
}
let pipeline = Pipeline()
print("storyline-bench: \(batch.count) articles, \(String(format: "%.1f", Double(batchBytes) / mib)) MiB of text (\(examples.count) examples repeated)")

// 1. Peak memory for one big article: the examples' texts joined to >= 10 MiB, analysed and written as JSON.
let rssBefore = peakRSSBytes()
var bigText = ""
while bigText.utf8.count < minimumBytes {
    for article in examples { bigText += article.text + "\n\n" }
}
let bigBytes = bigText.utf8.count
let (bigJSON, bigSeconds) = timed("big") { () -> Int in
    let doc = pipeline.extract(Article(id: "big", title: "big", published: "2013-12-04", dateSource: .given, text: bigText))
    return (try? JSONWriter.data(doc).count) ?? 0
}
bigText = ""
let bigPeak = peakRSSBytes()

// 2. The whole pipeline on one core as `storyline extract` runs a corpus: groups of articles
// (`Batch.groups`), each taken through the pipeline stage by stage and its documents written as
// JSON, handed in input order to a consumer that counts and drops them (`Batch.stream`). In
// several rounds: a shared machine slows single rounds down, so the median is the figure (its CPU
// and wall time are the "pipeline" step) and the best is shown beside it.
let articles = batch
let groups = Batch.groups(byteCounts: batch.map { $0.text.utf8.count })
@Sendable func groupJSON(_ g: Int) -> [Data] {
    pipeline.extract(Array(articles[groups[g]])).compactMap { try? JSONWriter.data($0) }
}
func runGroups(jobs: Int) -> Int {
    var total = 0
    Batch.stream(groups.count, jobs: jobs, groupJSON) { _, documents in total += documents.reduce(0) { $0 + $1.count } }
    return total
}
// 3. The same articles one at a time through every stage (`Pipeline.extract(_: Article)`: what a
// caller analysing single articles gets), and the groups on two threads as `extract --jobs 2`
// runs them. Each round runs one core, two threads, one core again, then one article at a time,
// so the two-thread pass is set against the one-core passes just before and after it: this
// machine's speed drifts, and a figure from another minute would carry the drift. The batch
// speed-up is the median of the rounds' own ratios.
let pipelineRounds = 5
var rounds: [(cpu: Double, wall: Double, json: Int)] = []
var singleRounds: [(cpu: Double, wall: Double)] = []
var batchRounds: [(scaling: Double, cpu: Double, wall: Double)] = []
@MainActor func oneCorePass() -> (cpu: Double, wall: Double, json: Int) {
    let (json, wall) = timed("pipeline") { runGroups(jobs: 1) }
    return (cpuTime["pipeline"] ?? 0, wall, json)
}
for _ in 0..<pipelineRounds {
    let before = oneCorePass()
    let (batchJSON, batchWall) = timed("batch") { runGroups(jobs: 2) }
    let batchCPU = cpuTime["batch"] ?? 0
    let after = oneCorePass()
    rounds += [before, after]
    guard batchJSON == before.json else { fail("the 2-thread batch gave different output than one core") }
    // Two threads scale when they spend no more CPU on the batch than one thread did: with two free
    // cores the batch then runs 2 × (one-thread CPU / two-thread CPU) times as fast as one core.
    batchRounds.append((2 * (before.cpu + after.cpu) / 2 / max(batchCPU, 1e-9), batchCPU, batchWall))
    let (singleJSON, singleWall) = timed("one at a time") { () -> Int in
        batch.reduce(0) { $0 + ((try? JSONWriter.data(pipeline.extract($1)).count) ?? 0) }
    }
    guard singleJSON == before.json else { fail("article-by-article extraction gave different output than groups") }
    singleRounds.append((cpuTime["one at a time"] ?? 0, singleWall))
}
rounds.sort { $0.cpu < $1.cpu }
let medianRound = rounds[rounds.count / 2]
cpuTime["pipeline"] = medianRound.cpu
let jsonBytes = medianRound.json, pipelineSeconds = medianRound.wall
guard rounds.allSatisfy({ $0.json == jsonBytes }) else { fail("pipeline rounds gave different output") }
singleRounds.sort { $0.cpu < $1.cpu }
let medianSingle = singleRounds[singleRounds.count / 2]
cpuTime["one at a time"] = medianSingle.cpu
batchRounds.sort { $0.scaling < $1.scaling }
let medianBatch = batchRounds[batchRounds.count / 2]
cpuTime["batch"] = medianBatch.cpu
let batchSeconds = medianBatch.wall
let batchCores = medianBatch.cpu / max(batchSeconds, 1e-9)
let cpuScaling = medianBatch.scaling

// 4. Reading: the example files' bytes (UTF-8 check, format detection, front matter) and the
// same text as an HTML page.
let exampleFiles = paths.compactMap { FileManager.default.contents(atPath: $0) }
let htmlPages = examples.map { article in
    Data(("<html><head><title>\(Escaping.xml(article.title))</title></head><body><p>"
          + Escaping.xml(article.text).replacingOccurrences(of: "\n\n", with: "</p>\n<p>") + "</p></body></html>").utf8)
}
@MainActor func readingRate(_ files: [Data], ext: String) -> (Int, Double) {
    var bytes = 0, count = 0
    let (_, seconds) = timed("reading \(ext)") {
        while bytes < minimumBytes {
            for data in files {
                count += ArticleReader.read(data: data, name: "bench", id: "bench", pathExtension: ext).count
                bytes += data.count
            }
        }
    }
    return (bytes, seconds)
}
let (markdownBytes, markdownSeconds) = readingRate(exampleFiles, ext: "md")
let (htmlBytes, htmlSeconds) = readingRate(htmlPages, ext: "html")

// 5. Each stage alone on one core.
let stages = StageBenchmark(batch)
let (tokens, tokenizeSeconds) = timed("tokenize") { stages.tokenize() }
let (timexCount, timeSeconds) = timed("time") { stages.time() }
let (entityCount, entitySeconds) = timed("entities") { stages.entitiesAndRelations() }
let (eventCount, eventSeconds) = timed("events") { stages.events() }
let (assembledCount, assembleSeconds) = timed("assembling") { stages.assemble() }
let (jsonWritten, jsonSeconds) = timed("json") { stages.writeJSON() }

/// Bytes each CPU-timed step covered (default: the batch).
let textBytes: [String: Int] = ["reading md": markdownBytes, "reading html": htmlBytes, "big": bigBytes]
func rate(_ bytes: Int, _ seconds: Double) -> Double { Double(bytes) / mib / max(seconds, 1e-9) }
/// One line: wall-clock rate, rate per CPU second, and the verdict (judged on CPU time, which
/// other processes on a shared machine do not distort).
@MainActor func row(_ name: String, _ mbps: Double, cpu: String, target: Double?, note: String) {
    let cpuRate = rate(textBytes[cpu] ?? batchBytes, cpuTime[cpu] ?? 0)
    let verdict = target.map { cpuRate >= $0 ? "ok (target \(Int($0)))" : "BELOW target \(Int($0))" } ?? ""
    print(name.padding(toLength: 32, withPad: " ", startingAt: 0)
          + String(format: "%8.2f MiB/s wall %8.2f MiB/s per CPU s  ", mbps, cpuRate)
          + verdict.padding(toLength: 22, withPad: " ", startingAt: 0) + note)
}
let pipelineRate = rate(batchBytes, pipelineSeconds)
let batchRate = rate(batchBytes, batchSeconds)
print("")
print("(wall: elapsed time; per CPU s: user + system time, fair on a shared machine; verdicts use it)")
row("pipeline, 1 core, groups (median)", pipelineRate, cpu: "pipeline", target: 5,
    note: String(format: "= %.2f MB/s; best of %d passes %.2f MiB/s per CPU s; %d documents, %d bytes of JSON",
                 Double(batchBytes) / 1e6 / max(medianRound.cpu, 1e-9), rounds.count,
                 rate(batchBytes, rounds[0].cpu), batch.count, jsonBytes))
row("pipeline, one article at a time", rate(batchBytes, medianSingle.wall), cpu: "one at a time", target: nil,
    note: String(format: "= %.2f MB/s; every stage per article (median of %d rounds)", Double(batchBytes) / 1e6 / max(medianSingle.cpu, 1e-9), pipelineRounds))
print("batch, 2 threads (median)".padding(toLength: 32, withPad: " ", startingAt: 0)
      + String(format: "%8.2f MiB/s wall = %.2f× one core, with %.2f cores free to it; CPU cost %.2f× one thread's → %.2f× one core on 2 free cores (target 1.8×; median of the rounds' ratios)%@",
               batchRate, batchRate / pipelineRate, batchCores, 2 / max(cpuScaling, 1e-9), cpuScaling, cpuScaling >= 1.8 ? "" : " BELOW"))
row("reading Markdown (1 core)", rate(markdownBytes, markdownSeconds), cpu: "reading md", target: nil, note: "UTF-8 check, front matter")
row("reading HTML (1 core)", rate(htmlBytes, htmlSeconds), cpu: "reading html", target: nil, note: "visible text, entities")
row("tokenizing (1 core)", rate(batchBytes, tokenizeSeconds), cpu: "tokenize", target: nil, note: "\(tokens) tokens")
row("time expressions (1 core)", rate(batchBytes, timeSeconds), cpu: "time", target: 20, note: "\(timexCount) timexes")
row("entities + relations (1 core)", rate(batchBytes, entitySeconds), cpu: "entities", target: 10, note: "\(entityCount) entities and relations")
row("events (1 core)", rate(batchBytes, eventSeconds), cpu: "events", target: nil, note: "\(eventCount) events")
row("assembling (1 core)", rate(batchBytes, assembleSeconds), cpu: "assembling", target: nil, note: "\(assembledCount) events after merging")
row("writing JSON (1 core)", rate(batchBytes, jsonSeconds), cpu: "json", target: nil,
    note: String(format: "%.1f MiB of JSON at %.0f MiB/s", Double(jsonWritten) / mib, rate(jsonWritten, cpuTime["json"] ?? 0)))
row("one \(Int((Double(bigBytes) / mib).rounded())) MiB article", rate(bigBytes, bigSeconds), cpu: "big", target: nil, note: "\(bigJSON) bytes of JSON")
let ratio = Double(bigPeak - rssBefore) / Double(bigBytes)
print("")
print(String(format: "peak memory: %.0f MiB (%.0f MiB before the big article); the %.1f MiB article added %.1f× its size (target < 20×)%@",
             Double(bigPeak) / mib, Double(rssBefore) / mib, Double(bigBytes) / mib, ratio, ratio < 20 ? "" : " ABOVE TARGET"))
print(String(format: "peak memory after everything: %.0f MiB for %.1f MiB of input", Double(peakRSSBytes()) / mib, Double(batchBytes) / mib))
