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

    /// Runs `work` for every index of `0..<count` on `jobs` threads of their own and hands each
    /// result to `consume` on the calling thread, in index order, as soon as it and every result
    /// before it are done: no thread waits for a round to finish, and output can be written while
    /// the threads go on. Work on index `i` starts only once `consume` has had index `i - window`,
    /// so at most `window` results are held at a time (16 groups of `Batch.groups` hold up to 4 MiB
    /// of text and their documents). With `jobs` ≤ 1 everything runs on the calling thread, one
    /// index after the other.
    ///
    /// ```swift
    /// Batch.stream(groups.count, jobs: 2) { g in
    ///     pipeline.extract(Array(articles[groups[g]])).map { try? JSONWriter.data($0) }
    /// } consume: { g, documents in
    ///     for data in documents { if let data { FileHandle.standardOutput.write(data) } }
    /// }
    /// ```
    public static func stream<T: Sendable>(_ count: Int, jobs: Int, window: Int = 16,
                                           _ work: @escaping @Sendable (Int) -> T,
                                           consume: (Int, T) -> Void) {
        guard count > 0 else { return }
        if jobs <= 1 || count == 1 {
            for i in 0..<count { consume(i, work(i)) }
            return
        }
        let queue = StreamQueue<T>(count: count, window: max(window, jobs))
        let threads = (0..<min(jobs, count)).map { _ in
            Thread {
                while let i = queue.take() { queue.finish(i, work(i)) }
            }
        }
        for thread in threads {
            thread.stackSize = 8 << 20   // the main thread's size, whatever the platform's default
            thread.start()
        }
        for i in 0..<count { consume(i, queue.result(i)) }
        queue.waitForThreads(threads.count)
    }

    /// The shared state of `stream`: the next index to hand out, finished results not yet
    /// consumed, and how far the consumer has got.
    private final class StreamQueue<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int, window: Int
        private var next = 0, consumed = 0, stopped = 0
        private var done: [Int: T] = [:]

        init(count: Int, window: Int) { self.count = count; self.window = window }

        /// The next index to work on, waiting while `window` results are ahead of the consumer;
        /// nil when every index has been handed out.
        func take() -> Int? {
            condition.lock(); defer { condition.unlock() }
            while next < count && next - consumed >= window { condition.wait() }
            guard next < count else {
                stopped += 1
                condition.broadcast()
                return nil
            }
            next += 1
            return next - 1
        }

        func finish(_ i: Int, _ value: T) {
            condition.lock()
            done[i] = value
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for result `i` and takes it out, which lets work on `i + window` start.
        func result(_ i: Int) -> T {
            condition.lock(); defer { condition.unlock() }
            while done[i] == nil { condition.wait() }
            consumed = i + 1
            condition.broadcast()
            return done.removeValue(forKey: i)!
        }

        /// Waits until `threads` workers have found no more work.
        func waitForThreads(_ threads: Int) {
            condition.lock(); defer { condition.unlock() }
            while stopped < threads { condition.wait() }
        }
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

