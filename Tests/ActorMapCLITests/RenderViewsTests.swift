import Foundation
import Testing

/// `render --view layer|ego|risk|factions` and `render --fit`, end to end on the flagship.
@Suite("actormap render views and --fit", .serialized)
struct RenderViewsTests {
    let maro = packageRoot.appendingPathComponent("models/maro-district.yaml").path

    @Test(arguments: [
        ["--view", "layer", "--relations", "trust"], ["--view", "ego", "--actor", "chief-kessa"],
        ["--view", "ego", "--actor", "chief-kessa", "--radius", "2"], ["--view", "risk"],
        ["--view", "risk", "--plan", "Phase 1"], ["--view", "factions"],
    ])
    func everyViewDrawsAndRedacts(args: [String]) throws {
        let plain = try runActormap(["render", maro, "--format", "dot", "-o", "-"] + args)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Legend"))
        let redacted = try runActormap(["render", maro, "--format", "dot", "-o", "-", "--redact"] + args)
        #expect(redacted.status == 0, "\(redacted.stderr)")
        // The sensitive actors of the flagship, by name: none left under --redact.
        for name in ["Maro Liberation Front", "Early-warning monitors", "Aïssata Koné"] {
            #expect(!redacted.stdout.contains(name), "\(args): \(name)")
            #expect(!redacted.stderr.contains(name))
        }
    }

    @Test func egoOfASensitiveActorUnderRedactionHasNoNameInItsTitle() throws {
        let r = try runActormap([
            "render", maro, "--view", "ego", "--actor", "armed-group", "--redact", "-o", "-",
            "--format", "dot",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("Liberation"))
        #expect(r.stdout.contains("Sensitive actor"))
    }

    @Test func unknownActorIsAUsageErrorWithASuggestion() throws {
        let r = try runActormap(["render", maro, "--view", "ego", "--actor", "chief-kesa", "-o", "-"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown actor 'chief-kesa'"))
        #expect(r.stderr.contains("chief-kessa"))
    }

    @Test(arguments: [
        (["--view", "ego"], "--view ego needs --actor"), (["--actor", "x"], "--actor goes with --view ego"),
        (["--view", "ego", "--actor", "chief-kessa", "--radius", "0"], "--radius must be between"),
        (["--plan", "Phase 1"], "--plan goes with --view risk"),
        (["--view", "layer"], "--view layer needs --relations"),
        (["--fit", "a5"], "--fit: cannot read 'a5'"), (["--view", "risk", "--plan", "Phase 9"], "no engagement plan"),
    ])
    func optionErrorsAreUsageErrors(args: [String], message: String) throws {
        let r = try runActormap(["render", maro, "-o", "-", "--format", "dot"] + args)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func flagshipOverviewAtA4IsRefusedWithTheViewsSuggested() throws {
        let dir = try makeScratchFolder()
        let r = try runActormap(["render", maro, "--fit", "a4", "-o", dir.appendingPathComponent("m.pdf").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("below the 7 pt minimum"))
        #expect(r.stderr.contains("--view ego"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.pdf").path))
    }

    @Test func anEgoBriefFitsA4AndThePDFHasThePageSize() throws {
        let dir = try makeScratchFolder()
        let out = dir.appendingPathComponent("brief.pdf").path
        let r = try runActormap([
            "render", maro, "--view", "ego", "--actor", "police-post-soko", "--fit", "a4", "-o", out,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
        #expect(text.contains("/MediaBox [ 0 0 596 842 ]") || text.contains("/MediaBox [ 0 0 595 842 ]"))
    }

    @Test func scenarioAndSourceApplyToTheViews() throws {
        let women = try runActormap([
            "render", maro, "--view", "risk", "--source", "women's FGD", "-o", "-",
            "--format", "dot",
        ])
        #expect(women.status == 0, "\(women.stderr)")
        let all = try runActormap(["render", maro, "--view", "risk", "-o", "-", "--format", "dot"])
        #expect(women.stdout != all.stdout)
        let scenario = packageRoot.appendingPathComponent("models/scenarios/maro-youth-police-dialogue.yaml").path
        let what = try runActormap([
            "render", maro, "--view", "factions", "--scenario", scenario, "-o", "-",
            "--format", "dot",
        ])
        #expect(what.status == 0, "\(what.stderr)")
    }
}
