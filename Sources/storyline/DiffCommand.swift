import ArgumentParser
import Foundation
import Storyline

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare how two articles (or storyline documents) tell a story.",
        discussion: """
        Aligns the events of A and B one-to-one (compatible dates, shared participants, similar \
        triggers and headlines) and reports events only in A (-), only in B (+), matched with \
        conflicting dates (!), matched with a refined date (~), and entities and relations only in one.

        Examples:
          storyline diff eweek.txt reuters.txt
          storyline diff a.json b.json --format json -o diff.json
          storyline diff a.json b.json --format svg -o diff.svg
          storyline diff --benchmark 10000
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, dot, svg }

    @Argument(help: "Article or storyline JSON document A.")
    var a: String?
    @Argument(help: "Article or storyline JSON document B.")
    var b: String?
    @Option(help: "Output format: text, json, dot or svg.")
    var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: "Output file (- for standard output).")
    var output: String = "-"
    @Option(help: "Publication date (YYYY-MM-DD) for articles without one.")
    var date: String?
    @Option(help: "Diff two generated timelines of N events each and print the time taken (a benchmark).")
    var benchmark: Int?

    func run() throws {
        if let n = benchmark { return runBenchmark(n) }
        guard let a, let b else { throw ValidationError("diff needs two inputs: storyline diff A B") }
        let docA = try CompareCLI.singleDocument(a, date: date)
        let docB = try CompareCLI.singleDocument(b, date: date)
        let result = TimelineDiff.diff(docA, docB)
        let data: Data
        switch format {
        case .text:
            let color = output == "-" && isatty(STDOUT_FILENO) == 1
            data = Data(DiffWriter.text(result, color: color).utf8)
        case .json:
            data = try DiffWriter.json(result)
        case .dot:
            data = Data(DiffWriter.dot(docA, docB).utf8)
        case .svg:
            data = try CompareCLI.renderSVG(DiffWriter.dot(docA, docB))
        }
        do { try OutputFile.write(data, to: output) } catch { throw CompareCLI.fail("\(error)") }
    }

    func runBenchmark(_ n: Int) {
        let (x, y) = SyntheticTimelines.pair(events: max(1, n))
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let clock = ContinuousClock()
        var result: DiffResult?
        let cpu0 = cpuSeconds()
        let elapsed = clock.measure { result = TimelineDiff.diff(x, y) }
        let cpu = cpuSeconds() - cpu0
        let r = result
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(String(format: "diff of two timelines of %d events: %.3f s wall, %.3f s CPU (%d matched, %d conflicting dates, %d only in a, %d only in b)",
                     n, seconds, cpu, r?.matched.count ?? 0, r?.conflictingDates.count ?? 0, r?.onlyInA.count ?? 0, r?.onlyInB.count ?? 0))
    }
}
