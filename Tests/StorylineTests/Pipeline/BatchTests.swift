import Foundation
import Testing
@testable import Storyline

/// How a batch of articles is cut into groups for `Pipeline.extract(_: [Article])`.
@Suite struct BatchGroupTests {
    @Test func groupsCoverEveryItemInOrder() {
        let sizes = [10, 20, 5, 7000, 3, 3, 3, 3, 3, 50, 1]
        let groups = Batch.groups(byteCounts: sizes, maxItems: 3, maxBytes: 100)
        #expect(groups.first?.lowerBound == 0)
        #expect(groups.last?.upperBound == sizes.count)
        for (a, b) in zip(groups, groups.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        #expect(groups.allSatisfy { !$0.isEmpty })
    }

    @Test func groupsKeepTheirLimitsAndALongItemAlone() {
        let sizes = [10, 20, 5, 7000, 3, 3, 3, 3, 3, 50, 60]
        let groups = Batch.groups(byteCounts: sizes, maxItems: 3, maxBytes: 100)
        #expect(groups == [0..<3, 3..<4, 4..<7, 7..<10, 10..<11])
        for g in groups where g.count > 1 {
            #expect(g.count <= 3)
            #expect(sizes[g].reduce(0, +) <= 100)
        }
    }

    @Test func noItemsNoGroups() {
        #expect(Batch.groups(byteCounts: []).isEmpty)
        #expect(Batch.groups(byteCounts: [0]) == [0..<1])
    }
}

/// How `storyline extract` runs groups on threads while it writes earlier results in order.
@Suite struct BatchStreamTests {
    /// Shared counters for work running on several threads.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var started = 0
        func start() { lock.lock(); started += 1; lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return started }
    }

    @Test(arguments: [1, 2, 3])
    func resultsComeInIndexOrder(jobs: Int) {
        var seen: [Int] = []
        var values: [String] = []
        Batch.stream(40, jobs: jobs, window: 4) { i -> String in
            usleep(UInt32((i * 7919) % 5) * 200)   // later indices sometimes finish first
            return "item \(i)"
        } consume: { i, value in
            seen.append(i)
            values.append(value)
        }
        #expect(seen == Array(0..<40))
        #expect(values == (0..<40).map { "item \($0)" })
    }

    @Test func noMoreThanTheWindowIsAhead() {
        let tally = Tally()
        let window = 3
        var worst = 0
        Batch.stream(30, jobs: 2, window: window) { i -> Int in
            tally.start()
            return i
        } consume: { i, _ in
            usleep(2000)   // a slow writer: the threads would run far ahead without the window
            worst = max(worst, tally.count - (i + 1))
        }
        #expect(tally.count == 30)
        #expect(worst <= window, "work started \(worst) items ahead of the consumer (window \(window))")
    }

    @Test func oneJobRunsOnTheCallingThread() {
        let caller = pthread_self()
        var others = 0
        Batch.stream(5, jobs: 1) { _ in pthread_equal(pthread_self(), caller) != 0 } consume: { _, same in
            if !same { others += 1 }
        }
        #expect(others == 0)
    }

    @Test func nothingToDo() {
        var calls = 0
        Batch.stream(0, jobs: 2) { $0 } consume: { _, _ in calls += 1 }
        #expect(calls == 0)
    }
}

/// `Pipeline.warmUp` builds the lexicons before the first article: its text has to reach every stage.
@Suite struct WarmUpTests {
    @Test func theWarmUpTextReachesEveryStage() {
        let doc = Pipeline().extract(Article(id: "w", title: "w", published: "2013-12-04", dateSource: .given,
                                             text: Pipeline.warmUpText))
        #expect(doc.timexes.count >= 4)
        #expect(Set(doc.entities.map(\.type)).count >= 3, "people, organisations and places")
        #expect(!doc.relations.isEmpty)
        #expect(doc.timeline.count >= 3)
        Pipeline.warmUp()   // and it runs again without harm
    }
}
