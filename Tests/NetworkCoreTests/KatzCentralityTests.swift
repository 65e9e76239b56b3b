import Testing

@testable import NetworkCore

/// Centrality/KatzCentrality.swift: Katz centrality with its alpha fallback, and `SpectralRadius`.
@Suite("Katz centrality and the spectral radius")
struct KatzCentralityTests {
    static let oracle: OracleMeasures = [
        "katz": { f in
            try KatzCentrality.computeWithFallback(try f.graph(.unweighted), alpha: f.parameter("ALPHA") ?? 0.1).values
        },
        "katz_weighted": { f in
            try KatzCentrality.computeWithFallback(try f.graph(.length), alpha: f.parameter("ALPHA_W") ?? 0.1).values
        },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test(arguments: OracleFixture.names)
    func spectralRadiusMatchesNetworkx(fixture: String) throws {
        let f = try OracleFixture(fixture)
        let plain = try f.graph(.unweighted)
        let length = try f.graph(.length)
        f.expectGraphValue("spectral_radius") { SpectralRadius.estimate(plain) }
        f.expectGraphValue("spectral_radius_weighted") { SpectralRadius.estimate(length) }
        f.expectGraphValue("dominant_eigenvalue") { SpectralRadius.estimate(plain) }
        f.expectGraphValue("dominant_eigenvalue_weighted") { SpectralRadius.estimate(length) }
    }

    @Test func failsClearlyWhenAlphaIsTooLarge() throws {
        let triangle = try testGraph(3, unitEdges([(0, 1), (1, 2), (0, 2)]))
        #expect(throws: SpectralError.self) { try KatzCentrality.compute(triangle, alpha: 0.6) }
        let fallback = try KatzCentrality.computeWithFallback(triangle, alpha: 0.6)
        #expect(abs(fallback.alpha - 0.25) < 1e-12)  // 0.5 / ρ, ρ = 2
    }

    /// Found by fuzzing: on a directed graph without a cycle power iteration converges only like 1/k and
    /// ran its 100 000 iterations, to a small positive number; ρ is exactly 0 there. A cycle (a self-loop,
    /// or undirected ties) keeps the iteration.
    @Test func aDirectedGraphWithoutACycleHasSpectralRadiusZero() throws {
        let chain = try testGraph(6, directed: true, unitEdges([(0, 1), (1, 2), (2, 3), (3, 4), (0, 5), (5, 4)]))
        #expect(SpectralRadius.isAcyclic(chain))
        #expect(SpectralRadius.estimate(chain) == 0)
        let cycle = try testGraph(3, directed: true, unitEdges([(0, 1), (1, 2), (2, 0)]))
        #expect(!SpectralRadius.isAcyclic(cycle))
        #expect(abs(SpectralRadius.estimate(cycle) - 1) < 1e-9)
        let loop = try testGraph(2, directed: true, unitEdges([(0, 1), (1, 1)]))
        #expect(!SpectralRadius.isAcyclic(loop))
        #expect(SpectralRadius.estimate(loop) > 0.5)
    }
}
