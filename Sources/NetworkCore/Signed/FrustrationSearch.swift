/// The two searches behind ``SignedGraph/frustrationIndex(options:)``, one connected component at a time,
/// with their workspaces allocated once for the whole graph.
struct FrustrationSearch {
    let view: SignedPairView
    /// Local index of each node within the component being solved (−1 elsewhere).
    private var local: [Int32]
    /// Camp (0/1) of each node in the local search's current split.
    private var side: [UInt8]
    /// Change in frustrated ties if the node moved to the other camp (local search; < 0 is better).
    private var gain: [Int]

    init(view: SignedPairView) {
        self.view = view
        local = [Int32](repeating: -1, count: view.nodeCount)
        side = [UInt8](repeating: 0, count: view.nodeCount)
        gain = [Int](repeating: 0, count: view.nodeCount)
    }

    /// Solves one component (ascending `members`, at most 30) by Gray-code enumeration of its splits,
    /// writing its best split into `camps`.
    ///
    /// - Returns: the minimum number of frustrated ties and how many splits reach it.
    /// - Complexity: O(2^(c−1) + Σ deg) time.
    mutating func exhaustive(_ members: [Int32], camps: inout [Int]) -> (cost: Int, optimalSplits: Int) {
        let c = members.count
        for (i, u) in members.enumerated() { local[Int(u)] = Int32(i) }
        defer { for u in members { local[Int(u)] = -1 } }

        // Bitmasks of each node's positive and negative neighbours (local indices).
        var positiveMask = [UInt32](repeating: 0, count: c)
        var negativeMask = [UInt32](repeating: 0, count: c)
        var cost = 0  // all nodes in camp 0: every negative pair is frustrated
        for (i, u) in members.enumerated() {
            for a in view.pairs(of: Int(u)) {
                let j = Int(local[Int(view.neighbors[a])])
                if view.hasPositive[a] { positiveMask[i] |= 1 << UInt32(j) }
                if view.hasNegative[a] {
                    negativeMask[i] |= 1 << UInt32(j)
                    if j > i { cost += 1 }
                }
            }
        }
        let full: UInt32 = c == 32 ? .max : (1 << UInt32(c)) - 1
        var split: UInt32 = 0
        var best = cost
        var bestSplit: UInt32 = 0
        var count = 1
        let steps = 1 << (c - 1)
        var k = 1
        while k < steps {
            let i = k.trailingZeroBitCount + 1  // node 0 stays in camp 0
            let bit: UInt32 = 1 << UInt32(i)
            let sameSide = split & bit != 0 ? split : ~split & full
            let p = positiveMask[i]
            let q = negativeMask[i]
            let positiveSame = (p & sameSide).nonzeroBitCount
            let negativeSame = (q & sameSide).nonzeroBitCount
            // Moving i: positive ties on its side become frustrated, those across are mended;
            // negative ties on its side are mended, those across become frustrated.
            cost += 2 * positiveSame - p.nonzeroBitCount + q.nonzeroBitCount - 2 * negativeSame
            split ^= bit
            if cost < best {
                best = cost
                bestSplit = split
                count = 1
            } else if cost == best {
                count += 1
            }
            k += 1
        }
        for (i, u) in members.enumerated() { camps[Int(u)] = Int(bestSplit >> UInt32(i) & 1) }
        return (best, count)
    }

    /// Solves one component approximately by multi-start local search, writing its best split into `camps`
    /// (with the component's smallest node in camp 0).
    ///
    /// - Returns: the number of frustrated ties of that split.
    /// - Complexity: O(restarts · passes · Σ deg) time.
    mutating func localSearch(
        _ members: [Int32], restarts: Int, rng: inout SignedSearchRandom, camps: inout [Int]
    ) -> Int {
        var best = Int.max
        for _ in 0 ..< restarts {
            for u in members { side[Int(u)] = UInt8(truncatingIfNeeded: rng.next() & 1) }
            // Frustrated ties of the start, and each node's gain from moving.
            var cost = 0
            for u in members {
                var g = 0
                for a in view.pairs(of: Int(u)) {
                    let v = Int(view.neighbors[a])
                    let same = side[Int(u)] == side[v]
                    g += moveDelta(a, same: same)
                    if v > Int(u) { cost += frustrated(a, same: same) }
                }
                gain[Int(u)] = g
            }
            var improved = true
            while improved {
                improved = false
                for u in members where gain[Int(u)] < 0 {
                    let uu = Int(u)
                    cost += gain[uu]
                    side[uu] ^= 1
                    gain[uu] = -gain[uu]
                    for a in view.pairs(of: uu) {
                        let v = Int(view.neighbors[a])
                        // The pair's term in v's gain changes with u's move.
                        let sameNow = side[uu] == side[v]
                        gain[v] += moveDelta(a, same: sameNow) - moveDelta(a, same: !sameNow)
                    }
                    improved = true
                }
            }
            if cost < best {
                best = cost
                let flip = side[Int(members[0])]
                for u in members { camps[Int(u)] = Int(side[Int(u)] ^ flip) }
            }
        }
        return best
    }

    /// The frustrated ties (0, 1 or 2) of pair `a`, given whether its nodes share a camp.
    @inline(__always) private func frustrated(_ a: Int, same: Bool) -> Int {
        (view.hasPositive[a] && !same ? 1 : 0) + (view.hasNegative[a] && same ? 1 : 0)
    }

    /// The change in frustrated ties of pair `a` if one of its nodes moved to the other camp: its frustrated
    /// and its satisfied ties swap roles.
    @inline(__always) private func moveDelta(_ a: Int, same: Bool) -> Int {
        frustrated(a, same: !same) - frustrated(a, same: same)
    }
}
