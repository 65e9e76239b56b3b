/// Bonacich power centrality c(α, β) (Bonacich 1987).
///
/// `c = α (I − βA)⁻¹ A 1`: a node's power grows with its ties (`β > 0`) or with ties to weak, dependent
/// alters (`β < 0`: power from others' dependence, as in exchange networks). Directed graphs use outgoing
/// ties (`c_i = Σ_j A_ij (α + β c_j)`), as igraph's `power_centrality` and sna's `bonpow`. α scales the
/// result so that `Σ c² = n` (Bonacich's normalisation, igraph's default); isolates get 0.
/// Requires `|β| < 1/ρ(A)`; the series is summed by iteration `y ← A1 + βAy` to `tolerance`.
///
/// - Complexity: O(m) per iteration.
public enum BonacichPower {
    public static func compute(_ graph: Graph, beta: Double, tolerance: Double = 1e-15, maxIterations: Int = 100_000)
        throws -> [Double]
    {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let rho = SpectralRadius.estimate(graph)
        if abs(beta) * rho >= 1 {
            throw SpectralError.didNotConverge(
                measure: "Bonacich power (|beta| \(abs(beta)) ≥ 1/spectral radius \(1 / rho))",
                iterations: 0)
        }
        var degree = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            for a in graph.outArcs(of: u) { degree[u] += graph.weightKind.strength(ofWeight: graph.outWeights[a]) }
        }
        var y = degree
        var next = y
        for _ in 0 ..< maxIterations {
            var change = 0.0
            for u in 0 ..< n {
                var sum = 0.0
                for a in graph.outArcs(of: u) {
                    sum += graph.weightKind.strength(ofWeight: graph.outWeights[a]) * y[Int(graph.outNeighbors[a])]
                }
                next[u] = degree[u] + beta * sum
                change = max(change, abs(next[u] - y[u]))
            }
            swap(&y, &next)
            let scale = max(1e-300, y.reduce(0) { max($0, abs($1)) })
            if change <= tolerance * scale {
                let squares = y.reduce(0) { $0 + $1 * $1 }
                guard squares > 0 else { return y }
                let alpha = (Double(n) / squares).squareRoot()
                return y.map { $0 * alpha + 0.0 }
            }
        }
        throw SpectralError.didNotConverge(measure: "Bonacich power", iterations: maxIterations)
    }
}
