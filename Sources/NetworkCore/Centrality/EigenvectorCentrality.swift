/// Eigenvector centrality (Bonacich 1972): the dominant eigenvector of the adjacency matrix, as
/// networkx's `eigenvector_centrality_numpy`.
///
/// `λ x_v = Σ_{u→v} w_uv x_u` (directed graphs use incoming ties: the left eigenvector), unit Euclidean
/// norm, positive. Weights are strengths. Undirected graphs: by the Lanczos method
/// (``LanczosLargestEigenpair``, relative residual ‖A x − λ x‖/λ ≤ 1e-13, so each entry is within about
/// 1e-13/gap of the eigenvector). Directed graphs, and an undirected one where Lanczos does not converge: power
/// iteration on the shifted matrix `Aᵀ + I` (the shift makes bipartite graphs converge without changing the
/// eigenvector) until the largest change is below `tolerance`.
///
/// Undefined (``SpectralError/undefined(measure:reason:)``) for a directed graph that is not strongly
/// connected or for an undirected graph whose largest eigenvalue is shared by two components, where the
/// eigenvector is not unique; and for a graph without edges.
///
/// - Complexity: O(m) per iteration; iterations grow like `log(tolerance)/log((λ₂+1)/(λ₁+1))`.
public enum EigenvectorCentrality {
    /// - Parameter threads: threads for the products with the adjacency matrix (results do not depend on it).
    public static func compute(
        _ graph: Graph, tolerance: Double = 1e-15, maxIterations: Int = 100_000, threads: Int = 1
    ) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        guard graph.edgeCount > 0 else {
            throw SpectralError.undefined(measure: "eigenvector centrality", reason: "the graph has no ties")
        }
        let components = graph.isDirected ? Components.strong(graph) : Components.weak(graph)
        if graph.isDirected && components.count > 1 {
            throw SpectralError.undefined(
                measure: "eigenvector centrality",
                reason: "the directed graph is not strongly connected")
        }
        let arcStrength = graph.incomingArcStrengths()
        let uniform = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        if !graph.isDirected,
            let pair = LanczosLargestEigenpair.compute(
                size: n, start: uniform,
                multiply: { x, y in graph.incomingSums(of: x, strengths: arcStrength, into: &y, threads: threads) })
        {
            return try positive(pair.vector, graph, components)
        }
        var x = uniform
        var next = [Double](repeating: 0, count: n)
        var converged = false
        for _ in 0 ..< maxIterations {
            // (Aᵀ + I) x
            graph.incomingSums(of: x, strengths: arcStrength, into: &next, threads: threads)
            for v in 0 ..< n { next[v] += x[v] }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            var change = 0.0
            for v in 0 ..< n {
                next[v] /= norm
                change = max(change, abs(next[v] - x[v]))
            }
            swap(&x, &next)
            if change < tolerance {
                converged = true
                break
            }
        }
        guard converged else {
            throw SpectralError.didNotConverge(measure: "eigenvector centrality", iterations: maxIterations)
        }
        return try positive(x, graph, components)
    }

    /// The eigenvector `x` signed to sum to a non-negative value, once checked to be the unique one.
    private static func positive(_ x: [Double], _ graph: Graph, _ components: Components) throws -> [Double] {
        if components.count > 1 {
            try checkUniqueDominantComponent(graph, components: components, vector: x)
        }
        let sign: Double = x.reduce(0, +) < 0 ? -1 : 1
        return x.map { $0 * sign + 0.0 }
    }

    /// An undirected graph's eigenvector is unique only if one component has the largest eigenvalue.
    private static func checkUniqueDominantComponent(_ graph: Graph, components: Components, vector: [Double]) throws {
        // Rayleigh quotient per component with mass; two components with the same top value → not unique.
        var mass = [Double](repeating: 0, count: components.count)
        for v in 0 ..< graph.nodeCount { mass[Int(components.label[v])] += vector[v] * vector[v] }
        let carrying = mass.enumerated().filter { $0.element > 1e-6 }.map(\.offset)
        if carrying.count > 1 {
            throw SpectralError.undefined(
                measure: "eigenvector centrality",
                reason: "two components share the largest eigenvalue, so the eigenvector is not unique")
        }
    }
}
