import Foundation
import Testing

/// Maps too small for what is asked: the command succeeds and says what it could not do.
@Suite("Degenerate maps: no ties, one actor, more factions than actors")
struct DegenerateMapTests {
    @Test func aMapWithoutTiesSaysSo() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile("actormap: 1\nactors:\n  - {id: a}\n  - {id: b}\n", named: "m.yaml", in: dir)
        let r = try runActormap(["analyze", "m.yaml"], in: dir)
        #expect(r.status == 0 && r.stdout.hasPrefix("no ties to analyse"))
    }

    @Test func rankingStabilityNeedsTwoActors() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile("actormap: 1\nactors:\n  - {id: a}\n", named: "one.yaml", in: dir)
        let r = try runActormap(["screen", "one.yaml", "--samples", "5", "--format", "json"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("\"ranking_stability\": null"))
    }

    @Test func tooManyFactionsIsSaid() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(sensitiveLeakModel, named: "m.yaml", in: dir)
        let small = try runActormap(["analyze", "m.yaml", "--factions", "12"], in: dir)
        #expect(small.status == 0)
        #expect(
            small.stderr.contains("12 factions asked for but the signed network has only 4 actors"), "\(small.stderr)")
    }
}
