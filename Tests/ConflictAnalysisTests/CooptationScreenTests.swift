import ActorModel
import Foundation
import Testing
@testable import ConflictAnalysis

func map(_ yaml: String) throws -> StakeholderMap {
    let r = ModelLoader.parse(text: yaml, path: "test.yaml")
    return try #require(r.validMap, "\(r.diagnostics)")
}

/// A small district. Two villages trust only the chief, who alone is trusted by the police; the women's
/// association is trusted by everyone and accountable; two chiefs are violent rivals; a militia has power
/// over a village; the youth group trusts nobody in the plan.
///
///   village-a ─┐                       women ──── police
///   village-b ─┴─ chief-north ── police    (trusted by both villages)
///   chief-north ~~5~~ chief-south      militia ──power──▶ village-b
let district = """
    actormap: 1
    name: Test district
    groups: [women, youth, elders]
    actors:
      - {id: village-a, sector: community, level: community, represents: [elders]}
      - {id: village-b, sector: community, level: community}
      - {id: women, sector: community, level: community, represents: [women], power: 2, legitimacy: 5, accountability: 5}
      - {id: youth, sector: community, level: community, represents: [youth]}
      - {id: chief-north, sector: customary, level: district, power: 5, legitimacy: 2, accountability: 1}
      - {id: chief-south, sector: customary, level: district, power: 3, legitimacy: 3, accountability: 3}
      - {id: police, sector: state, level: district, tags: [security], power: 4, accountability: 2}
      - {id: militia, sector: non-state-armed, level: community, power: 3, accountability: 0}
    relations:
      - {type: trust, from: village-a, to: chief-north, weight: 2}
      - {type: trust, from: village-b, to: chief-north, weight: 1}
      - {type: trust, between: [chief-north, police], weight: 1}
      - {type: trust, from: village-a, to: women, weight: 2}
      - {type: trust, from: village-b, to: women, weight: 2}
      - {type: trust, from: women, to: police, weight: 1}
      - {type: trust, from: youth, to: police, weight: -2}
      - {type: trust, from: youth, to: chief-north, weight: -1}
      - {type: trust, from: women, to: chief-north, weight: -1}
      - {type: power, from: chief-north, to: village-a, weight: 5}
      - {type: power, from: chief-north, to: village-b, weight: 4}
      - {type: power, from: police, to: youth, weight: 3}
      - {type: power, from: militia, to: village-b, weight: 4}
      - {type: competition, between: [chief-north, chief-south], weight: 5}
    engagement:
      - {name: Chief only, partners: [chief-north]}
      - {name: Balanced, partners: [women, chief-north, chief-south]}

    """

@Suite("Co-optation screen: the conclusions a careful analyst would draw")
struct CooptationScreenTests {
    func screen(_ yaml: String = district, plan: String? = nil, samples: Int = 0) throws -> ScreenReport {
        let m = try map(yaml)
        let p = plan.flatMap { name in m.engagementPlans.first { $0.name == name } }.map { ($0.name, $0.partners) }
        return try CooptationScreen.run(m, options: .init(plan: p, samples: samples, seed: 7))
    }

