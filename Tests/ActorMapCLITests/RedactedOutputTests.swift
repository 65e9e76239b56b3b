import Foundation
import Testing

/// `--redact` on hostile input: a sensitive actor named in free text, in warnings, in suggestions, in plan,
/// map and scenario names, and a public actor already called like a redacted label.
@Suite("Redaction: nothing sensitive in results, messages, sources, plan or scenario names")
struct RedactedOutputTests {
    static let secrets = ["militia", "Night Watch", "patrol"]

    @Test(arguments: [
        ["screen", "m.yaml", "--redact", "--format", "json"],
        ["screen", "m.yaml", "--redact"],
        ["screen", "m.yaml", "--redact", "--format", "csv"],
        ["analyze", "m.yaml", "--redact", "--format", "json"],
        ["render", "m.yaml", "--redact", "--format", "dot", "-o", "-"],
    ])
    func redactionCoversSourcesWarningsAndCollisions(arguments: [String]) throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(sensitiveLeakModel, named: "m.yaml", in: dir)
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
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(sensitiveLeakModel, named: "m.yaml", in: dir)
        let redacted = try runActormap(["screen", "m.yaml", "--redact", "--partners", "militi"], in: dir)
        #expect(redacted.status == 64 && !redacted.stderr.contains("militia"))
        let plain = try runActormap(["screen", "m.yaml", "--partners", "militi"], in: dir)
        #expect(plain.status == 64 && plain.stderr.contains("did you mean 'militia'"))
    }

    @Test func redactedMessagesWithholdRejectedActorsAndScenarioSources() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(
            "actormap: 1\nactors:\n  - {id: chief}\n  - {id: Night Watch, name: Watch Militia, sensitive: true}\n"
                + "relations:\n  - {type: trust, from: chief, to: Night Watch, weight: 1}\n",
            named: "bad.yaml", in: dir)
        let bad = try runActormap(["analyze", "bad.yaml", "--redact"], in: dir)
        #expect(bad.status == 65 && bad.stderr.contains("[redacted]"))
        #expect(!bad.stderr.contains("Night Watch") && !bad.stderr.contains("Watch Militia"), "\(bad.stderr)")

        try writeFile(sensitiveLeakModel, named: "m.yaml", in: dir)
        try writeFile(
            "actormap-scenario: 1\nchange_relations:\n"
                + "  - {type: trust, from: youth, to: militia, weight: 1, source: Commander Juma}\n",
            named: "s.yaml", in: dir)
        let scenario = try runActormap(["screen", "m.yaml", "--redact", "--scenario", "s.yaml"], in: dir)
        #expect(scenario.status == 65)
        #expect(!scenario.stderr.contains("Juma") && !scenario.stderr.contains("militia"), "\(scenario.stderr)")
    }

    @Test func planNamesAndTheMapsTextAreRedactedToo() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = sensitiveLeakModel.replacingOccurrences(
            of: "actormap: 1\n", with: "actormap: 1\nname: Night Watch study\n"
        )
        .replacingOccurrences(of: "{name: P,", with: "{name: Work through militia,")
        try writeFile(model, named: "m.yaml", in: dir)
        for format in ["table", "json"] {
            let r = try runActormap(
                ["screen", "m.yaml", "--redact", "--plan", "Work through militia", "--format", format], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains("militia") && !r.stdout.contains("Night Watch"), "\(r.stdout)")
            #expect(r.stdout.contains("Work through sensitive-"))
        }
        let diagram = try runActormap(["render", "m.yaml", "--redact", "--format", "dot", "-o", "-"], in: dir)
        #expect(
            diagram.status == 0 && !diagram.stdout.contains("Night Watch")
                && diagram.stdout.contains("Sensitive actor 1 study"))
        // A scenario named after its file, whose name is a sensitive id.
        try writeFile("actormap-scenario: 1\nremove_actors: [militia]\n", named: "militia.yaml", in: dir)
        for format in ["table", "json"] {
            let whatIf = try runActormap(
                ["screen", "m.yaml", "--redact", "--scenario", "militia.yaml", "--format", format], in: dir)
            #expect(whatIf.status == 0 && !whatIf.stdout.contains("militia"), "\(whatIf.stdout)")
        }
    }
}

/// The shipped flagship model under `--redact`, on every command that writes results.
@Suite("--redact on every command that writes results")
struct RedactFlagTests {
    /// The sensitive actors of the flagship model: their ids and names must not appear anywhere.
    static let secrets = ["armed-group", "Maro Liberation Front", "informant-network", "headman-ule", "Aïssata Koné"]

    @Test(arguments: [
        ["screen", "models/maro-district.yaml", "--redact", "--format", "json", "--samples", "20"],
        ["screen", "models/maro-district.yaml", "--redact"],
        ["screen", "models/maro-district.yaml", "--redact", "--format", "csv"],
        [
            "screen", "models/maro-district.yaml", "--redact", "--scenario",
            "models/scenarios/maro-youth-police-dialogue.yaml",
        ],
        ["analyze", "models/maro-district.yaml", "--redact", "--format", "csv"],
        ["analyze", "models/maro-district.yaml", "--redact", "--format", "json"],
        ["render", "models/maro-district.yaml", "--redact", "--format", "svg", "-o", "-"],
    ])
    func nothingSensitiveLeaks(arguments: [String]) throws {
        let r = try runActormap(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        for secret in Self.secrets {
            #expect(!r.stdout.contains(secret) && !r.stderr.contains(secret), "\(secret) leaked in \(arguments)")
        }
        #expect(r.stdout.contains("ensitive"))
    }

    /// The flagship's redacted report folder: the page's text, its script's data, the ids and classes in its
    /// inline diagrams and every other file hold none of the sensitive ids or names (slugs come from the
    /// redacted ids).
    @Test func theRedactedReportFolderHoldsNoSecret() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        let r = try runActormap(["report", "models/maro-district.yaml", "--redact", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("report.html"))
        for name in names {
            let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) in \(name)") }
        }
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("id=\"d0-a-sensitive-1\"") && html.contains("\"key\": \"sensitive-1\""))
    }

    @Test func withoutTheFlagTheNamesAreThere() throws {
        let r = try runActormap(["analyze", "models/maro-district.yaml", "--format", "csv", "--measures", "degree"])
        #expect(r.stdout.contains("armed-group"))
    }
}
