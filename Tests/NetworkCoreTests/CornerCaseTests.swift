import Testing
@testable import NetworkCore

func graph(_ n: Int, directed: Bool = false, kind: WeightKind = .unweighted, _ edges: [(Int, Int, Double)]) throws -> Graph {
    var b = GraphBuilder(nodeCount: n, directed: directed, weightKind: kind)
    for (u, v, w) in edges { b.addEdge(u, v, weight: w) }
    return try b.build(parallelEdges: .first)
}

func edges(_ pairs: [(Int, Int)]) -> [(Int, Int, Double)] { pairs.map { ($0.0, $0.1, 1) } }

@Suite("Corner cases: empty graphs, isolates, self-loops, near ties, the 37×37 grid")
struct CornerCaseTests {
    @Test func emptyGraphGivesEmptyResults() throws {
        let g = try graph(0, [])
        let p = try PathMeasures.compute(g, options: .init(eccentricity: true))
        #expect(p.betweenness == [] && p.closeness == [] && p.harmonic == [] && p.eccentricity == [])
        #expect(try PageRank.compute(g) == [] && CoreNumber.compute(g) == [] && Clustering.local(g) == [])
        #expect(DegreeMeasures(g).degreeCentrality == [] && Components.weak(g).count == 0)
        #expect(try Louvain.compute(g).communities == [])
        #expect(GraphSummary.density(g) == 0 && Clustering.transitivity(g) == 0)
    }

