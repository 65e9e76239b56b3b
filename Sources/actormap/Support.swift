import ActorModel
import ArgumentParser
import Foundation

/// Exit statuses (BSD sysexits), documented in `actormap --help`.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
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
        useColor = isatty(descriptor) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
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
        case .unknownExtension:
            throw usageError(error.description, command: command)
        case .unreadable:
            Terminal.standardError.error(error.description)
            throw ExitCode(ExitStatus.noInput)
        }
    }
}

/// Prints a load result's diagnostics to standard error in the compiler's format.
func printDiagnostics(_ result: ModelLoader.Result) {
    printDiagnostics(result.diagnostics, text: result.text)
}

/// Prints diagnostics of one file (whose text is `text`) to standard error.
func printDiagnostics(_ diagnostics: [Diagnostic], text: String) {
    guard !diagnostics.isEmpty else { return }
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

/// Writes atomically, turning failure into exit status 73.
func writeOutput(_ data: Data, to path: String) throws {
    do {
        try AtomicFile.write(data, to: path)
    } catch {
        Terminal.standardError.error("\(error)")
        throw ExitCode(ExitStatus.cannotCreate)
    }
}
