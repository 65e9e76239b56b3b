import Testing

@testable import NetworkCore

/// `DegreeMeasures` (Centrality/DegreeCentrality.swift): degree centrality, in/out, degree and strength.
@Suite("Degree centrality")
struct DegreeCentralityTests {
    static let oracle: OracleMeasures = [
        "degree_centrality": { DegreeMeasures(try $0.graph(.unweighted)).degreeCentrality },
        "in_degree_centrality": { DegreeMeasures(try $0.graph(.unweighted)).inDegreeCentrality },
        "out_degree_centrality": { DegreeMeasures(try $0.graph(.unweighted)).outDegreeCentrality },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        #expect(DegreeMeasures(try testGraph(0, [])).degreeCentrality == [])
    }

    @Test func aSelfLoopCountsTwice() throws {
        //   0 — 1 — 2, with a loop at 1
        let withLoop = try testGraph(3, unitEdges([(0, 1), (1, 2), (1, 1)]))
        #expect(DegreeMeasures(withLoop).degree == [1, 4, 1])  // a loop counts twice (networkx)
    }

    @Test func parallelTiesMergedBySumMakeAStrongerTie() throws {
        var b = GraphBuilder(nodeCount: 2, directed: false, weightKind: .strength)
        b.addEdge(0, 1, weight: 1)
        b.addEdge(0, 1, weight: 3)
        #expect(DegreeMeasures(try b.build(parallelEdges: .sum)).strength == [4, 4])
    }
}
