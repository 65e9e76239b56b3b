import ActorModel
import ArgumentParser
import Foundation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a map between ActorMap's YAML and other tools' formats.",
        usage: "actormap convert <input> <output> [--from <format>] [--to <format>] [options]",
        discussion: """
            Reads yaml, json, csv (edge list), kumu (a Kumu JSON export, or an Elements sheet with \
            --connections) and graphml; writes yaml, node-link (networkx JSON) and graphml. Without --from or \
            --to the format comes from the extension and the content; a .json output must be named with --to. \
            Foreign types are mapped with --map (element:TYPE=SECTOR, connection:TYPE=RELATION[:POLARITY]); \
            unmapped types and everything the output format cannot carry are reported as warnings. The output \
            is written only when the input has no errors (exit 65 otherwise).
            """
    )

    @Argument(help: "The map to read.")
    var input: String

    @Argument(help: "The file to write ('-' for standard output).")
    var output: String

    @Option(help: "The output's format: yaml, node-link or graphml (default: from the output's extension).")
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
        guard let exported = ModelExport.export(map, as: format) else {
            throw usageError("cannot write \(format.rawValue)", command: "convert")
        }
        for loss in exported.losses { Terminal.standardError.warning(loss) }
        if output == "-" {
            try writeStandardOutput(Data(exported.text.utf8))
        } else {
            try writeOutput(Data(exported.text.utf8), to: output)
            Terminal.standardError.write("wrote \(output) (\(format.rawValue): \(map.summary))\n")
        }
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