    func actor(_ r: ScreenReport, _ id: String) throws -> ActorRisk { try #require(r.actors.first { $0.id == id }) }

    @Test func theSoleGatekeeperRanksHighAndIsFlagged() throws {
        // Without the women's association's ties to the police, the chief is the only bridge.
        let yaml = district.replacingOccurrences(of: "  - {type: trust, from: women, to: police, weight: 1}\n", with: "")
        let r = try screen(yaml)
        let chief = try actor(r, "chief-north")
        let gate = try #require(chief.flags.first { $0.kind == .soleGatekeeper })
        #expect(gate.actors.first == "chief-north" && gate.actors.contains("village-a") && gate.actors.contains("village-b"))
        #expect(chief.band >= .high)
        #expect(r.actors.first?.id == "chief-north")
        #expect((chief.factor(.gatekeeping)?.value ?? 0) == 1)
        #expect(chief.factor(.gatekeeping)!.evidence.contains("reach it only through chief-north"))
    }

    @Test func aTrustedAccountableWomensAssociationStaysLow() throws {
        let women = try actor(try screen(), "women")
        #expect(women.band == .low)
        #expect(women.flags.isEmpty)
        #expect(women.risk < 25)
        #expect(women.confidence == 1)
    }

    @Test func engagingOneOfTwoViolentRivalsIsFlagged() throws {
        let plan = try #require(try screen(plan: "Chief only").plan)
        let rival = try #require(plan.flags.first { $0.kind == .rivalNotEngaged })
        #expect(rival.actors == ["chief-north", "chief-south"])
        #expect(plan.suggestions.contains { $0.hasPrefix("Engage chief-south") })
        let balanced = try #require(try screen(plan: "Balanced").plan)
        #expect(!balanced.flags.contains { $0.kind == .rivalNotEngaged })
    }

    @Test func anUnreachedYouthGroupIsFlagged() throws {
        let plan = try #require(try screen(plan: "Balanced").plan)
        let excluded = try #require(plan.flags.first { $0.kind == .excludedGroup })
        #expect(excluded.actors == ["youth"])
        #expect(plan.groupCoverage.first { $0.group == "youth" }?.share == 0)
        #expect(plan.groupCoverage.first { $0.group == "women" }?.share == 1)
    }

    @Test func anArmedActorIsFlagged() throws {
        let r = try screen()
        let militia = try actor(r, "militia")
        let armed = try #require(militia.flags.first { $0.kind == .armedActor })
        #expect(armed.actors == ["militia", "village-b"])
        #expect(militia.band >= .high)  // the armed-actor flag raises the band to at least high
        #expect(militia.factor(.coercion)?.value == 0.8)
        #expect(try actor(r, "police").flags.contains { $0.kind == .armedActor })  // state security with power over youth
    }

    @Test func addingThePlannedTrustTiesLowersTheGatekeepersScore() throws {
        let yaml = district.replacingOccurrences(of: "  - {type: trust, from: women, to: police, weight: 1}\n", with: "")
        let m = try map(yaml)
        let scenarioText = """
            actormap-scenario: 1
            name: Villages meet the police
            add_relations:
              - {type: trust, between: [village-a, police], weight: 1}
              - {type: trust, between: [village-b, police], weight: 1}
            """
        let loaded = ModelLoader.parseScenario(text: scenarioText, path: "s.yaml", base: m)
        let scenario = try #require(loaded.scenario)
        #expect(loaded.diagnostics.isEmpty)
        let r = try CooptationScreen.run(m, scenario: scenario)
        let change = try #require(r.scenario?.changes.first { $0.id == "chief-north" })
        #expect(change.riskAfter < change.riskBefore)
        #expect(r.scenario!.flagsRemoved.contains { $0.kind == .soleGatekeeper && $0.actors.first == "chief-north" })
        #expect(try actor(r, "chief-north").factor(.gatekeeping)?.value == 0)
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
        let b = try actor(try screen(yaml), "b")
        #expect(b.factor(.capture)?.value == nil)          // no power ties, no rating
        #expect(b.factor(.divisiveness)?.value == nil)     // no competition recorded
        #expect(b.factor(.exclusion)?.value == nil)        // nobody represents a marginalised group
        #expect(b.confidence < 1)
        #expect(b.explanation.contains("Unknown: capture"))
        #expect(b.factor(.capture)!.evidence.hasPrefix("unknown"))
    }

    @Test func monteCarloIsReproducibleAndSumsToOne() throws {
        let a = try screen(samples: 200), b = try screen(samples: 200)
        for (x, y) in zip(a.actors, b.actors) {
            #expect(x.bandShares == y.bandShares)
            #expect(abs((x.bandShares?.values.reduce(0, +) ?? 0) - 1) < 1e-12)
        }
        #expect(a.rankingStability == b.rankingStability)
        let stability = try #require(a.rankingStability)
        #expect(stability > 0 && stability <= 1)
        // The militia stays high or critical in most draws: the flag does not depend on uncertain ratings alone.
        let militia = try actor(a, "militia")
        #expect((militia.bandShares?[.high] ?? 0) + (militia.bandShares?[.critical] ?? 0) > 0.5)
    }

    @Test func socialContractFollowsTheWidestPath() throws {
        let r = try screen()
        let a = try #require(r.socialContract.first { $0.community == "village-a" })
        // village-a → women (2) → police (1) and village-a → chief-north (2) → police (1) are equally wide
        // (bottleneck 1) and equally short, so either is a strongest path; the provider is the police.
        #expect(a.path.first == "village-a" && a.path.last == "police" && a.strength == 1 && a.path.count == 3)
        let youth = try #require(r.socialContract.first { $0.community == "youth" })
        #expect(youth.path.isEmpty && youth.strength == nil)
    }
}

@Suite("Co-optation screen: properties")
struct CooptationScreenPropertyTests {
    @Test func addingDistrustNeverLowersTheLegitimacyDeficit() throws {
        let base = try loadMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        let before = try CooptationScreen.actorRisks(base)
        let community = base.actors.filter { $0.sector == .community }.map(\.id)
        for (i, target) in base.actors.enumerated() {
            var m = base
            let from = community.first { $0 != target.id }!
            m.relations.append(Relation(type: "trust", from: from, to: target.id, weight: -2, source: "added distrust"))
            let after = try CooptationScreen.actorRisks(m)
            let b = before[i].factor(.legitimacyDeficit)?.value, a = after[i].factor(.legitimacyDeficit)?.value
            #expect(a != nil)
            if let b, let a { #expect(a >= b - 1e-12, "\(target.id): \(b) → \(a)") }
        }
    }

    @Test func renamingActorsChangesNothing() throws {
        let base = try loadMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        var renamed = base
        let rename = { (id: String) in "x-\(id.count)-\(String(id.reversed()))" }
        for i in renamed.actors.indices { renamed.actors[i].id = rename(renamed.actors[i].id) }
        for i in renamed.relations.indices {
            renamed.relations[i].from = rename(renamed.relations[i].from)
            renamed.relations[i].to = rename(renamed.relations[i].to)
        }
        let plan = base.engagementPlans[0]
        let a = try CooptationScreen.run(base, options: .init(plan: (plan.name, plan.partners)))
        let b = try CooptationScreen.run(renamed, options: .init(plan: (plan.name, plan.partners.map(rename))))
        #expect(a.actors.map { rename($0.id) } == b.actors.map(\.id))
        for (x, y) in zip(a.actors, b.actors) {
            #expect(x.risk == y.risk && x.band == y.band)
            #expect(x.flags.map { $0.actors.map(rename) } == y.flags.map(\.actors))
        }
        #expect(a.plan?.risk == b.plan?.risk)
    }
}

@Suite("Social contract paths")
struct SocialContractTests {
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
        let r = try CooptationScreen.run(try map(yaml))
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
        let path = try CooptationScreen.run(try map(yaml)).socialContract.first
        #expect(path?.path == ["s", "b", "t"] && path?.strength == 2 && path?.brokers == ["b"])
    }
}
