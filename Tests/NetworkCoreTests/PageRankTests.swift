import Testing

@testable import NetworkCore

/// Centrality/PageRank.swift.
@Suite("PageRank")
struct PageRankTests {
    static let oracle: OracleMeasures = [
        "pagerank": { try PageRank.compute(try $0.graph(.unweighted)) },
        "pagerank_weighted": { try PageRank.compute(try $0.graph(.length)) },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        #expect(try PageRank.compute(try testGraph(0, [])) == [])
    }

    @Test func anIsolateKeepsTheTeleportShare() throws {
        //   0 — 1    2
        let pr = try PageRank.compute(try testGraph(3, unitEdges([(0, 1)])))
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12 && pr[2] < pr[0])
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func sumsToOne(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 60, m: 150, directed: directed, kind: .strength)
        let pr = try PageRank.compute(g)
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12 && pr.allSatisfy { $0 > 0 })
    }
}
