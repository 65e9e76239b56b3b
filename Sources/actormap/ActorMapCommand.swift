import ActorModel
import ArgumentParser
import Foundation
import Reports

@main
struct ActorMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actormap",
        abstract: "Conflict-sensitive stakeholder network analysis: map actors, validate, analyse, draw.",
        discussion: """
            A map is a YAML (or JSON) model file of actors and their trust, power and competition ties, or a \
            CSV edge list (source,target[,weight][,type]). Results go to standard output, diagnostics to \
            standard error. Exit status: 0 success, 64 usage error, 65 data error in an input file, \
            66 input file missing or unreadable, 70 internal or Graphviz failure, 73 output cannot be written, \
            74 standard output cannot be written, 130 interrupted (Ctrl-C).
            """,
        version: ActorMapVersion.current,
        subcommands: [
            ValidateCommand.self, AnalyzeCommand.self, ScreenCommand.self, RenderCommand.self, PerspectivesCommand.self,
            DiffCommand.self, ConvertCommand.self, ReportCommand.self,
        ]
    )

    /// Runs the command line; a first word that is no subcommand gets "did you mean" and exit 64 (the
    /// parser alone would only say "unexpected argument").
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !names.contains(first) {
                Terminal.standardError.error("unknown command '\(first)'" + NearMiss.hint(for: first, among: names))
                Terminal.standardError.write(
                    "The commands are \(names.dropLast().joined(separator: ", ")); see 'actormap --help'.\n")
                Foundation.exit(ExitStatus.usage)
            }
        }
        main(arguments)
    }

    /// `actormap` alone is a usage error: the help goes to standard error and the exit status is 64
    /// (`actormap --help` still prints it to standard output with status 0).
    func run() throws {
        FileHandle.standardError.write(Data((Self.helpMessage() + "\n").utf8))
        throw ExitCode(ExitStatus.usage)
    }
}
