import Testing

@testable import NetworkCore

/// The distance measures of `PathMeasures` (Paths/PathMeasures.swift): closeness (in and out), harmonic
/// centrality and eccentricity.
@Suite("Closeness, harmonic centrality and eccentricity")
struct ClosenessTests {
    static func paths(_ g: Graph) throws -> PathMeasureResult {
        try PathMeasures.compute(g, options: .init(threads: 2))
    }

    static let oracle: OracleMeasures = [
        "closeness": { try #require(try paths(try $0.graph(.unweighted)).closeness) },
        "closeness_out": { try #require(try paths(try $0.graph(.unweighted)).closenessOut) },
        "closeness_weighted": { try #require(try paths(try $0.graph(.length)).closeness) },
        "harmonic": { try #require(try paths(try $0.graph(.unweighted)).harmonic) },
        "harmonic_weighted": { try #require(try paths(try $0.graph(.length)).harmonic) },
        "eccentricity": {
            try #require(
                try PathMeasures.compute(
                    try $0.graph(.unweighted), options: .init(betweenness: false, closeness: false, eccentricity: true)
                ).eccentricity)
        },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        let p = try PathMeasures.compute(try testGraph(0, []), options: .init(eccentricity: true))
        #expect(p.closeness == [] && p.harmonic == [] && p.eccentricity == [])
    }

    @Test func isolatesGetZeroNotNaN() throws {
        //   0 — 1    2
        let p = try PathMeasures.compute(try testGraph(3, unitEdges([(0, 1)])))
        #expect(p.closeness! == [0.5, 0.5, 0])  // (1/1)·(1/2)
        #expect(p.harmonic! == [1, 1, 0])
    }

    @Test func selfLoopsChangeNoDistance() throws {
        //   0 — 1 — 2, with a loop at 1
        let withLoop = try testGraph(3, unitEdges([(0, 1), (1, 2), (1, 1)]))
        let without = try testGraph(3, unitEdges([(0, 1), (1, 2)]))
        #expect(try PathMeasures.compute(withLoop).closeness == (try PathMeasures.compute(without).closeness))
    }

    @Test func disconnectedDirectedGraphsUseIncomingDistances() throws {
        // 0 → 1 → 2    3 → 4
        let g = try testGraph(5, directed: true, unitEdges([(0, 1), (1, 2), (3, 4)]))
        let p = try PathMeasures.compute(g, options: .init(eccentricity: true))
        // Incoming closeness of 2: reached from 0 (d 2) and 1 (d 1): (2/3)·(2/4).
        #expect(abs(p.closeness![2] - (2.0 / 3) * (2.0 / 4)) < 1e-15)
        #expect(p.closenessOut![2] == 0 && p.closeness![0] == 0)
    }
}
