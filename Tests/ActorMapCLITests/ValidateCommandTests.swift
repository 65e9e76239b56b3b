import Foundation
import Testing

@Suite("actormap validate (end to end)")
struct ValidateCommandTests {
    @Test func validFilePrintsASummaryAndExitsZero() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile(threeActorModel, named: "ok.yaml", in: dir)
        let r = try runActormap(["validate", path])
        #expect(r.status == 0)
        // The summary wraps at 100 columns (the scratch folder's path is long).
        #expect(
            r.stdout.replacingOccurrences(of: "\n  ", with: " ")
                == "\(path): valid — 3 actors, 3 relations (2 trust, 1 power)\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func everyErrorIsReportedWithLocationSourceLineAndCaret() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile(modelWithTwoErrors, named: "bad.yaml", in: dir)
        let r = try runActormap(["validate", path], environment: ["NO_COLOR": "1"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr == """
                \(path):3:25: error: unknown sector 'customry'; use one of state, customary, community, \
                civil-society, non-state-armed, private, international; did you mean 'customary'?
                  - {id: chief, sector: customry}
                                        ^
                \(path):5:36: error: unknown actor 'polce'
                  - {type: trust, from: chief, to: polce}
                                                   ^
                \(path): 2 errors

                """)
        #expect(!r.stderr.contains("\u{1B}["))  // not a terminal: no colour
    }

    @Test func severalFilesAreAllChecked() throws {
        let dir = try makeScratchFolder()
        let good = try writeFile(threeActorModel, named: "ok.yaml", in: dir)
        let bad = try writeFile(modelWithTwoErrors, named: "bad.yaml", in: dir)
        let r = try runActormap(["validate", bad, good])
        #expect(r.status == 65)
        #expect(r.stdout.contains("ok.yaml: valid"))
        #expect(r.stderr.contains("bad.yaml: 2 errors"))
    }

    @Test func everyShippedModelIsValid() throws {
        let models = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("models").path
        )
        .filter { $0.hasSuffix(".yaml") }.sorted().map { "models/\($0)" }
        #expect(models.count >= 3)
        let r = try runActormap(["validate"] + models)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == models.count)
    }

    @Test func csvEdgeListsAreAcceptedToo() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile("source,target,weight\na,b,2\nb,c,1\n", named: "e.csv", in: dir)
        let r = try runActormap(["validate", path, "--directed"])
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("valid — 3 actors, 2 relations\n"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try runActormap(["validate"]).status == 64)
        #expect(try runActormap(["validate", "--bogus", "x.yaml"]).status == 64)
        #expect(try runActormap(["frobnicate"]).status == 64)
        let r = try runActormap(["validate", "notes.txt"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("neither a model file"))
    }

    @Test func missingFileExits66WithAClearMessage() throws {
        let r = try runActormap(["validate", "/nonexistent/map.yaml"])
        #expect(r.status == 66)
        #expect(r.stderr == "error: cannot read '/nonexistent/map.yaml': no such file\n")
    }

    @Test func helpListsTheSubcommands() throws {
        let r = try runActormap(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("validate") && r.stdout.contains("render"))
    }

    /// A scenario file is validated as a scenario: alone, by the rules that need no map (and the line says
    /// how to check it against one); with --map, fully.
    @Test func aScenarioIsValidatedAsAScenario() throws {
        let dir = try makeScratchFolder()
        try writeFile(threeActorModel, named: "m.yaml", in: dir)
        try writeFile(
            "actormap-scenario: 1\nname: Bridge\nremove_actors: [ghost]\nadd_relations:\n"
                + "  - {type: trust, from: chief, to: women, weight: 1}\n"
                + "  - {type: trust, from: women, to: chief, weight: 1}\n",
            named: "s.yaml", in: dir)
        let alone = try runActormap(["validate", "s.yaml"], in: dir, environment: ["COLUMNS": "300"])
        #expect(alone.status == 0)
        #expect(
            alone.stdout
                == "s.yaml: valid scenario 'Bridge' — removes 1 actor, adds 2 ties (check it against a map with: "
                + "actormap screen MAP --scenario s.yaml)\n")
        #expect(alone.stderr.isEmpty)

        // Against the map, 'ghost' is no actor of it.
        let against = try runActormap(
            ["validate", "s.yaml", "--map", "m.yaml"], in: dir, environment: ["NO_COLOR": "1"])
        #expect(against.status == 65)
        #expect(against.stdout.isEmpty)
        #expect(against.stderr.hasPrefix("s.yaml:3:17: error: unknown actor 'ghost'"))
        #expect(against.stderr.hasSuffix("s.yaml: 1 error\n"))
    }

    @Test func aScenarioValidAgainstItsMapSaysSo() throws {
        let dir = try makeScratchFolder()
        try writeFile(threeActorModel, named: "m.yaml", in: dir)
        try writeFile(
            "{\"actormap-scenario\": 1, \"remove_relations\": "
                + "[{\"type\": \"power\", \"from\": \"chief\", \"to\": \"women\"}]}",
            named: "s.json", in: dir)
        let r = try runActormap(["validate", "s.json", "m.yaml", "--map", "m.yaml"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("s.json: valid scenario 's' against m.yaml — removes 1 tie\nm.yaml: valid — "))
    }

    @Test func aBrokenScenarioGetsLocatedErrorsAndExit65() throws {
        let dir = try makeScratchFolder()
        try writeFile(
            "actormap-scenario: 1\nadd_relations:\n  - {type: trust, from: a, weight: 1}\n", named: "s.yaml",
            in: dir)
        let r = try runActormap(["validate", "s.yaml"], in: dir, environment: ["NO_COLOR": "1"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr == """
                s.yaml:3:5: error: this relation has no 'to'; give 'from' and 'to', or 'between: [a, b]'
                  - {type: trust, from: a, weight: 1}
                    ^
                s.yaml: 1 error

                """)
    }

    @Test func aBrokenMapGivenWithMapStopsTheCommand() throws {
        let dir = try makeScratchFolder()
        try writeFile(modelWithTwoErrors, named: "bad.yaml", in: dir)
        try writeFile("actormap-scenario: 1\n", named: "s.yaml", in: dir)
        let r = try runActormap(["validate", "s.yaml", "--map", "bad.yaml"], in: dir, environment: ["NO_COLOR": "1"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr.hasSuffix("bad.yaml: 2 errors\nerror: cannot check scenarios against 'bad.yaml': it has errors\n"))
    }
}
