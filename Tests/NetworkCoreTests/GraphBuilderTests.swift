import Testing

@testable import NetworkCore

@Suite("GraphBuilder and the CSR storage")
struct GraphBuilderTests {
    //   0 ── 1 ── 2
    //        │  ╱
    //        3        4 (isolate)
    func pathWithTriangle(directed: Bool = false) throws -> Graph {
        var b = GraphBuilder(nodeCount: 5, directed: directed)
        b.addEdge(2, 1)
        b.addEdge(0, 1)
        b.addEdge(3, 1)
        b.addEdge(2, 3, weight: 2)
        return try b.build()
    }

    @Test func undirectedCSRHasBothArcsSortedAndEdgesOnce() throws {
        let g = try pathWithTriangle()
        #expect(g.nodeCount == 5 && g.edgeCount == 4 && g.arcCount == 8)
        #expect(g.outOffsets == [0, 1, 4, 6, 8, 8])
        #expect(g.outNeighbors == [1, 0, 2, 3, 1, 3, 1, 2])
        #expect(g.outWeights == [1, 1, 1, 1, 1, 2, 1, 2])
        // Edges in (source, target) order with source <= target.
        #expect(g.edgeSources == [0, 1, 1, 2])
        #expect(g.edgeTargets == [1, 2, 3, 3])
        #expect(g.edgeWeights == [1, 1, 1, 2])
        // Every arc names its edge.
        for u in g.nodes {
            for a in g.outArcs(of: u) {
                let e = Int(g.outEdges[a])
                let ends = Set([Int(g.edgeSources[e]), Int(g.edgeTargets[e])])
                #expect(ends == Set([u, Int(g.outNeighbors[a])]))
            }
        }
        // In-arcs are the out-arcs.
        #expect(g.inNeighbors == g.outNeighbors && g.inOffsets == g.outOffsets)
        #expect(g.outDegree(4) == 0 && g.outDegree(1) == 3)
    }

    @Test func directedCSRKeepsInAndOutApart() throws {
        let g = try pathWithTriangle(directed: true)
        #expect(g.isDirected && g.edgeCount == 4 && g.arcCount == 4)
        #expect(Array(g.successors(of: 2)) == [1, 3])
        #expect(Array(g.successors(of: 1)) == [])
        #expect(Array(g.predecessors(of: 1)) == [0, 2, 3])
        #expect(Array(g.predecessors(of: 3)) == [2])
        #expect(g.inWeights[g.inArcs(of: 3)].first == 2)
        #expect(g.hasArc(from: 2, to: 3) && !g.hasArc(from: 3, to: 2))
    }

    @Test func arcLookupUsesSortedNeighbours() throws {
        let g = try pathWithTriangle()
        #expect(g.hasArc(from: 1, to: 3) && g.hasArc(from: 3, to: 1))
        #expect(!g.hasArc(from: 0, to: 2) && !g.hasArc(from: 4, to: 0))
        let a = try #require(g.arc(from: 3, to: 2))
        #expect(g.outWeights[a] == 2)
    }

    @Test(arguments: [
        (ParallelEdgePolicy.sum, [5.0]), (.max, [3.0]), (.min, [2.0]), (.first, [2.0]), (.keep, [2.0, 3.0]),
    ])
    func parallelEdgesFollowThePolicy(policy: ParallelEdgePolicy, expected: [Double]) throws {
        var b = GraphBuilder(nodeCount: 2, directed: false)
        b.addEdge(0, 1, weight: 2)
        b.addEdge(1, 0, weight: 3)
        let g = try b.build(parallelEdges: policy)
        #expect(g.edgeWeights == expected)
        #expect(g.outDegree(0) == expected.count)
    }

    @Test func directedOppositeArcsAreNotParallel() throws {
        var b = GraphBuilder(nodeCount: 2, directed: true)
        b.addEdge(0, 1, weight: 2)
        b.addEdge(1, 0, weight: 3)
        let g = try b.build(parallelEdges: .sum)
        #expect(g.edgeCount == 2)
    }

    @Test func selfLoopsAreOneArcOrDropped() throws {
        var b = GraphBuilder(nodeCount: 2, directed: false)
        b.addEdge(0, 0)
        b.addEdge(0, 1)
        let kept = try b.build()
        #expect(kept.edgeCount == 2 && kept.selfLoopCount == 1)
        #expect(Array(kept.successors(of: 0)) == [0, 1])
        let dropped = try b.build(selfLoops: .drop)
        #expect(dropped.edgeCount == 1 && dropped.selfLoopCount == 0)
    }

    @Test func nonFiniteWeightsAreRejectedWithTheirPosition() {
        var b = GraphBuilder(nodeCount: 2, directed: false)
        b.addEdge(0, 1)
        b.addEdge(0, 1, weight: .nan)
        #expect(throws: GraphBuildError.nonFiniteWeight(index: 1)) { try b.build() }
        var c = GraphBuilder(nodeCount: 2, directed: true)
        c.addEdge(0, 1, weight: .infinity)
        #expect(throws: GraphBuildError.nonFiniteWeight(index: 0)) { try c.build() }
    }

    @Test func emptyGraphs() throws {
        let none = try GraphBuilder(nodeCount: 0, directed: false).build()
        #expect(none.nodeCount == 0 && none.edgeCount == 0 && none.outOffsets == [0])
        let isolates = try GraphBuilder(nodeCount: 3, directed: true).build()
        #expect(isolates.outOffsets == [0, 0, 0, 0] && isolates.inOffsets == [0, 0, 0, 0])
    }

    /// The CSR agrees with a naive adjacency set on random graphs, whatever the insertion order.
    @Test(arguments: [false, true])
    func randomGraphsMatchANaiveAdjacency(directed: Bool) throws {
        var rng = SplitMix64(seed: directed ? 7 : 11)
        let n = 60
        var b = GraphBuilder(nodeCount: n, directed: directed)
        var expected = Set<[Int]>()
        for _ in 0 ..< 400 {
            let u = Int(rng.next() % UInt64(n))
            let v = Int(rng.next() % UInt64(n))
            b.addEdge(u, v)
            expected.insert(directed ? [u, v] : [min(u, v), max(u, v)])
        }
        let g = try b.build(parallelEdges: .first)
        #expect(g.edgeCount == expected.count)
        var seen = Set<[Int]>()
        for u in g.nodes {
            var previous: Int32 = -1
            for v in g.successors(of: u) {
                #expect(v > previous)  // sorted, no duplicates
                previous = v
                seen.insert(directed ? [u, Int(v)] : [min(u, Int(v)), max(u, Int(v))])
            }
        }
        #expect(seen == expected)
        if directed {
            var inSeen = Set<[Int]>()
            for v in g.nodes { for u in g.predecessors(of: v) { inSeen.insert([Int(u), v]) } }
            #expect(inSeen == expected)
        }
    }
}
