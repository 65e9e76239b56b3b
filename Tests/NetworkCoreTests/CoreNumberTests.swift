import Testing
@testable import NetworkCore

/// The parallel peeling (used for large graphs) against the sequential Batagelj–Zaversnik algorithm.
@Suite("Core numbers: parallel peeling equals the bucket algorithm")
struct CoreNumberTests {
    static func randomGraph(seed: UInt64, n: Int, m: Int, directed: Bool) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed)
        for _ in 0 ..< m {
            let u = Int(rng.next() % UInt64(n)), v = Int(rng.next() % UInt64(n))
            b.addEdge(u, v)  // self-loops and repeated pairs included
        }
        return try b.build(parallelEdges: .keep)
    }

    @Test(arguments: [(1, false), (2, true), (3, false), (4, true)] as [(UInt64, Bool)])
    func randomGraphs(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 3000, m: 15_000, directed: directed)
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
        let g = try Self.randomGraph(seed: 9, n: CoreNumber.parallelThreshold, m: 3 * CoreNumber.parallelThreshold, directed: false)
        let expected = CoreNumber.batageljZaversnik(g)
        #expect(CoreNumber.compute(g, threads: 2) == expected && CoreNumber.compute(g, threads: 1) == expected)
    }
}
