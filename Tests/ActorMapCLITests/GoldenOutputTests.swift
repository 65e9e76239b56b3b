import Foundation
import Testing

/// One command whose whole output (exit status, standard output, standard error) is pinned byte for byte.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    /// The file name under `Golden/expected/` (without `.txt`).
    let name: String
    let arguments: [String]

    var testDescription: String { name }

    init(_ name: String, _ arguments: [String]) {
        self.name = name
        self.arguments = arguments
    }
}

/// Golden outputs: every command, format and model in `models/`, plus broken inputs that exercise the
/// validation rules, compared byte for byte with `Golden/expected/`. A restructuring must leave them
/// unchanged; a deliberate change of output regenerates them with
/// `ACTORMAP_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` (then read the diff before committing).
@Suite("Golden outputs (byte-identical)")
struct GoldenOutputTests {
    static let models = ["florentine-families", "gahuku-gama", "maro-district"]
    static let inputs = "Tests/ActorMapCLITests/Golden/inputs"
    static let expected = packageRoot.appendingPathComponent("Tests/ActorMapCLITests/Golden/expected")

    static let cases: [GoldenCase] = {
        var cases: [GoldenCase] = []
        for m in models {
            let path = "models/\(m).yaml"
            cases += [
                GoldenCase("\(m)-validate", ["validate", path]),
                GoldenCase("\(m)-analyze-table", ["analyze", path]),
                GoldenCase("\(m)-analyze-json", ["analyze", path, "--format", "json"]),
                GoldenCase("\(m)-analyze-csv", ["analyze", path, "--format", "csv"]),
                GoldenCase(
                    "\(m)-analyze-weights-none-json", ["analyze", path, "--weights", "none", "--format", "json"]),
                GoldenCase(
                    "\(m)-analyze-weights-length-csv", ["analyze", path, "--weights", "length", "--format", "csv"]),
                GoldenCase("\(m)-screen-table", ["screen", path]),
                GoldenCase("\(m)-screen-json", ["screen", path, "--format", "json"]),
                GoldenCase("\(m)-render-dot", ["render", path, "--format", "dot", "-o", "-"]),
            ]
        }
        let maro = "models/maro-district.yaml"
        let scenario = "models/scenarios/maro-youth-police-dialogue.yaml"
        cases += [
            GoldenCase("maro-analyze-redact-table", ["analyze", maro, "--redact"]),
            GoldenCase("maro-analyze-redact-json", ["analyze", maro, "--redact", "--format", "json"]),
            GoldenCase("maro-analyze-redact-csv", ["analyze", maro, "--redact", "--format", "csv"]),
            GoldenCase(
                "maro-analyze-union-level-json",
                [
                    "analyze", maro, "--relations", "trust,power", "--group-by", "level", "--factions", "3",
                    "--format", "json",
                ]),
            GoldenCase("maro-analyze-some-measures", ["analyze", maro, "--measures", "betweenness,holes,brokerage"]),
            GoldenCase(
                "maro-analyze-approximate-json",
                ["analyze", maro, "--approximate", "0.05", "--measures", "betweenness", "--format", "json"]),
            GoldenCase(
                "maro-screen-plan-samples-table",
                ["screen", maro, "--plan", "Phase 1 — revised", "--samples", "200"]),
            GoldenCase(
                "maro-screen-plan-samples-json",
                ["screen", maro, "--plan", "Phase 1 — revised", "--samples", "200", "--format", "json"]),
            GoldenCase(
                "maro-screen-partners-json",
                ["screen", maro, "--partners", "chief-kessa,armed-group,youth-group", "--format", "json"]),
            GoldenCase("maro-screen-scenario-table", ["screen", maro, "--scenario", scenario]),
            GoldenCase("maro-screen-scenario-json", ["screen", maro, "--scenario", scenario, "--format", "json"]),
            GoldenCase("maro-screen-csv", ["screen", maro, "--format", "csv"]),
            GoldenCase("maro-screen-redact-csv", ["screen", maro, "--redact", "--format", "csv"]),
            GoldenCase("maro-screen-redact-table", ["screen", maro, "--redact"]),
            GoldenCase("maro-screen-redact-json", ["screen", maro, "--redact", "--samples", "50", "--format", "json"]),
            GoldenCase("maro-screen-redact-scenario-table", ["screen", maro, "--redact", "--scenario", scenario]),
            GoldenCase(
                "maro-screen-broken-scenario", ["screen", maro, "--scenario", "\(inputs)/broken-scenario.yaml"]),
            GoldenCase("maro-render-redact-dot", ["render", maro, "--redact", "--format", "dot", "-o", "-"]),
            GoldenCase(
                "maro-render-layer-neato-dot",
                [
                    "render", maro, "--relations", "trust,competition", "--layout", "neato", "--no-legend",
                    "-o", "-", "--format", "dot",
                ]),
            GoldenCase("maro-perspectives-table", ["perspectives", maro]),
            GoldenCase("maro-perspectives-json", ["perspectives", maro, "--format", "json"]),
            GoldenCase("maro-diff-table", ["diff", maro, "models/maro-district-endline.yaml"]),
            GoldenCase("maro-diff-json", ["diff", maro, "models/maro-district-endline.yaml", "--format", "json"]),
            GoldenCase("maro-diff-series", ["diff", maro, "models/maro-district-endline.yaml", maro]),
            GoldenCase("maro-analyze-consensus-majority", ["analyze", maro, "--consensus", "majority"]),
            GoldenCase("maro-screen-source-youth", ["screen", maro, "--source", "youth FGD"]),
            GoldenCase(
                "maro-render-source-women-dot",
                [
                    "render", maro, "--source", "women's FGD", "-o", "-",
                    "--format", "dot",
                ]),
            GoldenCase(
                "maro-render-view-diff-dot",
                [
                    "render", "models/maro-district-endline.yaml", "--view", "diff", "--baseline", maro, "-o", "-",
                    "--format", "dot",
                ]),
            GoldenCase(
                "maro-render-view-perspectives-dot",
                ["render", maro, "--view", "perspectives", "-o", "-", "--format", "dot"]),
            GoldenCase("maro-analyze-scenario", ["analyze", maro, "--scenario", scenario]),
            GoldenCase(
                "maro-render-scenario-dot", ["render", maro, "--scenario", scenario, "-o", "-", "--format", "dot"]),
            GoldenCase(
                "maro-analyze-broken-scenario-redact",
                ["analyze", maro, "--scenario", "\(inputs)/broken-scenario.yaml", "--redact"]),
            GoldenCase("scenario-validate", ["validate", scenario]),
            GoldenCase("scenario-validate-map", ["validate", scenario, "--map", maro]),
            GoldenCase("broken-scenario-validate", ["validate", "\(inputs)/broken-scenario.yaml"]),
            GoldenCase(
                "broken-scenario-validate-map", ["validate", "\(inputs)/broken-scenario.yaml", "--map", maro]),
            GoldenCase("broken-model-validate", ["validate", "\(inputs)/broken-model.yaml"]),
            GoldenCase("broken-model-analyze-redact", ["analyze", "\(inputs)/broken-model.yaml", "--redact"]),
            GoldenCase("broken-syntax-validate", ["validate", "\(inputs)/broken-syntax.yaml"]),
            GoldenCase("broken-edges-validate", ["validate", "\(inputs)/broken-edges.csv"]),
            GoldenCase("broken-rows-validate", ["validate", "\(inputs)/broken-rows.csv"]),
            GoldenCase("broken-rows-analyze-redact", ["analyze", "\(inputs)/broken-rows.csv", "--redact"]),
            GoldenCase("edges-validate", ["validate", "\(inputs)/edges.csv"]),
            GoldenCase("edges-analyze-table", ["analyze", "\(inputs)/edges.csv"]),
            GoldenCase(
                "edges-analyze-directed-json", ["analyze", "\(inputs)/edges.csv", "--directed", "--format", "json"]),
            GoldenCase("edges-analyze-csv", ["analyze", "\(inputs)/edges.csv", "--format", "csv"]),
            GoldenCase("edges-screen-table", ["screen", "\(inputs)/edges.csv"]),
            GoldenCase(
                "edges-render-dot", ["render", "\(inputs)/edges.csv", "--directed", "--format", "dot", "-o", "-"]),
            GoldenCase(
                "kumu-gahuku-gama-validate",
                [
                    "validate", "\(inputs)/kumu-gahuku-gama-elements.csv", "--connections",
                    "\(inputs)/kumu-gahuku-gama-connections.csv",
                ]),
            GoldenCase(
                "kumu-gahuku-gama-analyze-table",
                [
                    "analyze", "\(inputs)/kumu-gahuku-gama-elements.csv", "--connections",
                    "\(inputs)/kumu-gahuku-gama-connections.csv", "--map",
                    "connection:rova (alliance)=alliance:positive", "--map", "connection:hina (enmity)=enmity:negative",
                ]),
            GoldenCase("gahuku-gama-convert-yaml", ["convert", "models/gahuku-gama.yaml", "-", "--to", "yaml"]),
            GoldenCase("gahuku-gama-convert-graphml", ["convert", "models/gahuku-gama.yaml", "-", "--to", "graphml"]),
            GoldenCase(
                "florentine-families-convert-node-link",
                ["convert", "models/florentine-families.yaml", "-", "--to", "node-link"]),
        ]
        return cases
    }()

