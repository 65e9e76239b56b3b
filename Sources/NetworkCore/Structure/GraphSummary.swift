/// Whole-graph numbers.
public enum GraphSummary {
    /// Density as networkx: `m / (n(n−1))` directed, `2m / (n(n−1))` undirected (self-loops counted in m);
    /// 0 when n ≤ 1.
    public static func density(_ graph: Graph) -> Double {
        let n = Double(graph.nodeCount)
        guard n > 1 else { return 0 }
        let m = Double(graph.edgeCount)
        return graph.isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }

    /// The largest finite eccentricity when every node reaches every other (strongly, when directed),
    /// else `nil`: the diameter is undefined on a disconnected graph.
    public static func diameter(eccentricity: [Double]) -> Double? {
        guard !eccentricity.isEmpty, eccentricity.allSatisfy(\.isFinite) else { return nil }
        return eccentricity.max()
    }

    /// Freeman's centralisation of a centrality normalised to [0, 1]: `Σ (max − c_i) / maxSum`, where
    /// `maxSum` is the value of the star graph on the same nodes (`n − 2` for degree centrality, `n − 1`
    /// for normalised betweenness). Freeman 1979.
    public static func centralization(_ values: [Double], starMaximum: Double) -> Double? {
        guard let top = values.max(), starMaximum > 0 else { return nil }
        return values.reduce(0) { $0 + (top - $1) } / starMaximum
    }
}
