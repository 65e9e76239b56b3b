/// The frustration index of a signed graph: the fewest ties whose removal (or sign flip) leaves it balanced.
///
/// A signed graph is balanced when its nodes split into two camps with every positive tie inside a camp
/// and every negative tie between the camps (Cartwright & Harary 1956). For a split `S`, the ties that break
/// it are the positive ties across and the negative ties within; the frustration index is
///
///     L = min over splits S of  #{positive pairs across S} + #{negative pairs within S}
///
/// and the normalised balance is `1 − 2L/m` (`m` signed ties), in `[0, 1]` and 1 for a balanced graph
/// (`L ≤ m/2`: a random split frustrates each tie with probability ½, so some split frustrates at most
/// half of them).
///
/// Conventions:
/// - the graph is taken undirected: a pair is positive (negative) when a positive (negative) tie joins it in
///   either direction; weights are ignored; self-loops are ignored;
/// - a pair with both a positive and a negative tie counts as two ties (one of them is frustrated by every
///   split, so it adds exactly 1 to `L`, and 2 to `m`);
/// - camps are numbered per connected component: the component's smallest node is in camp 0. Isolated nodes
///   are in camp 0.
///
/// Reference: Harary (1959), *On the measurement of structural balance*, Behavioral Science 4; Aref & Wilson
/// (2018), *Measuring partial balance in signed networks*, Journal of Complex Networks 6(4) (the index and
/// its normalisation `1 − 2L/m`, signnet's `balance_score(g, method = "frustration")`).
public struct FrustrationIndex: Sendable, Equatable {
    /// `L`, the number of frustrated ties in the best split found (the index itself when ``isExact``).
    public let frustration: Int
    /// `m`, the number of signed pairs (a pair with both signs counts twice).
    public let tieCount: Int
    /// The camp (0 or 1) of each node in the best split found.
    public let camps: [Int]
    /// The ties that break the split: positive ties across the camps and negative ties within, as pairs
    /// `source < target`, ascending.
    public let frustratedTies: [SignedTie]
    /// Whether `L` is proven minimal (every component solved by exhaustive search).
    public let isExact: Bool
    /// When exact: the number of optimal splits of each connected component, multiplied (saturating at
    /// `Int.max`). 1 means the camps are unique (up to swapping the two camps of a whole component).
    /// `nil` when a component was solved heuristically.
    public let optimalSplitCount: Int?

    /// `1 − 2L/m`; `nil` when there are no ties.
    public var normalized: Double? { tieCount == 0 ? nil : 1 - 2 * Double(frustration) / Double(tieCount) }
}

/// How ``SignedGraph/frustrationIndex(options:)`` searches.
public struct FrustrationOptions: Sendable, Equatable {
    /// Connected components with at most this many nodes are solved exactly, by enumerating their
    /// `2^(c−1)` splits (a component of 26 nodes is 33.5 million splits, well under a second in a release
    /// build). Default 26; at most 30.
    public var maxExactComponentSize: Int
    /// Random starts of the local search used for larger components. Default 64.
    public var restarts: Int
    /// Seed of the local search (results are deterministic for a seed). Default 1.
    public var seed: UInt64

    public init(maxExactComponentSize: Int = 26, restarts: Int = 64, seed: UInt64 = 1) {
        self.maxExactComponentSize = maxExactComponentSize
        self.restarts = restarts
        self.seed = seed
    }
}

extension SignedGraph {
    /// The frustration index `L` with a best 2-camp split (see ``FrustrationIndex``).
    ///
    /// Each connected component is solved on its own (splits of different components do not interact):
    /// - **exactly** when it has at most ``FrustrationOptions/maxExactComponentSize`` nodes: the smallest
    ///   node is fixed in camp 0 and the other `c − 1` nodes run through all `2^(c−1)` splits in Gray-code
    ///   order, so consecutive splits differ by one node; the change in frustrated ties of moving a node is
    ///   four popcounts over bitmasks of its positive and negative neighbours. Ties in the minimum keep the
    ///   first split found, and the number of optimal splits is counted;
    /// - otherwise by a **seeded multi-start local search**: a random split, then single-node moves that
    ///   lower the count until none does; the best of ``FrustrationOptions/restarts`` starts is kept. The
    ///   result is then an upper bound on `L` and ``FrustrationIndex/isExact`` is false.
    ///
    /// - Precondition: `options.maxExactComponentSize <= 30`, `options.restarts >= 1`.
    /// - Complexity: O(n + m) plus, per exact component of `c` nodes, O(2^(c−1)) time; per heuristic
    ///   component, O(restarts · passes · Σ deg). O(n + m) memory.
    public func frustrationIndex(options: FrustrationOptions = FrustrationOptions()) -> FrustrationIndex {
        precondition(options.maxExactComponentSize <= 30, "exhaustive search is limited to components of 30 nodes")
        precondition(options.restarts >= 1, "the local search needs at least one start")
        let view = SignedPairView(self, value: .count, combine: .either)
        let n = nodeCount
        var camps = [Int](repeating: 0, count: n)
        var total = 0
        var isExact = true
        var splitCount = 1
        var rng = SignedSearchRandom(seed: options.seed)
        var search = FrustrationSearch(view: view)
        for members in view.components().members where members.count > 1 {
            if members.count <= options.maxExactComponentSize {
                let (cost, count) = search.exhaustive(members, camps: &camps)
                total += cost
                let (product, overflow) = splitCount.multipliedReportingOverflow(by: count)
                splitCount = overflow ? Int.max : product
            } else {
                total += search.localSearch(members, restarts: options.restarts, rng: &rng, camps: &camps)
                isExact = false
            }
        }

        var ties: [SignedTie] = []
        var tieCount = 0
        for u in 0 ..< n {
            for a in view.pairs(of: u) {
                let v = Int(view.neighbors[a])
                if v < u { continue }
                if view.hasPositive[a] {
                    tieCount += 1
                    if camps[u] != camps[v] { ties.append(SignedTie(source: u, target: v, sign: .positive)) }
                }
                if view.hasNegative[a] {
                    tieCount += 1
                    if camps[u] == camps[v] { ties.append(SignedTie(source: u, target: v, sign: .negative)) }
                }
            }
        }
        ties.sort()
        assert(ties.count == total, "frustrated ties disagree with the search's count")
        return FrustrationIndex(
            frustration: total, tieCount: tieCount, camps: camps, frustratedTies: ties,
            isExact: isExact, optimalSplitCount: isExact ? splitCount : nil
        )
    }
}
