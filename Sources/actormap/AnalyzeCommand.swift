import ActorModel
import ArgumentParser
import ConflictAnalysis
import Foundation
import Reports

/// Output formats for results.
enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `--weights`: what a tie weight means in an analysis (see ``AnalysisOptions/weights``).
enum WeightsArgument: String, ExpressibleByArgument, CaseIterable {
    case strength, length, none
}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Network measures per relation layer, and signed analysis (balance, factions, PN centrality).",
        discussion: """
            By default each relation type with ties is one layer; --relations a,b unites types into one layer. \
            Classic measures use positive ties of signed types (trust > 0), every tie of positive types, and \
            hostile types (competition) by strength. Weights: 'strength' (default; a strong tie is a short path, \
            length = 1/weight), 'length' (networkx's convention: the weight is a distance in path measures and \
            a strength elsewhere; values equal networkx's weighted calls), 'none' (values equal networkx's \
            unweighted calls). The signed block appears whenever the map has negative ties. \
            Measures: \(MeasureFamily.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Argument(help: "A model file (.yaml, .yml, .json) or CSV edge list (.csv).")
    var input: String

    @Option(help: "Relation types to unite into one layer, comma-separated (default: one layer per type).")
    var relations: String?

    @Option(help: "What weights mean: strength, length or none.")
    var weights: WeightsArgument = .strength

    @Option(help: "Measures to compute, comma-separated families or keys (default: all).")
    var measures: String?

    @Option(help: "Output format: table, json or csv.")
    var format: ResultFormat = .table

    @Flag(help: "In the table, list the top actors of every measure instead of the answers per relation type.")
    var all = false

    @Option(help: "Grouping for Gould–Fernandez brokerage: sector, level, represents, community, attribute:NAME.")
    var groupBy: String = "sector"

    @Option(help: "Katz attenuation alpha.")
    var katzAlpha: Double = 0.1

    @Option(
        parsing: .unconditional, help: "Bonacich power beta (negative: power from dependent alters, e.g. --beta -0.25)."
    )
    var beta: Double = 0.1

    @Option(
        parsing: .unconditional, help: "Number of factions in the signed analysis (default: the best of 2, 3 or 4).")
    var factions: Int?

    @Option(help: "Seed for Louvain communities and heuristic searches.")
    var seed: UInt64 = 42

    @Option(
        help: ArgumentHelp(
            "Estimate betweenness by sampling, to within this error (normalised units, probability 0.9), "
                + "for graphs too large for the exact computation.")
    )
    var approximate: Double?

    @Option(
        parsing: .unconditional,
        help: "Threads for path measures, Louvain and large k-cores (default: all cores; results do not depend on it).")
    var threads: Int?

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var typeMap: TypeMapOptions
    @OptionGroup var redaction: RedactionOptions
    @OptionGroup var perspective: PerspectiveOptions
    @OptionGroup var what: ScenarioOption

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        guard katzAlpha > 0 && katzAlpha.isFinite else {
            throw ValidationError("--katz-alpha must be a positive number")
        }
        guard beta.isFinite else { throw ValidationError("--beta must be a finite number, e.g. 0.1 or -0.25") }
        if let relations,
            relations.split(separator: ",").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty })
        {
            throw ValidationError("--relations lists no relation type")
        }
        if let k = factions, !(1 ... 12).contains(k) { throw ValidationError("--factions must be between 1 and 12") }
        if let e = approximate, !(e > 0 && e < 1) {
            throw ValidationError("--approximate takes an error bound between 0 and 1, e.g. 0.01")
        }
        if ActorGrouping(groupBy) == nil {
            throw ValidationError("--group-by must be sector, level, represents, community or attribute:NAME")
        }
        for name in measureNames where MeasureFamily.named(name) == nil {
            let all = MeasureFamily.allCases.map(\.rawValue) + MeasureFamily.allKeys
            throw ValidationError("unknown measure '\(name)'" + NearMiss.hint(for: name, among: all))
        }
    }

    private var measureNames: [String] {
        measures.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            ?? []
    }

    func run() throws {
        let result = try loadModel(input, options: inputOptions, mappings: typeMap.mappings, command: "analyze")
        // A large plain edge list is analysed as it was read, without a map (it has no diagnostics, and no
        // sensitive actor to redact), unless a view or a scenario asks for the map.
        let plain = perspective.source == nil && perspective.consensus == nil && what.scenario == nil
        let edgeList = plain ? result.edgeList : nil
        var map: StakeholderMap?
        if edgeList == nil {
            printDiagnostics(result, redact: redaction.redact)
            guard var valid = result.validMap else { throw ExitCode(ExitStatus.dataError) }
            valid = try perspective.apply(to: valid, command: "analyze", redact: redaction.redact)
            if let path = what.scenario {
                let aliases = redaction.redact ? valid.redactingSensitiveActors().redaction : nil
                valid = try loadScenario(
                    path, base: valid, redaction: aliases, withheld: result.withheld, command: "analyze"
                ).applied(to: valid)
            }
            map = redaction.redact ? valid.redactingSensitiveActors().map : valid
        }
        let modelName = map?.name ?? ModelLoader.stem(of: input)
        var options = AnalysisOptions(
            weights: .named(weights.rawValue)!, katzAlpha: katzAlpha, bonacichBeta: beta,
            groupBy: ActorGrouping(groupBy)!, factionCount: factions, seed: seed,
            threads: threads ?? AnalysisOptions.defaultThreadCount)
        options.approximateBetweenness = approximate
        options.relations = relations.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if !measureNames.isEmpty { options.measures = Set(measureNames.compactMap(MeasureFamily.named)) }
        if case .attribute(let name) = options.groupBy,
            !(map?.actors.contains(where: { $0.attribute(name) != nil }) ?? false)
        {
            throw usageError("no actor has the attribute '\(name)'", command: "analyze")
        }
        let (control, done) = longComputation(label: "shortest paths", showProgress: format != .json)
        options.control = control
        let report: NetworkAnalysisReport
        defer { done() }
        report = try runningAnalysis(command: "analyze", done: done) {
            if let edgeList {
                return try NetworkAnalysis.run(edgeList, name: modelName, path: input, options: options)
            } else if let map {
                return try NetworkAnalysis.run(map, options: options)
            } else {
                fatalError("a valid load result has a map or an edge list")
            }
        }
        for warning in report.warnings { Terminal.standardError.warning(warning) }
        let text: String
        switch format {
        case .table: text = AnalysisTable.text(report, width: outputWidth(), all: all || measures != nil)
        case .json:
            let record = OutputRecord(
                modelName: modelName, modelDate: map?.date, sha256: result.sha256,
                settings: OutputRecord.analysis(options))
            text = record.text(AnalysisJSON.value(report))
        case .csv:
            try writeStandardOutput(AnalysisCSV.data(report))
            return
        }
        try writeStandardOutput(Data(text.utf8))
    }
}
