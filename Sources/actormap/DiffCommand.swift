import ActorModel
import ArgumentParser
import ConflictAnalysis
import Foundation
import Reports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What moved between snapshots of a map: ties, centrality, factions, risk bands, indicators.",
        usage: "actormap diff <old> <new> [<more> ...] [--format <format>] [options]",
        discussion: """
            With two snapshots (actors matched by id): actors and ties added, removed, re-weighted or changing \
            sign, trust centrality shifts, factions formed or dissolved, risk band changes, and the programme \
            indicators before and after (share of community actors with a trusted path to security and justice \
            providers, mean community→state trust, communities reachable only through one gatekeeper). With \
            three or more, the indicators over time.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "Two or more snapshots of the same map, oldest first.")
    var snapshots: [String]

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var typeMap: TypeMapOptions
    @OptionGroup var redaction: RedactionOptions

    func validate() throws {
        guard snapshots.count >= 2 else { throw ValidationError("diff needs at least two snapshots, oldest first") }
    }

    func run() throws {
        var maps: [StakeholderMap] = []
        for path in snapshots {
            let result = try loadModel(path, options: inputOptions, mappings: typeMap.mappings, command: "diff")
            printDiagnostics(result, redact: redaction.redact)
            guard let map = result.validMap else { throw ExitCode(ExitStatus.dataError) }
            maps.append(map)
        }
        // One table of aliases for every snapshot, so an alias names the same actor in all of them.
        var names = snapshots
        if redaction.redact {
            let together = StakeholderMap.redactingTogether(maps)
            maps = together.maps
            names = snapshots.map(together.redaction.redactingText)
        }
        let width = outputWidth()
        let text: String
        if maps.count == 2 {
            let diff = try SnapshotDiff(old: maps[0], new: maps[1])
            text =
                format == .json
                ? DiffReport.json(diff, old: names[0], new: names[1]).text() + "\n"
                : DiffReport.text(diff, old: names[0], new: names[1], width: width)
        } else {
            let series = try zip(names, maps).map { ($0, try ProgrammeIndicators($1)) }
            if format == .json {
                text =
                    JSONValue.array(
                        series.map { name, i in
                            .object([("snapshot", .string(name)), ("indicators", DiffReport.json(i))])
                        }
                    ).text() + "\n"
            } else {
                text = "INDICATORS OVER TIME\n" + DiffReport.indicatorsTable(series, width: width)
            }
        }
        try writeStandardOutput(Data(text.utf8))
    }
}
