import Foundation
import Testing

/// Defects found by a new-user and hostile-input audit, each pinned by a test.
@Suite("Hardening: output failures, redaction of free text and messages, null values, option checks")
struct HardeningTests {
    /// A public tie whose source names a sensitive actor, a duplicated tie at a sensitive actor (a
    /// warning that names both ends), and a public actor already called `sensitive-1`.
    static let leakyModel = """
        actormap: 1
        actors:
          - {id: sensitive-1, name: Public One, sector: state}
          - {id: chief, name: Chief Boru, sector: customary}
          - {id: militia, name: Night Watch, sector: non-state-armed, sensitive: true}
          - {id: youth, name: Youth group, sector: community, represents: [youth]}
        relations:
          - {type: trust, from: youth, to: chief, weight: 1, source: told by Night Watch commander}
          - {type: trust, from: youth, to: militia, weight: -2, source: militia patrol logs}
          - {type: trust, from: chief, to: militia, weight: 1}
          - {type: trust, from: chief, to: militia, weight: 1}
          - {type: power, from: militia, to: youth, weight: 3}
        engagement:
          - {name: P, partners: [chief, militia]}

        """

    static let secrets = ["militia", "Night Watch", "patrol"]

    @Test(arguments: [
        ["screen", "m.yaml", "--redact", "--format", "json"],
        ["screen", "m.yaml", "--redact"],
        ["analyze", "m.yaml", "--redact", "--format", "json"],
        ["render", "m.yaml", "--redact", "--format", "dot", "-o", "-"],
    ])
    func redactionCoversSourcesWarningsAndCollisions(arguments: [String]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(Self.leakyModel, to: "m.yaml", in: dir)
        let r = try runActormap(arguments, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("recorded twice"))  // the warning is still given, with labels
        for secret in Self.secrets {
            #expect(!r.stdout.contains(secret) && !r.stderr.contains(secret), "\(secret) leaked in \(arguments)")
        }
        if arguments[0] == "screen" {
            // The sensitive actor does not take the public actor's id.
            #expect(r.stdout.contains("sensitive-1-r"))
            if arguments.contains("json") { #expect(r.stdout.contains("source-")) }
        }
    }

    @Test func partnerSuggestionsDoNotRevealSensitiveIds() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(Self.leakyModel, to: "m.yaml", in: dir)
        let redacted = try runActormap(["screen", "m.yaml", "--redact", "--partners", "militi"], in: dir)
        #expect(redacted.status == 64 && !redacted.stderr.contains("militia"))
        let plain = try runActormap(["screen", "m.yaml", "--partners", "militi"], in: dir)
        #expect(plain.status == 64 && plain.stderr.contains("did you mean 'militia'"))
    }

