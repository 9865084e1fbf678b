import Testing
import PropertyBased
@testable import Storyline

/// Properties of diff and merge over generated documents (SyntheticTimelines: shared worlds of
/// entities and events told with synonyms, aliases, coarser and conflicting dates).
@Suite("Compare properties")
struct ComparePropertyTests {
    /// A generated article: world seed (small, so documents share stories), own seed, event count.
    static let article = zip(Gen.int(in: 0...3), Gen.int(in: 0...10_000), Gen.int(in: 0...14)).map { w, s, n in
        (world: UInt64(w), seed: UInt64(s), events: n)
    }

    static func make(_ spec: (world: UInt64, seed: UInt64, events: Int), id: String) -> StorylineDocument {
        SyntheticTimelines.document(id: id, events: spec.events, worldSeed: spec.world, seed: spec.seed)
    }

    @Test func diffOfADocumentWithItselfIsEmpty() async {
        await propertyCheck(count: 60, input: Self.article) { spec in
            let a = Self.make(spec, id: "a")
            let d = TimelineDiff.diff(a, a)
            #expect(d.isEmpty)
            #expect(d.matched.count == a.events.count)
            #expect(d.matched.allSatisfy { $0.a.id == $0.b.id && $0.dates != .conflicting })
        }
    }

    @Test func diffMirrors() async {
        await propertyCheck(count: 60, input: Self.article, Self.article) { x, y in
            let a = Self.make(x, id: "a"), b = Self.make(y, id: "b")
            #expect(TimelineDiff.diff(b, a) == TimelineDiff.diff(a, b).mirrored())
            // Same document ids on both sides (two versions of one article) must mirror too.
            let b2 = Self.make(y, id: "a")
            #expect(TimelineDiff.diff(b2, a) == TimelineDiff.diff(a, b2).mirrored())
        }
    }

    @Test func mergeDoesNotDependOnInputOrder() async {
        await propertyCheck(count: 40, input: Self.article.array(of: 1...4), Gen.int(in: 0...1000)) { specs, shuffleSeed in
            let docs = specs.enumerated().map { Self.make($0.element, id: "d\($0.offset)") }
            var rng = SyntheticTimelines.Random(state: UInt64(shuffleSeed))
            var shuffled = docs
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, rng.int(i + 1)) }
            #expect(TimelineMerge.merge(docs) == TimelineMerge.merge(shuffled))
        }
    }

    @Test func mergeIsAReduceStep() async {
        await propertyCheck(count: 40, input: Self.article.array(of: 1...3), Self.article.array(of: 1...3)) { xs, ys in
            let x = xs.enumerated().map { Self.make($0.element, id: "x\($0.offset)") }
            let y = ys.enumerated().map { Self.make($0.element, id: "y\($0.offset)") }
            let all = TimelineMerge.merge(x + y)
            #expect(TimelineMerge.merge([TimelineMerge.merge(x)] + y) == all)
            #expect(TimelineMerge.merge([TimelineMerge.merge(x), TimelineMerge.merge(y)]) == all)
        }
    }
}