    /// What a run printed, as one text: the command, its exit status, standard output and standard error.
    static func transcript(of c: GoldenCase) throws -> String {
        let r = try runActormap(c.arguments, environment: ["NO_COLOR": "1", "COLUMNS": "100"])
        return """
            $ actormap \(c.arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "))
            exit: \(r.status)
            --- stdout
            \(r.stdout)
            --- stderr
            \(r.stderr)
            """
    }

    @Test(arguments: cases)
    func outputIsUnchanged(_ c: GoldenCase) throws {
        let file = Self.expected.appendingPathComponent("\(c.name).txt")
        let actual = try Self.transcript(of: c)
        if ProcessInfo.processInfo.environment["ACTORMAP_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.expected, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        let golden = try #require(
            try? String(contentsOf: file, encoding: .utf8),
            "missing \(file.path): run ACTORMAP_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests")
        if actual != golden {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let g = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0 ..< min(a.count, g.count)).first { a[$0] != g[$0] } ?? min(a.count, g.count)
            Issue.record(
                """
                \(c.name) differs from Golden/expected/\(c.name).txt at line \(first + 1):
                  expected: \(first < g.count ? String(g[first]) : "<end>")
                  actual:   \(first < a.count ? String(a[first]) : "<end>")
                """)
        }
    }

    @Test(
        .disabled(if: ProcessInfo.processInfo.environment["ACTORMAP_UPDATE_GOLDEN"] == "1", "files are being written"))
    func everyGoldenFileHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.expected.path).filter {
            $0.hasSuffix(".txt")
        }
        let names = Set(Self.cases.map { "\($0.name).txt" })
        #expect(Set(files) == names, "stale or missing golden files")
        #expect(names.count == Self.cases.count, "two cases share a name")
    }
}
