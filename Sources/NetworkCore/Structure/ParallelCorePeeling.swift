import Synchronization

/// Core numbers by parallel level-synchronous peeling (PKC: Kabir & Madduri 2017), for large graphs.
///
/// For `k = 0, 1, 2, …`: every remaining node of degree `k` is collected (in parallel over slices of the
/// remaining nodes, which are compacted as they go), then the collected nodes are peeled in parallel:
/// each lowers the degree of its neighbours above `k` with an atomic decrement, and the thread whose
/// decrement brings a neighbour to exactly `k` peels it too; a decrement that went below `k` (two threads
/// raced past the same check) is undone. A node peeled at level `k` has core number `k`.
///
/// Core numbers are unique, so the result equals ``CoreNumber``'s Batagelj–Zaversnik result whatever the
/// thread count or the interleaving (checked in tests). Same degree convention: in + out for directed
/// graphs, self-loops ignored, parallel edges once per edge.
///
/// - Complexity: O(m + n · K) work for maximum core K (each level scans the remaining nodes), one
///   fork-join per level for the scan and one per round of peeling; O(n) extra memory.
@available(macOS 15, *)
enum ParallelCorePeeling {
    static func compute(_ graph: Graph, threads: Int) -> [Int32] {
        let n = graph.nodeCount
        let directed = graph.isDirected
        let degree = UnsafeMutablePointer<Atomic<Int32>>.allocate(capacity: n)
        defer {
            degree.deinitialize(count: n)
            degree.deallocate()
        }
        let lanes = max(1, threads)
        var remaining = [Int32](repeating: 0, count: n)
        var result = [Int32](repeating: 0, count: n)
        graph.outOffsets.withUnsafeBufferPointer { outOffsets in
            graph.outNeighbors.withUnsafeBufferPointer { outNeighbors in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    graph.inNeighbors.withUnsafeBufferPointer { inNeighbors in
                        // Calls body(w) for every neighbour w ≠ v (in + out when directed).
                        @inline(__always) func forEachNeighbor(_ v: Int, _ body: (Int) -> Void) {
                            for a in Int(outOffsets[v]) ..< Int(outOffsets[v + 1]) where Int(outNeighbors[a]) != v {
                                body(Int(outNeighbors[a]))
                            }
                            if directed {
                                for a in Int(inOffsets[v]) ..< Int(inOffsets[v + 1]) where Int(inNeighbors[a]) != v {
                                    body(Int(inNeighbors[a]))
                                }
                            }
                        }
                        ParallelLanes.run(lanes: lanes, threads: threads) { lane in
                            for v in ParallelLanes.slice(n, lane: lane, of: lanes) {
                                var d: Int32 = 0
                                forEachNeighbor(v) { _ in d += 1 }
                                (degree + v).initialize(to: Atomic(d))
                            }
                        }
                        for v in 0 ..< n { remaining[v] = Int32(v) }
                        var remainingCount = n
                        var level: Int32 = 0
                        var laneKept = [[Int32]](repeating: [], count: lanes)
                        var laneFrontier = [[Int32]](repeating: [], count: lanes)
                        while remainingCount > 0 {
                            // Collect the nodes of degree `level`; keep those above it; drop those already peeled.
                            let count = remainingCount
                            remaining.withUnsafeBufferPointer { remaining in
                                laneKept.withUnsafeMutableBufferPointer { kept in
                                    laneFrontier.withUnsafeMutableBufferPointer { frontier in
                                        nonisolated(unsafe) let (kept, frontier) = (kept, frontier)
                                        ParallelLanes.run(lanes: lanes, threads: threads) { lane in
                                            var keep = [Int32]()
                                            var found = [Int32]()
                                            for i in ParallelLanes.slice(count, lane: lane, of: lanes) {
                                                let v = remaining[i]
                                                let d = degree[Int(v)].load(ordering: .relaxed)
                                                if d == level { found.append(v) } else if d > level { keep.append(v) }
                                            }
                                            kept[lane] = keep
                                            frontier[lane] = found
                                        }
                                    }
                                }
                            }
                            // Peel in rounds: the frontier is split evenly over the lanes; nodes whose degree
                            // falls to `level` form the next round's frontier (so one long cascade is shared,
                            // not left to one lane).
                            var frontier = laneFrontier.flatMap { $0 }
                            while !frontier.isEmpty {
                                let size = frontier.count
                                let roundLanes = min(lanes, max(1, size / 256))
                                frontier.withUnsafeBufferPointer { frontier in
                                    laneFrontier.withUnsafeMutableBufferPointer { next in
                                        result.withUnsafeMutableBufferPointer { result in
                                            nonisolated(unsafe) let (next, result) = (next, result)
                                            ParallelLanes.run(lanes: roundLanes, threads: threads) { lane in
                                                var found = [Int32]()
                                                for i in ParallelLanes.slice(size, lane: lane, of: roundLanes) {
                                                    let v = Int(frontier[i])
                                                    result[v] = level
                                                    forEachNeighbor(v) { w in
                                                        guard degree[w].load(ordering: .relaxed) > level else { return }
                                                        let old = degree[w].wrappingSubtract(1, ordering: .relaxed)
                                                            .oldValue
                                                        if old == level + 1 {
                                                            found.append(Int32(w))
                                                        } else if old <= level {
                                                            degree[w].wrappingAdd(1, ordering: .relaxed)
                                                        }
                                                    }
                                                }
                                                next[lane] = found
                                            }
                                        }
                                    }
                                }
                                frontier = laneFrontier[0 ..< roundLanes].flatMap { $0 }
                            }
                            remainingCount = 0
                            for lane in 0 ..< lanes {
                                for v in laneKept[lane] {
                                    remaining[remainingCount] = v
                                    remainingCount += 1
                                }
                            }
                            level += 1
                        }
                    }
                }
            }
        }
        return result
    }
}
