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
        var share = [Double](repeating: 0, count: n)  // x[u] / s_u, computed once per iteration
        var incoming = [Double](repeating: 0, count: n)
        let strengths = graph.incomingArcStrengths()
        let dangling = (0 ..< n).filter { outStrength[$0] == 0 }
        for _ in 0 ..< maxIterations {
            var danglingMass = 0.0
            for u in dangling { danglingMass += x[u] }
            let base = damping * danglingMass * inverseN + (1 - damping) * inverseN
            for u in 0 ..< n { share[u] = outStrength[u] > 0 ? x[u] / outStrength[u] : 0 }
            // Pull form over incoming arcs: next[v] = base + α Σ_{u→v} w_uv · x[u]/s_u.
            graph.incomingSums(of: share, strengths: strengths, into: &incoming)
            for v in 0 ..< n { next[v] = base + damping * incoming[v] }
            var change = 0.0
            for v in 0 ..< n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                let total = x.reduce(0, +)
                return x.map { $0 / total }
            }
        }
        throw SpectralError.didNotConverge(measure: "PageRank", iterations: maxIterations)
    }
}
