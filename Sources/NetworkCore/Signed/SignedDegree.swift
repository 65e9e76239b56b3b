/// Positive, negative, net and ratio degree of every node of a signed graph.
///
/// For node `u`:
/// - `positive[u]` = number of distinct nodes `v ≠ u` joined to `u` by a positive tie,
/// - `negative[u]` = the same for negative ties,
/// - `net[u] = positive[u] − negative[u]`,
/// - `ratio[u] = positive[u] / (positive[u] + negative[u])`, `nil` when both are 0 (an isolate).
///
/// Conventions:
/// - **Directed graphs:** a tie in *either* direction counts, each neighbour once (the "all" degree of the
///   symmetrised layer, distinct neighbours, so a mutual pair is one neighbour, not two). The out- and
///   in-degrees of one layer are ``Graph/outDegree(_:)`` and ``Graph/inDegree(_:)`` of that layer.
/// - A neighbour joined by both a positive and a negative tie counts in both `positive` and `negative`.
/// - Self-loops are ignored; weights are ignored (these are degrees, not strengths).
///
/// On an undirected graph this is signnet's `degree_signed(g, type = "pos" | "neg" | "net" | "ratio")`.
///
/// Reference: Everett & Borgatti (2014), *Networks containing negative ties*, Social Networks 38, §4.
public struct SignedDegrees: Sendable, Equatable {
    /// Number of positively tied neighbours, per node.
    public let positive: [Int]
    /// Number of negatively tied neighbours, per node.
    public let negative: [Int]

    /// `positive − negative`, per node.
    public var net: [Int] { zip(positive, negative).map { $0 - $1 } }

    /// `positive / (positive + negative)`, per node; `nil` for a node without signed ties.
    public var ratio: [Double?] {
        zip(positive, negative).map { p, n in p + n == 0 ? nil : Double(p) / Double(p + n) }
    }
}

extension SignedGraph {
    /// The signed degrees of every node (see ``SignedDegrees`` for the conventions).
    ///
    /// - Complexity: O(n + m).
    public func signedDegrees() -> SignedDegrees {
        let view = SignedPairView(self, value: .count, combine: .either)
        var positive = [Int](repeating: 0, count: nodeCount)
        var negative = [Int](repeating: 0, count: nodeCount)
        for u in 0 ..< nodeCount {
            for a in view.pairs(of: u) {
                if view.hasPositive[a] { positive[u] += 1 }
                if view.hasNegative[a] { negative[u] += 1 }
            }
        }
        return SignedDegrees(positive: positive, negative: negative)
    }
}
