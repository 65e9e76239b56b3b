/// PageRank (Page, Brin, Motwani & Winograd 1999), as networkx's `pagerank`.
///
/// `x ← α·xP + α·(Σ_{dangling} x)/n + (1−α)/n`, where `P` is the row-stochastic matrix of outgoing
/// strengths (undirected: both directions), dangling nodes (no outgoing strength) spread their mass
/// uniformly and teleportation is uniform; iterated until the L1 change is below `n·tolerance`,
/// then normalised to sum 1. Weights are strengths (``WeightKind/strength(ofWeight:)``); self-loops count.
///
/// - Complexity: O(m) per iteration; the iterations needed grow like `log(tolerance)/log(α)`.
public enum PageRank {
    public static func compute(
        _ graph: Graph, damping: Double = 0.85, tolerance: Double = 1e-15,
        maxIterations: Int = 100_000
    ) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var outStrength = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            for a in graph.outArcs(of: u) { outStrength[u] += graph.weightKind.strength(ofWeight: graph.outWeights[a]) }
        }
        let inverseN = 1 / Double(n)
        var x = [Double](repeating: inverseN, count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)  // x[u] / s_u
        var nextShare = [Double](repeating: 0, count: n)
        let strengths = graph.incomingArcStrengths()
        var danglingMass = 0.0
        for u in 0 ..< n {
            if outStrength[u] > 0 {
                share[u] = x[u] / outStrength[u]
            } else if outStrength[u] == 0 {
                danglingMass += x[u]
            }
        }
        for _ in 0 ..< maxIterations {
            let base = damping * danglingMass * inverseN + (1 - damping) * inverseN
            // One pass, pull form over incoming arcs: next[v] = base + α Σ_{u→v} w_uv · x[u]/s_u, with the
            // L1 change, the next shares and the next dangling mass (each summed in node order, as before).
            var change = 0.0
            var nextDangling = 0.0
            graph.inOffsets.withUnsafeBufferPointer { offsets in
                graph.inNeighbors.withUnsafeBufferPointer { tails in
                    (strengths ?? []).withUnsafeBufferPointer { w in
                        outStrength.withUnsafeBufferPointer { outStrength in
                            share.withUnsafeBufferPointer { share in
                                x.withUnsafeBufferPointer { x in
                                    next.withUnsafeMutableBufferPointer { next in
                                        nextShare.withUnsafeMutableBufferPointer { nextShare in
                                            let weighted = strengths != nil
                                            for v in 0 ..< n {
                                                var sum = 0.0
                                                if weighted {
                                                    for a in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                                                        sum += share[Int(tails[a])] * w[a]
                                                    }
                                                } else {
                                                    for a in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                                                        sum += share[Int(tails[a])]
                                                    }
                                                }
                                                let value = base + damping * sum
                                                change += abs(value - x[v])
                                                next[v] = value
                                                let s = outStrength[v]
                                                if s > 0 {
                                                    nextShare[v] = value / s
                                                } else {
                                                    nextShare[v] = 0
                                                    if s == 0 { nextDangling += value }
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
            swap(&x, &next)
            swap(&share, &nextShare)
            danglingMass = nextDangling
            if change < Double(n) * tolerance {
                let total = x.reduce(0, +)
                return x.map { $0 / total }
            }
        }
        throw SpectralError.didNotConverge(measure: "PageRank", iterations: maxIterations)
    }
}
