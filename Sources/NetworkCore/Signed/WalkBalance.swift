#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

extension SignedGraph {
    /// Estrada & Benzi's walk-based degree of balance: the share of closed walks, weighted by length, that
    /// are balanced.
    ///
    ///     K = tr(e^A) / tr(e^|A|) = Σᵢ e^{λᵢ(A)} / Σᵢ e^{μᵢ(|A|)}
    ///
    /// with `A` the symmetric signed adjacency matrix (`+1` positive pair, `−1` negative pair) and `|A|` its
    /// entrywise absolute value. A closed walk of length k counts `1/k!`; it is balanced when it crosses
    /// an even number of negative ties. `K = 1` exactly when the graph is balanced; smaller is less
    /// balanced (K > 0 always).
    ///
    /// Conventions:
    /// - the graph is taken undirected (a tie in either direction), weights are ignored, self-loops too;
    /// - an ambivalent pair (both a positive and a negative tie) has `A_uv = 0`: as in the triangle census
    ///   it carries no sign, so it joins no walk;
    /// - `nil` for a graph without nodes. A graph with nodes but no ties gives 1.
    ///
    /// Both traces are computed as sums over the eigenvalues of the cyclic Jacobi decomposition
    /// (``SymmetricEigendecomposition``), each term scaled by `e^{−μ_max}` to avoid overflow. Matches
    /// signnet's `balance_score(g, method = "walk")`.
    ///
    /// Reference: Estrada & Benzi (2014), *Walk-based measure of balance in signed networks: detecting lack of
    /// balance in social networks*, Physical Review E 90, 042802.
    ///
    /// - Throws: ``LinearAlgebraError/didNotConverge(sweeps:)`` if the eigenvalue iteration fails (not
    ///   expected for these matrices).
    /// - Complexity: O(n³) time (two dense symmetric eigen-decompositions), O(n²) memory.
    public func walkBalance() throws(LinearAlgebraError) -> Double? {
        let n = nodeCount
        guard n > 0 else { return nil }
        let view = SignedPairView(self, value: .count, combine: .either)
        var signed = DenseMatrix(size: n)
        var unsigned = DenseMatrix(size: n)
        for u in 0 ..< n {
            for a in view.pairs(of: u) {
                let v = Int(view.neighbors[a])
                let s: Double = view.hasPositive[a] == view.hasNegative[a] ? 0 : (view.hasPositive[a] ? 1 : -1)
                signed[u, v] = s
                unsigned[u, v] = abs(s)
            }
        }
        let lambda = try SymmetricEigendecomposition.eigenvalues(of: signed)
        let mu = try SymmetricEigendecomposition.eigenvalues(of: unsigned)
        let shift = mu.first ?? 0  // the largest eigenvalue of |A| bounds those of A (Perron–Frobenius)
        let numerator = lambda.reduce(0.0) { $0 + exp($1 - shift) }
        let denominator = mu.reduce(0.0) { $0 + exp($1 - shift) }
        return numerator / denominator
    }
}
