import Foundation

/// Work spread over a fixed number of threads, results kept in input order: how `storyline
/// extract` runs a batch of articles.
///
/// ```swift
/// let documents = Batch.map(articles.count, jobs: 2) { Pipeline().extract(articles[$0]) }
/// ```
public enum Batch {
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

