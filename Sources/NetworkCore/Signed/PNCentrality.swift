/// Which form of PN centrality to compute on a signed graph.
///
/// With `A* = P − 2N` (positive ties weigh 1, negative ties −2) and `β = 1/(2n − 2)`:
/// - ``symmetric``: `PN = (I − β·A*)⁻¹·1` on the symmetrised layers (a tie in either direction), the
///   paper's undirected index;
/// - ``outgoing`` and ``incoming``: Everett & Borgatti's directed extension, built like hubs and
///   authorities: an actor's out-centrality grows with the in-centralities of those it sends ties to, and its
///   in-centrality with the out-centralities of those who send ties to it,
///
///       PN_out = 1 + β·A*·PN_in,    PN_in = 1 + β·A*ᵀ·PN_out,
///
///   so `PN_out = (I − β²·A*·A*ᵀ)⁻¹·(I + β·A*)·1` and `PN_in = (I − β²·A*ᵀ·A*)⁻¹·(I + β·A*ᵀ)·1`. Row `i`
///   of `A*` holds the ties `i` sends. This is also signnet's `pn_index(g, mode = "out" | "in")`.
///
/// For an undirected graph the three agree (`A*` symmetric makes `(I − β²A*²)⁻¹(I + βA*) = (I − βA*)⁻¹`),
/// and all three are computed with the symmetric formula.
public enum PNCentralityVariant: String, Sendable, CaseIterable {
    case symmetric
    case outgoing
    case incoming
}

extension SignedGraph {
    /// Everett & Borgatti's PN centrality: positive ties add to an actor's standing, negative ties subtract
    /// twice as much, and the standing of those one is tied to counts too (a Hubbell/Katz index on
    /// `A* = P − 2N`).
    ///
    ///     PN = (I − A*/(2n − 2))⁻¹ · 1        (symmetric form; see ``PNCentralityVariant`` for in/out)
    ///
    /// `β = 1/(2n − 2)` is the paper's choice: with 0/1 ties the largest possible |row sum| of `A*` is
    /// `2(n − 1)`, so the walk series stays bounded in all but degenerate cases. An isolate scores 1; more
    /// than 1 is a net positive position.
    ///
    /// Conventions:
    /// - ``SignedTieValue/count`` (the default, the paper's definition) uses 0/1 matrices `P` and `N`;
    ///   ``SignedTieValue/magnitude`` puts tie strengths in them (then `β` no longer bounds the series and
    ///   the system may be singular);
    /// - symmetrising (``PNCentralityVariant/symmetric`` on a directed graph): a pair is positive (negative)
    ///   when a positive (negative) tie joins it in either direction, with the larger magnitude; a pair
    ///   with both contributes `1 − 2 = −1` (with counts), as `P − 2N` says;
    /// - parallel arcs (kept by ``ParallelEdgePolicy/keep``) are one tie with counts; with magnitudes the
    ///   directed forms sum them and the symmetric form takes the largest;
    /// - self-loops are ignored; a graph of 0 or 1 nodes scores `[]` or `[1]`.
    ///
    /// Reproduces signnet's `pn_index` and the Gahuku-Gama values (MASIL 1.223561, GAMA 0.714519).
    ///
    /// Reference: Everett & Borgatti (2014), *Networks containing negative ties*, Social Networks 38:111–120.
    ///
    /// - Throws: ``LinearAlgebraError/singularMatrix(column:)`` when `I − βA*` (or its directed form) is
    ///   singular: e.g. two nodes joined by one negative tie, where `I − βA*` is all ones.
    /// - Complexity: O(n³) time (dense Gaussian elimination; the directed forms add one O(n³) matrix
    ///   product), O(n²) memory.
    public func pnCentrality(
        _ variant: PNCentralityVariant = .symmetric, tieValue: SignedTieValue = .count
    ) throws(LinearAlgebraError) -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let beta = 1 / Double(2 * n - 2)
        var a = DenseMatrix(size: n)  // A* = P − 2N
        if !isDirected || variant == .symmetric {
            let view = SignedPairView(self, value: tieValue, combine: .either)
            for u in 0 ..< n {
                for p in view.pairs(of: u) { a[u, Int(view.neighbors[p])] = view.positive[p] - 2 * view.negative[p] }
            }
            var m = DenseMatrix.identity(size: n)
            for i in 0 ..< n { for j in 0 ..< n where i != j { m[i, j] = -beta * a[i, j] } }
            return try solveLinearSystem(m, [Double](repeating: 1, count: n))
        }

        for (graph, factor) in [(positive, 1.0), (negative, -2.0)] {
            for u in 0 ..< n {
                var previous = -1
                for arc in graph.outArcs(of: u) {
                    let v = Int(graph.outNeighbors[arc])
                    if v == u { continue }
                    if tieValue == .count {
                        if v != previous { a[u, v] += factor }
                    } else {
                        a[u, v] += factor * graph.weightKind.strength(ofWeight: graph.outWeights[arc])
                    }
                    previous = v
                }
            }
        }
        // Out: (I − β²·A·Aᵀ)·x = (I + β·A)·1; in: the same with Aᵀ.
        let oriented = variant == .outgoing ? a : a.transposed()
        let gram = oriented.multiplied(by: oriented.transposed())
        var m = DenseMatrix.identity(size: n)
        for i in 0 ..< n { for j in 0 ..< n { m[i, j] -= beta * beta * gram[i, j] } }
        var rhs = oriented.multiplied(by: [Double](repeating: 1, count: n))
        for i in 0 ..< n { rhs[i] = 1 + beta * rhs[i] }
        return try solveLinearSystem(m, rhs)
    }
}
