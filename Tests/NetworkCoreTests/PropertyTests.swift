import Testing
@testable import NetworkCore

/// Invariants checked on seeded random graphs.
@Suite("Properties on random graphs")
struct PropertyTests {
    static func randomGraph(seed: UInt64, n: Int, m: Int, directed: Bool, kind: WeightKind = .unweighted) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed, weightKind: kind)
        for _ in 0 ..< m {
            let u = Int(rng.next() % UInt64(n)), v = Int(rng.next() % UInt64(n))
            if u != v { b.addEdge(u, v, weight: Double(1 + rng.next() % 5)) }
        }
        return try b.build(parallelEdges: .first)
    }

    static let cases: [(UInt64, Bool)] = [(1, false), (2, true), (3, false), (4, true)]

    @Test(arguments: cases)
    func pageRankSumsToOne(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 60, m: 150, directed: directed, kind: .strength)
        let pr = try PageRank.compute(g)
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12 && pr.allSatisfy { $0 > 0 })
    }

    @Test(arguments: cases)
    func betweennessIsInvariantUnderRelabelling(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 50, m: 120, directed: directed, kind: .strength)
        var rng = SplitMix64(seed: seed &* 31)
        var permutation = Array(0 ..< g.nodeCount)
        permutation.shuffle(using: &rng)
        var b = GraphBuilder(nodeCount: g.nodeCount, directed: directed, weightKind: .strength)
        for e in 0 ..< g.edgeCount {
            b.addEdge(permutation[Int(g.edgeSources[e])], permutation[Int(g.edgeTargets[e])], weight: g.edgeWeights[e])
        }
        let h = try b.build()
        let before = try PathMeasures.compute(g), after = try PathMeasures.compute(h)
        for v in 0 ..< g.nodeCount {
            let p = permutation[v]
            #expect(abs(before.betweenness![v] - after.betweenness![p]) <= 1e-12 * max(1, before.betweenness![v]))
            #expect(abs(before.closeness![v] - after.closeness![p]) <= 1e-12)
        }
    }

    @Test(arguments: cases)
    func coreNumberIsAtMostTheDegree(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 80, m: 300, directed: directed)
        let core = CoreNumber.compute(g), degree = DegreeMeasures(g).degree
        #expect(zip(core, degree).allSatisfy { $0 <= $1 })
        // Every node of the k-core has at least k neighbours inside it.
        let k = core.max() ?? 0
        for v in 0 ..< g.nodeCount where core[v] == k {
            var inside = g.successors(of: v).filter { core[Int($0)] >= k }.count
            if directed { inside += g.predecessors(of: v).filter { core[Int($0)] >= k }.count }
            #expect(inside >= k)
        }
    }

    @Test(arguments: cases)
    func parallelResultsAreIdenticalForAnyThreadCount(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 120, m: 500, directed: directed, kind: .strength)
        let one = try PathMeasures.compute(g, options: .init(threads: 1))
        let two = try PathMeasures.compute(g, options: .init(threads: 2))
        let many = try PathMeasures.compute(g, options: .init(threads: 7))
        #expect(one.betweenness! == two.betweenness! && two.betweenness! == many.betweenness!)
        #expect(one.closeness! == two.closeness! && one.harmonic! == many.harmonic!)
    }

    @Test(arguments: cases)
    func clusteringIsAProportion(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 40, m: 200, directed: directed, kind: .strength)
        #expect(Clustering.local(g).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        #expect(Clustering.local(g, weighted: true).allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        let t = Clustering.transitivity(g)
        #expect(t >= 0 && t <= 1)
    }

    @Test(arguments: cases)
    func louvainIsDeterministicAndNeverWorseThanSingletons(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 100, m: 300, directed: directed)
        let a = try Louvain.compute(g, options: .init(seed: seed)), b = try Louvain.compute(g, options: .init(seed: seed))
        #expect(a.communities == b.communities && a.modularity == b.modularity)
        let singletons = (0 ..< Int32(g.nodeCount)).map { $0 }
        #expect(a.modularity >= Modularity.compute(g, communities: singletons))
    }
}

@Suite("The distances-only sweep agrees with the full sweep")
struct DistancesOnlySweepTests {
    @Test(arguments: PropertyTests.cases)
    func closenessHarmonicAndEccentricityAgree(seed: UInt64, directed: Bool) throws {
        let g = try PropertyTests.randomGraph(seed: seed, n: 150, m: 400, directed: directed)
        let full = try PathMeasures.compute(g, options: .init(betweenness: true, closeness: true, eccentricity: true, threads: 2))
        let fast = try PathMeasures.compute(g, options: .init(betweenness: false, closeness: true, eccentricity: true, threads: 2))
        expectClose(fast.closeness!, full.closeness!.map { Optional($0) }, "closeness", relative: 1e-12)
        expectClose(fast.closenessOut!, full.closenessOut!.map { Optional($0) }, "closeness_out", relative: 1e-12)
        expectClose(fast.harmonic!, full.harmonic!.map { Optional($0) }, "harmonic", relative: 1e-12)
        #expect(fast.eccentricity! == full.eccentricity!)
        #expect(fast.betweenness == nil)
    }
}
