import Foundation
import Testing

/// `actormap render` on maps just over a layout limit, and its elapsed-time guard. The limits themselves
/// (Sources/GraphvizRendering/RenderingLimits.swift) are pinned here as the README gives them; nothing
/// large is laid out: the switch is checked on DOT output, which Graphviz does not draw.
@Suite("actormap render: layout limits and time limit", .serialized)
struct RenderLimitsCommandTests {
    /// A CSV edge list of a star: one hub and `actors` − 1 ties.
    func writeStar(_ actors: Int, in dir: URL) throws -> String {
        var csv = "source,target\n"
        for i in 1 ..< actors { csv += "hub,a\(i)\n" }
        return try writeFile(csv, named: "star\(actors).csv", in: dir)
    }

    @Test func aMapJustOverTheDotLimitIsDrawnWithSfdpAndSaysSo() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try writeStar(1_302, in: dir)
        let r = try runActormap(["render", path, "--format", "dot", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stderr
                == "warning: 1302 actors and 1301 ties are more than the dot layout draws in reasonable time "
                + "(1600 actors, 1300 ties); using sfdp instead\n")
        // Laid out for sfdp: no level ranks, overlaps removed by scaling, straight ties, components packed.
        #expect(r.stdout.contains("overlap=scale") && r.stdout.contains("packmode=array"))
        #expect(r.stdout.contains("splines=false") && !r.stdout.contains("rank=same"))

        let atLimit = try writeStar(1_301, in: dir)
        let kept = try runActormap(["render", atLimit, "--format", "dot", "-o", "-"])
        #expect(kept.status == 0 && kept.stderr.isEmpty, "\(kept.stderr)")
        #expect(kept.stdout.contains("rankdir=TB"))
    }

    @Test func aMapJustOverSfdpsLimitIsRefusedQuicklyWithNoOutput() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try writeStar(15_001, in: dir)
        let out = dir.appendingPathComponent("star.svg").path
        let started = Date()
        let r = try runActormap(["render", path, "--layout", "sfdp", "-o", out])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(r.status == 65)
        #expect(
            r.stderr
                == "error: 15001 actors and 15000 ties are too many to draw (the limit is 15000 actors and 10000 "
                + "ties); draw fewer relation types with --relations, or a part of the map\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aRenderPastItsTimeLimitStopsWithAMessageAndWritesNothing() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 150 actors with curved ties in neato: far longer than a millisecond to lay out and route.
        let path = try writeStar(150, in: dir)
        let out = dir.appendingPathComponent("star.svg").path
        let r = try runActormap(["render", path, "--layout", "neato", "-o", out, "--time-limit", "0.001"])
        #expect(r.status == 65)
        #expect(
            r.stderr
                == "error: the neato layout of 150 actors and 149 ties was not finished after 0.001 s; draw fewer "
                + "relation types with --relations, a part of the map, another --layout, or allow more time with "
                + "--time-limit\n")
        #expect(r.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["star150.csv"])

        // Without the limit, or with a generous one, the same map is drawn.
        for limit in ["0", "600"] {
            let drawn = try runActormap(["render", path, "--layout", "neato", "-o", out, "--time-limit", limit])
            #expect(drawn.status == 0, "\(drawn.stderr)")
            #expect(FileManager.default.fileExists(atPath: out))
            try FileManager.default.removeItem(atPath: out)
        }
        let bad = try runActormap(["render", path, "--time-limit", "-1"])
        #expect(bad.status == 64 && bad.stderr.contains("--time-limit must be 0 (no limit) or more seconds"))
    }
}
