import Foundation
import Testing

@Suite("Interrupting a long computation")
struct InterruptTests {
    /// Whether process `pid` is the `actormap` binary and catches SIGINT: its `/proc/<pid>/status` names it
    /// and the `SigCgt` mask (hexadecimal, bit n − 1 for signal n) has SIGINT's bit. `analyze` installs its
    /// handler (`longComputation`) just before the computation starts.
    static func catchesInterrupt(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        let fields = status.split(separator: "\n")
        guard fields.contains("Name:\tactormap"),
            let caught = fields.first(where: { $0.hasPrefix("SigCgt:") }),
            let mask = UInt64(caught.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << (UInt64(SIGINT) - 1)) != 0
    }

    /// Polls `condition` every 10 ms until it holds or `deadline` passes; returns whether it held.
    static func wait(until deadline: Date, for condition: () -> Bool) -> Bool {
        while !condition() {
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return true
    }

    @Test func controlCStopsCleanlyWithExit130AndNoOutput() throws {
        // A ring of 6000 actors with chords: exact betweenness takes seconds even in a release build, so
        // the computation is still running when the signal comes.
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var csv = "source,target\n"
        for i in 0 ..< 6000 { csv += "a\(i),a\((i + 1) % 6000)\na\(i),a\((i * 7 + 13) % 6000)\n" }
        let path = try writeFile(csv, named: "ring.csv", in: dir)
        let process = Process()
        process.executableURL = actormapBinary
        process.arguments = ["analyze", path, "--measures", "betweenness", "--format", "json"]
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        defer {
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
            }
        }
        // Wait for the CLI to install its Ctrl-C handler (the model is read by then), not for a fixed time.
        let deadline = Date().addingTimeInterval(30)
        let ready = Self.wait(until: deadline) {
            Self.catchesInterrupt(process.processIdentifier) || !process.isRunning
        }
        try #require(ready && process.isRunning, "actormap ended or never caught SIGINT within 30 s")
        process.interrupt()  // SIGINT, as Ctrl-C
        let stopped = Self.wait(until: deadline) { !process.isRunning }
        #expect(stopped, "actormap still running 30 s after it started")
        if !stopped { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try Data(contentsOf: outURL).isEmpty)
        #expect(
            String(decoding: try Data(contentsOf: errURL), as: UTF8.self).contains("interrupted; nothing was written"))
    }
}
