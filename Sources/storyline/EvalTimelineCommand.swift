import ArgumentParser
import Foundation
import Storyline

struct EvalTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "SemEval-2015 Task 4 main track: timelines per target entity, temporal-awareness F1.",
        discussion: """
        --gold DIR is a task folder: cat_raw/ (raw CAT articles), gold_timelines_v1.2/ (or another
        gold_timelines*/ folder) and list_target_entities*.txt. The tool reads each raw article with
        its creation time, builds one timeline per target entity and scores it like the official
        scorer (micro-averaged precision, recall and F1 over the timelines).
        With --system DIR it only scores the timelines already in DIR.

        Examples:
          storyline eval timeline --gold ../shared/data/meantime_semeval2015_apple_dev/semeval2015_task4_trial
          storyline eval timeline --gold TASK --keep out/    # keep the system timelines
        """)

    @Option(help: "Task folder (cat_raw/, gold timelines, target list), or a folder of gold timelines with --system.")
    var gold: String
    @Option(help: "Score the timelines in this folder instead of running the tool.")
    var system: String?
    @Option(help: "Write the system timelines here (default: a temporary folder, removed afterwards).")
    var keep: String?

    func run() throws {
        let goldURL = URL(fileURLWithPath: gold)
        let report: TimelineEvaluation.Report
        if let system {
            var goldDir = goldURL
            if let layout = try? TimelineTask.layout(goldURL) { goldDir = layout.goldDirectory }
            report = try TimelineEvaluation.evaluate(goldDirectory: goldDir, systemDirectory: URL(fileURLWithPath: system))
        } else {
            let out = keep.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("storyline-timelines-\(getpid())")
            defer { if keep == nil { try? FileManager.default.removeItem(at: out) } }
            report = try TimelineTask.run(goldURL, output: out)
        }
        func pct(_ x: Double) -> String { String(format: "%.2f", x * 100) }
        print("timeline\tF1\tP\tR")
        for t in report.timelines {
            print("\(t.name)\t\(pct(t.counts.f1))\t\(pct(t.counts.precision))\t\(pct(t.counts.recall))")
        }
        for s in report.skipped { print("\(s)\tskipped (no system file)") }
        let m = report.micro
        print("MICRO\t\(pct(m.f1))\t\(pct(m.precision))\t\(pct(m.recall))")
    }
}
