/// What the builder does with several edges between the same pair of nodes.
public enum ParallelEdgePolicy: String, Sendable, CaseIterable {
    /// Keep every edge (a multigraph); each keeps its own edge id.
    case keep
    /// Merge into one edge whose weight is the sum (the default: two ties of strength 1 make one of 2).
    case sum
    /// Merge, keeping the largest weight.
    case max
    /// Merge, keeping the smallest weight.
    case min
    /// Merge, keeping the weight of the edge added first.
    case first
}

/// What the builder does with an edge from a node to itself.
public enum SelfLoopPolicy: String, Sendable {
    case keep
    case drop
}

/// Errors found while building a graph.
public enum GraphBuildError: Error, Equatable, CustomStringConvertible {
    /// The edge added at `index` (0-based, in insertion order) has a NaN or infinite weight.
    case nonFiniteWeight(index: Int)
    /// The graph would need more arcs than `Int32` offsets can address.
    case tooManyArcs(Int)

    public var description: String {
        switch self {
        case .nonFiniteWeight(let index): return "edge \(index + 1) has a weight that is not a finite number"
        case .tooManyArcs(let n): return "\(n) arcs exceed the graph core's limit of \(Int32.max)"
        }
    }
}

/// Collects edges, then builds an immutable ``Graph`` in O(n + m) by two stable counting-sort passes.
///
/// ```swift
/// var builder = GraphBuilder(nodeCount: 3, directed: false)
/// builder.addEdge(0, 1)
/// builder.addEdge(1, 2, weight: 2)
/// let graph = try builder.build()
/// ```
///
/// The result does not depend on the order edges were added in, except for ``ParallelEdgePolicy/first``
/// and the relative order of kept parallel edges (insertion order).
public struct GraphBuilder: Sendable {
    /// Number of nodes of the graph to build.
    public let nodeCount: Int
    /// Whether the graph is directed.
    public let isDirected: Bool
    /// What the weights mean.
    public var weightKind: WeightKind

    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []

