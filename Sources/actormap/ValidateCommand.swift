import ActorModel
import ArgumentParser
import Foundation
import Reports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check model and scenario files and report every problem with its location.",
        usage: "actormap validate <models> ... [--map <map> ...] [options]",
        discussion: """
            Prints one summary line per valid file on standard output; problems go to standard error as \
            'file:line:column: error: message' with the offending line and a caret. Exits 65 when any file \
            has an error (warnings alone do not fail). A scenario file (one that starts with \
            'actormap-scenario:') is checked as a scenario: on its own, only the rules that need no map \
            (its shape, each tie's type, ends, weight and confidence); with --map, fully against that map \
            (its actors exist, and so do the ties it changes or removes).
            """
    )

    @Argument(help: "Model files (.yaml, .yml, .json), edge lists (.csv), other formats (see --from) or scenarios.")
    var models: [String]

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp(
            "A map to check scenario files against (model files ignore it); or, as element:TYPE=SECTOR or "
                + "connection:TYPE=RELATION[:POLARITY], a foreign type's mapping (repeatable).",
            valueName: "map"))
    var maps: [String] = []

    /// The `--map` values that map foreign types (they start with `element:` or `connection:`).
    var typeMappings: [String] { maps.filter(Self.isTypeMapping) }

    /// The `--map` value that names a map, if any.
    var map: String? { maps.first { !Self.isTypeMapping($0) } }

    static func isTypeMapping(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("element:") || lower.hasPrefix("connection:")
    }

    @OptionGroup var input: InputOptions

    func run() throws {
        var failed = false
        var unreadable = false
        // The map scenario files are checked against, loaded once (its own errors stop the command).
        var base: StakeholderMap?
        let mapPaths = maps.filter { !Self.isTypeMapping($0) }
        if mapPaths.count > 1 {
            throw usageError("--map names more than one map to check scenarios against", command: "validate")
        }
        if let path = map {
            let result = try loadModel(path, options: input, mappings: typeMappings, command: "validate")
            printDiagnostics(result)
            guard let valid = result.validMap else {
                reportErrors(result.diagnostics, of: path)
                Terminal.standardError.error("cannot check scenarios against '\(path)': it has errors")
                throw ExitCode(ExitStatus.dataError)
            }
            base = valid
        }
        for path in models {
            // A missing or unreadable file does not stop the others from being checked.
            do {
                let ok =
                    ModelLoader.isScenario(path: path)
                    ? try validateScenario(path, against: base) : try validateModel(path)
                if !ok { failed = true }
            } catch let exit as ExitCode where exit.rawValue == ExitStatus.noInput {
                unreadable = true
            }
        }
        if unreadable { throw ExitCode(ExitStatus.noInput) }
        if failed { throw ExitCode(ExitStatus.dataError) }
    }

    /// Checks a model file; prints its summary or its errors. Returns whether it is valid.
    private func validateModel(_ path: String) throws -> Bool {
        let result = try loadModel(path, options: input, mappings: typeMappings, command: "validate")
        printDiagnostics(result)
        // A compact edge list says its summary without building its map.
        guard let summary = result.edgeList?.summary ?? result.validMap?.summary else {
            reportErrors(result.diagnostics, of: path)
            return false
        }
        try writeSummary("\(path): valid — \(summary)", warnings: result.diagnostics.warningCount)
        return true
    }

    /// Checks a scenario file, against `base` when given; prints its summary or its errors. Returns
    /// whether it is valid.
    private func validateScenario(_ path: String, against base: StakeholderMap?) throws -> Bool {
        let loaded: ModelLoader.ScenarioResult
        do {
            loaded = try ModelLoader.loadScenario(path: path, base: base)
        } catch let error as ModelLoader.LoadError {
            Terminal.standardError.error(error.description)
            throw ExitCode(ExitStatus.noInput)
        }
        printDiagnostics(loaded.diagnostics, text: loaded.text)
        guard let scenario = loaded.scenario, !loaded.diagnostics.containsErrors else {
            reportErrors(loaded.diagnostics, of: path)
            return false
        }
        let what = "\(path): valid scenario '\(scenario.name)'"
        let summary =
            if let map {
                "\(what) against \(map) — \(Self.changes(scenario))"
            } else {
                "\(what) — \(Self.changes(scenario)) (check it against a map with: "
                    + "actormap screen MAP --scenario \(path))"
            }
        try writeSummary(summary, warnings: loaded.diagnostics.warningCount)
        return true
    }

    /// What a scenario does, e.g. "removes 1 actor, adds 2 ties" ("changes nothing" for an empty one).
    static func changes(_ s: Scenario) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        if !s.removeActors.isEmpty { parts.append("removes " + count(s.removeActors.count, "actor")) }
        if !s.addRelations.isEmpty { parts.append("adds " + count(s.addRelations.count, "tie")) }
        if !s.changeRelations.isEmpty { parts.append("changes " + count(s.changeRelations.count, "tie")) }
        if !s.removeRelations.isEmpty { parts.append("removes " + count(s.removeRelations.count, "tie")) }
        return parts.isEmpty ? "changes nothing" : parts.joined(separator: ", ")
    }

    /// A valid file's summary line on standard output (wrapped), with its warning count.
    private func writeSummary(_ line: String, warnings: Int) throws {
        let suffix = warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""
        try writeStandardOutput(
            Data(TextWrap.wrap(line + suffix, width: outputWidth(), continuation: "  ").utf8))
    }

    /// The error count of a broken file, on standard error.
    private func reportErrors(_ diagnostics: [Diagnostic], of path: String) {
        let n = diagnostics.errorCount
        Terminal.standardError.write("\(path): \(n) error\(n == 1 ? "" : "s")\n")
    }
}
