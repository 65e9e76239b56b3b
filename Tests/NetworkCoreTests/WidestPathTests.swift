import Testing

@testable import NetworkCore

/// Widest (maximum-bottleneck) paths (Search/WidestPath.swift), by hand and against brute force.
@Suite("Widest path")
struct WidestPathTests {
    @Test func theWeakestLinkDecides() throws {
        // 0 –5– 1 –1– 3 and 0 –2– 2 –4– 3: the widest path to 3 is 0–2–3 with width 2.
        var b = GraphBuilder(nodeCount: 5, directed: false, weightKind: .strength)
        b.addEdge(0, 1, weight: 5)
        b.addEdge(1, 3, weight: 1)
        b.addEdge(0, 2, weight: 2)
        b.addEdge(2, 3, weight: 4)
        let g = try b.build()
        let widths = WidestPath.widths(in: g, from: 0)
        #expect(widths[0] == .infinity)
        #expect(widths[1] == 5 && widths[2] == 2 && widths[3] == 2)
        #expect(widths[4] == nil)
    }

    @Test func directedArcsAreFollowedForward() throws {
        var b = GraphBuilder(nodeCount: 3, directed: true, weightKind: .strength)
        b.addEdge(0, 1, weight: 3)
        b.addEdge(2, 1, weight: 9)
        let widths = WidestPath.widths(in: try b.build(), from: 0)
        #expect(widths == [.infinity, 3, nil])
    }

    /// Against the definition: the maximum over all simple paths of the minimum weight, by enumeration.
    @Test(arguments: [11, 12, 13, 14, 15, 16] as [UInt64])
    func matchesEnumerationOfSimplePaths(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 8
        let directed = seed % 2 == 0
        var b = GraphBuilder(nodeCount: n, directed: directed, weightKind: .strength)
        for _ in 0 ..< 14 {
            b.addEdge(Int(rng.next() % 8), Int(rng.next() % 8), weight: Double(1 + rng.next() % 9) / 2)
        }
        let g = try b.build(parallelEdges: .max, selfLoops: .drop)
        var best = [Double?](repeating: nil, count: n)
        var onPath = [Bool](repeating: false, count: n)
        func extend(_ v: Int, _ width: Double) {
            if best[v] == nil || width > best[v]! { best[v] = width }
            onPath[v] = true
            for (w, weight) in g.outTies(of: v) where !onPath[w] { extend(w, min(width, weight)) }
            onPath[v] = false
        }
        extend(0, .infinity)
        #expect(WidestPath.widths(in: g, from: 0) == best)
    }
}
