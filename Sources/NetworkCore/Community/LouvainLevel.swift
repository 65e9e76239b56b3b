/// One level of the Louvain hierarchy: a symmetric weighted graph in CSR form whose self-loops are kept
/// apart from the arcs, with every node's strength.
///
/// - `offsets`, `neighbors`, `weights`: each undirected tie `{u, v}` (u ≠ v) appears as the arc `u → v`
///   and the arc `v → u`, both with the tie's weight;
/// - `loops[u]`: the weight of `u`'s self-loop, counted once (at level 0 a self-loop of the input; above
///   it, the weight of the ties inside the community `u` stands for);
/// - `strengths[u] = Σ_arcs w + 2 · loops[u]` and `totalStrength = Σ_u strengths[u] = 2m`.
///
/// Rows are not sorted: the move phase needs none, and every row's order is fixed by the input, so the
/// result does not depend on it being sorted or on the thread count.
struct LouvainLevel {
    let nodeCount: Int
    let offsets: [Int32]
    let neighbors: [Int32]
    let weights: [Double]
    let loops: [Double]
    let strengths: [Double]
    let totalStrength: Double

    init(offsets: [Int32], neighbors: [Int32], weights: [Double], loops: [Double], threads: Int) {
        let n = loops.count
        self.nodeCount = n
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.loops = loops
        var strengths = [Double](repeating: 0, count: n)
        strengths.withUnsafeMutableBufferPointer { strengths in
            nonisolated(unsafe) let strengths = strengths
            offsets.withUnsafeBufferPointer { offsets in
                weights.withUnsafeBufferPointer { weights in
                    loops.withUnsafeBufferPointer { loops in
                        LouvainLevel.forEachRange(n, threads: threads) { range in
                            for u in range {
                                var k = 0.0
                                for a in Int(offsets[u]) ..< Int(offsets[u + 1]) { k += weights[a] }
                                strengths[u] = k + 2 * loops[u]
                            }
                        }
                    }
                }
            }
        }
        var total = 0.0
        for k in strengths { total += k }
        self.strengths = strengths
        self.totalStrength = total
    }

