import Foundation
import Testing

/// Broken or suspicious input files: each problem is an error or warning at its line and column, with the
/// exit status of a data error (65), a missing file (66) or a usage error (64).
@Suite("Bad input: located diagnostics for models, scenarios and edge lists")
struct InputDiagnosticsTests {
    @Test func validateChecksEveryFileEvenAfterAMissingOne() throws {
        let r = try runActormap(["validate", "/nonexistent.yaml", "models/gahuku-gama.yaml"])
        #expect(r.status == 66)
        #expect(r.stdout.contains("models/gahuku-gama.yaml: valid"))
    }

    @Test(
        arguments: [
            ("  - {id: ~, sector: state}\n", "m.yaml:4:10: error: 'id' needs a value, found nothing"),
            ("  - id:\n    sector: state\n", "m.yaml:4:8: error: 'id' needs a value, found nothing"),
            (
                "relations:\n  - {type: trust, from: ~, to: a, weight: 1}\n",
                "m.yaml:6:25: error: 'from' needs a value, found nothing"
            ),
            (
                "relations:\n  - {type: null, from: a, to: b, weight: 1}\n",
                "m.yaml:6:12: error: 'type' needs a value, found nothing"
            ),
            (
                "engagement:\n  - {name: P, partners: [a, ~]}\n",
                "m.yaml:6:29: error: an entry of 'partners' needs a value, found nothing"
            ),
        ] as [(String, String)])
    func nullValuesAreErrorsNotSilentDeletions(extra: String, expected: String) throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(
            "actormap: 1\nactors:\n  - {id: a}\n  - {id: b}\n".replacingOccurrences(
                of: "  - {id: b}\n", with: extra.hasPrefix("  - ") ? extra : "  - {id: b}\n" + extra), named: "m.yaml",
            in: dir)
        let r = try runActormap(["validate", "m.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
    }

    @Test func aScenarioCannotTieAnActorItRemoves() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(sensitiveLeakModel, named: "m.yaml", in: dir)
        try writeFile(
            "actormap-scenario: 1\nremove_actors: [militia]\nadd_relations:\n"
                + "  - {type: trust, from: chief, to: militia, weight: 2}\n",
            named: "s.yaml", in: dir)
        let r = try runActormap(["screen", "m.yaml", "--scenario", "s.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(
            r.stderr.contains(
                "s.yaml:4:5: error: 'add_relations' names 'militia', which this scenario removes in 'remove_actors'"),
            "\(r.stderr)")
    }

    @Test func hugeWeightsAreLocatedErrors() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(
            "actormap: 1\nrelation_types:\n  funding: {directed: true, polarity: positive}\n"
                + "actors:\n  - {id: a}\n  - {id: b}\nrelations:\n  - {type: funding, from: a, to: b, weight: 1e308}\n",
            named: "m.yaml", in: dir)
        let r = try runActormap(["validate", "m.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("m.yaml:8:45: error: a weight must be between 1e-12 and 1e12 in size"), "\(r.stderr)")
    }

    @Test func scenarioFileProblemsAreNamedPlainly() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("d.yaml"), withIntermediateDirectories: true)
        let folder = try runActormap([
            "screen", "models/gahuku-gama.yaml", "--scenario", dir.appendingPathComponent("d.yaml").path,
        ])
        #expect(folder.status == 66 && folder.stderr.contains("it is a directory"))
        let csv = try runActormap(["screen", "models/gahuku-gama.yaml", "--scenario", "x.csv"])
        #expect(csv.status == 64 && csv.stderr.contains("is not a scenario file"))
        try writeFile("actormap-scenario: 1\nadd_relations: {type: trust}\n", named: "s.yaml", in: dir)
        let mapping = try runActormap([
            "screen", "models/gahuku-gama.yaml", "--scenario", dir.appendingPathComponent("s.yaml").path,
        ])
        #expect(mapping.status == 65 && mapping.stderr.contains("'add_relations' must be a list"), "\(mapping.stderr)")
    }