    /// A builder for a graph on `nodeCount` nodes.
    public init(nodeCount: Int, directed: Bool, weightKind: WeightKind = .unweighted, reservingEdges: Int = 0) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.weightKind = weightKind
        sources.reserveCapacity(reservingEdges)
        targets.reserveCapacity(reservingEdges)
        weights.reserveCapacity(reservingEdges)
    }

    /// A builder that takes over ready-made edge arrays (no copy): for readers of very large files.
    /// Undirected edges are put in `source ≤ target` order here.
    ///
    /// - Precondition: the arrays have equal lengths and every id is in `0 ..< nodeCount`.
    package init(
        nodeCount: Int, directed: Bool, weightKind: WeightKind, sources: [Int32], targets: [Int32], weights: [Double]
    ) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        precondition(sources.count == targets.count && targets.count == weights.count)
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.weightKind = weightKind
        self.sources = sources
        self.targets = targets
        self.weights = weights
        if !directed {
            for e in 0 ..< self.sources.count where self.targets[e] < self.sources[e] {
                let u = self.sources[e]
                self.sources[e] = self.targets[e]
                self.targets[e] = u
            }
        }
    }

    /// Number of edges added so far.
    public var addedEdgeCount: Int { sources.count }

    /// Adds the edge `u → v` (or `{u, v}` when undirected).
    ///
    /// - Precondition: `u` and `v` are in `0 ..< nodeCount`.
    public mutating func addEdge(_ u: Int, _ v: Int, weight: Double = 1) {
        precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "node out of range")
        if !isDirected && v < u {
            sources.append(Int32(v))
            targets.append(Int32(u))
        } else {
            sources.append(Int32(u))
            targets.append(Int32(v))
        }
        weights.append(weight)
    }

    /// Builds the graph.
    ///
    /// - Throws: ``GraphBuildError`` for a non-finite weight or too many arcs.
    /// - Complexity: O(n + m) time and memory.
    public func build(parallelEdges: ParallelEdgePolicy = .sum, selfLoops: SelfLoopPolicy = .keep) throws -> Graph {
        if let bad = weights.firstIndex(where: { !$0.isFinite }) {
            throw GraphBuildError.nonFiniteWeight(index: bad)
        }
        let n = nodeCount
        // Edge order by (source, target): stable sort by target, then by source.
        var order = Array(0 ..< Int32(truncatingIfNeeded: sources.count))
        if selfLoops == .drop {
            order.removeAll { sources[Int($0)] == targets[Int($0)] }
        }
        order = stableCountingSort(order, keys: targets, keyCount: n)
        order = stableCountingSort(order, keys: sources, keyCount: n)

        // Merge runs of parallel edges.
        var eS: [Int32] = []
        var eT: [Int32] = []
        var eW: [Double] = []
        eS.reserveCapacity(order.count)
        eT.reserveCapacity(order.count)
        eW.reserveCapacity(order.count)
        for index in order {
            let i = Int(index)
            let (u, v, w) = (sources[i], targets[i], weights[i])
            if parallelEdges != .keep, let last = eS.indices.last, eS[last] == u, eT[last] == v {
                switch parallelEdges {
                case .sum: eW[last] += w
                case .max: eW[last] = Swift.max(eW[last], w)
                case .min: eW[last] = Swift.min(eW[last], w)
                case .first, .keep: break
                }
                continue
            }
            eS.append(u)
            eT.append(v)
            eW.append(w)
        }
        let m = eS.count

        if isDirected {
            guard m <= Int(Int32.max) else { throw GraphBuildError.tooManyArcs(m) }
            let outOffsets = offsets(counting: eS, nodeCount: n)
            let edgeIDs = Array(0 ..< Int32(m))
            // Incoming arcs: edges are sorted by source, so a stable sort by target keeps tails sorted.
            let inOrder = stableCountingSort(edgeIDs, keys: eT, keyCount: n)
            return Graph(
                nodeCount: n, isDirected: true, weightKind: weightKind,
                edgeSources: eS, edgeTargets: eT, edgeWeights: eW,
                outOffsets: outOffsets, outNeighbors: eT, outWeights: eW, outEdges: edgeIDs,
                inOffsets: offsets(counting: eT, nodeCount: n),
                inNeighbors: inOrder.map { eS[Int($0)] },
                inWeights: inOrder.map { eW[Int($0)] },
                inEdges: inOrder
            )
        }

        // Undirected: each edge {u, v} (u ≤ v) gives arcs u→v and v→u (a loop gives one arc). A node's
        // arcs sorted by head are the arcs to smaller nodes (edges (w, u), w < u, met in edge order, which
        // is w order) followed by the arcs to itself and larger nodes (edges (u, v) in edge order, v order):
        // two passes over the sorted edges place every arc directly (parallel kept edges in edge order).
        var loopCount = 0
        var outOffsets = [Int32](repeating: 0, count: n + 1)
        for e in 0 ..< m {
            outOffsets[Int(eS[e]) + 1] += 1
            if eS[e] != eT[e] { outOffsets[Int(eT[e]) + 1] += 1 } else { loopCount += 1 }
        }
        let arcTotal = 2 * m - loopCount
        guard arcTotal <= Int(Int32.max) else { throw GraphBuildError.tooManyArcs(arcTotal) }
        for u in 0 ..< n { outOffsets[u + 1] += outOffsets[u] }
        var neighbors = [Int32](repeating: 0, count: arcTotal)
        var arcWeights = [Double](repeating: 0, count: arcTotal)
        var arcEdges = [Int32](repeating: 0, count: arcTotal)
        var next = Array(outOffsets.dropLast())
        neighbors.withUnsafeMutableBufferPointer { neighbors in
            arcWeights.withUnsafeMutableBufferPointer { arcWeights in
                arcEdges.withUnsafeMutableBufferPointer { arcEdges in
                    next.withUnsafeMutableBufferPointer { next in
                        func place(_ tail: Int32, _ head: Int32, _ e: Int) {
                            let a = Int(next[Int(tail)])
                            next[Int(tail)] += 1
                            neighbors[a] = head
                            arcWeights[a] = eW[e]
                            arcEdges[a] = Int32(truncatingIfNeeded: e)
                        }
                        for e in 0 ..< m where eS[e] != eT[e] { place(eT[e], eS[e], e) }
                        for e in 0 ..< m { place(eS[e], eT[e], e) }
                    }
                }
            }
        }
        return Graph(
            nodeCount: n, isDirected: false, weightKind: weightKind,
            edgeSources: eS, edgeTargets: eT, edgeWeights: eW,
            outOffsets: outOffsets, outNeighbors: neighbors, outWeights: arcWeights, outEdges: arcEdges,
            inOffsets: outOffsets, inNeighbors: neighbors, inWeights: arcWeights, inEdges: arcEdges
        )
    }
}

/// Reorders `items` stably by `keys[item]` in `0 ..< keyCount`.
///
/// - Complexity: O(items + keyCount).
private func stableCountingSort(_ items: [Int32], keys: [Int32], keyCount: Int) -> [Int32] {
    var start = [Int](repeating: 0, count: keyCount + 1)
    for item in items { start[Int(keys[Int(item)]) + 1] += 1 }
    for k in 0 ..< keyCount { start[k + 1] += start[k] }
    var result = [Int32](repeating: 0, count: items.count)
    for item in items {
        let k = Int(keys[Int(item)])
        result[start[k]] = item
        start[k] += 1
    }
    return result
}

/// CSR offsets for a list of arc tails: `offsets[u] ..< offsets[u + 1]` are `u`'s arcs.
private func offsets(counting tails: [Int32], nodeCount: Int) -> [Int32] {
    var offsets = [Int32](repeating: 0, count: nodeCount + 1)
    for t in tails { offsets[Int(t) + 1] += 1 }
    for u in 0 ..< nodeCount { offsets[u + 1] += offsets[u] }
    return offsets
}
