/// Katz centrality (Katz 1953), as networkx's `katz_centrality_numpy`.
///
/// `x_v = α Σ_{u→v} w_uv x_u + β` (directed graphs: incoming ties), i.e. `x = β (I − αAᵀ)⁻¹ 1`, then
/// normalised to unit Euclidean norm. The series converges only when `α < 1/ρ(A)` (ρ the spectral
/// radius); otherwise ``compute(_:alpha:beta:tolerance:maxIterations:)`` throws
/// ``SpectralError/didNotConverge(measure:iterations:)``, and ``computeWithFallback(_:alpha:beta:)``
/// uses the documented fallback `α = 0.5/ρ` (and says so). Weights are strengths.
///
/// - Complexity: O(m) per iteration; iterations grow like `log(tolerance)/log(αρ)`.
public enum KatzCentrality {
    public static func compute(
        _ graph: Graph, alpha: Double = 0.1, beta: Double = 1, tolerance: Double = 1e-15,
        maxIterations: Int = 100_000
    ) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let rho = SpectralRadius.estimate(graph)
        if alpha * rho >= 1 {
            throw SpectralError.didNotConverge(
                measure: "Katz centrality (alpha \(alpha) ≥ 1/spectral radius \(1 / rho))",
                iterations: 0)
        }
        var x = [Double](repeating: 0, count: n)
        var next = x
        let strengths = graph.incomingArcStrengths()
        for _ in 0 ..< maxIterations {
            var change = 0.0
            graph.incomingSums(of: x, strengths: strengths, into: &next)
            for v in 0 ..< n {
                next[v] = alpha * next[v] + beta
                change = max(change, abs(next[v] - x[v]) / max(abs(next[v]), 1e-300))
            }
            swap(&x, &next)
            if change < tolerance {
                let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
                let sign: Double = x.reduce(0, +) < 0 ? -1 : 1
                return x.map { sign * $0 / norm }
            }
        }
        throw SpectralError.didNotConverge(measure: "Katz centrality", iterations: maxIterations)
    }

    /// Katz centrality with `alpha`, or with `0.5/ρ` when `alpha ≥ 1/ρ`; returns the alpha used.
    public static func computeWithFallback(_ graph: Graph, alpha: Double = 0.1, beta: Double = 1) throws -> (
        values: [Double], alpha: Double
    ) {
        let rho = SpectralRadius.estimate(graph)
        let used = alpha * rho < 1 ? alpha : 0.5 / rho
        return (try compute(graph, alpha: used, beta: beta), used)
    }
}

/// The spectral radius ρ(A) of a graph's (weighted, strength) adjacency matrix.
public enum SpectralRadius {
    /// ρ by power iteration on `A + I` (minus 1), from a positive start; for a non-negative matrix this
    /// converges to the Perron root. Accurate to about 1e-12 relative.
    ///
    /// A directed graph without a cycle has a nilpotent adjacency matrix, so ρ = 0 exactly; it is recognised
    /// first (Kahn's algorithm), because power iteration on `A + I` converges there only like 1/k and ran to
    /// `maxIterations` (found by fuzzing: a map whose power ties form no cycle spent most of its analysis
    /// here, three times).
    ///
    /// - Complexity: O(n + m), then O(m) per iteration.
    public static func estimate(_ graph: Graph, maxIterations: Int = 100_000) -> Double {
        let n = graph.nodeCount
        guard n > 0, graph.edgeCount > 0 else { return 0 }
        if graph.isDirected && isAcyclic(graph) { return 0 }
        var x = [Double](repeating: 1, count: n)
        var next = x
        var estimate = 0.0
        let strengths = graph.incomingArcStrengths().map { $0.map(abs) }
        for _ in 0 ..< maxIterations {
            graph.incomingSums(of: x, strengths: strengths, into: &next)
            for v in 0 ..< n { next[v] += x[v] }
            let norm = next.reduce(0, { $0 + $1 * $1 }).squareRoot()
            let previousNorm = x.reduce(0, { $0 + $1 * $1 }).squareRoot()
            let current = norm / previousNorm - 1
            for v in 0 ..< n { next[v] /= norm }
            swap(&x, &next)
            if abs(current - estimate) <= 1e-14 * max(1, abs(current)) { return current }
            estimate = current
        }
        return estimate
    }

    /// Whether the directed `graph` has no directed cycle (a self-loop is one).
    ///
    /// - Complexity: O(n + m).
    static func isAcyclic(_ graph: Graph) -> Bool {
        var inDegree = graph.nodes.map { graph.inDegree($0) }
        var ready = graph.nodes.filter { inDegree[$0] == 0 }
        var removed = 0
        while let u = ready.popLast() {
            removed += 1
            for v in graph.successors(of: u) {
                inDegree[Int(v)] -= 1
                if inDegree[Int(v)] == 0 { ready.append(Int(v)) }
            }
        }
        return removed == graph.nodeCount
    }
}
