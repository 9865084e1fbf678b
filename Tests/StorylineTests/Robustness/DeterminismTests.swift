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
                let difference = Robustness.firstDifference(first[i], second[i])
                #expect(difference == nil, "\(format) of \(article.id) differs between two runs at \(difference ?? "")")
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
                let difference = Robustness.firstDifference(serial[i][k], parallel[i].dropFirst(k).first ?? "")
                #expect(difference == nil, "\(format) of \(article.id) differs on two threads at \(difference ?? "")")
            }
        }
    }

    /// Articles taken through the pipeline together, stage by stage, give the same documents as
    /// one article at a time: no stage carries anything from one article to the next.
    @Test func groupsGiveTheSameDocumentsAsOneArticleAtATime() throws {
        // Dated and undated articles side by side (the undated ones are dated from their text).
        let articles = Robustness.articles().enumerated().map { i, article in
            var a = article
            if i % 2 == 0 { a.published = "2013-12-04"; a.dateSource = .given }
            return a
        }
        #expect(articles.count >= 10)
        let single = try articles.map { try JSONWriter.data(Pipeline().extract($0)) }
        let together = try Pipeline().extract(articles).map { try JSONWriter.data($0) }
        let groups = Batch.groups(byteCounts: articles.map { $0.text.utf8.count }, maxItems: 3, maxBytes: 8192)
        #expect(groups.count > 2)
        var grouped: [Data] = []
        Batch.stream(groups.count, jobs: 2, window: 2) { Pipeline().extract(Array(articles[groups[$0]])) } consume: { _, documents in
            grouped += documents.compactMap { try? JSONWriter.data($0) }
        }
        #expect(together.count == articles.count && grouped.count == articles.count)
        for (i, article) in articles.enumerated() where i < together.count && i < grouped.count {
            #expect(together[i] == single[i], Comment(rawValue: "\(article.id): all articles together differ from one at a time"))
            #expect(grouped[i] == single[i], Comment(rawValue: "\(article.id): groups on two threads differ from one at a time"))
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

/// Renders the same DOT before and after rendering other graphs: Graphviz state left behind by one render
/// must not change the next layout.
@Suite(.serialized) struct RenderOrderTests {
    @Test func layoutDoesNotDependOnEarlierRenders() throws {
        let articles = Robustness.articles()
        let target = try #require(articles.first { $0.id.hasPrefix("meantime-190356") })
        let doc = Pipeline().extract(target)
        let before = try Exporter.export(doc, as: .svg)
        for other in articles where other.id != target.id {
            let d = Pipeline().extract(other)
            _ = try? Exporter.export(d, as: .svg)
            _ = try? Exporter.export(d, as: .html)
        }
        let after = try Exporter.export(doc, as: .svg)
        let difference = Robustness.firstDifference(String(decoding: before, as: UTF8.self), String(decoding: after, as: UTF8.self))
        #expect(difference == nil, "entity graph SVG changed after other renders at \(difference ?? "")")
    }

    @Test func sameDOTRenderedOnTwoThreadsGivesTheSameSVG() throws {
        let articles = Robustness.articles()
        let target = try #require(articles.first { $0.id.hasPrefix("meantime-190356") })
        let doc = Pipeline().extract(target)
        let reference = String(decoding: try Exporter.export(doc, as: .svg), as: UTF8.self)
        let lock = NSLock()
        nonisolated(unsafe) var svgs: [String] = []
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<3 {
                let svg = (try? Exporter.export(doc, as: .svg)).map { String(decoding: $0, as: UTF8.self) } ?? "failed"
                lock.withLock { svgs.append(svg) }
            }
        }
        for svg in svgs {
            let difference = Robustness.firstDifference(reference, svg)
            #expect(difference == nil, "entity graph SVG differs on two threads at \(difference ?? "")")
        }
    }
}