    @Test func csvTiesRecordedTwiceAreWarnedAbout() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile("source,target,type\na,b,trust\nb,c,competition\nc,b,competition\n", named: "e.csv", in: dir)
        let r = try runActormap(["validate", "e.csv"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("(1 warning)"))
        #expect(
            r.stderr.contains("e.csv:4:1: warning: the same competition tie between 'c' and 'b' is recorded twice"),
            "\(r.stderr)")
    }

    @Test func aBadIdDoesNotHideTheActorsOtherErrors() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(
            "actormap: 1\nactors:\n  - {id: \"bad id\", sector: stat}\n  - {id: a}\n  - {id: a, level: nowhere}\n",
            named: "m.yaml", in: dir)
        let r = try runActormap(["validate", "m.yaml"], in: dir)
        #expect(r.status == 65)
        for expected in [
            "m.yaml:3:10: error: actor id 'bad id' may contain", "m.yaml:3:28: error: unknown sector 'stat'",
            "m.yaml:5:10: error: duplicate actor id 'a'", "m.yaml:5:20: error: unknown level 'nowhere'",
            "m.yaml: 4 errors",
        ] {
            #expect(r.stderr.contains(expected), "\(expected) missing from \(r.stderr)")
        }
    }

    @Test func syntaxErrorsNameTheSyntaxTheUserWrote() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile("{\"actormap\": 1 \"actors\": []}\n", named: "m.json", in: dir)
        let json = try runActormap(["validate", "m.json"], in: dir)
        #expect(
            json.status == 65 && json.stderr.contains("m.json:1:24: error: invalid JSON: did not find expected ','"),
            "\(json.stderr)")
        try writeFile(
            "a: " + String(repeating: "[", count: 1500) + String(repeating: "]", count: 1500) + "\n",
            named: "deep.yaml", in: dir)
        let deep = try runActormap(["validate", "deep.yaml"], in: dir)
        #expect(
            deep.status == 65 && deep.stderr.contains("error: invalid YAML: lists and mappings are nested too deeply"),
            "\(deep.stderr)")
        #expect(!deep.stderr.contains("yaml_set_max_nest_level"))
    }

    @Test func csvHeadersAndRowsThatDoNotMatchAreSaid() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile("source,target,weight,weight\na,b,1,2\n", named: "twice.csv", in: dir)
        let twice = try runActormap(["validate", "twice.csv"], in: dir)
        #expect(
            twice.status == 65
                && twice.stderr.contains("twice.csv:1:22: error: the header names the column 'weight' twice"))
        try writeFile("source,target\na,b,,\nb,c,x\n", named: "extra.csv", in: dir)
        let extra = try runActormap(["validate", "extra.csv"], in: dir)
        #expect(extra.status == 0 && extra.stdout.contains("(1 warning)"))
        #expect(
            extra.stderr.contains(
                "extra.csv:3:5: warning: this row has 3 fields; the header has 2: the extra ones are ignored"))
    }
}

@Suite("Control characters in ids and names")
struct ControlCharacterTests {
    @Test func aControlCharacterInAnEdgeListIdIsALocatedError() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile("source,target\n\u{0},2\na\u{0}b,3\n", named: "nul.csv", in: dir)
        for command in ["validate", "analyze", "render"] {
            let r = try runActormap([command, path])
            #expect(r.status == 65, "\(command)")
            #expect(
                r.stderr.contains(
                    "nul.csv:2:1: error: an actor id cannot contain a control character (U+0000, character 1 of the id)"
                ))
            #expect(
                r.stderr.contains(
                    "nul.csv:3:1: error: an actor id cannot contain a control character (U+0000, character 2 of the id)"
                ))
            // The excerpt shows the character, never sends it to the terminal.
            #expect(!r.stderr.unicodeScalars.contains("\u{0}"))
        }
    }

    @Test func aControlCharacterInANameIsReplacedInDiagrams() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile(
            "actormap: 1\nactors:\n  - {id: a, name: \"bad\\0name\\e[31m\"}\n  - {id: b}\nrelations:\n"
                + "  - {type: trust, from: a, to: b, weight: 1}\n", named: "ctl.yaml", in: dir)
        let dot = try runActormap(["render", path, "--format", "dot", "-o", "-"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("label=\"bad\u{FFFD}name\u{FFFD}[31m\""))
        let svg = try runActormap(["render", path, "--format", "svg", "-o", "-"])
        #expect(svg.status == 0, "\(svg.stderr)")
    }
}
