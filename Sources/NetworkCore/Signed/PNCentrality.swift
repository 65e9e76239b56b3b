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
        if n > Self.pnDenseActorLimit, let x = pnByIteration(variant, tieValue: tieValue, beta: beta) { return x }
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

    /// Above this many actors PN centrality is computed by iteration, not by dense elimination (a 10,000-actor
    /// signed edge list needed an 800 MB matrix and O(n³) time).
    public static let pnDenseActorLimit = 500

    /// PN centrality by fixed-point iteration on the sparse ties: `x ← 1 + β·A*·x` (symmetric), or
    /// `out ← 1 + β·A*·in`, `in ← 1 + β·A*ᵀ·out` together (directed), from `x = 1`, until no value changes by
    /// more than 1e-15 relative. It converges when `β` times the largest absolute row (and column) sum of
    /// `A*` is below 1 (Gershgorin), which holds unless an actor has negative ties to nearly everyone;
    /// then `nil`, and the caller solves densely. The fixed point is the same vector as the dense solve's,
    /// to rounding.
    ///
    /// - Complexity: O(n + m) per step; steps about `15 / −log₁₀(β·max row sum)`.
    func pnByIteration(_ variant: PNCentralityVariant, tieValue: SignedTieValue, beta: Double) -> [Double]? {
        let n = nodeCount
        // Rows of A* = P − 2N: (column, value), columns ascending.
        var rows = [[(Int, Double)]](repeating: [], count: n)
        let symmetric = !isDirected || variant == .symmetric
        if symmetric {
            let view = SignedPairView(self, value: tieValue, combine: .either)
            for u in 0 ..< n {
                for p in view.pairs(of: u) where Int(view.neighbors[p]) != u {
                    rows[u].append((Int(view.neighbors[p]), view.positive[p] - 2 * view.negative[p]))
                }
                rows[u].sort { $0.0 < $1.0 }
            }
        } else {
            for u in 0 ..< n {
                var entries: [Int: Double] = [:]
                for (graph, factor) in [(positive, 1.0), (negative, -2.0)] {
                    var previous = -1
                    for arc in graph.outArcs(of: u) {
                        let v = Int(graph.outNeighbors[arc])
                        if v == u { continue }
                        if tieValue == .count {
                            if v != previous { entries[v, default: 0] += factor }
                        } else {
                            entries[v, default: 0] +=
                                factor * graph.weightKind.strength(ofWeight: graph.outWeights[arc])
                        }
                        previous = v
                    }
                }
                rows[u] = entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            }
        }
        // Gershgorin: every row and column absolute sum times β below 1.
        var columnSums = [Double](repeating: 0, count: n)
        var largest = 0.0
        for u in 0 ..< n {
            var rowSum = 0.0
            for (v, value) in rows[u] {
                rowSum += abs(value)
                columnSums[v] += abs(value)
            }
            largest = max(largest, rowSum)
        }
        largest = max(largest, columnSums.max() ?? 0)
        guard beta * largest < 0.999 else { return nil }

        var x = [Double](repeating: 1, count: n)  // symmetric: PN; directed: PN_out
        var y = [Double](repeating: 1, count: n)  // directed: PN_in
        var nextX = x
        var nextY = y
        for _ in 0 ..< 10_000 {
            var change = 0.0
            var size = 1.0
            if symmetric {
                for u in 0 ..< n {
                    var sum = 0.0
                    for (v, value) in rows[u] { sum += value * x[v] }
                    nextX[u] = 1 + beta * sum
                    change = max(change, abs(nextX[u] - x[u]))
                    size = max(size, abs(nextX[u]))
                }
                swap(&x, &nextX)
            } else {
                for u in 0 ..< n { nextY[u] = 0 }
                for u in 0 ..< n {
                    var sum = 0.0
                    for (v, value) in rows[u] {
                        sum += value * y[v]
                        nextY[v] += value * x[u]
                    }
                    nextX[u] = 1 + beta * sum
                }
                for u in 0 ..< n {
                    nextY[u] = 1 + beta * nextY[u]
                    change = max(change, abs(nextX[u] - x[u]), abs(nextY[u] - y[u]))
                    size = max(size, abs(nextX[u]), abs(nextY[u]))
                }
                swap(&x, &nextX)
                swap(&y, &nextY)
            }
            if change <= 1e-15 * size {
                return symmetric || variant == .outgoing ? x : y
            }
        }
        return nil
    }
}
