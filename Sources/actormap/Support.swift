import ActorModel
import ArgumentParser
import ConflictAnalysis
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

    @Option(
        help: ArgumentHelp(
            "The input's format: yaml, json, csv, kumu, gephi, gexf, graphml, node-link, pajek or acled "
                + "(default: from the extension and content)."))
    var from: ModelFormat?

    @Option(help: "A Kumu Connections sheet (CSV: From, To, Type, Direction, Strength) for a Kumu Elements sheet.")
    var connections: String?

    @Option(help: "A Gephi edge table (CSV: Source, Target, Type, Weight, Label) for a Gephi node table.")
    var edges: String?

    @Option(help: ArgumentHelp("ACLED input: only events on or after this day.", valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(help: ArgumentHelp("ACLED input: only events on or before this day.", valueName: "yyyy-mm-dd"))
    var until: String?
}

/// `--map KIND:FROM=TO`, for commands where `--map` names nothing else.
struct TypeMapOptions: ParsableArguments {
    @Option(
        name: .customLong("map"),
        help: ArgumentHelp(
            "Map a foreign type: element:TYPE=SECTOR or connection:TYPE=RELATION[:POLARITY] (repeatable).",
            valueName: "kind:from=to"))
    var mappings: [String] = []
}

extension ModelFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
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
func loadModel(
    _ path: String, options: InputOptions, mappings: [String] = [], command: String
) throws -> ModelLoader.Result {
    let typeMapping: TypeMapping
    do {
        typeMapping = try TypeMapping(arguments: mappings)
    } catch {
        throw usageError("--map: \(error)", command: command)
    }
    if let format = options.from, !format.canRead {
        throw usageError(
            "cannot read \(format.rawValue) input; --from takes "
                + ModelFormat.readable.map(\.rawValue).joined(separator: ", "), command: command)
    }
    for (flag, value) in [("--since", options.since), ("--until", options.until)] {
        if let value, !isISODate(value) {
            throw usageError("\(flag) takes a day written YYYY-MM-DD, found '\(value)'", command: command)
        }
    }
    do {
        return try ModelLoader.load(
            path: path,
            options: .init(
                csvDirected: options.directed, format: options.from, connections: options.connections,
                typeMapping: typeMapping, edges: options.edges, since: options.since, until: options.until))
    } catch let error as ModelLoader.LoadError {
        switch error {
        case .unknownExtension, .notAScenario, .cannotRead, .connectionsWithoutElements, .edgesWithoutNodeTable,
            .ambiguous, .windowWithoutEvents:
            throw usageError(error.description, command: command)
        case .unreadable:
            Terminal.standardError.error(error.description)
            throw ExitCode(ExitStatus.noInput)
        }
    }
}

/// Whether `text` is a day written `YYYY-MM-DD` (digits in that shape, a month 01 … 12, a day 01 … 31).
func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }), let m = Int(parts[1]), let d = Int(parts[2])
    else { return false }
    return (1 ... 12).contains(m) && (1 ... 31).contains(d)
}

/// Prints a load result's diagnostics to standard error in the compiler's format. With `redact`, the
/// sensitive actors' ids and names and the tie sources in every message are replaced by their labels and
/// no source lines are quoted (they would show the original file).
func printDiagnostics(_ result: ModelLoader.Result, redact: Bool = false) {
    // Nothing to print: do not build the map (of a compact edge list) for its redaction.
    guard !result.diagnostics.isEmpty else { return }
    var redaction = redact ? result.map?.redactingSensitiveActors().redaction ?? Redaction() : nil
    redaction?.withheld += result.withheld
    printDiagnostics(result.diagnostics, text: result.text, otherTexts: result.otherTexts, redaction: redaction)
}

