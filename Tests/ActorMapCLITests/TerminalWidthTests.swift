import Foundation
import Testing

/// What a person reads in a terminal: `analyze` and `screen` tables and `validate` summaries fit the
/// width (100 columns off a terminal, `COLUMNS` when set), lists have no zeros and name their ties.
@Suite("Terminal output: widths, honest lists")
struct TerminalWidthTests {
    static let models = ["florentine-families", "gahuku-gama", "maro-district"]

    static func longestLine(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }

    @Test(arguments: models)
    func tablesFitOneHundredColumnsOffATerminal(model: String) throws {
        let path = "models/\(model).yaml"
        for arguments in [
            ["analyze", path], ["analyze", path, "--all"], ["screen", path, "--samples", "20"],
            ["validate", path],
        ] {
            // An empty COLUMNS counts as unset: standard output is a file, so 100 columns.
            let r = try runActormap(arguments, environment: ["COLUMNS": ""])
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            #expect(Self.longestLine(r.stdout) <= 100, "\(arguments)")
        }
    }

    @Test(arguments: [60, 80])
    func tablesFollowCOLUMNS(columns: Int) throws {
        for model in Self.models {
            for command in ["analyze", "screen"] {
                let r = try runActormap([command, "models/\(model).yaml"], environment: ["COLUMNS": String(columns)])
                #expect(r.status == 0)
                // Only a single word longer than the line (an actor id) may overflow; the maps have none.
                #expect(Self.longestLine(r.stdout) <= columns, "\(command) \(model) at \(columns)")
            }
        }
    }

    /// A listed value of 0 would read "chief 0": never in a top list, default or --all.
    @Test(arguments: models)
    func noZeroInATopList(model: String) throws {
        for extra in [[], ["--all"]] {
            let r = try runActormap(["analyze", "models/\(model).yaml"] + extra, environment: ["COLUMNS": "100"])
            // Join wrapped lines, then look at every listed item.
            let text = r.stdout.replacingOccurrences(of: ",\n      ", with: ", ")
            for line in text.split(separator: "\n")
            where line.hasPrefix("  ") && line.contains("): ") || line.contains("_") {
                guard let colon = line.range(of: ": ") else { continue }
                for item in line[colon.upperBound...].components(separatedBy: ", ") {
                    #expect(!item.hasSuffix(" 0") && !item.contains(" at 0 ("), "\(model): \(line)")
                }
            }
        }
    }

    @Test func aTieOfMoreThanFiveActorsIsNamedAsATie() throws {
        // In Maro's competition layer nine actors have exactly one rival each.
        let r = try runActormap(
            ["analyze", "models/maro-district.yaml", "--relations", "competition"],
            environment: ["COLUMNS": "200"])
        let line = try #require(r.stdout.split(separator: "\n").first { $0.contains("Most rivals") })
        #expect(line.contains("9 actors at 0.057 (") && line.hasSuffix("and 4 more)"))
    }

    @Test func theDefaultTableAnswersQuestionsAndAllListsEveryMeasure() throws {
        let byDefault = try runActormap(["analyze", "models/maro-district.yaml"])
        for question in [
            "Most trusted (in_strength)", "Bridges otherwise separate groups (betweenness)",
            "Brokers between groups (Gould–Fernandez brokerage by sector)",
            "Spans structural holes (constraint, lowest)", "Holds power over many (out_strength)",
            "Under the power of many (in_strength)", "Most contested (strength)",
        ] {
            #expect(byDefault.stdout.contains("  \(question): "), "\(question)")
        }
        #expect(!byDefault.stdout.contains("pagerank"))
        let all = try runActormap(["analyze", "models/maro-district.yaml", "--all"])
        #expect(all.stdout.contains("  pagerank: ") && all.stdout.contains("  brokerage_liaison: "))
        // Direction-based measures are left out of the undirected rivalry layer, with the reason once.
        let competition = try #require(all.stdout.components(separatedBy: "competition — ").last)
        #expect(!competition.components(separatedBy: "signed (")[0].contains("pagerank"))
        #expect(
            all.stdout.contains(
                "Note: on undirected layers (competition) pagerank, katz, hubs, authorities are left out"))
    }

    @Test func unalignedActorsAreListedApartAndJSONSaysAligned() throws {
        let r = try runActormap(["analyze", "models/maro-district.yaml"])
        #expect(r.stdout.contains("  not aligned (no positive tie inside their faction"))
        let json = try runActormap(["analyze", "models/maro-district.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let signed = try #require(object["signed"] as? [String: Any])
        let actors = try #require(signed["actors"] as? [[String: Any]])
        // The armed group has only hostile ties to the faction it is placed in.
        let armed = try #require(actors.first { $0["id"] as? String == "armed-group" })
        #expect(armed["aligned"] as? Bool == false && armed["name"] as? String != nil)
        let layers = try #require(object["layers"] as? [[String: Any]])
        let first = try #require((layers[0]["actors"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String != nil)
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let r = try runActormap(["rendr", "models/maro-district.yaml"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("error: unknown command 'rendr'; did you mean 'render'?"))
    }

    @Test func dpiWithoutPixelsIsSaid() throws {
        let r = try runActormap(["render", "models/gahuku-gama.yaml", "--format", "dot", "-o", "-", "--dpi", "300"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: --dpi has no effect on dot output"))
        let png = try runActormap(["render", "models/gahuku-gama.yaml", "--format", "dot", "-o", "-"])
        #expect(png.stderr.isEmpty)
    }
}

@Suite("Terminal output: help within 100 columns")
struct HelpWidthTests {
    @Test(arguments: ["", "validate", "analyze", "screen", "render", "perspectives", "diff", "convert"])
    func helpFitsOneHundredColumns(command: String) throws {
        let r = try runActormap((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": ""])
        #expect(r.status == 0)
        let longest = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        #expect(longest <= 100, "\(command): \(longest)")
    }
}
