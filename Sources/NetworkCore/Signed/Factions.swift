/// A partition of a signed graph into factions that best fits structural balance (Doreian & Mrvar).
///
/// For a partition `C` of the nodes into `k` blocks, the criterion is
///
///     P(C) = α · N_within + (1 − α) · P_between
///
/// with `N_within` the negative ties inside blocks and `P_between` the positive ties between blocks, each
/// tie counting 1 or its magnitude (``SignedTieValue``). `P(C) = 0` exactly when `C` is a perfect
/// k-balanced partition (Davis 1967's generalised balance); the ties behind a positive `P(C)` are the
/// ``violations``.
///
/// Conventions:
/// - exactly `k` non-empty blocks (Doreian & Mrvar fix `k` and compare criteria across `k`); when `k`
///   exceeds the node count, one block per node;
/// - directed graphs count every arc as a tie (Doreian & Mrvar's criterion is defined on signed digraphs);
///   undirected graphs count every edge once; self-loops are ignored;
/// - blocks are numbered by first appearance in node order (node 0 is in block 0);
/// - among several optimal partitions, the first found is returned (deterministic for a seed).
///
/// Reference: Doreian & Mrvar (1996), *A partitioning approach to structural balance*, Social Networks
/// 18(2):149–168; Doreian & Mrvar (2009), *Partitioning signed social networks*, Social Networks 31(1):1–11.
public struct FactionPartition: Sendable, Equatable {
    /// The block of each node, `0 ..< blockCount`.
    public let blocks: [Int]
    /// Number of non-empty blocks.
    public let blockCount: Int
    /// `P(C)`, the criterion value of ``blocks``.
    public let criterion: Double
    /// The summed value of the negative ties within blocks.
    public let negativeWithin: Double
    /// The summed value of the positive ties between blocks.
    public let positiveBetween: Double
    /// The ties that make ``criterion`` positive: negative ties within and positive ties between blocks,
    /// ascending (arcs `source → target` when directed, `source ≤ target` when undirected).
    public let violations: [SignedTie]
    /// Whether ``criterion`` is proven minimal (branch and bound finished within its budget).
    public let isExact: Bool
}

/// How ``SignedGraph/factions(options:)`` partitions.
public struct FactionOptions: Sendable, Equatable {
    /// `k`, the number of blocks. Required, at least 1.
    public var blockCount: Int
    /// `α` in `[0, 1]`, the weight of negative ties within blocks against positive ties between. Default 0.5
    /// (both errors weigh the same, as in Doreian & Mrvar 1996).
    public var alpha: Double
    /// What a tie contributes. Default ``SignedTieValue/count``.
    public var tieValue: SignedTieValue
    /// Graphs with at most this many nodes are solved exactly by branch and bound. Default 24.
    public var maxExactNodeCount: Int
    /// The most search-tree nodes the branch and bound may visit before it gives up and returns the best
    /// partition found, not proven optimal. Default 20 million.
    public var searchBudget: Int
    /// Random starts of the relocation local search (which also seeds the branch and bound's bound).
    /// Default 64.
    public var restarts: Int
    /// Seed of the local search. Default 1.
    public var seed: UInt64

    public init(
        blockCount: Int, alpha: Double = 0.5, tieValue: SignedTieValue = .count,
        maxExactNodeCount: Int = 24, searchBudget: Int = 20_000_000, restarts: Int = 64, seed: UInt64 = 1
    ) {
        self.blockCount = blockCount
        self.alpha = alpha
        self.tieValue = tieValue
        self.maxExactNodeCount = maxExactNodeCount
        self.searchBudget = searchBudget
        self.restarts = restarts
        self.seed = seed
    }
}

extension SignedGraph {
    /// The `k`-block partition minimising Doreian & Mrvar's criterion `P(C)` (see ``FactionPartition``).
    ///
    /// 1. A **relocation local search** (Doreian & Mrvar's procedure): from a random partition with `k`
    ///    non-empty blocks, move single nodes to the block that lowers `P` most, until no move does; keep the
    ///    best of ``FactionOptions/restarts`` seeded starts.
    /// 2. For at most ``FactionOptions/maxExactNodeCount`` nodes, a **branch and bound** proves or improves
    ///    it: nodes are assigned one at a time (most connected to the assigned ones first), each to an
    ///    already used block or the next new one (so block labels are never permuted: symmetry breaking);
    ///    the bound adds to the cost so far, for every unassigned node, its cheapest block against the
    ///    assigned nodes; a branch is cut when the bound reaches the best known `P`.
    ///
    /// - Precondition: `blockCount >= 1`, `0 <= alpha <= 1`, `restarts >= 1`.
    /// - Complexity: local search O(restarts · passes · (m + n·k)); branch and bound O(n·k) per search-tree
    ///   node, at most ``FactionOptions/searchBudget`` nodes (worst case k^n / k!). O(n·k + m) memory.
    public func factions(options: FactionOptions) -> FactionPartition {
        precondition(options.blockCount >= 1, "at least one block")
        precondition(options.alpha >= 0 && options.alpha <= 1, "alpha must be in [0, 1]")
        precondition(options.restarts >= 1, "the local search needs at least one start")
        let n = nodeCount
        let k = min(options.blockCount, n)
        var labels = [Int32](repeating: 0, count: n)
        var isExact = true
        if n > 0 && k > 1 {
            let view = SignedPairView(self, value: options.tieValue, combine: .sum)
            var search = FactionSearch(view: view, blockCount: k, alpha: options.alpha)
            var rng = SignedSearchRandom(seed: options.seed)
            let heuristic = search.localSearch(restarts: options.restarts, rng: &rng)
            var bestLabels = heuristic.labels
            if n <= options.maxExactNodeCount {
                // Only a strictly better partition replaces the local search's.
                let outcome = search.branchAndBound(upperBound: heuristic.cost, budget: options.searchBudget)
                if let improved = outcome.labels { bestLabels = improved }
                isExact = outcome.finished
            } else {
                isExact = false
            }
            labels = bestLabels
        }

        // Number blocks by first appearance.
        let (blocks, blockCount) = renumberedByFirstAppearance(labels.map { Int($0) }, labelBound: k)
        return factionPartition(
            blocks: blocks, blockCount: blockCount, alpha: options.alpha, tieValue: options.tieValue, isExact: isExact)
    }

    /// The criterion of a given partition, with its violating ties (no search).
    ///
    /// - Complexity: O(m log m).
    func factionPartition(blocks: [Int], blockCount: Int, alpha: Double, tieValue: SignedTieValue, isExact: Bool)
        -> FactionPartition
    {
        var violations: [SignedTie] = []
        var negativeWithin = 0.0
        var positiveBetween = 0.0
        for (graph, sign) in [(positive, TieSign.positive), (negative, TieSign.negative)] {
            for e in 0 ..< graph.edgeCount {
                let u = Int(graph.edgeSources[e])
                let v = Int(graph.edgeTargets[e])
                if u == v { continue }
                let same = blocks[u] == blocks[v]
                guard (sign == .positive) != same else { continue }
                let value = tieValue == .count ? 1 : graph.weightKind.strength(ofWeight: graph.edgeWeights[e])
                if sign == .positive { positiveBetween += value } else { negativeWithin += value }
                violations.append(SignedTie(source: u, target: v, sign: sign))
            }
        }
        violations.sort()
        return FactionPartition(
            blocks: blocks, blockCount: blockCount,
            criterion: alpha * negativeWithin + (1 - alpha) * positiveBetween,
            negativeWithin: negativeWithin, positiveBetween: positiveBetween,
            violations: violations, isExact: isExact
        )
    }
}
