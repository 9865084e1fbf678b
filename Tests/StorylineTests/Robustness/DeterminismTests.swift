import Dispatch
import Foundation
import Testing
@testable import Storyline

/// Same input → byte-identical output: across runs, across processes (each has its own hash seed)
/// and between one and two worker threads.
@Suite struct DeterminismTests {
    @Test func everyFormatIsByteIdenticalAcrossRuns() {
        let articles = Robustness.articles()
        #expect(articles.count >= 10)
        for article in articles {
            let first = Robustness.exports(article), second = Robustness.exports(article)
            for (i, format) in Robustness.formats.enumerated() {
                #expect(first[i] == second[i], "\(format) of \(article.id) differs between two runs")
            }
        }
    }

    @Test func oneAndTwoThreadsGiveTheSameBytes() {
        let articles = Robustness.articles()
        let serial = articles.map(Robustness.exports)
        let lock = NSLock()
        nonisolated(unsafe) var parallel = [[String]](repeating: [], count: articles.count)
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for i in stride(from: worker, to: articles.count, by: 2) {
                let out = Robustness.exports(articles[i])
                lock.withLock { parallel[i] = out }
            }
        }
        for (i, article) in articles.enumerated() {
            for (k, format) in Robustness.formats.enumerated() {
                #expect(serial[i][k] == parallel[i].dropFirst(k).first, "\(format) of \(article.id) differs on two threads")
            }
        }
    }

    /// Two processes differ in their hash seeds, so any output that follows Set or Dictionary order shows up here.
    @Test func everyFormatIsByteIdenticalAcrossProcesses() throws {
        let tool = try #require(Robustness.fuzzTool(), "storyline-fuzz is not built next to the tests")
        let inputs = [Robustness.root.appendingPathComponent("../shared/seed/huawei-2013-eweek.txt"),
                      Robustness.root.appendingPathComponent("Fuzz/corpus/extract/news-relations.txt")]
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-det-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        for input in inputs where FileManager.default.fileExists(atPath: input.path) {
            var outputs: [[Data]] = []
            for run in 0..<2 {
                let dir = tmp.appendingPathComponent("\(input.lastPathComponent)-\(run)")
                let result = try Robustness.run(tool, ["export", input.path, dir.path, "2013-12-04"])
                #expect(result.status == 0, "export failed: \(result.stderr)")
                outputs.append(Robustness.formats.map { f in
                    FileManager.default.contents(atPath: dir.appendingPathComponent("out.\(f.fileExtension)").path) ?? Data()
                })
            }
            #expect(!outputs[0][0].isEmpty, "json of \(input.lastPathComponent) is empty")
            for (k, format) in Robustness.formats.enumerated() {
                #expect(outputs[0][k] == outputs[1][k], "\(format) of \(input.lastPathComponent) differs between processes")
            }
        }
    }
}
