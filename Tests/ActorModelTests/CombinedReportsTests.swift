import Testing

@testable import ActorModel

/// Model/StakeholderMap+CombinedReports.swift: several reports of one tie are one tie, with the mean weight.
@Suite("Combining repeated reports of a tie")
struct CombinedReportsTests {
    static func map(_ relations: String) throws -> StakeholderMap {
        let text = """
            actormap: 1
            actors:
              - {id: a, sector: community}
              - {id: b, sector: state}
              - {id: c, sector: customary}
            relations:
            \(relations)
            """
        let r = ModelLoader.parse(text: text, path: "m.yaml")
        return try #require(r.validMap, "\(r.diagnostics)")
    }

    @Test func threeInformantGroupsGiveOneTieWithTheMean() throws {
        let m = try Self.map(
            """
              - {type: trust, from: a, to: b, weight: 2, source: women}
              - {type: trust, from: a, to: b, weight: -1, source: youth}
              - {type: trust, from: a, to: b, weight: 1, source: elders, confidence: 0.5}
              - {type: power, from: c, to: a, weight: 5, source: women}
              - {type: power, from: c, to: a, weight: 4, source: youth}
            """)
        let combined = m.combiningRepeatedReports()
        #expect(combined.relations.count == 2)
        let trust = combined.relations[0]
        #expect(trust.type == "trust" && trust.from == "a" && trust.to == "b")
        #expect(abs(trust.weight - 2.0 / 3) < 1e-12)
        #expect(trust.reports.map(\.source) == ["women", "youth", "elders"])
        #expect(trust.reportsDisagreeInSign && trust.spread == 3)
        #expect(trust.source == nil && trust.confidence == 0.5)
        // Power stays on its 1 … 5 scale: the mean, never the sum.
        #expect(combined.relations[1].weight == 4.5 && !combined.relations[1].reportsDisagreeInSign)
    }

    @Test func directionAndUndirectedEndsDecideWhatIsTheSameTie() throws {
        let m = try Self.map(
            """
              - {type: trust, from: a, to: b, weight: 2}
              - {type: trust, from: b, to: a, weight: -2}
              - {type: competition, between: [a, c], weight: 2, source: x}
              - {type: competition, between: [c, a], weight: 4, source: y}
            """)
        let combined = m.combiningRepeatedReports()
        // a → b and b → a are different ties of a directed type; a–c and c–a the same rivalry.
        #expect(combined.relations.map(\.weight) == [2, -2, 3])
        #expect(combined.relations[2].reports.count == 2)
    }

    @Test func aMutualTieIsAReportInEachDirection() throws {
        let m = try Self.map(
            """
              - {type: trust, between: [a, b], weight: 2, source: x}
              - {type: trust, from: a, to: b, weight: 1, source: y}
              - {type: trust, between: [b, c], weight: 1}
            """)
        let combined = m.combiningRepeatedReports()
        // a → b has two reports (2 and 1); b → a one; b ↔ c, recorded once, stays one mutual tie.
        let ab = try #require(combined.relations.first { $0.from == "a" && $0.to == "b" })
        let ba = try #require(combined.relations.first { $0.from == "b" && $0.to == "a" })
        #expect(ab.weight == 1.5 && !ab.isMutual && ba.weight == 2 && !ba.isMutual)
        let bc = try #require(combined.relations.first { $0.from == "b" && $0.to == "c" })
        #expect(bc.isMutual && bc.reports.isEmpty)
    }

    @Test func aMapWithoutRepeatsIsUnchangedAndCombiningTwiceChangesNothing() throws {
        let m = try Self.map(
            """
              - {type: trust, from: a, to: b, weight: 2}
              - {type: power, from: c, to: a, weight: 3}
            """)
        #expect(m.combiningRepeatedReports().relations == m.relations)
        let repeated = try Self.map(
            """
              - {type: trust, from: a, to: b, weight: 2, source: x}
              - {type: trust, from: a, to: b, weight: 1, source: y}
            """)
        let once = repeated.combiningRepeatedReports()
        #expect(once.combiningRepeatedReports().relations == once.relations)
    }
}
