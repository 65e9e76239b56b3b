/// The census of signed triangles and the share that is balanced (Heider 1946; Cartwright & Harary 1956).
///
/// A triangle `{u, v, w}` (three pairs, each with a tie) is **balanced** when the product of its three
/// signs is positive: `+++` ("the friend of my friend is my friend") and `+−−` ("the enemy of my enemy is my
/// friend"). `++−` and `−−−` are unbalanced.
///
///     balance = (n₊₊₊ + n₊₋₋) / (n₊₊₊ + n₊₊₋ + n₊₋₋ + n₋₋₋)
///
/// Conventions:
/// - the graph is taken undirected: a pair is positive (negative) when a positive (negative) tie joins
///   it in either direction; weights are ignored;
/// - a pair joined by **both** a positive and a negative tie is *ambivalent*: it has no sign, so the
///   triangles it closes are in no class of the census and not in the ratio; they are counted in
///   ``ambivalent`` so the analyst sees them;
/// - ``ratio`` is `nil` when there is no signed triangle (a graph without triangles is neither balanced
///   nor unbalanced by this measure);
/// - self-loops are ignored.
///
/// Matches signnet's `count_signed_triangles` and `balance_score(g, method = "triangles")`.
///
/// Reference: Cartwright & Harary (1956), *Structural balance: a generalization of Heider's theory*,
/// Psychological Review 63(5); Aref & Wilson (2018), *Measuring partial balance in signed networks*,
/// Journal of Complex Networks 6(4).
public struct TriangleBalance: Sendable, Equatable {
    /// Triangles with three positive pairs (`+++`, balanced).
    public let allPositive: Int
    /// Triangles with two positive pairs and one negative (`++−`, unbalanced).
    public let twoPositive: Int
    /// Triangles with one positive pair and two negative (`+−−`, balanced).
    public let onePositive: Int
    /// Triangles with three negative pairs (`−−−`, unbalanced).
    public let allNegative: Int
    /// Triangles with at least one ambivalent pair (both signs), left out of the census.
    public let ambivalent: Int

    /// Balanced triangles: `+++` and `+−−`.
    public var balanced: Int { allPositive + onePositive }
    /// Unbalanced triangles: `++−` and `−−−`.
    public var unbalanced: Int { twoPositive + allNegative }
    /// Signed triangles in the census (ambivalent ones excluded).
    public var signedTriangles: Int { balanced + unbalanced }
    /// The share of balanced triangles; `nil` when there is none.
    public var ratio: Double? { signedTriangles == 0 ? nil : Double(balanced) / Double(signedTriangles) }
}

extension SignedGraph {
    /// Counts the signed triangles by kind (see ``TriangleBalance``).
    ///
    /// Each triangle `u < v < w` is found once from its smallest node: the neighbours of `u` are marked in
    /// a scratch array, then each neighbour `v > u` scans its neighbours `w > v`.
    ///
    /// - Complexity: O(Σ_u Σ_{v ∈ N(u)} deg(v)) ≤ O(m · d_max) time, O(n + m) memory.
    public func triangleBalance() -> TriangleBalance {
        let view = SignedPairView(self, value: .count, combine: .either)
        // Pair sign: +1, −1, or 0 for an ambivalent pair.
        @inline(__always) func sign(_ a: Int) -> Int8 {
            switch (view.hasPositive[a], view.hasNegative[a]) {
            case (true, false): return 1
            case (false, true): return -1
            default: return 0
            }
        }
        var mark = [Int8](repeating: 2, count: nodeCount)  // 2 = not a neighbour of u
        var counts = (ppp: 0, ppn: 0, pnn: 0, nnn: 0, ambivalent: 0)
        for u in 0 ..< nodeCount {
            let uPairs = view.pairs(of: u)
            for a in uPairs { mark[Int(view.neighbors[a])] = sign(a) }
            for a in uPairs {
                let v = Int(view.neighbors[a])
                if v < u { continue }
                let suv = sign(a)
                for b in view.pairs(of: v) {
                    let w = Int(view.neighbors[b])
                    if w <= v { continue }
                    let suw = mark[w]
                    if suw == 2 { continue }
                    let svw = sign(b)
                    if suv == 0 || suw == 0 || svw == 0 {
                        counts.ambivalent += 1
                        continue
                    }
                    switch Int(suv) + Int(suw) + Int(svw) {
                    case 3: counts.ppp += 1
                    case 1: counts.ppn += 1
                    case -1: counts.pnn += 1
                    default: counts.nnn += 1
                    }
                }
            }
            for a in uPairs { mark[Int(view.neighbors[a])] = 2 }
        }
        return TriangleBalance(
            allPositive: counts.ppp, twoPositive: counts.ppn, onePositive: counts.pnn, allNegative: counts.nnn,
            ambivalent: counts.ambivalent
        )
    }
}
