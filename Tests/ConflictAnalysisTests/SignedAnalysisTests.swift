import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// The published Gahuku-Gama values (Read 1954; signnet's vignettes; Everett & Borgatti 2014) come out
/// exactly when the map is analysed through the model file.
@Suite("Signed analysis of the Gahuku-Gama model")
struct SignedAnalysisTests {
    static func report(
        _ options: AnalysisOptions = .init(measures: [.degree, .brokerage], groupBy: .attribute("faction"))
    ) throws -> NetworkAnalysisReport {
        try NetworkAnalysis.run(
            try loadValidMap(modelsFolder.appendingPathComponent("gahuku-gama.yaml")), options: options)
    }

    @Test func balanceFrustrationAndFactionsMatchThePublishedValues() throws {
        let signed = try #require(try Self.report().signed)
        func value(_ key: String) -> Double? { signed.values.first { $0.key == key }?.value ?? nil }
        #expect(abs(value("balance_triangles")! - 0.8676471) < 1e-7)
        #expect(value("triangles_balanced") == 59 && value("triangles_unbalanced") == 9)
        #expect(abs(value("balance_walk")! - 0.3575761) < 1e-7)
        #expect(value("frustration") == 7 && abs(value("frustration_normalized")! - 0.7586207) < 1e-7)
        #expect(value("factions_k") == 3 && value("factions_criterion") == 1 && value("factions_violations") == 2)
        #expect(
            Set(signed.factions.map { Set($0) }) == [
                ["GAVEV", "KOTUN", "NAGAD", "GAMA"],
                ["OVE", "ALIKA", "GAHUK", "MASIL", "UKUDZ", "GEHAM", "ASARO"],
                ["NAGAM", "NOTOH", "KOHIK", "UHETO", "SEUVE"],
            ])
        #expect(signed.columns.map(\.key).contains("pn") && !signed.columns.map(\.key).contains("pn_in"))
        let pn = try #require(signed.columns.first { $0.key == "pn" }?.values)
        let at = { (id: String) in signed.actorIDs.firstIndex(of: id)! }
        #expect(
            abs(pn[at("MASIL")]! - 1.223561) < 1e-6 && abs(pn[at("UKUDZ")]! - 1.141460) < 1e-6
                && abs(pn[at("GAMA")]! - 0.714519) < 1e-6)
    }

    @Test func brokerageOnAlliancesByFaction() throws {
        let report = try Self.report(
            .init(relations: ["alliance"], measures: [.brokerage], groupBy: .attribute("faction")))
        let layer = try #require(report.layers.first)
        let masil = try #require(layer.actorIDs.firstIndex(of: "MASIL"))
        let expected: [String: Double] = [
            "brokerage_coordinator": 4, "brokerage_itinerant": 2, "brokerage_gatekeeper": 10,
            "brokerage_representative": 10, "brokerage_liaison": 0, "brokerage_total": 26,
        ]
        for (key, value) in expected { #expect(layer.column(key)?[masil] == value, "\(key)") }
    }

    @Test func fixedFactionCount() throws {
        let signed = try #require(try Self.report(.init(measures: [.degree], factionCount: 2)).signed)
        #expect(signed.factions.count == 2)
        #expect(signed.values.first { $0.key == "factions_criterion" }?.value == 3.5)
    }

    @Test func mapsWithoutNegativeTiesHaveNoSignedBlock() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("florentine-families.yaml"))
        #expect(try NetworkAnalysis.run(map, options: .init(measures: [.degree])).signed == nil)
    }

    @Test func directedTrustGivesInAndOutPN() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        let signed = try #require(try NetworkAnalysis.run(map, options: .init(measures: [.degree])).signed)
        #expect(["pn", "pn_in", "pn_out"].allSatisfy { key in signed.columns.contains { $0.key == key } })
        #expect(signed.notes.contains { $0.contains("upper bound") || $0.contains("exact") })
    }
}

/// A faction is a partition, not an alliance.
@Suite("Signed analysis: factions are not alliances")
struct FactionAlignmentTests {
    /// Above 500 actors the walk balance (two dense eigen-decompositions, O(n³)) is left out with a note:
    /// a 3,000-actor signed edge list kept `analyze` and `render --view factions` busy for minutes.
    @Test func walkBalanceIsLeftOutAboveItsActorLimit() throws {
        let n = SignedAnalysis.walkBalanceActorLimit + 1
        var yaml = "actormap: 1\nactors:\n"
        for i in 0 ..< n { yaml += "  - {id: a\(i), sector: community}\n" }
        yaml += "relations:\n"
        for i in 0 ..< n - 1 {
            yaml += "  - {type: trust, from: a\(i), to: a\(i + 1), weight: \(i % 7 == 0 ? -2 : 2)}\n"
        }
        let start = Date()
        let report = try NetworkAnalysis.run(try parseValidMap(yaml), options: .init(measures: [.degree], threads: 1))
        let signed = try #require(report.signed)
        #expect(signed.values.contains { $0.key == "balance_walk" && $0.value == nil })
        #expect(signed.notes.contains { $0.hasPrefix("walk balance not computed: the signed network has \(n) actors") })
        #expect(signed.values.contains { $0.key == "balance_triangles" })
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func anActorWithOnlyHostileTiesIsNotAligned() throws {
        let yaml = """
            actormap: 1
            actors:
              - {id: a, sector: community}
              - {id: b, sector: community}
              - {id: c, sector: customary}
              - {id: d, sector: customary}
              - {id: spoiler, sector: non-state-armed}
            relations:
              - {type: trust, between: [a, b], weight: 2}
              - {type: trust, between: [c, d], weight: 2}
              - {type: trust, from: a, to: c, weight: -2}
              - {type: competition, between: [spoiler, a], weight: 4}
              - {type: competition, between: [spoiler, c], weight: 4}
            """
        let report = try NetworkAnalysis.run(try parseValidMap(yaml), options: .init(measures: [.degree], threads: 1))
        let signed = try #require(report.signed)
        let aligned = try #require(signed.aligned)
        let index = { (id: String) in signed.actorIDs.firstIndex(of: id)! }
        // The spoiler is placed in some faction by the criterion, but has no positive tie inside it.
        #expect(signed.factions.contains { $0.contains("spoiler") })
        #expect(aligned[index("spoiler")] == false)
        #expect(aligned[index("a")] && aligned[index("b")] && aligned[index("c")] && aligned[index("d")])
    }
}
