import Testing

@testable import NetworkCore

/// A small hand-drawn graph: `nodeCount` nodes and `(u, v, weight)` edges, repeated pairs keep the first weight.
func testGraph(_ nodeCount: Int, directed: Bool = false, kind: WeightKind = .unweighted, _ edges: [(Int, Int, Double)])
    throws -> Graph
{
    var b = GraphBuilder(nodeCount: nodeCount, directed: directed, weightKind: kind)
    for (u, v, w) in edges { b.addEdge(u, v, weight: w) }
    return try b.build(parallelEdges: .first)
}

/// Node pairs as edges of weight 1.
func unitEdges(_ pairs: [(Int, Int)]) -> [(Int, Int, Double)] { pairs.map { ($0.0, $0.1, 1) } }

/// Builds a signed graph from `(u, v, sign)` triples (sign +1 or −1, weight = magnitude).
func signedGraph(nodeCount: Int, directed: Bool = false, _ ties: [(Int, Int, Double)]) throws -> SignedGraph {
    var positive = GraphBuilder(nodeCount: nodeCount, directed: directed, weightKind: .strength)
    var negative = GraphBuilder(nodeCount: nodeCount, directed: directed, weightKind: .strength)
    for (u, v, w) in ties {
        if w > 0 { positive.addEdge(u, v, weight: w) } else { negative.addEdge(u, v, weight: -w) }
    }
    return try SignedGraph(positive: positive.build(), negative: negative.build())
}

/// Seeded random graphs for the property tests.
enum RandomGraph {
    /// The seeds and directions every property is checked on.
    static let seedsAndDirections: [(UInt64, Bool)] = [(1, false), (2, true), (3, false), (4, true)]

    /// `m` draws of a pair: self-loops skipped, a repeated pair keeps its first weight (1 … 5).
    static func simple(seed: UInt64, n: Int, m: Int, directed: Bool, kind: WeightKind = .unweighted) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed, weightKind: kind)
        for _ in 0 ..< m {
            let u = Int(rng.next() % UInt64(n))
            let v = Int(rng.next() % UInt64(n))
            if u != v { b.addEdge(u, v, weight: Double(1 + rng.next() % 5)) }
        }
        return try b.build(parallelEdges: .first)
    }

    /// `m` draws of a pair, unweighted, self-loops and repeated pairs all kept.
    static func withLoopsAndRepeats(seed: UInt64, n: Int, m: Int, directed: Bool) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed)
        for _ in 0 ..< m {
            let u = Int(rng.next() % UInt64(n))
            let v = Int(rng.next() % UInt64(n))
            b.addEdge(u, v)  // self-loops and repeated pairs included
        }
        return try b.build(parallelEdges: .keep)
    }
}
