import Testing

@testable import NetworkCore

/// Paths/ApproximateBetweenness.swift.
@Suite("Approximate betweenness (Riondato–Kornaropoulos)")
struct ApproximateBetweennessTests {
    @Test(arguments: [false, true])
    func estimatesAreWithinTheStatedBound(directed: Bool) throws {
        let g = try RandomGraph.simple(seed: directed ? 5 : 6, n: 300, m: 1200, directed: directed)
        let exact = try #require(try PathMeasures.compute(g).betweenness)
        let estimate = try ApproximateBetweenness.compute(g, epsilon: 0.02, seed: 11)
        #expect(estimate.samples > 1000)
        #expect(estimate.errorBound == 0.02)  // the bound asked for, on networkx's scale
        let worst = zip(exact, estimate.betweenness).map { abs($0 - $1) }.max()!
        #expect(worst <= estimate.errorBound, "worst error \(worst) > bound \(estimate.errorBound)")
        // The same seed gives the same estimate.
        #expect(try ApproximateBetweenness.compute(g, epsilon: 0.02, seed: 11).betweenness == estimate.betweenness)
    }

    @Test func theStarCentreTakesEveryPath() throws {
        // 0 at the centre of a star of 10: every shortest path between leaves passes through it.
        let g = try testGraph(11, unitEdges((1 ... 10).map { (0, $0) }))
        let estimate = try ApproximateBetweenness.compute(g, epsilon: 0.05, seed: 3)
        #expect(abs(estimate.betweenness[0] - 1) <= estimate.errorBound)
        #expect(estimate.betweenness[1 ... 10].allSatisfy { $0 == 0 })
        #expect(ApproximateBetweenness.vertexDiameterBound(g) == 3)  // leaf, centre, leaf
    }
}