/// Prints diagnostics of one file (whose text is `text`) to standard error; see above for `redaction`.
func printDiagnostics(
    _ diagnostics: [Diagnostic], text: String, otherTexts: [String: String] = [:], redaction: Redaction? = nil
) {
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
        if let path = d.location?.path { sources[path] = otherTexts[path] ?? text }
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

extension ConsensusRule: ExpressibleByArgument {}

/// Whose view of the map a command reads: one informant group's (`--source`), or a consensus of all
/// groups' views (`--consensus`); the whole map, every report combined, by default.
struct PerspectiveOptions: ParsableArguments {
    @Option(help: "Read one informant group's view: its own ties and those with no source.")
    var source: String?

    @Option(help: "Read a consensus of the informant groups' views: union, intersection or majority.")
    var consensus: ConsensusRule?

    func validate() throws {
        if source != nil && consensus != nil { throw ValidationError("give --source or --consensus, not both") }
    }

    /// `map` as the options ask (before any redaction, since source names are the analyst's).
    func apply(to map: StakeholderMap, command: String, redact: Bool) throws -> StakeholderMap {
        guard source != nil || consensus != nil else { return map }
        let perspectives = Perspectives(map)
        if let rule = consensus { return perspectives.consensus(rule) }
        let name = source!
        guard perspectives.sources.contains(name) else {
            let known = perspectives.sources
            let listed =
                redact
                ? ""
                : (known.isEmpty
                    ? "; no tie names one"
                    : "; the groups are "
                        + known.map { "'\($0)'" }.joined(separator: ", ") + NearMiss.hint(for: name, among: known))
            throw usageError(
                "the map has no informant group (source) '\(redact ? "…" : name)'" + listed,
                command: command)
        }
        return perspectives.view(of: name)
    }
}

/// Loads a what-if scenario written against `original` (the map as loaded, before redaction), printing its
/// diagnostics (redacted like the map's when `redaction` is given); exits 64, 66 or 65 as the other inputs.
/// The scenario returned follows the original map (`Scenario.redacted(by:)` makes it follow a redacted one).
func loadScenario(
    _ path: String, base original: StakeholderMap, redaction: Redaction?, withheld: [String], command: String
) throws -> Scenario {
    let loaded: ModelLoader.ScenarioResult
    do {
        loaded = try ModelLoader.loadScenario(path: path, base: original)
    } catch let error as ModelLoader.LoadError {
        if case .notAScenario = error { throw usageError(error.description, command: command) }
        Terminal.standardError.error(error.description)
        throw ExitCode(ExitStatus.noInput)
    }
    var scenarioRedaction = redaction
    scenarioRedaction?.addSources(loaded.sources)
    scenarioRedaction?.withheld += withheld
    printDiagnostics(loaded.diagnostics, text: loaded.text, redaction: scenarioRedaction)
    guard let what = loaded.scenario, !loaded.diagnostics.containsErrors else { throw ExitCode(ExitStatus.dataError) }
    return what
}

/// `--scenario FILE` for commands that draw or measure a what-if.
struct ScenarioOption: ParsableArguments {
    @Option(help: "A what-if scenario file to apply to the map first (see the README).")
    var scenario: String?
}

/// Runs an analysis, turning ``NetworkAnalysis/Failure`` into the CLI's answers: Ctrl-C → 130 with nothing
/// written, an unknown relation type → a usage error, weights that are no path lengths → a data error.
/// `done` ends the progress line before an interruption is reported.
func runningAnalysis<T>(command: String, done: () -> Void, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as NetworkAnalysis.Failure {
        switch failure {
        case .cancelled:
            done()
            Terminal.standardError.error("interrupted; nothing was written")
            throw ExitCode(130)
        case .unknownRelationType:
            throw usageError(failure.description, command: command)
        case .invalidPathLengths:
            Terminal.standardError.error(failure.description)
            throw ExitCode(ExitStatus.dataError)
        }
    }
}

/// The engagement plan `name` of `original` as it stands in `map` (its redacted version, which keeps plans in
/// the same order), or a usage error listing the plans; under redaction the name asked for is redacted too and
/// no "did you mean" is offered.
func engagementPlan(
    named name: String, original: StakeholderMap, map: StakeholderMap, redaction: Redaction?, command: String
) throws -> (name: String, partners: [String]) {
    guard let index = original.engagementPlans.firstIndex(where: { $0.name == name }) else {
        let names = map.engagementPlans.map(\.name)
        let asked = redaction.map { $0.redactingText(name) } ?? name
        throw usageError(
            "the model has no engagement plan '\(asked)'"
                + (names.isEmpty
                    ? "; it has none" : "; its plans are " + names.map { "'\($0)'" }.joined(separator: ", "))
                + (redaction == nil ? NearMiss.hint(for: name, among: names) : ""), command: command)
    }
    return (map.engagementPlans[index].name, map.engagementPlans[index].partners)
}

/// Lets the C heap keep and reuse the large blocks a series of 300-dpi bitmaps needs.
///
/// Each of a report's diagrams passes through buffers of 15–20 MB (cairo's surface, gdk-pixbuf's copy, the
/// bitmap, the PNG's rows). glibc serves blocks that large with fresh `mmap`s and returns them at `free`, so
/// every diagram paid for page faults on about 100 MB of new memory: a fifth of `actormap report`'s time on
/// the flagship (0.5 s of system time; 0.2 s with this). Raising the thresholds keeps freed blocks in the heap
/// for the next diagram; peak memory is about the same, since one diagram's buffers are freed before the next
/// one's are made. Not on other C libraries.
func keepLargeBuffersInTheHeap() {
    #if os(Linux) && canImport(Glibc)
        // <malloc.h>'s parameter numbers (Swift's Glibc module does not include that header).
        let trimThreshold: Int32 = -1
        let topPad: Int32 = -2
        let mmapThreshold: Int32 = -3
        _ = glibcMallopt(mmapThreshold, 256 << 20)
        _ = glibcMallopt(trimThreshold, 512 << 20)
        _ = glibcMallopt(topPad, 64 << 20)
    #endif
}

#if os(Linux) && canImport(Glibc)
    /// glibc's `int mallopt(int param, int value)`.
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
