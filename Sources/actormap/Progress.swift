import ConflictAnalysis
import Dispatch
import Foundation

/// A one-line progress display on standard error, only on a terminal and never for JSON output; and
/// clean interruption: Ctrl-C asks the running computation to stop, and the command exits 130.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var shown = false
    let label: String

    init(label: String) { self.label = label }

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date().timeIntervalSinceReferenceDate
        guard now - lastDraw >= 0.2 || done == total, total > 0 else { return }
        lastDraw = now
        shown = true
        let percent = Int((Double(done) / Double(total) * 100).rounded(.down))
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))\u{1B}[K".utf8))
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}

/// Sets up cancellation on Ctrl-C and, when `showProgress`, a progress line; returns the control to pass
/// to the computation and a function to call when it is done.
func longComputation(label: String, showProgress: Bool) -> (AnalysisControl, () -> Void) {
    let control = AnalysisControl()
    var display: ProgressDisplay?
    if showProgress && isatty(2) == 1 {
        let d = ProgressDisplay(label: label)
        display = d
        control.onProgress { done, total in d.update(done: done, total: total) }
    }
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { control.cancel() }
    source.resume()
    return (
        control,
        {
            source.cancel()
            signal(SIGINT, SIG_DFL)
            display?.clear()
        }
    )
}
