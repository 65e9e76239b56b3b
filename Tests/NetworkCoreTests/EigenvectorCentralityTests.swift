import Testing

@testable import NetworkCore

/// Centrality/EigenvectorCentrality.swift.
@Suite("Eigenvector centrality")
struct EigenvectorCentralityTests {
    static let oracle: OracleMeasures = [
        "eigenvector": { try EigenvectorCentrality.compute(try $0.graph(.unweighted)) },
        "eigenvector_weighted": { try EigenvectorCentrality.compute(try $0.graph(.length)) },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test func aGraphWithoutTiesHasNoEigenvectorCentrality() throws {
        #expect(throws: SpectralError.self) { try EigenvectorCentrality.compute(try testGraph(3, [])) }
    }

    @Test func aDisconnectedDirectedGraphHasNone() throws {
        // 0 → 1 → 2    3 → 4
        let g = try testGraph(5, directed: true, unitEdges([(0, 1), (1, 2), (3, 4)]))
        #expect(throws: SpectralError.self) { try EigenvectorCentrality.compute(g) }
    }
}
