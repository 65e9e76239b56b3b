import Foundation
import Testing

@Suite("actormap screen (end to end)")
struct ScreenCommandTests {
    @Test func tableLeadsWithFlagsThenTheHighestRisks() throws {
        let r = try runActormap(["screen", "models/maro-district.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("FLAGS\n"))
        let sections = ["FLAGS", "HIGHEST RISK", "PLAN 'Phase 1'", "SOCIAL CONTRACT"]
        let positions = sections.map { r.stdout.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! })
        #expect(r.stdout.contains("[sole-gatekeeper] Removing chief-kessa"))
        #expect(r.stdout.contains("[rival-not-engaged] Partner chief-kessa has a rivalry of 5/5 with chief-boru"))
        #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 260 })
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let r = try runActormap([
            "screen", "models/maro-district.yaml", "--plan", "Phase 1", "--samples", "50", "--format", "json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors.count == 36)
        let first = actors[0]
        for key in ["id", "risk", "band", "factors", "flags", "bands", "confidence", "explanation"] {
            #expect(first[key] != nil, "\(key)")
        }
        let factor = try #require((first["factors"] as? [[String: Any]])?.first)
        #expect(factor["name"] != nil && factor["evidence"] is String)
        let bands = try #require(first["bands"] as? [String: Double])
        #expect(Set(bands.keys) == ["low", "medium", "unknown", "high", "critical"])
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(plan["name"] as? String == "Phase 1")
        #expect((plan["coverage"] as? [String: Any])?["groups"] is [String: Any])
        #expect((plan["flags"] as? [[String: Any]])?.contains { $0["kind"] as? String == "rival-not-engaged" } == true)
        let contract = try #require(json["social_contract"] as? [[String: Any]])
        #expect(contract.first?["path"] is [String])
    }

    @Test func sameSeedSameBytes() throws {
        let args = ["screen", "models/maro-district.yaml", "--samples", "40", "--seed", "9", "--format", "json"]
        let a = try runActormap(args)
        let b = try runActormap(args)
        #expect(a.status == 0 && a.stdoutData == b.stdoutData)
        let c = try runActormap([
            "screen", "models/maro-district.yaml", "--samples", "40", "--seed", "10", "--format", "json",
        ])
        #expect(c.stdoutData != a.stdoutData)
    }

    @Test func scenarioShowsTheDifferences() throws {
        let r = try runActormap([
            "screen", "models/maro-district.yaml", "--scenario", "models/scenarios/maro-youth-police-dialogue.yaml",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("WHAT-IF 'Youth–police dialogue and mobile courts'"))
        #expect(r.stdout.contains("− [sole-gatekeeper] Removing chief-kessa"))
    }

    @Test func adHocPartners() throws {
        let r = try runActormap([
            "screen", "models/maro-district.yaml", "--partners", "womens-assoc,csc", "--format", "json",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"name\": \"--partners\""))
    }

    @Test func errors() throws {
        let unknownPlan = try runActormap(["screen", "models/maro-district.yaml", "--plan", "Phase 2"])
        #expect(unknownPlan.status == 64 && unknownPlan.stderr.contains("the model has no engagement plan 'Phase 2'"))
        let unknownPartner = try runActormap(["screen", "models/maro-district.yaml", "--partners", "womens-asoc"])
        #expect(unknownPartner.status == 64 && unknownPartner.stderr.contains("did you mean 'womens-assoc'?"))
        #expect(
            try runActormap(["screen", "models/maro-district.yaml", "--plan", "Phase 1", "--partners", "csc"]).status
                == 64)
        #expect(try runActormap(["screen", "models/maro-district.yaml", "--format", "csv"]).status == 64)
        let dir = try makeScratchFolder()
        let bad = try writeFile("actormap-scenario: 1\nremove_actors: [nobody]\n", named: "s.yaml", in: dir)
        let badScenario = try runActormap(["screen", "models/maro-district.yaml", "--scenario", bad])
        #expect(badScenario.status == 65 && badScenario.stderr.contains("s.yaml:2:17: error: unknown actor 'nobody'"))
        #expect(
            try runActormap(["screen", "models/maro-district.yaml", "--scenario", "/nonexistent.yaml"]).status == 66)
    }
}
