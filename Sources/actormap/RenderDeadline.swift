import Foundation

/// The elapsed-time guard of `actormap render`: a watchdog thread that ends the process with a message when
/// Graphviz is still laying out or drawing after the time limit.
///
/// Graphviz cannot be interrupted (libgvc has no cancellation and keeps global state), so the guard ends the
/// whole process: it writes its message to the standard error the command started with (the renderer sends
/// file descriptor 2 to a capture file while Graphviz runs) and calls `_exit`. Nothing has been written by
/// then: output is written only after ``disarm()``, and a watchdog that has fired holds the lock that
/// ``disarm()`` waits for, so the process never ends half-way through writing a file.
final class RenderDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private var disarmed = false

    /// Starts the watchdog: after `seconds`, unless ``disarm()`` was called first, prints `message` as an
    /// error and exits with `status`.
    init(seconds: Double, message: String, status: Int32) {
        let descriptor = dup(2)
        let label = Terminal.standardError.useColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        let text = Array("\(label) \(message)\n".utf8)
        let thread = Thread { [self] in
            Thread.sleep(forTimeInterval: max(0, seconds))
            lock.lock()
            if disarmed {
                lock.unlock()
                if descriptor >= 0 { close(descriptor) }
                return
            }
            text.withUnsafeBytes { _ = write(descriptor >= 0 ? descriptor : 2, $0.baseAddress, $0.count) }
            _exit(status)
        }
        thread.start()
    }

    /// Stops the watchdog; it will not fire. Blocks for good if it has already fired (the process is ending).
    func disarm() {
        lock.lock()
        disarmed = true
        lock.unlock()
    }
}
