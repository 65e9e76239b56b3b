import ActorModel
import ArgumentParser
import Foundation
import GraphvizRendering

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a map between ActorMap's YAML and other tools' formats.",
        usage: "actormap convert <input> <output> [--from <format>] [--to <format>] [options]",
        discussion: """
            Reads yaml, json, csv (edge list), kumu (a Kumu JSON export, or an Elements sheet with \
            --connections), gephi (a node table with --edges), gexf, graphml, node-link (networkx JSON), pajek \
            and acled (an event table, --since/--until); writes yaml, json, kumu, gephi (OUT.csv and \
            OUT-edges.csv), gexf, graphml, node-link, pajek and dot. Without --from or --to the format comes \
            from the extension and the content; a .json or .xml output must be named with --to. \
            Foreign types are mapped with --map (element:TYPE=SECTOR, connection:TYPE=RELATION[:POLARITY]); \
            unmapped types and everything the output format cannot carry are reported as warnings. The output \
            is written only when the input has no errors (exit 65 otherwise).
            """
    )

    @Argument(help: "The map to read.")
    var input: String

    @Argument(help: "The file to write ('-' for standard output).")
    var output: String

    @Option(help: "The output's format (default: from the output's extension; .csv is gephi).")
    var to: ModelFormat?

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var typeMap: TypeMapOptions

    func run() throws {
        let format = try outputFormat()
        let result = try loadModel(input, options: inputOptions, mappings: typeMap.mappings, command: "convert")
        printDiagnostics(result)
        guard let map = result.validMap else {
            let n = result.diagnostics.errorCount
            Terminal.standardError.write("\(input): \(n) error\(n == 1 ? "" : "s"); nothing written\n")
            throw ExitCode(ExitStatus.dataError)
        }
        let exported = try export(map, as: format)
        for loss in exported.losses { Terminal.standardError.warning(loss) }
        if output == "-" {
            if exported.companion != nil {
                throw usageError(
                    "\(format.rawValue) is written as two files; name the first (OUT.csv) instead of '-'",
                    command: "convert")
            }
            try writeStandardOutput(Data(exported.text.utf8))
        } else {
            if let companion = exported.companion {
                let path = companion.path(besides: output)
                try writeOutput(Data(companion.text.utf8), to: path)
                Terminal.standardError.write("wrote \(path) (\(format.rawValue) edge table)\n")
            }
            try writeOutput(Data(exported.text.utf8), to: output)
            Terminal.standardError.write("wrote \(output) (\(format.rawValue): \(map.summary))\n")
        }
    }

    /// The map in `format`; DOT is the diagram's own text (GraphvizRendering's ``DOTWriter``).
    private func export(_ map: StakeholderMap, as format: ModelFormat) throws -> ModelExport.Output {
        if format == .dot {
            let text = try DOTWriter().write(map, for: .svg)
            return ModelExport.Output(
                text: text,
                losses: [
                    "dot is a drawing, for Graphviz (export only): actors are n0, n1, … with their names as labels "
                        + "and sectors as colours; ids, attributes, ratings, notes, tie fields and plans are not "
                        + "written"
                ])
        }
        guard let exported = ModelExport.export(map, as: format) else {
            throw usageError("cannot write \(format.rawValue)", command: "convert")
        }
        return exported
    }

    /// `--to`, or the output's extension; an unknown or ambiguous one is a usage error naming the choices.
    private func outputFormat() throws -> ModelFormat {
        let writable = ModelFormat.writable.map(\.rawValue).joined(separator: ", ")
        if let to {
            guard to.canWrite else {
                throw usageError("cannot write \(to.rawValue); --to takes \(writable)", command: "convert")
            }
            return to
        }
        switch ModelFormat.outputFormat(forPath: output) {
        case .success(let format): return format
        case .failure(.ambiguous(let choices)):
            let names = choices.map(\.rawValue).joined(separator: " or ")
            throw usageError(
                "'\(output)' may be \(names); name the format with --to (this version writes \(writable))",
                command: "convert")
        case .failure(.unknown):
            throw usageError(
                "cannot tell the output's format from '\(output)'; name it with --to \(writable)", command: "convert")
        }
    }
}
