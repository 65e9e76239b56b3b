import Foundation

/// One diagram of a batch: its DOT text (written for SVG, as for
/// ``GraphvizRenderer/render(dot:layout:formats:dpi:pngMaximumSize:warnings:)``) and its layout engine.
public struct RenderJob: Equatable {
    public var dot: String
    public var layout: LayoutEngine

    public init(dot: String, layout: LayoutEngine) {
        self.dot = dot
        self.layout = layout
    }
}

/// What one job of a batch gave: its drawings, or the error that stopped it, and what Graphviz printed.
public struct RenderOutcome {
    public var result: Result<[DiagramFormat: Data], GraphvizError>
    public var warnings: [String]
}

extension GraphvizRenderer {
    /// Draws every job in `jobs` as `formats`; the outcomes in the jobs' order.
    ///
    /// Graphviz lays out and draws the jobs one after another, in order, on the calling thread; with
    /// `threads` above 1, each job's PNG is encoded on another thread while Graphviz draws the next job (at
    /// most two jobs wait to be encoded). Graphviz itself stays on one thread: its text measurement through
    /// pango is per thread, and a report drawn from two threads in varying order did not come out the same
    /// twice. Each outcome is what ``render(dot:layout:formats:dpi:pngMaximumSize:warnings:)`` gives for the
    /// job, whatever `threads` is.
    public static func render(
        _ jobs: [RenderJob], formats: [DiagramFormat], dpi: Int, pngMaximumSize: (width: Double, height: Double)?,
        threads: Int = 2
    ) -> [RenderOutcome] {
        let outcomes = OutcomeSlots(count: jobs.count)
        let encoding = DispatchGroup()
        let queue = DispatchQueue(label: "actormap.png-encoding")
        let waiting = DispatchSemaphore(value: 2)
        for (i, job) in jobs.enumerated() {
            var warnings: [String] = []
            let pending: PendingDrawings
            do {
                pending = try draw(
                    dot: job.dot, layout: job.layout, formats: formats, dpi: dpi, pngMaximumSize: pngMaximumSize,
                    warnings: &warnings)
            } catch {
                outcomes.set(i, RenderOutcome(result: .failure(Self.graphvizError(error, formats)), warnings: warnings))
                continue
            }
            let finish = { [warnings] in
                let result: Result<[DiagramFormat: Data], GraphvizError>
                do { result = .success(try pending.finished()) } catch {
                    result = .failure(Self.graphvizError(error, formats))
                }
                outcomes.set(i, RenderOutcome(result: result, warnings: warnings))
            }
            guard threads > 1 else {
                finish()
                continue
            }
            waiting.wait()
            nonisolated(unsafe) let work = finish
            queue.async(group: encoding) {
                work()
                waiting.signal()
            }
        }
        encoding.wait()
        return outcomes.all()
    }

    private static func graphvizError(_ error: any Error, _ formats: [DiagramFormat]) -> GraphvizError {
        (error as? GraphvizError)
            ?? .renderFailed(format: formats.map(\.rawValue).joined(separator: ", "), message: "\(error)")
    }
}

/// The outcomes of a batch, filled from several threads.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [RenderOutcome?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ outcome: RenderOutcome) {
        lock.lock()
        slots[i] = outcome
        lock.unlock()
    }

    func all() -> [RenderOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
