import Foundation

/// One long-lived thread with a 256 MiB stack (reserved, touched only as deep as a layout
/// recurses) on which every Graphviz call runs. Callers on any thread hand it a closure and
/// wait for the result; a call made on the thread itself runs directly.
final class GraphvizThread: @unchecked Sendable {
    static let shared = GraphvizThread()

    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var thread: Thread!

    private init() {
        let t = Thread { [unowned self] in self.loop() }
        t.name = "storyline.graphviz"
        t.stackSize = 256 << 20
        thread = t
        t.start()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `body` on the Graphviz thread and returns its result (or rethrows its error).
    func run<T>(_ body: @escaping () throws -> T) throws -> T {
        if Thread.current == thread { return try body() }
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        condition.lock()
        jobs.append {
            box.result = Result { try body() }
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        return try box.result!.get()
    }
}

/// Carries a result from the Graphviz thread back to the caller, who waits on a semaphore.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
