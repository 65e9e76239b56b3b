import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/SocialContract.swift: the strongest trusted path from each community to a state provider.
@Suite("Social contract paths")
struct SocialContractTests {
    @Test func socialContractFollowsTheWidestPath() throws {
        let r = try screenTestDistrict()
        let a = try #require(r.socialContract.first { $0.community == "village-a" })
        // village-a → women (2) → police (1) and village-a → chief-north (2) → police (1) are equally wide
        // (bottleneck 1) and equally short, so either is a strongest path; the provider is the police.
        #expect(a.path.first == "village-a" && a.path.last == "police" && a.strength == 1 && a.path.count == 3)
        let youth = try #require(r.socialContract.first { $0.community == "youth" })
        #expect(youth.path.isEmpty && youth.strength == nil)
    }

    @Test func amongEquallyStrongPathsTheShortestIsReported() throws {
        // s → a1 → a2 → a3 → u is all strength 2, s → u is 1, and u → t (the police) is 1: both routes to the
        // police have strength 1, so the two-step route s → u → t is the one to report.
        let yaml = """
            actormap: 1
            actors:
              - {id: s, sector: community}
              - {id: a1, sector: customary}
              - {id: a2, sector: customary}
              - {id: a3, sector: customary}
              - {id: u, sector: civil-society}
              - {id: t, sector: state, tags: [security]}
            relations:
              - {type: trust, from: s, to: a1, weight: 2}
              - {type: trust, from: a1, to: a2, weight: 2}
              - {type: trust, from: a2, to: a3, weight: 2}
              - {type: trust, from: a3, to: u, weight: 2}
              - {type: trust, from: s, to: u, weight: 1}
              - {type: trust, from: u, to: t, weight: 1}
            """
        let r = try CooptationScreen.run(try parseValidMap(yaml))
        #expect(r.socialContract == [SocialContractPath(community: "s", path: ["s", "u", "t"], strength: 1)])
    }

    @Test func theWidestPathBeatsAShorterWeakerOne() throws {
        let yaml = """
            actormap: 1
            actors:
              - {id: s, sector: community}
              - {id: b, sector: customary}
              - {id: t, sector: state}
            relations:
              - {type: trust, from: s, to: t, weight: 1}
              - {type: trust, from: s, to: b, weight: 2}
              - {type: trust, from: b, to: t, weight: 2}
            """
        let path = try CooptationScreen.run(try parseValidMap(yaml)).socialContract.first
        #expect(path?.path == ["s", "b", "t"] && path?.strength == 2 && path?.brokers == ["b"])
    }
}
