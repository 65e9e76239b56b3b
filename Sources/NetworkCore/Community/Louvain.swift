/// Options for ``Louvain``.
public struct LouvainOptions: Sendable {
    /// Resolution γ (1 = classic modularity; larger gives smaller communities).
    public var resolution: Double
    /// Seed for the order nodes are visited in; `nil` visits them in index order. The same seed always
    /// gives the same partition.
    public var seed: UInt64?
    /// Stop a level when a full pass improves modularity by less than this (networkx's default, 1e-7).
    public var threshold: Double
    /// At most this many passes of local moves per level (NetworKit's PLM uses 32): on large graphs the
    /// gains of late passes are tiny but do not fall below the threshold for hundreds of passes.
    public var maxPasses: Int
    /// Threads for building and aggregating the levels (the move phase is sequential). The partition does
    /// not depend on it.
    public var threads: Int

    public init(
        resolution: Double = 1, seed: UInt64? = 42, threshold: Double = 1e-7, maxPasses: Int = 32,
        threads: Int = ParallelLanes.defaultThreadCount
    ) {
        self.maxPasses = maxPasses
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
        self.threads = max(1, threads)
    }
}

/// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008): repeated local moves
/// that increase modularity, then aggregation of communities into nodes, until nothing improves.
///
/// Conventions: directed graphs are read as undirected, a pair tied both ways as one tie with the sum of
/// the two weights; weights are strengths (``WeightKind/strength(ofWeight:)``); a self-loop counts once
/// inside its community and twice in its node's strength (as ``Modularity``).
///
/// Deterministic: nodes are visited in a fixed (optionally seeded) order, re-drawn at every level; a
/// node moves only for a gain above staying by more than a relative 1e-12; near-ties (within 1e-12) between
/// candidate communities go to the smallest
/// community id; communities are numbered by their smallest node. Only the level building and the
/// aggregation run in parallel, on disjoint node and community ranges, so the partition is the same, bit
/// for bit, for every thread count.
///
/// - Complexity: O(m) per pass; at most ``LouvainOptions/maxPasses`` passes per level and typically
///   O(log n) levels. Memory O(n · threads + m).
public enum Louvain {
    /// The partition (community per node, numbered from 0 by smallest node) and its modularity
    /// (``Modularity/compute(_:communities:resolution:)`` of the input graph).
    public static func compute(_ graph: Graph, options: LouvainOptions = LouvainOptions()) throws -> (
        communities: [Int32], modularity: Double
    ) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], 0) }
        let threads = options.threads
        var level = LouvainLevel(graph, threads: threads)
        var membership = (0 ..< Int32(n)).map { $0 }  // original node → node of the current level
        var rng = options.seed.map { SplitMix64(seed: $0) }
        while true {
            let order = visitOrder(level.nodeCount, rng: &rng)
            let moves = LouvainMoves(
                level: level, gamma: options.resolution, threshold: options.threshold,
                maxPasses: options.maxPasses)
            let (moved, local) = moves.run(order: order)
            if !moved { break }
            // Renumber communities densely by first node, then aggregate.
            let (dense, communityCount) = renumberedByFirstAppearance(local, labelBound: level.nodeCount)
            for i in 0 ..< n { membership[i] = dense[Int(membership[i])] }
            level = level.aggregated(by: dense, communityCount: communityCount, threads: threads)
            if level.nodeCount == 1 { break }
        }
        // Number communities by smallest original node.
        let result = renumberedByFirstAppearance(membership, labelBound: n).labels
        return (result, Modularity.compute(graph, communities: result, resolution: options.resolution))
    }

    /// The order one level visits its nodes in: index order, or a Fisher–Yates shuffle from the seed.
    private static func visitOrder(_ n: Int, rng: inout SplitMix64?) -> [Int32] {
        var order = (0 ..< Int32(n)).map { $0 }
        if var r = rng {
            for i in stride(from: n - 1, to: 0, by: -1) {
                let j = Int(r.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            rng = r
        }
        return order
    }
}
