/// The searches behind ``SignedGraph/factions(options:)``: relocation local search and branch and bound
/// over Doreian & Mrvar's criterion, on the pair view (ties between two nodes summed, both directions).
///
/// With `same(u,v) = α·n_uv` (negative value of the pair, paid when `u` and `v` share a block) and
/// `diff(u,v) = (1−α)·p_uv` (positive value, paid when they do not), `P(C) = Σ_pairs same or diff`. For a
/// node `v` and block `b`, `affinity(v, b) = Σ_{u ∈ b} (same(u,v) − diff(u,v))`, so `v`'s share of `P` in
/// block `b` is `Σ_u diff(u,v) + affinity(v, b)`: moving `v` from `a` to `b` changes `P` by
/// `affinity(v, b) − affinity(v, a)`.
struct FactionSearch {
    let view: SignedPairView
    let n: Int
    let k: Int
    /// `α·n_uv` per pair.
    private let same: [Double]
    /// `(1−α)·p_uv` per pair.
    private let diff: [Double]
    /// Costs closer than this are equal.
    private let epsilon: Double

    // Workspaces, allocated once.
    private var labels: [Int32]
    private var sizes: [Int]
    private var affinity: [Double]  // n × k
    private var base: [Double]  // branch and bound: Σ diff to assigned nodes
    private var order: [Int]
    private var candidates: [Int]  // branch and bound: n × k, per depth
    private var visited = 0
    private var budget = 0
    private var bestCost = 0.0
    private var bestLabels: [Int32]? = nil

    init(view: SignedPairView, blockCount: Int, alpha: Double) {
        self.view = view
        n = view.nodeCount
        k = blockCount
        same = view.negative.map { alpha * $0 }
        diff = view.positive.map { (1 - alpha) * $0 }
        var total = 0.0
        for a in same.indices { total += same[a] + diff[a] }
        epsilon = 1e-9 * max(1, total)
        labels = [Int32](repeating: -1, count: n)
        sizes = [Int](repeating: 0, count: k)
        affinity = [Double](repeating: 0, count: n * k)
        base = [Double](repeating: 0, count: n)
        order = []
        candidates = [Int](repeating: 0, count: n * k)
    }

    /// `P` of `labels`.
    private func cost(of labels: [Int32]) -> Double {
        var total = 0.0
        for u in 0 ..< n {
            for a in view.pairs(of: u) where Int(view.neighbors[a]) > u {
                total += labels[u] == labels[Int(view.neighbors[a])] ? same[a] : diff[a]
            }
        }
        return total
    }

    // MARK: Local search

    /// Multi-start relocation search.
    ///
    /// - Returns: the best criterion found and its labels.
    mutating func localSearch(restarts: Int, rng: inout SignedSearchRandom) -> (cost: Double, labels: [Int32]) {
        var best = Double.infinity
        var bestLabels = [Int32](repeating: 0, count: n)
        var permutation = Array(0 ..< n)
        for _ in 0 ..< restarts {
            // A random partition with every block non-empty: the first k nodes of a random permutation
            // open the blocks, the others draw one.
            for i in stride(from: n - 1, to: 0, by: -1) { permutation.swapAt(i, rng.below(i + 1)) }
            for b in 0 ..< k { sizes[b] = 0 }
            for (i, v) in permutation.enumerated() {
                let b = i < k ? i : rng.below(k)
                labels[v] = Int32(b)
                sizes[b] += 1
            }
            for i in affinity.indices { affinity[i] = 0 }
            for v in 0 ..< n {
                for a in view.pairs(of: v) {
                    affinity[v * k + Int(labels[Int(view.neighbors[a])])] += same[a] - diff[a]
                }
            }
            // Relocate while some move lowers P.
            var improved = true
            while improved {
                improved = false
                for v in 0 ..< n {
                    let from = Int(labels[v])
                    if sizes[from] == 1 { continue }  // keep k non-empty blocks
                    var to = from
                    var bestAffinity = affinity[v * k + from]
                    for b in 0 ..< k where affinity[v * k + b] < bestAffinity - epsilon {
                        bestAffinity = affinity[v * k + b]
                        to = b
                    }
                    if to == from { continue }
                    labels[v] = Int32(to)
                    sizes[from] -= 1
                    sizes[to] += 1
                    for a in view.pairs(of: v) {
                        let u = Int(view.neighbors[a])
                        affinity[u * k + from] -= same[a] - diff[a]
                        affinity[u * k + to] += same[a] - diff[a]
                    }
                    improved = true
                }
            }
            let c = cost(of: labels)
            if c < best - epsilon {
                best = c
                bestLabels = labels
            }
        }
        return (best, bestLabels)
    }

