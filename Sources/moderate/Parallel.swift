import Dispatch

/// Results of `body(0..<count)` computed on `jobs` threads, in input order.
func parallelMap<T>(_ count: Int, jobs: Int, batch: Int = 128, _ body: @escaping (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let work = ParallelWork(body, count)
    defer { work.out.deinitialize(count: count); work.out.deallocate() }
    let batches = (count + batch - 1) / batch
    if jobs <= 1 {
        for i in 0..<count { work.out[i] = body(i) }
    } else {
        DispatchQueue.concurrentPerform(iterations: batches) { b in
            for i in (b * batch)..<min(count, (b + 1) * batch) { work.out[i] = work.body(i) }
        }
    }
    return (0..<count).map { work.out[$0]! }
}

/// Each index is written by exactly one worker; the results are read after all have finished.
private final class ParallelWork<T>: @unchecked Sendable {
    let body: (Int) -> T
    let out: UnsafeMutablePointer<T?>
    init(_ body: @escaping (Int) -> T, _ count: Int) {
        self.body = body
        out = .allocate(capacity: count)
        out.initialize(repeating: nil, count: count)
    }
}
