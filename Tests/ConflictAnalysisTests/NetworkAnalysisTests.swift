import ActorModel
import Foundation
import NetworkCore
import Testing

@testable import ConflictAnalysis

@Suite("Network analysis of a map, end to end through the domain layer")
struct NetworkAnalysisTests {
    /// The karate club as a CSV edge list gives networkx's values through the whole pipeline:
    /// `--weights none` the unweighted calls, `--weights length` the `_weighted` calls.
    @Test(
        arguments: [
            (
                WeightKind.unweighted,
                [
                    "degree_centrality", "closeness", "harmonic", "betweenness", "betweenness_raw", "eigenvector",
                    "pagerank", "katz", "constraint", "effective_size", "core_number",
                ], ""
            ),
            (
                WeightKind.length,
                [
                    "closeness", "harmonic", "betweenness", "betweenness_raw", "eigenvector", "pagerank", "katz",
                    "constraint", "effective_size",
                ], "_weighted"
            ),
        ] as [(WeightKind, [String], String)])
    func karateThroughTheWholePipelineMatchesNetworkx(weights: WeightKind, measures: [String], suffix: String) throws {
        let map = try loadValidMap(networkCoreFixtures.appendingPathComponent("karate_club.edges.csv"))
        let report = try NetworkAnalysis.run(map, options: .init(weights: weights, threads: 2))
        let layer = try #require(report.layers.first)
        #expect(report.layers.count == 1 && layer.relations == ["tie"] && !layer.directed)
        for measure in measures {
            let key =
                measure == "betweenness_raw"
                ? "betweenness" + suffix + "_raw"
                : measure == "core_number" || measure == "degree_centrality" ? measure : measure + suffix
            let expected = try networkxValues("karate_club", key)
            let actual = try #require(layer.column(measure), "\(measure)")
            for (i, id) in layer.actorIDs.enumerated() {
                let e = try #require(expected[id])
                let a = try #require(actual[i])
                #expect(abs(a - e) <= max(1e-12, 1e-9 * abs(e)), "\(measure)\(suffix) \(id): \(a) vs \(e)")
            }
        }
        if weights == .length {
            #expect(report.warnings.contains { $0.contains("katz") && $0.contains("0.5/spectral radius") })
        }
        #expect(layer.graphValue("density") == 0.13903743315508021)
        // The diameter is in path-length units: hops unweighted, summed lengths with weights as lengths.
        #expect(layer.graphValue("diameter") == (weights == .unweighted ? 5 : 13))
    }

    @Test func defaultLayersAreOnePerRelationTypeWithTies() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        let report = try NetworkAnalysis.run(map, options: .init(measures: [.degree], threads: 1))
        #expect(report.layers.map(\.relations) == [["trust"], ["power"], ["competition"]])
        #expect(report.layers.map(\.directed) == [true, true, false])
        // Distrust is left out of the classic trust measures, and said so (counted after reports of the same
        // tie are combined: one tie, however many informant groups reported it).
        let distrust = map.combiningRepeatedReports().relations.filter { $0.type == "trust" && $0.weight < 0 }.count
        #expect(distrust > 0)
        #expect(report.layers[0].graphValue("negative_ties_excluded") == Double(distrust))
    }

    @Test func chosenRelationsUniteIntoOneLayer() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("florentine-families.yaml"))
        let report = try NetworkAnalysis.run(
            map, options: .init(relations: ["marriage", "business"], measures: [.degree]))
        #expect(report.layers.map(\.relations) == [["marriage", "business"]])
        #expect(throws: NetworkAnalysis.Failure.unknownRelationType("marrige", suggestion: "marriage")) {
            try NetworkAnalysis.run(map, options: .init(relations: ["marrige"]))
        }
    }

    @Test func padgettBusinessBetweennessThroughTheModel() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("florentine-families.yaml"))
        let report = try NetworkAnalysis.run(
            map, options: .init(relations: ["business"], weights: .unweighted, measures: [.betweenness]))
        let layer = try #require(report.layers.first)
        let raw = try #require(layer.column("betweenness_raw"))
        let index = { (id: String) in layer.actorIDs.firstIndex(of: id)! }
        #expect(raw[index("barbadori")] == 25 && raw[index("medici")] == 24)
    }

    @Test func onlyRequestedMeasuresAreComputed() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("gahuku-gama.yaml"))
        let report = try NetworkAnalysis.run(map, options: .init(measures: [.core, .pagerank]))
        for layer in report.layers {
            #expect(layer.columns.map(\.key) == ["pagerank", "core_number"])
        }
    }

    @Test func groupLabelsShareOneGroupForMissingValues() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("gahuku-gama.yaml"))
        let bySector = NetworkAnalysis.groupLabels(map, by: .sector, communities: nil)
        #expect(Set(bySector).count == 1)  // no tribe has a sector
        let byFaction = NetworkAnalysis.groupLabels(map, by: .attribute("faction"), communities: nil)
        #expect(Set(byFaction).count == 3)
    }

    @Test func analysisIsDeterministic() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        let a = try NetworkAnalysis.run(map, options: .init(threads: 1))
        let b = try NetworkAnalysis.run(map, options: .init(threads: 2))
        for (x, y) in zip(a.layers, b.layers) {
            #expect(x.columns.map(\.key) == y.columns.map(\.key))
            for (cx, cy) in zip(x.columns, y.columns) { #expect(cx.values == cy.values, "\(cx.key)") }
        }
    }
}
