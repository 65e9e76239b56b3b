import Foundation
import Testing

/// Where results go: a full disk is exit 74 with one message, a file name that contradicts `--format` is
/// warned about, and the same map gives the same PDF bytes whenever and wherever it is rendered.
@Suite("Writing results: full disks, contradicting formats, reproducible PDFs")
struct OutputWritingTests {
    @Test func aFullDiskIsAnErrorNotACrash() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        for arguments in [
            ["analyze", "models/gahuku-gama.yaml"], ["validate", "models/gahuku-gama.yaml"],
            ["render", "models/gahuku-gama.yaml", "--format", "dot", "-o", "-"],
        ] {
            let r = try runActormap(arguments, standardOutput: FileHandle(forWritingAtPath: "/dev/full"))
            #expect(r.status == 74, "\(arguments): \(r.stderr)")
            #expect(r.stderr == "error: cannot write to standard output: No space left on device\n")
        }
    }

    @Test func aFormatThatContradictsTheFileNameIsWarnedAbout() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runActormap([
            "render", "models/gahuku-gama.yaml", "--format", "dot", "-o", dir.appendingPathComponent("x.svg").path,
        ])
        #expect(r.status == 0 && r.stderr.contains("warning: writing dot (--format) into"))
    }

    /// cairo stamps every PDF with `/CreationDate (D:…)` in local time with its UTC offset (it honours TZ).
    /// ActorMap draws PDFs in UTC and blanks the stamp in place, so the same map gives the same bytes in any
    /// time zone: at UTC+05:45, at UTC−03:30 and in UTC itself (where the offset would be five bytes shorter).
    @Test func pdfOutputIsDeterministicAndUndated() throws {
        let arguments = ["render", "models/gahuku-gama.yaml", "--format", "pdf", "-o", "-"]
        let a = try runActormap(arguments, environment: ["TZ": "XYZ-5:45"])
        let b = try runActormap(arguments, environment: ["TZ": "ABC+3:30"])
        let c = try runActormap(arguments, environment: ["TZ": "UTC"])
        #expect(a.status == 0 && a.stdoutData.starts(with: Data("%PDF".utf8)))
        #expect(a.stdoutData == b.stdoutData && a.stdoutData == c.stdoutData)
        #expect(!a.stdout.contains("CreationDate"))
    }
}
