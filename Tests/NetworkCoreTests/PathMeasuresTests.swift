import Testing

@testable import NetworkCore

/// What all of `PathMeasures` shares (Paths/PathMeasures.swift, ArcLengths.swift and the two sweep kernels):
/// weights read as lengths, negative lengths refused, relabelling and thread counts changing nothing, and
/// the distances-only sweep agreeing with the full one.
@Suite("Shortest-path sweep")
struct PathMeasuresTests {
    @Test func strengthWeightsAreInvertedToLengths() throws {
        // 0–1 strong (3), 1–2 strong (3), 0–2 weak (1): the strong two-step path (length 2/3) beats the
        // weak direct tie (length 1), so node 1 brokers 0 and 2.
        let g = try testGraph(3, kind: .strength, [(0, 1, 3), (1, 2, 3), (0, 2, 1)])
        #expect(try PathMeasures.compute(g).betweennessRaw! == [0, 1, 0])
        let asLengths = try testGraph(3, kind: .length, [(0, 1, 3), (1, 2, 3), (0, 2, 1)])
        #expect(try PathMeasures.compute(asLengths).betweennessRaw! == [0, 0, 0])
    }

    @Test func negativeLengthsAreRejected() throws {
        let g = try testGraph(2, kind: .length, [(0, 1, -1)])
        #expect(throws: PathLengthError.negativeLength(weight: -1)) { try PathMeasures.compute(g) }
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func resultsAreInvariantUnderRelabelling(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 50, m: 120, directed: directed, kind: .strength)
        var rng = SplitMix64(seed: seed &* 31)
        var permutation = Array(0 ..< g.nodeCount)
        permutation.shuffle(using: &rng)
        var b = GraphBuilder(nodeCount: g.nodeCount, directed: directed, weightKind: .strength)
        for e in 0 ..< g.edgeCount {
            b.addEdge(permutation[Int(g.edgeSources[e])], permutation[Int(g.edgeTargets[e])], weight: g.edgeWeights[e])
        }
        let h = try b.build()
        let before = try PathMeasures.compute(g)
        let after = try PathMeasures.compute(h)
        for v in 0 ..< g.nodeCount {
            let p = permutation[v]
            #expect(abs(before.betweenness![v] - after.betweenness![p]) <= 1e-12 * max(1, before.betweenness![v]))
            #expect(abs(before.closeness![v] - after.closeness![p]) <= 1e-12)
        }
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func resultsAreIdenticalForAnyThreadCount(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 120, m: 500, directed: directed, kind: .strength)
        let one = try PathMeasures.compute(g, options: .init(threads: 1))
        let two = try PathMeasures.compute(g, options: .init(threads: 2))
        let many = try PathMeasures.compute(g, options: .init(threads: 7))
        #expect(one.betweenness! == two.betweenness! && two.betweenness! == many.betweenness!)
        #expect(one.closeness! == two.closeness! && one.harmonic! == many.harmonic!)
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func theDistancesOnlySweepAgreesWithTheFullSweep(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 150, m: 400, directed: directed)
        let full = try PathMeasures.compute(
            g, options: .init(betweenness: true, closeness: true, eccentricity: true, threads: 2))
        let fast = try PathMeasures.compute(
            g, options: .init(betweenness: false, closeness: true, eccentricity: true, threads: 2))
        expectClose(fast.closeness!, full.closeness!.map { Optional($0) }, "closeness", relative: 1e-12)
        expectClose(fast.closenessOut!, full.closenessOut!.map { Optional($0) }, "closeness_out", relative: 1e-12)
        expectClose(fast.harmonic!, full.harmonic!.map { Optional($0) }, "harmonic", relative: 1e-12)
        #expect(fast.eccentricity! == full.eccentricity!)
        #expect(fast.betweenness == nil)
    }
}
