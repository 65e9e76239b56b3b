/// Hubs and authorities (Kleinberg 1999), as networkx's `hits` with `normalized=True`.
///
/// `a = Aᵀh`, `h = Aa` (a good hub points to good authorities), iterated from uniform values until the
/// L1 change of the hubs is below `tolerance`, each vector normalised to sum 1. Weights are strengths;
/// undirected graphs give equal hubs and authorities.
///
/// - Complexity: O(m) per iteration.
public enum HITS {
    public static func compute(_ graph: Graph, tolerance: Double = 1e-14, maxIterations: Int = 100_000) throws
        -> (hubs: [Double], authorities: [Double])
    {
        let n = graph.nodeCount
        guard n > 0 else { return ([], []) }
        guard graph.edgeCount > 0 else {
            throw SpectralError.undefined(measure: "HITS", reason: "the graph has no ties")
        }
        var hubs = [Double](repeating: 1 / Double(n), count: n)
        var authorities = [Double](repeating: 0, count: n)
        var nextHubs = hubs
        let strengths = graph.incomingArcStrengths()
        for _ in 0 ..< maxIterations {
            graph.incomingSums(of: hubs, strengths: strengths, into: &authorities)
            for u in 0 ..< n {
                var sum = 0.0
                for a in graph.outArcs(of: u) {
                    sum +=
                        authorities[Int(graph.outNeighbors[a])]
                        * graph.weightKind.strength(ofWeight: graph.outWeights[a])
                }
                nextHubs[u] = sum
            }
            let hubTotal = nextHubs.reduce(0, +)
            guard hubTotal > 0 else { throw SpectralError.undefined(measure: "HITS", reason: "no hub scores") }
            var change = 0.0
            for u in 0 ..< n {
                nextHubs[u] /= hubTotal
                change += abs(nextHubs[u] - hubs[u])
            }
            swap(&hubs, &nextHubs)
            if change < tolerance {
                // Authorities from the converged hubs, normalised.
                graph.incomingSums(of: hubs, strengths: strengths, into: &authorities)
                let authorityTotal = authorities.reduce(0, +)
                return (hubs, authorities.map { $0 / authorityTotal })
            }
        }
        throw SpectralError.didNotConverge(measure: "HITS", iterations: maxIterations)
    }
}
