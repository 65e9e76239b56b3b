extension Graph {
    /// The undirected view of a directed graph: one edge per pair of nodes tied in either direction, its
    /// weight the sum of the pair's arc strengths (``WeightKind/strength(ofWeight:)``), self-loops dropped.
    ///
    /// Built straight from the sorted outgoing and incoming lists by merging them per node, so no sort is
    /// needed. The result has ``WeightKind/strength``.
    ///
    /// - Complexity: O(n + m + m log d) (the log for finding each edge's id from its second end).
    public func undirectedStrengthView() -> Graph {
        precondition(isDirected, "already undirected")
        let n = nodeCount
        var offsets = [Int32](repeating: 0, count: n + 1)
        // Pass 1: distinct neighbours other than the node itself (outgoing and incoming lists merged).
        for u in 0 ..< n {
            var count: Int32 = 0
            var last = -1
            forEachMergedNeighbor(of: u) { v, _ in
                if v != u && v != last { count += 1 }
                last = v
            }
            offsets[u + 1] = offsets[u] + count
        }
        let arcs = Int(offsets[n])
        var neighbors = [Int32](repeating: 0, count: arcs)
        var weights = [Double](repeating: 0, count: arcs)
        // Pass 2: fill, summing the strengths of every arc between the same pair.
        for u in 0 ..< n {
            var p = Int(offsets[u]) - 1
            var last = -1
            forEachMergedNeighbor(of: u) { v, w in
                guard v != u else { return }
                if v != last {
                    p += 1
                    neighbors[p] = Int32(v)
                    weights[p] = 0
                    last = v
                }
                weights[p] += weightKind.strength(ofWeight: w)
            }
        }
        // Edges in (source, target) order with source < target; each arc names its edge.
        var edgeSources: [Int32] = []
        var edgeTargets: [Int32] = []
        var edgeWeights: [Double] = []
        edgeSources.reserveCapacity(arcs / 2)
        edgeTargets.reserveCapacity(arcs / 2)
        edgeWeights.reserveCapacity(arcs / 2)
        var arcEdges = [Int32](repeating: 0, count: arcs)
        for u in 0 ..< n {
            for a in Int(offsets[u]) ..< Int(offsets[u + 1]) {
                let v = Int(neighbors[a])
                if v > u {
                    arcEdges[a] = Int32(edgeSources.count)
                    edgeSources.append(Int32(u))
                    edgeTargets.append(Int32(v))
                    edgeWeights.append(weights[a])
                } else {
                    // The edge {v, u} was numbered from v's side: find u in v's sorted list.
                    var low = Int(offsets[v])
                    var high = Int(offsets[v + 1])
                    while low < high {
                        let mid = (low + high) >> 1
                        if neighbors[mid] < Int32(u) { low = mid + 1 } else { high = mid }
                    }
                    arcEdges[a] = arcEdges[low]
                }
            }
        }
        return Graph(
            nodeCount: n, isDirected: false, weightKind: .strength,
            edgeSources: edgeSources, edgeTargets: edgeTargets, edgeWeights: edgeWeights,
            outOffsets: offsets, outNeighbors: neighbors, outWeights: weights, outEdges: arcEdges,
            inOffsets: offsets, inNeighbors: neighbors, inWeights: weights, inEdges: arcEdges)
    }
}
