import ActorModel
import Testing

@testable import ConflictAnalysis

/// Perspectives/: each informant group's view, consensus rules, disagreements and agreement.
@Suite("Perspectives: whose view")
struct PerspectivesTests {
    /// Four groups. a→b: all four (two by a tie with no source); b→c: women and youth (half); c→a: women,
    /// youth and elders (three of four); a→c: women +2, youth −2 (opposite signs); power c→b: elders 1, men 4.
    static let yaml = """
        actormap: 1
        actors:
          - {id: a, sector: community}
          - {id: b, sector: state}
          - {id: c, sector: customary}
        relations:
          - {type: trust, from: a, to: b, weight: 1}
          - {type: trust, from: b, to: c, weight: 1, source: women}
          - {type: trust, from: b, to: c, weight: 2, source: youth}
          - {type: trust, from: c, to: a, weight: 1, source: women}
          - {type: trust, from: c, to: a, weight: 1, source: youth}
          - {type: trust, from: c, to: a, weight: 1, source: elders}
          - {type: trust, from: a, to: c, weight: 2, source: women}
          - {type: trust, from: a, to: c, weight: -2, source: youth}
          - {type: power, from: c, to: b, weight: 1, source: elders}
          - {type: power, from: c, to: b, weight: 4, source: men}
        """

    static func ties(_ map: StakeholderMap) -> Set<String> {
        Set(map.combiningRepeatedReports().relations.map { "\($0.type) \($0.from)→\($0.to)" })
    }

    @Test func groupsAndViews() throws {
        let p = Perspectives(try parseValidMap(Self.yaml))
        #expect(p.sources == ["women", "youth", "elders", "men"])
        // A view keeps the group's own ties and those with no source.
        #expect(Self.ties(p.view(of: "elders")) == ["trust a→b", "trust c→a", "power c→b"])
        #expect(Self.ties(p.view(of: "men")) == ["trust a→b", "power c→b"])
    }

    @Test func consensusRulesIncludingExactlyHalf() throws {
        let p = Perspectives(try parseValidMap(Self.yaml))
        #expect(Self.ties(p.consensus(.union)) == ["trust a→b", "trust b→c", "trust c→a", "trust a→c", "power c→b"])
        // Every group: only the tie with no source.
        #expect(Self.ties(p.consensus(.intersection)) == ["trust a→b"])
        // More than half of four: three or four groups. b→c, a→c and power c→b (two of four each) are out.
        #expect(Self.ties(p.consensus(.majority)) == ["trust a→b", "trust c→a"])
        // The consensus weight is the mean of the reports (b→c: 1 and 2).
        let union = p.consensus(.union).combiningRepeatedReports()
        #expect(union.relations.first { $0.from == "b" && $0.to == "c" }?.weight == 1.5)
    }

    @Test func aMapWithoutSourcesHasOneViewAndEveryConsensusIsTheMap() throws {
        let plain = try parseValidMap(
            "actormap: 1\nactors:\n  - {id: a}\n  - {id: b}\nrelations:\n  - {type: trust, from: a, to: b, weight: 1}\n"
        )
        let p = Perspectives(plain)
        #expect(p.sources.isEmpty)
        for rule in ConsensusRule.allCases { #expect(p.consensus(rule).relations == plain.relations) }
    }

    @Test func disagreementsOfEveryKind() throws {
        let c = try PerspectiveComparison(Perspectives(try parseValidMap(Self.yaml)))
        let opposite = c.disagreements.filter { $0.kind == .oppositeSigns }
        #expect(opposite.map { "\($0.from)→\($0.to)" } == ["a→c"])
        let gaps = c.disagreements.filter { $0.kind == .weightGap }
        #expect(gaps.map { "\($0.type) \($0.from)→\($0.to)" } == ["power c→b"])  // 1 against 4
        let some = c.disagreements.filter { $0.kind == .reportedBySome }
        #expect(some.count == 4)  // b→c, c→a, a→c, power c→b; never the tie with no source
        let bc = try #require(some.first { $0.from == "b" && $0.to == "c" })
        #expect(bc.silent == ["elders", "men"])
    }

    @Test func agreementBetweenPairs() throws {
        let c = try PerspectiveComparison(Perspectives(try parseValidMap(Self.yaml)))
        let womenYouth = try #require(c.pairs.first { $0.first == "women" && $0.second == "youth" })
        // Both report a→b, b→c, c→a and a→c: identical tie sets.
        #expect(womenYouth.jaccard == 1 && womenYouth.commonTies == 4)
        // Weights (1, 1, 1, 2) against (1, 2, 1, −2): a correlation, below 1.
        let r = try #require(womenYouth.weightCorrelation)
        #expect(r < 0)
        let womenMen = try #require(c.pairs.first { $0.first == "women" && $0.second == "men" })
        // Common: a→b only; union: a→b, b→c, c→a, a→c, c→b.
        #expect(womenMen.commonTies == 1 && abs(womenMen.jaccard - 0.2) < 1e-12 && womenMen.weightCorrelation == nil)
    }

    @Test func howDifferentlyGroupsSeeAnActor() throws {
        let c = try PerspectiveComparison(Perspectives(try parseValidMap(Self.yaml)))
        let power = try #require(c.actorViews.first { $0.actor == "b" && $0.relation == "power" })
        #expect(power.spread == 3)
        // Bands are computed per view, for every actor.
        #expect(c.bands.count == 3 && c.bands.allSatisfy { $0.bands.count == 4 })
    }
}

@Suite("Perspectives: ranks that depend on whose view")
struct PerspectiveRanksTests {
    @Test func aBrokerInOneViewOnlyIsListed() throws {
        // In the women's view w is the only bridge between the two halves; in the men's view m is.
        var yaml = "actormap: 1\nactors:\n"
        for id in ["a", "b", "c", "d", "e", "f", "w", "m"] { yaml += "  - {id: \(id)}\n" }
        yaml += "relations:\n"
        for (x, y) in [("a", "b"), ("b", "c"), ("d", "e"), ("e", "f")] {
            yaml += "  - {type: trust, between: [\(x), \(y)], weight: 1}\n"
        }
        for (group, bridge) in [("women", "w"), ("men", "m")] {
            yaml += "  - {type: trust, between: [c, \(bridge)], weight: 1, source: \(group)}\n"
            yaml += "  - {type: trust, between: [\(bridge), d], weight: 1, source: \(group)}\n"
        }
        let c = try PerspectiveComparison(Perspectives(try parseValidMap(yaml)))
        let w = try #require(c.rankChanges.first { $0.actor == "w" })
        #expect(w.ranks.first { $0.source == "women" }?.rank == 1)
        #expect(w.spread >= 3)
        #expect(c.rankChanges.contains { $0.actor == "m" })
    }
}
