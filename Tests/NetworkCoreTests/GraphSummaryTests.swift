import Testing

@testable import NetworkCore

/// Structure/GraphSummary.swift: size, density and diameter.
@Suite("Graph summary: size, density, diameter")
struct GraphSummaryTests {
    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        let f = try OracleFixture(fixture)
        let plain = try f.graph(.unweighted)
        f.expectGraphValue("nodes") { Double(plain.nodeCount) }
        f.expectGraphValue("edges") { Double(plain.edgeCount) }
        f.expectGraphValue("density") { GraphSummary.density(plain) }
        if f.graphValue("diameter") != nil {
            let ecc = try PathMeasures.compute(
                plain, options: .init(betweenness: false, closeness: false, eccentricity: true)
            ).eccentricity!
            try f.expectGraphValue("diameter") { try #require(GraphSummary.diameter(eccentricity: ecc)) }
        }
    }

    @Test func emptyGraphHasDensityZero() throws {
        #expect(GraphSummary.density(try testGraph(0, [])) == 0)
    }

    @Test func aDisconnectedDirectedGraphHasNoDiameter() throws {
        // 0 → 1 → 2    3 → 4
        let g = try testGraph(5, directed: true, unitEdges([(0, 1), (1, 2), (3, 4)]))
        let p = try PathMeasures.compute(g, options: .init(eccentricity: true))
        #expect(GraphSummary.diameter(eccentricity: p.eccentricity!) == nil)
    }
}
