import Testing

@testable import NetworkCore

/// Structure/Clustering.swift: local and average clustering, triangles and transitivity.
@Suite("Clustering, triangles and transitivity")
struct ClusteringTests {
    static let oracle: OracleMeasures = [
        "clustering": { Clustering.local(try $0.graph(.unweighted)) },
        "clustering_weighted": { Clustering.local(try $0.graph(.length), weighted: true) },
        "triangles": { Clustering.triangles(try $0.graph(.unweighted)).map(Double.init) },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test(arguments: OracleFixture.names)
    func graphValuesMatchNetworkx(fixture: String) throws {
        let f = try OracleFixture(fixture)
        let plain = try f.graph(.unweighted)
        let length = try f.graph(.length)
        f.expectGraphValue("transitivity") { Clustering.transitivity(plain) }
        f.expectGraphValue("average_clustering") { Clustering.average(plain) }
        f.expectGraphValue("average_clustering_weighted") { Clustering.average(length, weighted: true) }
        f.expectGraphValue("triangles_total") { Double(Clustering.triangles(plain).reduce(0, +)) / 3 }
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        let g = try testGraph(0, [])
        #expect(Clustering.local(g) == [] && Clustering.transitivity(g) == 0)
    }

    @Test func selfLoopsDoNotFormTriangles() throws {
        //   0 — 1 — 2, with a loop at 1
        #expect(Clustering.local(try testGraph(3, unitEdges([(0, 1), (1, 2), (1, 1)]))) == [0, 0, 0])
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func clusteringIsAProportion(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 40, m: 200, directed: directed, kind: .strength)
        #expect(Clustering.local(g).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        #expect(Clustering.local(g, weighted: true).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        let t = Clustering.transitivity(g)
        #expect(t >= 0 && t <= 1)
    }
}
