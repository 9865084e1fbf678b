import Foundation
import Testing
@testable import Storyline

/// The SemEval-2015 Task 4 scorer against the official scorer's output on its own fixtures.
@Suite struct TimelineEvaluationTests {
    static let task = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/meantime_semeval2015_apple_dev/semeval2015_task4_trial")

    /// Per-timeline F1 the official scorer prints (EXPECTED_SCORES.txt).
    static let expectedF1: [String: [String: Double]] = [
        "fake_system1": ["steve_jobs.txt": 61.1223, "iphone_3g.txt": 72.7273, "itunes_store.txt": 66.6667,
                         "beatles_apple_corps.txt": 92.3077, "ipod.txt": 81.4815, "iphone_4.txt": 88.8889],
        "fake_system2": ["steve_jobs.txt": 92.2581, "iphone_3g.txt": 57.1429, "itunes_store.txt": 90.9727,
                         "beatles_apple_corps.txt": 95.2381, "ipod.txt": 62.5, "iphone_4.txt": 88.8889],
    ]

    func micro(_ system: String) throws -> TimelineEvaluation.Counts {
        let report = try TimelineEvaluation.evaluate(goldDirectory: Self.task.appendingPathComponent("gold_timelines_v1.2"),
                                                     systemDirectory: Self.task.appendingPathComponent("scorer_fixtures/\(system)"))
        #expect(report.timelines.count == 6)
        for t in report.timelines {
            let expected = try #require(Self.expectedF1[system]?[t.name])
            #expect(abs(t.counts.f1 * 100 - expected) < 0.001, "\(t.name)")
        }
        return report.micro
    }

    @Test func fakeSystem1() throws {
        let m = try micro("fake_system1")
        #expect(abs(m.precision * 100 - 90.2439) < 0.01)
        #expect(abs(m.recall * 100 - 57.4468) < 0.01)
        #expect(abs(m.f1 * 100 - 70.20) < 0.01)
    }

    @Test func fakeSystem2() throws {
        let m = try micro("fake_system2")
        #expect(abs(m.precision * 100 - 87.50) < 0.01)
        #expect(abs(m.recall * 100 - 92.766) < 0.01)
        #expect(abs(m.f1 * 100 - 90.06) < 0.01)
    }

    @Test func sortsLinesLikeTheOfficialScorer() {
        let entries = TimelineEvaluation.parse("Name\n10\t2010\ta-1-x\n2\t2008-02\ta-2-y\n2\t2008-01\ta-3-z\n0\tXXXX-XX-XX\ta-4-w\n")
        #expect(entries.map(\.events) == [["a-4-w"], ["a-3-z"], ["a-2-y"], ["a-1-x"]])
    }

    @Test func identicalTimelinesScoreOneAndEmptyScoresZero() {
        let gold = TimelineEvaluation.parse("E\n1\t2010\td-1-a\n2\t2011\td-2-b\td-3-c\n3\tXXXX-XX-XX\td-4-d\n")
        let same = TimelineEvaluation.score(gold: gold, system: gold)
        #expect(same.precision == 1 && same.recall == 1)
        let none = TimelineEvaluation.score(gold: gold, system: [])
        #expect(none.f1 == 0 && none.goldTotal > 0)
        let reversed = TimelineEvaluation.parse("E\n1\t2011\td-2-b\n2\t2010\td-1-a\n")
        #expect(TimelineEvaluation.score(gold: gold, system: reversed).precision < 1)
    }
}
