import Testing

@testable import NetworkCore

/// Breadth-first searches (Search/BreadthFirstSearch.swift): reachability and shortest-path counts with a
/// removed node, and fewest-hop paths to a target set; checked by hand and against a plain
/// all-paths enumeration on random graphs.
@Suite("Breadth-first search")
struct BreadthFirstSearchTests {
    static func graph(_ n: Int, directed: Bool, _ edges: [(Int, Int, Double)]) throws -> Graph {
        var b = GraphBuilder(nodeCount: n, directed: directed, weightKind: .strength)
        for (u, v, w) in edges { b.addEdge(u, v, weight: w) }
        return try b.build(parallelEdges: .max, selfLoops: .drop)
    }

    /// 0 – 1 – 3, 0 – 2 – 3, 3 – 4; 5 isolated.
    static func diamond() throws -> Graph {
        try graph(6, directed: false, [(0, 1, 1), (0, 2, 1), (1, 3, 1), (2, 3, 1), (3, 4, 1)])
    }

    @Test func reachabilityAvoidsTheRemovedNode() throws {
        let g = try Self.diamond()
        #expect(BreadthFirstSearch.reachable(in: g, from: [0]) == [true, true, true, true, true, false])
        #expect(BreadthFirstSearch.reachable(in: g, from: [0], avoiding: 3) == [true, true, true, false, false, false])
        // A removed source starts nothing.
        #expect(
            BreadthFirstSearch.reachable(in: g, from: [3], avoiding: 3) == [false, false, false, false, false, false])
        #expect(
            BreadthFirstSearch.reachable(in: g, from: [5, 4], avoiding: 3) == [false, false, false, false, true, true])
    }

    @Test func reachabilityFollowsArcDirection() throws {
        let g = try Self.graph(3, directed: true, [(0, 1, 1), (2, 1, 1)])
        #expect(BreadthFirstSearch.reachable(in: g, from: [0]) == [true, true, false])
        #expect(BreadthFirstSearch.reachable(in: g, from: [1]) == [false, true, false])
    }

    @Test func shortestPathCountsFromSeveralSources() throws {
        let g = try Self.diamond()
        let one = BreadthFirstSearch.shortestPathCounts(in: g, from: [0])
        #expect(one.distance == [0, 1, 1, 2, 3, -1])
        #expect(one.count == [1, 1, 1, 2, 2, 0])
        let removed = BreadthFirstSearch.shortestPathCounts(in: g, from: [0], avoiding: 1)
        #expect(removed.distance == [0, -1, 1, 2, 3, -1])
        #expect(removed.count == [1, 0, 1, 1, 1, 0])
        // Two sources: 4 is one hop from source 3 (the nearest), whatever 0 contributes.
        let two = BreadthFirstSearch.shortestPathCounts(in: g, from: [0, 3])
        #expect(two.distance == [0, 1, 1, 0, 1, -1])
        #expect(two.count == [1, 2, 2, 1, 1, 0])
    }

    /// Counts against brute force: every simple path of minimum length from the nearest source.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func shortestPathCountsMatchEnumeration(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 9
        var edges: [(Int, Int, Double)] = []
        for _ in 0 ..< 16 { edges.append((Int(rng.next() % 9), Int(rng.next() % 9), 1)) }
        let directed = seed % 2 == 0
        let g = try Self.graph(n, directed: directed, edges)
        let sources = [0, Int(rng.next() % 9)]
        let removed = Int(rng.next() % 9)
        let result = BreadthFirstSearch.shortestPathCounts(in: g, from: sources, avoiding: removed)
        // Brute force by dynamic programming over path lengths 0 … n (walks of length d = shortest paths
        // when d is the distance).
        var walks = [Double](repeating: 0, count: n)
        for s in Set(sources) where s != removed { walks[s] = 1 }
        var distance = walks.map { $0 > 0 ? 0 : -1 }
        var count = walks
        for d in 1 ... n {
            var next = [Double](repeating: 0, count: n)
            for u in 0 ..< n where walks[u] > 0 {
                for v in g.successors(of: u).map(Int.init) where v != removed { next[v] += walks[u] }
            }
            for v in 0 ..< n where distance[v] < 0 && next[v] > 0 {
                distance[v] = d
                count[v] = next[v]
            }
            // Keep only walks that are still shortest.
            walks = (0 ..< n).map { distance[$0] == d ? next[$0] : 0 }
        }
        #expect(result.distance == distance)
        #expect(result.count == count)
    }

    @Test func fewestHopPathPrefersTheNearestThenTheSmallestTarget() throws {
        // 0 – 1 – 2 (target), 0 – 3 – 4 – 5 (target), 0 – 6 (target, weak tie).
        let g = try Self.graph(7, directed: false, [(0, 1, 2), (1, 2, 2), (0, 3, 3), (3, 4, 3), (4, 5, 3), (0, 6, 1)])
        var targets = [Bool](repeating: false, count: 7)
        targets[2] = true
        targets[5] = true
        targets[6] = true
        #expect(BreadthFirstSearch.fewestHopPath(in: g, from: 0, toAnyOf: targets) == [0, 6])
        #expect(BreadthFirstSearch.fewestHopPath(in: g, from: 0, toAnyOf: targets, minimumWeight: 2) == [0, 1, 2])
        #expect(BreadthFirstSearch.fewestHopPath(in: g, from: 0, toAnyOf: targets, minimumWeight: 3) == [0, 3, 4, 5])
        #expect(BreadthFirstSearch.fewestHopPath(in: g, from: 0, toAnyOf: targets, minimumWeight: 4) == nil)
    }

    @Test func fewestHopPathDoesNotPassThroughATarget() throws {
        // 0 – 1 (target) – 2 (target): 2 is only reachable through 1, so 1 is the answer and 2 never is.
        let g = try Self.graph(3, directed: false, [(0, 1, 1), (1, 2, 5)])
        var targets = [false, true, true]
        #expect(BreadthFirstSearch.fewestHopPath(in: g, from: 0, toAnyOf: targets) == [0, 1])
        targets[1] = false
        #expect(BreadthFirstSearch.fewestHopPath(in: g, from: 0, toAnyOf: targets) == [0, 1, 2])
    }
}