    // MARK: Branch and bound

    /// Searches for a partition with `P` below `upperBound`.
    ///
    /// - Returns: the best partition found below the bound (`nil` if none), its cost, and whether the
    ///   search finished within `budget` search-tree nodes (then the result, or the bound, is optimal).
    mutating func branchAndBound(upperBound: Double, budget: Int) -> (labels: [Int32]?, cost: Double, finished: Bool) {
        makeOrder()
        for i in 0 ..< n {
            labels[i] = -1
            base[i] = 0
        }
        for i in affinity.indices { affinity[i] = 0 }
        visited = 0
        self.budget = budget
        bestCost = upperBound
        bestLabels = nil
        let finished = search(depth: 0, partial: 0, used: 0)
        return (bestLabels, bestCost, finished)
    }

    /// Assignment order: the heaviest node first, then always the unplaced node most strongly tied to the
    /// placed ones (ties: heavier overall, then smaller index), so costs show up early in the tree.
    private mutating func makeOrder() {
        var weight = [Double](repeating: 0, count: n)
        for v in 0 ..< n { for a in view.pairs(of: v) { weight[v] += same[a] + diff[a] } }
        var link = [Double](repeating: 0, count: n)
        var placed = [Bool](repeating: false, count: n)
        order = []
        order.reserveCapacity(n)
        for _ in 0 ..< n {
            var pick = -1
            for v in 0 ..< n where !placed[v] {
                if pick < 0 || link[v] > link[pick] || (link[v] == link[pick] && weight[v] > weight[pick]) { pick = v }
            }
            placed[pick] = true
            order.append(pick)
            for a in view.pairs(of: pick) { link[Int(view.neighbors[a])] += same[a] + diff[a] }
        }
    }

    /// Depth-first search from `depth` (nodes `order[..<depth]` assigned, `used` blocks open).
    ///
    /// - Returns: false when the budget ran out.
    private mutating func search(depth: Int, partial: Double, used: Int) -> Bool {
        visited += 1
        if visited > budget { return false }
        if depth == n {
            if partial < bestCost - epsilon {
                bestCost = partial
                bestLabels = labels
            }
            return true
        }
        let v = order[depth]
        // Candidate blocks: the open ones and the next new one; if every remaining node must open a block,
        // only the new one. Tried cheapest first.
        let mustOpen = n - depth == k - used
        let first = mustOpen ? used : 0
        let last = min(used, k - 1)
        var count = 0
        let slot = depth * k
        for b in first ... last {
            let c = affinity[v * k + b]
            var i = count
            while i > 0 && affinity[v * k + candidates[slot + i - 1]] > c {
                candidates[slot + i] = candidates[slot + i - 1]
                i -= 1
            }
            candidates[slot + i] = b
            count += 1
        }
        for i in 0 ..< count {
            let b = candidates[slot + i]
            let newPartial = partial + base[v] + affinity[v * k + b]
            if newPartial >= bestCost - epsilon { continue }
            assign(v, to: b, sign: 1)
            // Bound: each unassigned node in its cheapest block against the assigned ones.
            var bound = newPartial
            var j = depth + 1
            while j < n && bound < bestCost - epsilon {
                let w = order[j]
                var cheapest = affinity[w * k]
                for c in 1 ..< k where affinity[w * k + c] < cheapest { cheapest = affinity[w * k + c] }
                bound += base[w] + cheapest  // an unopened block has affinity 0 and is among the k
                j += 1
            }
            var finished = true
            if bound < bestCost - epsilon {
                finished = search(depth: depth + 1, partial: newPartial, used: max(used, b + 1))
            }
            assign(v, to: b, sign: -1)
            if !finished { return false }
        }
        return true
    }

    /// Places (`sign` 1) or removes (`sign` −1) `v` in block `b`, updating its neighbours' costs.
    @inline(__always) private mutating func assign(_ v: Int, to b: Int, sign: Double) {
        labels[v] = sign > 0 ? Int32(b) : -1
        for a in view.pairs(of: v) {
            let u = Int(view.neighbors[a])
            base[u] += sign * diff[a]
            affinity[u * k + b] += sign * (same[a] - diff[a])
        }
    }
}
