import ActorModel
import ArgumentParser
import ConflictAnalysis
import Foundation
import Reports

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Co-optation risk screen (Do No Harm): per-actor risk with evidence, plan coverage and flags.",
        usage: "actormap screen <model> [--plan <name> | --partners <ids>] [--scenario <file>] [options]",
        discussion: """
            Every actor gets a 0–100 score from named factors (capture, gatekeeping, legitimacy deficit, \
            unchecked power, divisiveness, coercion, exclusion), each with its evidence; unknown factors lower \
            the confidence and never count as zero. Flags (sole-gatekeeper, rival-not-engaged, excluded-group, \
            armed-actor, unchecked-power, low-community-trust) can raise the band. With --plan or --partners the \
            plan's coverage, flags and suggestions follow. --samples N adds a seeded Monte Carlo over uncertain \
            ratings and ties. The method: docs/METHODOLOGY.md.
            """
    )

    @Argument(help: "A model file (.yaml, .yml, .json) or CSV edge list (.csv).")
    var model: String

    @Option(help: "An engagement plan in the model, by name.")
    var plan: String?

    @Option(help: "Partners of an ad-hoc plan, comma-separated actor ids.")
    var partners: String?

    @Option(help: "A what-if scenario file to apply before screening (see the README).")
    var scenario: String?

    @Option(parsing: .unconditional, help: "Monte Carlo draws (0 = none).")
    var samples: Int = 0

    @Option(help: "Seed for the Monte Carlo draws.")
    var seed: UInt64 = 42

    @Option(help: "Output format: table, json or csv (one row per actor: risk, band, confidence, factors).")
    var format: ResultFormat = .table

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var typeMap: TypeMapOptions
    @OptionGroup var redaction: RedactionOptions
    @OptionGroup var perspective: PerspectiveOptions

    func validate() throws {
        if plan != nil && partners != nil { throw ValidationError("give either --plan or --partners, not both") }
        guard samples >= 0 && samples <= 100_000 else {
            throw ValidationError("--samples must be between 0 and 100000")
        }
    }

    func run() throws {
        let result = try loadModel(model, options: inputOptions, mappings: typeMap.mappings, command: "screen")
        printDiagnostics(result, redact: redaction.redact)
        guard let valid = result.validMap else { throw ExitCode(ExitStatus.dataError) }
        let original = try perspective.apply(to: valid, command: "screen", redact: redaction.redact)
        // Redaction renames before anything runs, so every id, name and message is already anonymous.
        let (map, redacted) = redaction.redact ? original.redactingSensitiveActors() : (original, Redaction())
        var options = ScreenOptions(samples: samples, seed: seed)
        if let name = plan {
            options.plan = try engagementPlan(
                named: name, original: original, map: map, redaction: redaction.redact ? redacted : nil,
                command: "screen")
        } else if let list = partners {
            // Each partner once, in the order given.
            var ids: [String] = []
            for id in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !id.isEmpty && !ids.contains(id) { ids.append(id) }
            let known = original.actors.map(\.id)
            // Under --redact a suggestion must not reveal a sensitive id.
            let suggestible = redaction.redact ? original.actors.filter { !$0.sensitive }.map(\.id) : known
            for id in ids where !known.contains(id) {
                throw usageError(
                    "unknown actor '\(id)' in --partners" + NearMiss.hint(for: id, among: suggestible),
                    command: "screen")
            }
            guard !ids.isEmpty else { throw usageError("--partners lists no actor", command: "screen") }
            options.plan = ("--partners", ids.map(redacted.id))
        } else if let first = map.engagementPlans.first {
            options.plan = (first.name, first.partners)
        }
        let report: ScreenReport
        if let path = scenario {
            let what = try loadScenario(
                path, base: original, redaction: redaction.redact ? redacted : nil, withheld: result.withheld,
                command: "screen")
            report = try CooptationScreen.run(
                map, scenario: redaction.redact ? what.redacted(by: redacted) : what, options: options)
        } else {
            report = try CooptationScreen.run(map, options: options)
        }
        let text: String
        switch format {
        case .table: text = ScreenTable.text(report, width: outputWidth())
        case .csv: text = ScreenCSV.text(report)
        case .json:
            let settings = OutputRecord.screen(
                plan: options.plan?.name, samples: samples, seed: seed, screening: report.settings)
            let record = OutputRecord(map: map, sha256: result.sha256, settings: settings)
            text = record.text(ScreenJSON.value(report))
        }
        try writeStandardOutput(Data(text.utf8))
    }
}