    /// Level 0: the graph read as undirected, weights as strengths (``WeightKind/strength(ofWeight:)``).
    /// A directed pair tied both ways becomes one tie whose weight is the sum of its two arcs; a directed
    /// self-loop counts once. This is the reading ``Modularity`` uses.
    ///
    /// - Complexity: O(n + m), parallel over node ranges.
    init(_ graph: Graph, threads: Int) {
        let n = graph.nodeCount
        let kind = graph.weightKind
        var loops = [Double](repeating: 0, count: n)
        if !graph.isDirected && kind != .unweighted && graph.selfLoopCount == 0 {
            // Already symmetric, loop-free and weighted: share the graph's arrays, no copy.
            self.init(
                offsets: graph.outOffsets, neighbors: graph.outNeighbors, weights: graph.outWeights,
                loops: loops, threads: threads)
            return
        }
        // Pass 1: per node, the number of distinct neighbours other than itself.
        var offsets = [Int32](repeating: 0, count: n + 1)
        offsets.withUnsafeMutableBufferPointer { offsets in
            nonisolated(unsafe) let offsets = offsets
            LouvainLevel.forEachRange(n, threads: threads) { range in
                for u in range {
                    var count: Int32 = 0
                    var last = -1
                    graph.forEachMergedNeighbor(of: u) { v, _ in
                        if v != u && v != last { count += 1 }
                        last = v
                    }
                    offsets[u + 1] = count
                }
            }
            for u in 0 ..< n { offsets[u + 1] += offsets[u] }
        }
        let arcs = Int(offsets[n])
        var neighbors = [Int32](repeating: 0, count: arcs)
        var weights = [Double](repeating: 0, count: arcs)
        // Pass 2: fill, summing the strengths of the arcs between the same pair.
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeMutableBufferPointer { neighbors in
                weights.withUnsafeMutableBufferPointer { weights in
                    loops.withUnsafeMutableBufferPointer { loops in
                        nonisolated(unsafe) let (neighbors, weights, loops) = (neighbors, weights, loops)
                        LouvainLevel.forEachRange(n, threads: threads) { range in
                            for u in range {
                                var p = Int(offsets[u])
                                var last = -1
                                graph.forEachMergedNeighbor(of: u) { v, w in
                                    let s = kind.strength(ofWeight: w)
                                    if v == u {
                                        loops[u] += s
                                    } else if v == last {
                                        weights[p - 1] += s  // the same pair again (both directions, or a parallel tie)
                                    } else {
                                        neighbors[p] = Int32(v)
                                        weights[p] = s
                                        p += 1
                                    }
                                    last = v
                                }
                            }
                        }
                    }
                }
            }
        }
        self.init(offsets: offsets, neighbors: neighbors, weights: weights, loops: loops, threads: threads)
    }

    /// The level above: one node per community (`community[u]` in `0 ..< communityCount`), tied to another
    /// with the total weight of the ties between them; ties inside a community become its self-loop.
    /// Row `c` lists neighbouring communities in the order they are first met going through `c`'s members
    /// in node order, each member's arcs in row order.
    ///
    /// - Complexity: O(n + m), parallel over community ranges.
    func aggregated(by community: [Int32], communityCount k: Int, threads: Int) -> LouvainLevel {
        let n = nodeCount
        // Members of each community, in node order (counting sort).
        var memberStart = [Int32](repeating: 0, count: k + 1)
        for u in 0 ..< n { memberStart[Int(community[u]) + 1] += 1 }
        for c in 0 ..< k { memberStart[c + 1] += memberStart[c] }
        var members = [Int32](repeating: 0, count: n)
        var fill = memberStart
        for u in 0 ..< n {
            let c = Int(community[u])
            members[Int(fill[c])] = Int32(u)
            fill[c] += 1
        }
        // Each lane builds the rows of a contiguous range of communities; rows are concatenated in order.
        let lanes = max(1, min(threads, k / 64 + 1))
        var laneNeighbors = [[Int32]](repeating: [], count: lanes)
        var laneWeights = [[Double]](repeating: [], count: lanes)
        var rowLength = [Int32](repeating: 0, count: k)
        var loops = [Double](repeating: 0, count: k)
        laneNeighbors.withUnsafeMutableBufferPointer { laneNeighbors in
            laneWeights.withUnsafeMutableBufferPointer { laneWeights in
                rowLength.withUnsafeMutableBufferPointer { rowLength in
                    loops.withUnsafeMutableBufferPointer { newLoops in
                        offsets.withUnsafeBufferPointer { offsets in
                            neighbors.withUnsafeBufferPointer { neighbors in
                                weights.withUnsafeBufferPointer { weights in
                                    self.loops.withUnsafeBufferPointer { oldLoops in
                                        community.withUnsafeBufferPointer { community in
                                            memberStart.withUnsafeBufferPointer { memberStart in
                                                members.withUnsafeBufferPointer { members in
                                                    nonisolated(unsafe) let (
                                                        laneNeighbors, laneWeights, rowLength, newLoops
                                                    ) = (laneNeighbors, laneWeights, rowLength, newLoops)
                                                    ParallelLanes.run(lanes: lanes, threads: threads) { lane in
                                                        let range = ParallelLanes.slice(k, lane: lane, of: lanes)
                                                        let first = Int(memberStart[range.lowerBound])
                                                        let last = Int(memberStart[range.upperBound])
                                                        var arcEstimate = 0
                                                        for i in first ..< last {
                                                            let u = Int(members[i])
                                                            arcEstimate += Int(offsets[u + 1] - offsets[u])
                                                        }
                                                        var outNeighbors = [Int32]()
                                                        var outWeights = [Double]()
                                                        outNeighbors.reserveCapacity(arcEstimate)
                                                        outWeights.reserveCapacity(arcEstimate)
                                                        // slot[c'] = position of c' in the row being built, or -1.
                                                        var slot = [Int32](repeating: -1, count: k)
                                                        for c in range {
                                                            let rowStart = outNeighbors.count
                                                            var loop = 0.0
                                                            for i in Int(memberStart[c]) ..< Int(memberStart[c + 1]) {
                                                                let u = Int(members[i])
                                                                loop += oldLoops[u]
                                                                for a in Int(offsets[u]) ..< Int(offsets[u + 1]) {
                                                                    let d = Int(community[Int(neighbors[a])])
                                                                    if d == c {
                                                                        // the tie is met from both ends
                                                                        loop += weights[a] / 2
                                                                    } else if slot[d] < 0 {
                                                                        slot[d] = Int32(outNeighbors.count)
                                                                        outNeighbors.append(Int32(d))
                                                                        outWeights.append(weights[a])
                                                                    } else {
                                                                        outWeights[Int(slot[d])] += weights[a]
                                                                    }
                                                                }
                                                            }
                                                            for p in rowStart ..< outNeighbors.count {
                                                                slot[Int(outNeighbors[p])] = -1
                                                            }
                                                            rowLength[c] = Int32(outNeighbors.count - rowStart)
                                                            newLoops[c] = loop
                                                        }
                                                        laneNeighbors[lane] = outNeighbors
                                                        laneWeights[lane] = outWeights
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var newOffsets = [Int32](repeating: 0, count: k + 1)
        for c in 0 ..< k { newOffsets[c + 1] = newOffsets[c] + rowLength[c] }
        var newNeighbors = [Int32]()
        var newWeights = [Double]()
        newNeighbors.reserveCapacity(Int(newOffsets[k]))
        newWeights.reserveCapacity(Int(newOffsets[k]))
        for lane in 0 ..< lanes {
            newNeighbors.append(contentsOf: laneNeighbors[lane])
            newWeights.append(contentsOf: laneWeights[lane])
        }
        return LouvainLevel(
            offsets: newOffsets, neighbors: newNeighbors, weights: newWeights, loops: loops, threads: threads)
    }

    /// Calls `body` on near-equal slices of `0 ..< count`, in parallel when there is enough work. The
    /// slices write disjoint memory, so the result does not depend on how many there are.
    static func forEachRange(_ count: Int, threads: Int, _ body: (Range<Int>) -> Void) {
        let lanes = max(1, min(threads, count / 4096))
        ParallelLanes.run(lanes: lanes, threads: threads) { lane in
            body(ParallelLanes.slice(count, lane: lane, of: lanes))
        }
    }
}
