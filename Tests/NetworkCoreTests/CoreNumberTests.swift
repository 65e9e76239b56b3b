import Testing

@testable import NetworkCore

/// Structure/CoreNumber.swift and ParallelCorePeeling.swift: networkx's values, the parallel peeling (used
/// for large graphs) against the sequential Batagelj–Zaversnik algorithm, corner cases and properties.
@Suite("Core numbers")
struct CoreNumberTests {
    static let oracle: OracleMeasures = [
        "core_number": { CoreNumber.compute(try $0.graph(.unweighted)).map(Double.init) }
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    @Test(arguments: [(1, false), (2, true), (3, false), (4, true)] as [(UInt64, Bool)])
    func parallelPeelingEqualsTheBucketAlgorithm(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.withLoopsAndRepeats(seed: seed, n: 3000, m: 15_000, directed: directed)
        let sequential = CoreNumber.batageljZaversnik(g)
        #expect(sequential.max()! >= 4)
        for threads in [1, 2, 5] {
            #expect(ParallelCorePeeling.compute(g, threads: threads).map(Int.init) == sequential)
        }
    }

    @Test func longCascadesAndADenseCore() throws {
        // A 30-clique, a 2000-node path hanging off it and a ring of 1000: cores 29, 1 and 2.
        var b = GraphBuilder(nodeCount: 3030, directed: false)
        for i in 0 ..< 30 { for j in i + 1 ..< 30 { b.addEdge(i, j) } }
        b.addEdge(0, 30)
        for i in 30 ..< 2029 { b.addEdge(i, i + 1) }
        for i in 2030 ..< 3030 { b.addEdge(i, i == 3029 ? 2030 : i + 1) }
        let g = try b.build()
        let expected = (0 ..< 3030).map { $0 < 30 ? 29 : $0 < 2030 ? 1 : 2 }
        #expect(CoreNumber.batageljZaversnik(g) == expected)
        #expect(ParallelCorePeeling.compute(g, threads: 2).map(Int.init) == expected)
    }

    @Test func largeGraphsTakeThePeelingPathWithTheSameResult() throws {
        let g = try RandomGraph.withLoopsAndRepeats(
            seed: 9, n: CoreNumber.parallelThreshold, m: 3 * CoreNumber.parallelThreshold, directed: false)
        let expected = CoreNumber.batageljZaversnik(g)
        #expect(CoreNumber.compute(g, threads: 2) == expected && CoreNumber.compute(g, threads: 1) == expected)
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        #expect(CoreNumber.compute(try testGraph(0, [])) == [])
    }

    @Test func anIsolateIsInTheZeroCore() throws {
        //   0 — 1    2
        #expect(CoreNumber.compute(try testGraph(3, unitEdges([(0, 1)]))) == [1, 1, 0])
    }

    @Test func aSelfLoopDoesNotRaiseTheCore() throws {
        //   0 — 1 — 2, with a loop at 1
        #expect(CoreNumber.compute(try testGraph(3, unitEdges([(0, 1), (1, 2), (1, 1)]))) == [1, 1, 1])
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func coreNumberIsAtMostTheDegree(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 80, m: 300, directed: directed)
        let core = CoreNumber.compute(g)
        let degree = DegreeMeasures(g).degree
        #expect(zip(core, degree).allSatisfy { $0 <= $1 })
        // Every node of the k-core has at least k neighbours inside it.
        let k = core.max() ?? 0
        for v in 0 ..< g.nodeCount where core[v] == k {
            var inside = g.successors(of: v).filter { core[Int($0)] >= k }.count
            if directed { inside += g.predecessors(of: v).filter { core[Int($0)] >= k }.count }
            #expect(inside >= k)
        }
    }
}
