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

    /// Undirected graphs go through Lanczos; the power method (the directed path, given the same graph as
    /// a symmetric directed one) must agree with it to 1e-12 on every actor.
    @Test(arguments: [0, 1, 2])
    func lanczosAgreesWithThePowerMethod(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let n = 300
        var edges: [(Int, Int, Double)] = []
        for v in 1 ..< n {
            // Preferential-ish attachment: each new node ties to 1–3 earlier ones, weights 1–5.
            for _ in 0 ..< 1 + Int(rng.next() % 3) {
                edges.append((v, Int(rng.next() % UInt64(v)), Double(1 + rng.next() % 5)))
            }
        }
        let undirected = try testGraph(n, kind: .strength, edges)
        let symmetric = try testGraph(n, directed: true, kind: .strength, edges + edges.map { ($0.1, $0.0, $0.2) })
        let lanczos = try EigenvectorCentrality.compute(undirected)
        let power = try EigenvectorCentrality.compute(symmetric)
        #expect(zip(lanczos, power).allSatisfy { abs($0 - $1) <= 1e-12 })
        #expect(abs(lanczos.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12 && lanczos.allSatisfy { $0 >= 0 })
    }

    /// A bipartite graph (a star, a path) has −λ₁ as an eigenvalue too; Lanczos still returns λ₁'s vector.
    @Test func bipartiteGraphsConverge() throws {
        let star = try EigenvectorCentrality.compute(try testGraph(5, unitEdges([(0, 1), (0, 2), (0, 3), (0, 4)])))
        // λ₁ = 2: the hub 1/√2, each leaf 1/(2√2).
        #expect(
            abs(star[0] - 0.5.squareRoot()) < 1e-12 && star[1...].allSatisfy { abs($0 - 0.125.squareRoot()) < 1e-12 })
        let path = try EigenvectorCentrality.compute(try testGraph(4, unitEdges([(0, 1), (1, 2), (2, 3)])))
        #expect(abs(path[0] - path[3]) < 1e-12 && path[1] > path[0])
    }

    /// Two equal components share the largest eigenvalue: no unique eigenvector.
    @Test func twoEqualComponentsHaveNone() throws {
        let g = try testGraph(6, unitEdges([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)]))
        #expect(throws: SpectralError.self) { try EigenvectorCentrality.compute(g) }
        // A larger component wins: the smaller one gets 0.
        let h = try testGraph(7, unitEdges([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 6), (6, 3), (3, 5)]))
        let x = try EigenvectorCentrality.compute(h)
        #expect(x[0 ..< 3].allSatisfy { abs($0) < 1e-9 } && x[3...].allSatisfy { $0 > 0.1 })
    }

    /// Above 200,000 arcs the products run on several threads; every value is the same, bit for bit.
    @Test func threadsDoNotChangeTheResult() throws {
        var rng = SplitMix64(seed: 7)
        let n = 40_000
        var edges: [(Int, Int, Double)] = []
        for v in 1 ..< n {
            for _ in 0 ..< 3 { edges.append((v, Int(rng.next() % UInt64(v)), 1)) }
        }
        let g = try testGraph(n, edges)
        #expect(g.edgeCount * 2 >= 200_000)
        #expect(try EigenvectorCentrality.compute(g, threads: 1) == (try EigenvectorCentrality.compute(g, threads: 2)))
    }
}
