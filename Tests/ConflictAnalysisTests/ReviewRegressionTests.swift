import ActorModel
import Testing

@testable import ConflictAnalysis

/// Defects a review found in the screen's new judgments, each pinned.
@Suite("Screen judgments: review regressions")
struct ReviewRegressionTests {
    /// A strongman rated power 5 and accountability 0 with no power tie keeps its ratings' judgment when an
    /// unrelated power tie elsewhere in the map is recorded.
    @Test func aRatedActorWithoutPowerTiesIsJudgedByItsRatings() throws {
        let yaml = """
            actormap: 1
            actors:
              - {id: boss, sector: customary, power: 5, accountability: 0}
              - {id: v1, sector: community}
              - {id: v2, sector: community}
              - {id: st, sector: state}
            relations:
              - {type: power, from: st, to: v1, weight: 3}
              - {type: trust, from: v1, to: boss, weight: 1}
              - {type: trust, from: boss, to: st, weight: 1}
              - {type: competition, between: [v1, v2], weight: 2}
            """
        let boss = try actorRisk(try CooptationScreen.run(try parseValidMap(yaml)), "boss")
        #expect(boss.factor(.uncheckedPower)?.value == 1)
        #expect(boss.factor(.capture)?.value == 1)
    }

    /// Pairing a rival never brings it in alongside another partner it distrusts at the minimum.
    @Test func noPairAlongsideAnotherPartnerItDistrusts() throws {
        let yaml = """
            actormap: 1
            groups: [women]
            actors:
              - {id: chief-a, sector: customary}
              - {id: chief-b, sector: customary}
              - {id: ngo, sector: civil-society}
              - {id: v, sector: community, represents: [women]}
              - {id: st, sector: state}
            relations:
              - {type: competition, between: [chief-a, chief-b], weight: 4}
              - {type: trust, from: chief-b, to: ngo, weight: -2}
              - {type: trust, between: [v, chief-a], weight: 2}
              - {type: trust, between: [v, chief-b], weight: 1}
              - {type: trust, between: [chief-a, st], weight: 1}
              - {type: trust, between: [ngo, st], weight: 1}
              - {type: power, from: chief-a, to: v, weight: 2}
            engagement:
              - {name: p, partners: [chief-a, ngo]}
            """
        let plan = try #require(
            try CooptationScreen.run(try parseValidMap(yaml), options: .init(plan: ("p", ["chief-a", "ngo"]))).plan)
        #expect(!plan.suggestions.contains { $0.action == .pair && $0.actors.contains("chief-b") })
    }

    @Test func ranksOfActorsThatBrokerNothingAreNotCompared() throws {
        var yaml = "actormap: 1\nactors:\n"
        for id in ["a", "b", "c", "d", "e", "f", "x"] { yaml += "  - {id: \(id), sector: community}\n" }
        yaml += "relations:\n"
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f")] {
            yaml += "  - {type: trust, from: \(u), to: \(v), weight: 1, source: elders}\n"
        }
        yaml += "  - {type: trust, from: a, to: f, weight: 1, source: women}\n"
        yaml += "  - {type: trust, from: x, to: a, weight: 1, source: women}\n"
        let c = try PerspectiveComparison(Perspectives(try parseValidMap(yaml)))
        #expect(!c.rankChanges.contains { $0.actor == "x" })
    }

    /// Diff views: an undirected tie written the other way round, and a mutual tie whose direction changed.
    @Test func snapshotsRedactedTogetherKeepOneAliasPerActor() throws {
        let old = try parseValidMap(
            """
            actormap: 1
            actors:
              - {id: militia, sector: non-state-armed, sensitive: true}
              - {id: monitor, sector: community, sensitive: true}
              - {id: v, sector: community}
            relations:
              - {type: power, from: militia, to: v, weight: 4}
              - {type: trust, from: v, to: monitor, weight: 2}
            """)
        var new = old
        new.actors.removeFirst()
        new.relations.removeFirst()
        let together = StakeholderMap.redactingTogether([old, new])
        let d = try SnapshotDiff(old: together.maps[0], new: together.maps[1])
        #expect(d.actorsRemoved == ["sensitive-1"])
        #expect(d.ties.map(\.change) == [.removed])
        #expect(together.maps[1].actors.map(\.id) == ["sensitive-2", "v"])
    }
}
