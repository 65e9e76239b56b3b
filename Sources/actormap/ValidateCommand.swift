import ActorModel
import ArgumentParser
import Foundation
import Reports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check model files and report every problem with its location.",
        discussion: """
            Prints one summary line per valid file on standard output; problems go to standard error as \
            'file:line:column: error: message' with the offending line and a caret. Exits 65 when any file \
            has an error (warnings alone do not fail).
            """
    )

    @Argument(help: "Model files (.yaml, .yml, .json) or CSV edge lists (.csv).")
    var models: [String]

    @OptionGroup var input: InputOptions

    func run() throws {
        var failed = false
        var unreadable = false
        for path in models {
            // A missing or unreadable file does not stop the others from being checked.
            let result: ModelLoader.Result
            do {
                result = try loadModel(path, options: input, command: "validate")
            } catch let exit as ExitCode where exit.rawValue == ExitStatus.noInput {
                unreadable = true
                continue
            }
            printDiagnostics(result)
            if let map = result.validMap {
                let warnings = result.diagnostics.warningCount
                let suffix = warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""
                try writeStandardOutput(
                    Data(
                        TextWrap.wrap(
                            "\(path): valid — \(map.summary)\(suffix)", width: outputWidth(),
                            continuation: "  "
                        ).utf8))
            } else {
                failed = true
                let n = result.diagnostics.errorCount
                Terminal.standardError.write("\(path): \(n) error\(n == 1 ? "" : "s")\n")
            }
        }
        if unreadable { throw ExitCode(ExitStatus.noInput) }
        if failed { throw ExitCode(ExitStatus.dataError) }
    }
}
