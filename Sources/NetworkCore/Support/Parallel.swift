import Foundation

/// Runs work over a fixed number of lanes on up to `threads` threads, deterministically.
///
/// Determinism: each lane is processed serially in a fixed order and callers combine lane results in lane
/// order. Where lanes accumulate (the path sweep's sums), the split is the fixed ``laneCount``, never the
/// thread count, so the result is the same, bit for bit, whether one thread or many run the lanes. Where
/// each lane writes results that do not depend on the split (one value per node or per community, as in
/// Louvain's levels and the k-core peeling), callers may size the lanes by the thread count.
public enum ParallelLanes {
    /// The number of lanes work is split into (independent of the thread count).
    public static let laneCount = 16

    /// The number of threads to use by default: every core.
    public static var defaultThreadCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The `lane`-th of `lanes` near-equal contiguous slices of `0 ..< count`.
    public static func slice(_ count: Int, lane: Int, of lanes: Int) -> Range<Int> {
        (count * lane / lanes) ..< (count * (lane + 1) / lanes)
    }

    /// Calls `body(lane)` for every lane in `0 ..< lanes`, on up to `threads` threads.
    public static func run(lanes: Int = laneCount, threads: Int, _ body: (Int) -> Void) {
        let threads = max(1, min(threads, lanes))
        if threads == 1 {
            for lane in 0 ..< lanes { body(lane) }
            return
        }
        // Each worker takes lanes from a shared counter; the lane → result mapping stays fixed.
        let next = LaneCounter()
        withoutActuallyEscaping(body) { body in
            // Lanes write disjoint memory; the caller guarantees that is safe to share.
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let lane = next.take(below: lanes) { body(lane) }
            }
        }
    }
}

/// A lock-protected counter handing out lane numbers.
private final class LaneCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// Cooperative cancellation and progress for long computations (set from a signal handler or a UI).
public final class ComputationControl: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var done = 0
    /// Total units of work, when known.
    public private(set) var total = 0
    /// Called (from worker threads, serialised) with (done, total) every so often.
    public var onProgress: (@Sendable (Int, Int) -> Void)?

    public init() {}

    /// Asks running computations to stop at their next check.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    func begin(total: Int) {
        lock.lock()
        self.total = total
        done = 0
        lock.unlock()
    }

    func advance(by units: Int) {
        lock.lock()
        done += units
        let (d, t) = (done, total)
        let callback = onProgress
        lock.unlock()
        callback?(d, t)
    }
}

/// Thrown when a computation was cancelled through its ``ComputationControl``.
public struct ComputationCancelled: Error, Equatable {
    public init() {}
}
