import Foundation
import Testing

/// `actormap perspectives`, `actormap diff`, and `--source` / `--consensus` on the other commands.
@Suite("actormap perspectives and diff (end to end)")
struct PerspectivesCommandTests {
    @Test func perspectivesListsGroupsAndWhatDependsOnTheirView() throws {
        let r = try runActormap(["perspectives", "models/maro-district.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("INFORMANT GROUPS (8): "))
        #expect(r.stdout.contains("CONCLUSIONS THAT DEPEND ON WHOSE VIEW"))
        #expect(r.stdout.contains("opposite signs (3):"))
        let json = try runActormap(["perspectives", "models/maro-district.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect((object["sources"] as? [String])?.count == 8)
    }

    @Test func sourceAndConsensusAreChecked() throws {
        let unknown = try runActormap(["analyze", "models/maro-district.yaml", "--source", "youth"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("the map has no informant group (source) 'youth'"))
        #expect(unknown.stderr.contains("did you mean 'youth FGD'?"))
        let both = try runActormap(["screen", "models/maro-district.yaml", "--source", "KII", "--consensus", "union"])
        #expect(both.status == 64 && both.stderr.contains("give --source or --consensus, not both"))
        // Under --redact an unknown group is not spelled out (sources may name informants).
        let redacted = try runActormap(["analyze", "models/maro-district.yaml", "--source", "youth", "--redact"])
        #expect(redacted.status == 64 && !redacted.stderr.contains("FGD"))
        let fine = try runActormap(["analyze", "models/maro-district.yaml", "--consensus", "intersection"])
        #expect(fine.status == 0)
    }

    @Test func diffNeedsTwoSnapshotsAndShowsIndicators() throws {
        let one = try runActormap(["diff", "models/maro-district.yaml"])
        #expect(one.status == 64)
        let r = try runActormap(["diff", "models/maro-district.yaml", "models/maro-district-endline.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("sign changed (2):"))
        #expect(r.stdout.contains("trust youth-group → police-district −2 → +1"))
        #expect(r.stdout.contains("chief-kessa: high → medium"))
    }

    @Test func renderViewsMarkChangesAndAgreement() throws {
        let missing = try runActormap(["render", "models/maro-district.yaml", "--view", "diff", "-o", "-"])
        #expect(missing.status == 64 && missing.stderr.contains("--view diff needs --baseline OLD"))
        let diff = try runActormap([
            "render", "models/maro-district-endline.yaml", "--view", "diff", "--baseline", "models/maro-district.yaml",
            "-o", "-", "--format", "dot",
        ])
        #expect(diff.status == 0, "\(diff.stderr)")
        for legend in ["added", "sign changed", "re-weighted", "unchanged"] {
            #expect(diff.stdout.contains(">\(legend)</TD>"), "\(legend)")
        }
        #expect(diff.stdout.contains("label=\"−2 → +1\""))
        let groups = try runActormap([
            "render", "models/maro-district.yaml", "--view", "perspectives", "-o", "-", "--format", "dot",
        ])
        #expect(groups.stdout.contains("reported by some groups") && groups.stdout.contains("label=\"±2/8\""))
    }
}

@Suite("Perspectives and diff: review regressions (end to end)")
struct PerspectivesReviewRegressionTests {
    @Test func aDiffViewAgainstItselfThroughOneSourceShowsNoChange() throws {
        let r = try runActormap([
            "render", "models/maro-district.yaml", "--source", "women's FGD", "--view", "diff", "--baseline",
            "models/maro-district.yaml", "-o", "-", "--format", "dot",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        for legend in ["added", "removed", "sign changed", "re-weighted"] {
            #expect(!r.stdout.contains(">\(legend)</TD>"), "\(legend)")
        }
    }

    @Test func aChangedUndirectedTieWrittenTheOtherWayAndAMutualTieAreMarked() throws {
        let dir = try makeScratchFolder()
        let head =
            "actormap: 1\nactors:\n  - {id: zed}\n  - {id: alpha}\n  - {id: police}\n  - {id: youth}\nrelations:\n"
        let old = try writeFile(
            head + "  - {type: competition, from: zed, to: alpha, weight: 2}\n"
                + "  - {type: trust, from: police, to: youth, weight: 1}\n"
                + "  - {type: trust, from: youth, to: police, weight: -2}\n", named: "old.yaml", in: dir)
        let new = try writeFile(
            head + "  - {type: competition, from: zed, to: alpha, weight: 5}\n"
                + "  - {type: trust, between: [police, youth], weight: 1}\n", named: "new.yaml", in: dir)
        let r = try runActormap(["render", new, "--view", "diff", "--baseline", old, "-o", "-", "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("label=\"+2 → +5\""))
        #expect(r.stdout.contains("label=\"−2 → +1\""))
    }

    @Test func aPartnerListedTwiceCountsOnce() throws {
        let r = try runActormap(["screen", "models/maro-district.yaml", "--partners", "chief-kessa,chief-kessa"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("partners: chief-kessa\n"))
    }
}