    @Test func isolatesGetZeroNotNaN() throws {
        //   0 — 1    2
        let g = try graph(3, edges([(0, 1)]))
        let p = try PathMeasures.compute(g)
        #expect(p.closeness! == [0.5, 0.5, 0])     // (1/1)·(1/2)
        #expect(p.harmonic! == [1, 1, 0] && p.betweenness! == [0, 0, 0])
        let pr = try PageRank.compute(g)
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12 && pr[2] < pr[0])
        #expect(CoreNumber.compute(g) == [1, 1, 0])
        #expect(StructuralHoles(g, weighted: false).constraint[2] == nil)
        #expect(throws: SpectralError.self) { try EigenvectorCentrality.compute(try graph(3, [])) }
    }

    @Test func selfLoopsAreNeverOnAShortestPathAndDoNotFormTriangles() throws {
        //   0 — 1 — 2, with a loop at 1
        let withLoop = try graph(3, edges([(0, 1), (1, 2), (1, 1)]))
        let without = try graph(3, edges([(0, 1), (1, 2)]))
        #expect(try PathMeasures.compute(withLoop).betweennessRaw == [0, 1, 0])
        #expect(try PathMeasures.compute(withLoop).closeness == (try PathMeasures.compute(without).closeness))
        #expect(Clustering.local(withLoop) == [0, 0, 0])
        #expect(CoreNumber.compute(withLoop) == [1, 1, 1])
        #expect(DegreeMeasures(withLoop).degree == [1, 4, 1])  // a loop counts twice (networkx)
    }

    @Test func parallelTiesMergedBySumMakeAStrongerTie() throws {
        var b = GraphBuilder(nodeCount: 2, directed: false, weightKind: .strength)
        b.addEdge(0, 1, weight: 1); b.addEdge(0, 1, weight: 3)
        #expect(DegreeMeasures(try b.build(parallelEdges: .sum)).strength == [4, 4])
    }

    @Test func nearTieWeightsCountAsEqualShortestPaths() throws {
        // Two routes from 0 to 3: 0–1–3 of length 0.1 + 0.2 and 0–2–3 of length 0.3. In floating point
        // 0.1 + 0.2 ≠ 0.3, but both are shortest within the tolerance, so 1 and 2 share the brokerage.
        let g = try graph(4, kind: .length, [(0, 1, 0.1), (1, 3, 0.2), (0, 2, 0.15), (2, 3, 0.15)])
        let raw = try #require(try PathMeasures.compute(g).betweennessRaw)
        #expect(raw[1] == 0.5 && raw[2] == 0.5)
        let strictlyShorter = try graph(4, kind: .length, [(0, 1, 0.1), (1, 3, 0.2), (0, 2, 0.15), (2, 3, 0.1500001)])
        // Now only 0–1–3 is shortest (node 0 also brokers 1 and 2 in both graphs).
        #expect(try PathMeasures.compute(strictlyShorter).betweennessRaw! == [1, 1, 0, 0])
    }

    @Test func strengthWeightsAreInvertedToLengths() throws {
        // 0–1 strong (3), 1–2 strong (3), 0–2 weak (1): the strong two-step path (length 2/3) beats the
        // weak direct tie (length 1), so node 1 brokers 0 and 2.
        let g = try graph(3, kind: .strength, [(0, 1, 3), (1, 2, 3), (0, 2, 1)])
        #expect(try PathMeasures.compute(g).betweennessRaw! == [0, 1, 0])
        let asLengths = try graph(3, kind: .length, [(0, 1, 3), (1, 2, 3), (0, 2, 1)])
        #expect(try PathMeasures.compute(asLengths).betweennessRaw! == [0, 0, 0])
    }

    @Test func gridPathCountsDoNotOverflow() throws {
        // 37×37 grid: corner-to-corner shortest paths number C(72, 36) ≈ 4.4e20 > Int64.max.
        let side = 37
        var pairs: [(Int, Int)] = []
        for r in 0 ..< side { for c in 0 ..< side {
            let v = r * side + c
            if c + 1 < side { pairs.append((v, v + 1)) }
            if r + 1 < side { pairs.append((v, v + side)) }
        } }
        let g = try graph(side * side, edges(pairs))
        let raw = try #require(try PathMeasures.compute(g, options: .init(closeness: false)).betweennessRaw)
        #expect(raw.allSatisfy { $0.isFinite && $0 >= 0 })
        // Symmetry of the grid: the four corners are equal, and the centre is the largest.
        let corners = [0, side - 1, side * (side - 1), side * side - 1].map { raw[$0] }
        #expect(corners.allSatisfy { abs($0 - corners[0]) <= 1e-9 * corners[0] })
        let centre = (side / 2) * side + side / 2
        #expect(raw[centre] == raw.max())
    }

    @Test func disconnectedDirectedGraphs() throws {
        // 0 → 1 → 2    3 → 4
        let g = try graph(5, directed: true, edges([(0, 1), (1, 2), (3, 4)]))
        let p = try PathMeasures.compute(g, options: .init(eccentricity: true))
        #expect(p.betweennessRaw! == [0, 1, 0, 0, 0])
        // Incoming closeness of 2: reached from 0 (d 2) and 1 (d 1): (2/3)·(2/4).
        #expect(abs(p.closeness![2] - (2.0 / 3) * (2.0 / 4)) < 1e-15)
        #expect(p.closenessOut![2] == 0 && p.closeness![0] == 0)
        #expect(GraphSummary.diameter(eccentricity: p.eccentricity!) == nil)
        #expect(Components.weak(g).count == 2 && Components.strong(g).count == 5)
        #expect(throws: SpectralError.self) { try EigenvectorCentrality.compute(g) }
    }

    @Test func strongComponentsOfACycleWithATail() throws {
        // 0 → 1 → 2 → 0 → 3 → 4 → 3
        let g = try graph(5, directed: true, edges([(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 3)]))
        let c = Components.strong(g)
        #expect(c.count == 2 && c.label == [0, 0, 0, 1, 1] && c.sizes == [3, 2])
    }

    @Test func katzFailsClearlyWhenAlphaIsTooLarge() throws {
        let triangle = try graph(3, edges([(0, 1), (1, 2), (0, 2)]))
        #expect(throws: SpectralError.self) { try KatzCentrality.compute(triangle, alpha: 0.6) }
        let fallback = try KatzCentrality.computeWithFallback(triangle, alpha: 0.6)
        #expect(abs(fallback.alpha - 0.25) < 1e-12)  // 0.5 / ρ, ρ = 2
    }

    @Test func negativeLengthsAreRejected() throws {
        let g = try graph(2, kind: .length, [(0, 1, -1)])
        #expect(throws: PathLengthError.negativeLength(weight: -1)) { try PathMeasures.compute(g) }
    }

    @Test func louvainFindsTwoCliquesJoinedByABridge() throws {
        // Two 5-cliques, 0–4 and 5–9, joined by the tie 4–5.
        var pairs: [(Int, Int)] = [(4, 5)]
        for base in [0, 5] { for i in 0 ..< 5 { for j in i + 1 ..< 5 { pairs.append((base + i, base + j)) } } }
        let g = try graph(10, edges(pairs))
        let (communities, q) = try Louvain.compute(g)
        #expect(communities == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(abs(q - Modularity.compute(g, communities: communities)) < 1e-15)
        #expect(q > 0.45)
        #expect(try Louvain.compute(g, options: .init(seed: 7)).communities == communities)
    }
}

@Suite("Approximate betweenness (Riondato–Kornaropoulos)")
struct ApproximateBetweennessTests {
    @Test(arguments: [false, true])
    func estimatesAreWithinTheStatedBound(directed: Bool) throws {
        let g = try PropertyTests.randomGraph(seed: directed ? 5 : 6, n: 300, m: 1200, directed: directed)
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
        let g = try graph(11, edges((1 ... 10).map { (0, $0) }))
        let estimate = try ApproximateBetweenness.compute(g, epsilon: 0.05, seed: 3)
        #expect(abs(estimate.betweenness[0] - 1) <= estimate.errorBound)
        #expect(estimate.betweenness[1 ... 10].allSatisfy { $0 == 0 })
        #expect(ApproximateBetweenness.vertexDiameterBound(g) == 3)  // leaf, centre, leaf
    }
}
