extension Graph {
    /// The strength of each incoming arc (same order as `inNeighbors`), or `nil` when every tie counts 1.
    func incomingArcStrengths() -> [Double]? {
        weightKind == .unweighted ? nil : inWeights.map { weightKind.strength(ofWeight: $0) }
    }

    /// `sums[v] = Σ_{u→v} values[u] · w_uv` over incoming arcs: the one product every spectral measure
    /// iterates (PageRank, eigenvector, Katz, HITS, the spectral radius). `strengths` is from
    /// ``incomingArcStrengths()``.
    ///
    /// - Complexity: O(n + m), over raw buffers.
    func incomingSums(of values: [Double], strengths: [Double]?, into sums: inout [Double]) {
        let n = nodeCount
        inOffsets.withUnsafeBufferPointer { offsets in
            inNeighbors.withUnsafeBufferPointer { tails in
                values.withUnsafeBufferPointer { x in
                    sums.withUnsafeMutableBufferPointer { out in
                        if let strengths {
                            strengths.withUnsafeBufferPointer { w in
                                for v in 0 ..< n {
                                    var sum = 0.0
                                    for a in Int(offsets[v]) ..< Int(offsets[v + 1]) { sum += x[Int(tails[a])] * w[a] }
                                    out[v] = sum
                                }
                            }
                        } else {
                            for v in 0 ..< n {
                                var sum = 0.0
                                for a in Int(offsets[v]) ..< Int(offsets[v + 1]) { sum += x[Int(tails[a])] }
                                out[v] = sum
                            }
                        }
                    }
                }
            }
        }
    }
}
