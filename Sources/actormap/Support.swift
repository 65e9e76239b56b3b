import ActorModel
import ArgumentParser
import Foundation
import Reports

/// Exit statuses (BSD sysexits), documented in `actormap --help`.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
}

/// Options shared by every command that reads a map.
struct InputOptions: ParsableArguments {
    @Flag(help: "Read a CSV edge list's ties as directed (source → target).")
    var directed = false
}

/// The --redact flag of commands that write results.
struct RedactionOptions: ParsableArguments {
    @Flag(help: "Replace sensitive actors' ids and names with 'sensitive-N' / 'Sensitive actor N' in all output.")
    var redact = false
}

/// Standard error, with colour only on a terminal and never under NO_COLOR.
struct Terminal {
    let handle: FileHandle
    let useColor: Bool

    static let standardError = Terminal(handle: .standardError, descriptor: 2)

    init(handle: FileHandle, descriptor: Int32) {
        self.handle = handle
        let env = ProcessInfo.processInfo.environment
        // NO_COLOR counts when set to a non-empty value (no-color.org).
        useColor = isatty(descriptor) == 1 && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
    }

    func write(_ text: String) { handle.write(Data(text.utf8)) }

    func warning(_ message: String) {
        let label = useColor ? "\u{1B}[1;35mwarning:\u{1B}[0m" : "warning:"
        write("\(label) \(message)\n")
    }

    func error(_ message: String) {
        let label = useColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        write("\(label) \(message)\n")
    }
}

/// Prints a usage problem found after parsing (exit 64), pointing at the command's help.
func usageError(_ message: String, command: String) -> ExitCode {
    Terminal.standardError.error(message)
    Terminal.standardError.write("See 'actormap \(command) --help'.\n")
    return ExitCode(ExitStatus.usage)
}

/// Loads a model, turning file-level failures into the right exit status.
func loadModel(_ path: String, options: InputOptions, command: String) throws -> ModelLoader.Result {
    do {
        return try ModelLoader.load(path: path, options: .init(csvDirected: options.directed))
    } catch let error as ModelLoader.LoadError {
        switch error {
        case .unknownExtension, .notAScenario:
            throw usageError(error.description, command: command)
        case .unreadable:
            Terminal.standardError.error(error.description)
            throw ExitCode(ExitStatus.noInput)
        }
    }
}

/// Prints a load result's diagnostics to standard error in the compiler's format. With `redact`, the
/// sensitive actors' ids and names and the tie sources in every message are replaced by their labels and
/// no source lines are quoted (they would show the original file).
func printDiagnostics(_ result: ModelLoader.Result, redact: Bool = false) {
    // Nothing to print: do not build the map (of a compact edge list) for its redaction.
    guard !result.diagnostics.isEmpty else { return }
    var redaction = redact ? result.map?.redactingSensitiveActors().redaction ?? Redaction() : nil
    redaction?.withheld += result.withheld
    printDiagnostics(result.diagnostics, text: result.text, redaction: redaction)
}

/// Prints diagnostics of one file (whose text is `text`) to standard error; see above for `redaction`.
func printDiagnostics(_ diagnostics: [Diagnostic], text: String, redaction: Redaction? = nil) {
    guard !diagnostics.isEmpty else { return }
    if let redaction {
        func redacted(_ d: Diagnostic) -> Diagnostic {
            var d = d
            d.message = redaction.redactingText(d.message)
            d.notes = d.notes.map(redacted)
            return d
        }
        let formatter = DiagnosticFormatter(useColor: Terminal.standardError.useColor, sources: [:])
        Terminal.standardError.write(formatter.format(diagnostics.map(redacted)))
        return
    }
    var sources: [String: String] = [:]
    for d in diagnostics {
        if let path = d.location?.path { sources[path] = text }
    }
    let formatter = DiagnosticFormatter(useColor: Terminal.standardError.useColor, sources: sources)
    Terminal.standardError.write(formatter.format(diagnostics))
}

/// `output/<stem>.<ext>` for an input path.
func defaultOutputPath(for input: String, extension ext: String) -> String {
    let stem = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
    return "output/\(stem).\(ext)"
}

/// Writes results to standard output; a failed write (a full disk, a closed descriptor) is reported once on
/// standard error with exit status 74 instead of trapping.
func writeStandardOutput(_ data: Data) throws {
    let failure: Int32? = data.withUnsafeBytes { raw -> Int32? in
        guard var pointer = raw.baseAddress else { return nil }
        var left = raw.count
        while left > 0 {
            let written = Foundation.write(1, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            pointer += written
            left -= written
        }
        return nil
    }
    if let failure {
        Terminal.standardError.error("cannot write to standard output: \(String(cString: strerror(failure)))")
        throw ExitCode(ExitStatus.ioError)
    }
}

/// Writes a line of text to standard output (see ``writeStandardOutput(_:)``).
func writeStandardOutput(line: String) throws {
    try writeStandardOutput(Data((line + "\n").utf8))
}

/// Writes atomically, turning failure into exit status 73.
func writeOutput(_ data: Data, to path: String) throws {
    do {
        try AtomicFile.write(data, to: path)
    } catch {
        Terminal.standardError.error("\(error)")
        throw ExitCode(ExitStatus.cannotCreate)
    }
}

/// How wide standard output's lines may be: `COLUMNS` when set to a number (at least 40), else the
/// terminal's width when standard output is a terminal, else 100.
func outputWidth() -> Int {
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
        return max(columns, 40)
    }
    var size = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 100
}
