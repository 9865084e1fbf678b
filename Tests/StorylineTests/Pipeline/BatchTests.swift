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
