import Foundation

/// Work spread over a fixed number of threads, results kept in input order: how `storyline
/// extract` runs a batch of articles.
///
/// ```swift
/// let groups = Batch.groups(byteCounts: articles.map { $0.text.utf8.count })
/// let documents = Batch.map(groups.count, jobs: 2) { Pipeline().extract(Array(articles[groups[$0]])) }
///     .flatMap { $0 }
/// ```
public enum Batch {
    /// Consecutive runs of items for `Pipeline.extract(_: [Article])`, covering `0..<byteCounts.count`
    /// in order: each run holds up to `maxItems` items and, unless it is a single item, up to
    /// `maxBytes` bytes of text. A few dozen news articles per run keep each stage's tables in the
    /// caches; the byte limit keeps a run of long articles from holding much memory at once.
    public static func groups(byteCounts: [Int], maxItems: Int = 64, maxBytes: Int = 256 << 10) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0, bytes = 0
        for (i, count) in byteCounts.enumerated() {
            if i > start && (i - start >= maxItems || bytes + count > maxBytes) {
                runs.append(start..<i)
                start = i
                bytes = 0
            }
            bytes += count
        }
        if start < byteCounts.count { runs.append(start..<byteCounts.count) }
        return runs
    }

    /// Runs `work` for every index of `0..<count` on up to `jobs` threads and returns the results
    /// in index order (deterministic whatever the thread count).
    public static func map<T: Sendable>(_ count: Int, jobs: Int, _ work: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        if jobs <= 1 || count == 1 { return (0..<count).map(work) }
        let slots = Slots<T>(count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            while true {
                let i = next.take()
                guard i < count else { return }
                slots.set(i, work(i))
            }
        }
        return slots.values()
    }

    private final class Slots<T>: @unchecked Sendable {
        private var items: [T?]
        private let lock = NSLock()
        init(_ count: Int) { items = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: T) { lock.lock(); items[i] = value; lock.unlock() }
        func values() -> [T] { lock.lock(); defer { lock.unlock() }; return items.compactMap { $0 } }
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
    }
}