    @Test func aFullDiskIsAnErrorNotACrash() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        for arguments in [["analyze", "models/gahuku-gama.yaml"], ["validate", "models/gahuku-gama.yaml"],
                          ["render", "models/gahuku-gama.yaml", "--format", "dot", "-o", "-"]] {
            let r = try runActormap(arguments, standardOutput: FileHandle(forWritingAtPath: "/dev/full"))
            #expect(r.status == 74, "\(arguments): \(r.stderr)")
            #expect(r.stderr == "error: cannot write to standard output: No space left on device\n")
        }
    }

    @Test func validateChecksEveryFileEvenAfterAMissingOne() throws {
        let r = try runActormap(["validate", "/nonexistent.yaml", "models/gahuku-gama.yaml"])
        #expect(r.status == 66)
        #expect(r.stdout.contains("models/gahuku-gama.yaml: valid"))
    }

    @Test(arguments: [
        ("  - {id: ~, sector: state}\n", "m.yaml:4:10: error: 'id' needs a value, found nothing"),
        ("  - id:\n    sector: state\n", "m.yaml:4:8: error: 'id' needs a value, found nothing"),
        ("relations:\n  - {type: trust, from: ~, to: a, weight: 1}\n", "m.yaml:6:25: error: 'from' needs a value, found nothing"),
        ("relations:\n  - {type: null, from: a, to: b, weight: 1}\n", "m.yaml:6:12: error: 'type' needs a value, found nothing"),
        ("engagement:\n  - {name: P, partners: [a, ~]}\n", "m.yaml:6:29: error: an entry of 'partners' needs a value, found nothing"),
    ] as [(String, String)])
    func nullValuesAreErrorsNotSilentDeletions(extra: String, expected: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("actormap: 1\nactors:\n  - {id: a}\n  - {id: b}\n".replacingOccurrences(of: "  - {id: b}\n", with: extra.hasPrefix("  - ") ? extra : "  - {id: b}\n" + extra), to: "m.yaml", in: dir)
        let r = try runActormap(["validate", "m.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
    }

    @Test func aScenarioCannotTieAnActorItRemoves() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(Self.leakyModel, to: "m.yaml", in: dir)
        try write("actormap-scenario: 1\nremove_actors: [militia]\nadd_relations:\n  - {type: trust, from: chief, to: militia, weight: 2}\n",
                  to: "s.yaml", in: dir)
        let r = try runActormap(["screen", "m.yaml", "--scenario", "s.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("s.yaml:4:5: error: 'add_relations' names 'militia', which this scenario removes in 'remove_actors'"), "\(r.stderr)")
    }

    @Test func pdfOutputIsDeterministicAndUndated() throws {
        let a = try runActormap(["render", "models/gahuku-gama.yaml", "--format", "pdf", "-o", "-"])
        Thread.sleep(forTimeInterval: 1.1)
        let b = try runActormap(["render", "models/gahuku-gama.yaml", "--format", "pdf", "-o", "-"])
        #expect(a.status == 0 && a.stdoutData.starts(with: Data("%PDF".utf8)))
        #expect(a.stdoutData == b.stdoutData)
        #expect(!a.stdout.contains("CreationDate"))
    }

    @Test(arguments: [
        ["analyze", "models/gahuku-gama.yaml", "--beta", "nan"],
        ["analyze", "models/gahuku-gama.yaml", "--katz-alpha", "inf"],
        ["analyze", "models/gahuku-gama.yaml", "--relations", ","],
        ["render", "models/gahuku-gama.yaml", "--relations", ","],
        ["render", "models/gahuku-gama.yaml", "-o", ""],
    ])
    func meaninglessOptionsAreUsageErrors(arguments: [String]) throws {
        let r = try runActormap(arguments)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func tooManyFactionsIsSaid() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(Self.leakyModel, to: "m.yaml", in: dir)
        let small = try runActormap(["analyze", "m.yaml", "--factions", "12"], in: dir)
        #expect(small.status == 0)
        #expect(small.stderr.contains("12 factions asked for but the signed network has only 4 actors"), "\(small.stderr)")
    }

    @Test func hugeWeightsAreLocatedErrors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("actormap: 1\nrelation_types:\n  funding: {directed: true, polarity: positive}\nactors:\n  - {id: a}\n  - {id: b}\nrelations:\n  - {type: funding, from: a, to: b, weight: 1e308}\n",
                  to: "m.yaml", in: dir)
        let r = try runActormap(["validate", "m.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains("m.yaml:8:45: error: a weight must be between 1e-12 and 1e12 in size"), "\(r.stderr)")
    }

    @Test func scenarioFileProblemsAreNamedPlainly() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("d.yaml"), withIntermediateDirectories: true)
        let folder = try runActormap(["screen", "models/gahuku-gama.yaml", "--scenario", dir.appendingPathComponent("d.yaml").path])
        #expect(folder.status == 66 && folder.stderr.contains("it is a directory"))
        let csv = try runActormap(["screen", "models/gahuku-gama.yaml", "--scenario", "x.csv"])
        #expect(csv.status == 64 && csv.stderr.contains("is not a scenario file"))
        try write("actormap-scenario: 1\nadd_relations: {type: trust}\n", to: "s.yaml", in: dir)
        let mapping = try runActormap(["screen", "models/gahuku-gama.yaml", "--scenario", dir.appendingPathComponent("s.yaml").path])
        #expect(mapping.status == 65 && mapping.stderr.contains("'add_relations' must be a list"), "\(mapping.stderr)")
    }

    @Test func aMapWithoutTiesSaysSo() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("actormap: 1\nactors:\n  - {id: a}\n  - {id: b}\n", to: "m.yaml", in: dir)
        let r = try runActormap(["analyze", "m.yaml"], in: dir)
        #expect(r.status == 0 && r.stdout.hasPrefix("no ties to analyse"))
    }

    @Test func noSubcommandIsAUsageError() throws {
        let r = try runActormap([])
        #expect(r.status == 64 && r.stdout.isEmpty && r.stderr.contains("USAGE: actormap <subcommand>"))
        #expect(try runActormap(["--help"]).status == 0)
    }

    @Test func aFormatThatContradictsTheFileNameIsWarnedAbout() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runActormap(["render", "models/gahuku-gama.yaml", "--format", "dot", "-o", dir.appendingPathComponent("x.svg").path])
        #expect(r.status == 0 && r.stderr.contains("warning: writing dot (--format) into"))
    }

    @Test func csvTiesRecordedTwiceAreWarnedAbout() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("source,target,type\na,b,trust\nb,c,competition\nc,b,competition\n", to: "e.csv", in: dir)
        let r = try runActormap(["validate", "e.csv"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("(1 warning)"))
        #expect(r.stderr.contains("e.csv:4:1: warning: the same competition tie between 'c' and 'b' is recorded twice"), "\(r.stderr)")
    }

    @Test func redactedMessagesWithholdRejectedActorsAndScenarioSources() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("actormap: 1\nactors:\n  - {id: chief}\n  - {id: Night Watch, name: Watch Militia, sensitive: true}\nrelations:\n  - {type: trust, from: chief, to: Night Watch, weight: 1}\n",
                  to: "bad.yaml", in: dir)
        let bad = try runActormap(["analyze", "bad.yaml", "--redact"], in: dir)
        #expect(bad.status == 65 && bad.stderr.contains("[redacted]"))
        #expect(!bad.stderr.contains("Night Watch") && !bad.stderr.contains("Watch Militia"), "\(bad.stderr)")

        try write(Self.leakyModel, to: "m.yaml", in: dir)
        try write("actormap-scenario: 1\nchange_relations:\n  - {type: trust, from: youth, to: militia, weight: 1, source: Commander Juma}\n",
                  to: "s.yaml", in: dir)
        let scenario = try runActormap(["screen", "m.yaml", "--redact", "--scenario", "s.yaml"], in: dir)
        #expect(scenario.status == 65)
        #expect(!scenario.stderr.contains("Juma") && !scenario.stderr.contains("militia"), "\(scenario.stderr)")
    }

    @Test func planNamesAndTheMapsTextAreRedactedToo() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = Self.leakyModel.replacingOccurrences(of: "actormap: 1\n", with: "actormap: 1\nname: Night Watch study\n")
            .replacingOccurrences(of: "{name: P,", with: "{name: Work through militia,")
        try write(model, to: "m.yaml", in: dir)
        for format in ["table", "json"] {
            let r = try runActormap(["screen", "m.yaml", "--redact", "--plan", "Work through militia", "--format", format], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains("militia") && !r.stdout.contains("Night Watch"), "\(r.stdout)")
            #expect(r.stdout.contains("Work through sensitive-"))
        }
        let diagram = try runActormap(["render", "m.yaml", "--redact", "--format", "dot", "-o", "-"], in: dir)
        #expect(diagram.status == 0 && !diagram.stdout.contains("Night Watch") && diagram.stdout.contains("Sensitive actor 1 study"))
        // A scenario named after its file, whose name is a sensitive id.
        try write("actormap-scenario: 1\nremove_actors: [militia]\n", to: "militia.yaml", in: dir)
        for format in ["table", "json"] {
            let whatIf = try runActormap(["screen", "m.yaml", "--redact", "--scenario", "militia.yaml", "--format", format], in: dir)
            #expect(whatIf.status == 0 && !whatIf.stdout.contains("militia"), "\(whatIf.stdout)")
        }
    }

    @Test func aBadIdDoesNotHideTheActorsOtherErrors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("actormap: 1\nactors:\n  - {id: \"bad id\", sector: stat}\n  - {id: a}\n  - {id: a, level: nowhere}\n", to: "m.yaml", in: dir)
        let r = try runActormap(["validate", "m.yaml"], in: dir)
        #expect(r.status == 65)
        for expected in ["m.yaml:3:10: error: actor id 'bad id' may contain", "m.yaml:3:28: error: unknown sector 'stat'",
                         "m.yaml:5:10: error: duplicate actor id 'a'", "m.yaml:5:20: error: unknown level 'nowhere'", "m.yaml: 4 errors"] {
            #expect(r.stderr.contains(expected), "\(expected) missing from \(r.stderr)")
        }
    }

    @Test func syntaxErrorsNameTheSyntaxTheUserWrote() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("{\"actormap\": 1 \"actors\": []}\n", to: "m.json", in: dir)
        let json = try runActormap(["validate", "m.json"], in: dir)
        #expect(json.status == 65 && json.stderr.contains("m.json:1:24: error: invalid JSON: did not find expected ','"), "\(json.stderr)")
        try write("a: " + String(repeating: "[", count: 1500) + String(repeating: "]", count: 1500) + "\n", to: "deep.yaml", in: dir)
        let deep = try runActormap(["validate", "deep.yaml"], in: dir)
        #expect(deep.status == 65 && deep.stderr.contains("error: invalid YAML: lists and mappings are nested too deeply"), "\(deep.stderr)")
        #expect(!deep.stderr.contains("yaml_set_max_nest_level"))
    }

    @Test(arguments: [
        (["analyze", "models/gahuku-gama.yaml", "--threads", "-1"], "--threads must be at least 1"),
        (["screen", "models/gahuku-gama.yaml", "--samples", "-1"], "--samples must be between 0 and 100000"),
        (["render", "models/gahuku-gama.yaml", "--dpi", "-5"], "--dpi must be between 72 and 600"),
    ] as [([String], String)])
    func negativeNumbersGetTheRangeMessage(arguments: [String], expected: String) throws {
        let r = try runActormap(arguments)
        #expect(r.status == 64 && r.stderr.contains(expected), "\(r.stderr)")
    }

    @Test func csvHeadersAndRowsThatDoNotMatchAreSaid() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("source,target,weight,weight\na,b,1,2\n", to: "twice.csv", in: dir)
        let twice = try runActormap(["validate", "twice.csv"], in: dir)
        #expect(twice.status == 65 && twice.stderr.contains("twice.csv:1:22: error: the header names the column 'weight' twice"))
        try write("source,target\na,b,,\nb,c,x\n", to: "extra.csv", in: dir)
        let extra = try runActormap(["validate", "extra.csv"], in: dir)
        #expect(extra.status == 0 && extra.stdout.contains("(1 warning)"))
        #expect(extra.stderr.contains("extra.csv:3:5: warning: this row has 3 fields; the header has 2: the extra ones are ignored"))
    }

    @Test func rankingStabilityNeedsTwoActors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("actormap: 1\nactors:\n  - {id: a}\n", to: "one.yaml", in: dir)
        let r = try runActormap(["screen", "one.yaml", "--samples", "5", "--format", "json"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("\"ranking_stability\": null"))
    }
}
