import ActorModel
import ArgumentParser
import ConflictAnalysis
import Foundation
import Reports

struct PerspectivesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perspectives",
        abstract: "Compare how informant groups (each relation's source) see the map.",
        usage: "actormap perspectives <model> [--format <format>] [options]",
        discussion: """
            Lists the informant groups, how far each pair agrees (Jaccard on ties, correlation of weights), the \
            actors whose risk band depends on whose view is taken, ties with opposite signs, large weight gaps \
            and ties some groups report and others do not, and how differently groups see each actor's trust \
            and power. Ties with no source count as reported by every group. Read one group's view elsewhere \
            with --source NAME, or a consensus with --consensus union|intersection|majority.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "A model file (.yaml, .yml, .json) or CSV edge list (.csv).")
    var model: String

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var typeMap: TypeMapOptions
    @OptionGroup var redaction: RedactionOptions

    func run() throws {
        let result = try loadModel(model, options: inputOptions, mappings: typeMap.mappings, command: "perspectives")
        printDiagnostics(result, redact: redaction.redact)
        guard let valid = result.validMap else { throw ExitCode(ExitStatus.dataError) }
        let map = redaction.redact ? valid.redactingSensitiveActors().map : valid
        let comparison = try PerspectiveComparison(Perspectives(map))
        let text =
            format == .json
            ? PerspectivesReport.json(comparison).text() + "\n"
            : PerspectivesReport.text(comparison, width: outputWidth())
        try writeStandardOutput(Data(text.utf8))
    }
}
