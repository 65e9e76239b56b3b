/// Newman–Girvan modularity of a partition (Newman & Girvan 2004), as networkx's
/// `community.modularity` on an undirected graph:
///
/// `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`
///
/// with `m` the total edge weight, `L_c` the weight of edges inside community `c` and `d_c` the sum of its
/// nodes' strengths (a self-loop adds its weight once to `L_c` and twice to the strength). Directed graphs
/// are read as undirected (each tie's weight once). Weights are strengths; unweighted graphs count 1.
///
/// - Complexity: O(n + m).
public enum Modularity {
    public static func compute(_ graph: Graph, communities: [Int32], resolution: Double = 1) -> Double {
        precondition(communities.count == graph.nodeCount)
        let k = (communities.max().map { Int($0) + 1 }) ?? 0
        var inside = [Double](repeating: 0, count: k)
        var degree = [Double](repeating: 0, count: k)
        var m = 0.0
        for e in 0 ..< graph.edgeCount {
            let u = Int(graph.edgeSources[e])
            let v = Int(graph.edgeTargets[e])
            let w = graph.weightKind.strength(ofWeight: graph.edgeWeights[e])
            m += w
            degree[Int(communities[u])] += w
            degree[Int(communities[v])] += w
            if communities[u] == communities[v] { inside[Int(communities[u])] += w }
        }
        guard m > 0 else { return 0 }
        var q = 0.0
        for c in 0 ..< k {
            let share = degree[c] / (2 * m)
            q += inside[c] / m - resolution * share * share
        }
        return q
    }
}
