import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/ActorScreen.swift: each actor's risk factors, flags, score and band.
@Suite("Actor screen: the conclusions a careful analyst would draw about each actor")
struct ActorScreenTests {
    @Test func theSoleGatekeeperRanksHighAndIsFlagged() throws {
        // Without the women's association's ties to the police, the chief is the only bridge.
        let yaml = testDistrictModel.replacingOccurrences(
            of: "  - {type: trust, from: women, to: police, weight: 1}\n", with: "")
        let r = try screenTestDistrict(yaml)
        let chief = try actorRisk(r, "chief-north")
        let gate = try #require(chief.flags.first { $0.kind == .soleGatekeeper })
        #expect(
            gate.actors.first == "chief-north" && gate.actors.contains("village-a") && gate.actors.contains("village-b")
        )
        #expect(chief.band >= .high)
        #expect(r.actors.first?.id == "chief-north")
        #expect((chief.factor(.gatekeeping)?.value ?? 0) == 1)
        #expect(chief.factor(.gatekeeping)!.evidence.contains("reach it only through chief-north"))
    }

    @Test func aTrustedAccountableWomensAssociationStaysLow() throws {
        let women = try actorRisk(try screenTestDistrict(), "women")
        #expect(women.band == .low)
        #expect(women.flags.isEmpty)
        #expect(women.risk < 25)
        #expect(women.confidence == 1)
    }

    @Test func anArmedActorIsFlagged() throws {
        let r = try screenTestDistrict()
        let militia = try actorRisk(r, "militia")
        let armed = try #require(militia.flags.first { $0.kind == .armedActor })
        #expect(armed.actors == ["militia", "village-b"])
        #expect(militia.band >= .high)  // the armed-actor flag raises the band to at least high
        #expect(militia.factor(.coercion)?.value == 0.8)
        // state security with power over youth
        #expect(try actorRisk(r, "police").flags.contains { $0.kind == .armedActor })
    }

    @Test func missingDataIsUnknownNotZero() throws {
        let yaml = """
            actormap: 1
            actors:
              - {id: a, sector: community}
              - {id: b, sector: customary}
              - {id: c, sector: state}
            relations:
              - {type: trust, from: a, to: b, weight: 1}
              - {type: trust, from: b, to: c, weight: 1}
            """
        let b = try actorRisk(try screenTestDistrict(yaml), "b")
        #expect(b.factor(.capture)?.value == nil)  // no power ties, no rating
        #expect(b.factor(.divisiveness)?.value == nil)  // no competition recorded
        #expect(b.factor(.exclusion)?.value == nil)  // nobody represents a marginalised group
        #expect(b.confidence < 1)
        // Less than 70% of the factor weight has data: a partial score, and the band is never below unknown.
        #expect(b.isPartial && b.band >= .unknown)  // its partial score, 53, is already high
        #expect(b.explanation.contains("Too little is recorded to judge") && b.explanation.contains("no power ties"))
        #expect(b.factor(.capture)!.evidence.hasPrefix("unknown"))
    }

    @Test func addingDistrustNeverLowersTheLegitimacyDeficit() throws {
        let base = try loadValidMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        let before = try CooptationScreen.actorRisks(base)
        let community = base.actors.filter { $0.sector == .community }.map(\.id)
        for (i, target) in base.actors.enumerated() {
            var m = base
            let from = community.first { $0 != target.id }!
            m.relations.append(Relation(type: "trust", from: from, to: target.id, weight: -2, source: "added distrust"))
            let after = try CooptationScreen.actorRisks(m)
            let b = before[i].factor(.legitimacyDeficit)?.value
            let a = after[i].factor(.legitimacyDeficit)?.value
            #expect(a != nil)
            if let b, let a { #expect(a >= b - 1e-12, "\(target.id): \(b) → \(a)") }
        }
    }
}
