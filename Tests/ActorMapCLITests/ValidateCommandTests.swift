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
}
