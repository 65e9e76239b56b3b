extension Graph {
    /// The strength of each incoming arc (same order as `inNeighbors`), or `nil` when every tie counts 1.
    func incomingArcStrengths() -> [Double]? {
        weightKind == .unweighted ? nil : inWeights.map { weightKind.strength(ofWeight: $0) }
    }

    /// `sums[v] = Σ_{u→v} values[u] · w_uv` over incoming arcs: the one product every spectral measure
    /// iterates (PageRank, eigenvector, Katz, HITS, the spectral radius). `strengths` is from
    /// ``incomingArcStrengths()``. With `threads` above 1 on a graph of at least 200,000 arcs, the nodes are
    /// split into that many contiguous ranges summed side by side; each sum is the same sequential sum over
    /// the node's arcs, so the result does not depend on `threads`.
    ///
    /// - Complexity: O(n + m), over raw buffers.
    func incomingSums(of values: [Double], strengths: [Double]?, into sums: inout [Double], threads: Int = 1) {
        let n = nodeCount
        inOffsets.withUnsafeBufferPointer { offsets in
            inNeighbors.withUnsafeBufferPointer { tails in
                values.withUnsafeBufferPointer { x in
                    sums.withUnsafeMutableBufferPointer { buffer in
                        let out = buffer  // the closure below writes through this copy of the pointer
                        strengths.withUnsafeOptionalBufferPointer { w in
                            let sumRange = { (nodes: Range<Int>) in
                                if let w {
                                    for v in nodes {
                                        var sum = 0.0
                                        for a in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                                            sum += x[Int(tails[a])] * w[a]
                                        }
                                        out[v] = sum
                                    }
                                } else {
                                    for v in nodes {
                                        var sum = 0.0
                                        for a in Int(offsets[v]) ..< Int(offsets[v + 1]) { sum += x[Int(tails[a])] }
                                        out[v] = sum
                                    }
                                }
                            }
                            if threads > 1 && tails.count >= 200_000 {
                                // Lanes write disjoint ranges of `out`.
                                ParallelLanes.run(lanes: threads, threads: threads) { lane in
                                    sumRange(ParallelLanes.slice(n, lane: lane, of: threads))
                                }
                            } else {
                                sumRange(0 ..< n)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension Optional where Wrapped == [Double] {
    /// `body` with the array's buffer, or `nil` when there is no array.
    fileprivate func withUnsafeOptionalBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>?) -> R) -> R {
        switch self {
        case .some(let array): return array.withUnsafeBufferPointer { body($0) }
        case .none: return body(nil)
        }
    }
}
