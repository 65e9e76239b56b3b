/// The undirected, simple view of a ``SignedGraph`` that the balance measures work on: for every node its
/// distinct neighbours (self excluded, ascending) with the positive and the negative value of the pair.
///
/// How the ties between `u` and `v` become the pair's two values is the `combine` rule:
/// - ``Combine/either``: a tie in either direction makes the pair positive (negative); the value is 1
///   (``SignedTieValue/count``) or the larger magnitude of the ties (``SignedTieValue/magnitude``). This
///   is "symmetrising" a directed layer.
/// - ``Combine/sum``: every tie adds its value: for a directed graph the arcs `u→v` and `v→u` both count.
///
/// A pair may have both a positive and a negative value (an *ambivalent* pair); each measure decides.
///
/// - Complexity: built in O(n + m) by a merge of each node's sorted neighbour lists (no per-node
///   allocation); memory O(n + m).
struct SignedPairView {
    enum Combine { case either, sum }

    let nodeCount: Int
    /// `offsets[u] ..< offsets[u + 1]` are `u`'s pairs; `nodeCount + 1` entries.
    let offsets: [Int32]
    /// The other node of each pair, ascending per node.
    let neighbors: [Int32]
    /// The positive value of each pair (0 = no positive tie).
    let positive: [Double]
    /// The negative value (a magnitude, ≥ 0) of each pair (0 = no negative tie).
    let negative: [Double]
    /// Whether each pair has a positive tie.
    let hasPositive: [Bool]
    /// Whether each pair has a negative tie.
    let hasNegative: [Bool]

    @inline(__always) func pairs(of u: Int) -> Range<Int> { Int(offsets[u]) ..< Int(offsets[u + 1]) }

    init(_ graph: SignedGraph, value: SignedTieValue, combine: Combine) {
        let n = graph.nodeCount
        let p = graph.positive
        let q = graph.negative
        let directed = graph.isDirected
        var offsets = [Int32](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        var positive: [Double] = []
        var negative: [Double] = []
        var hasPositive: [Bool] = []
        var hasNegative: [Bool] = []
        let capacity = p.arcCount + q.arcCount + (directed ? p.arcCount + q.arcCount : 0)
        neighbors.reserveCapacity(capacity)
        positive.reserveCapacity(capacity)
        negative.reserveCapacity(capacity)
        hasPositive.reserveCapacity(capacity)
        hasNegative.reserveCapacity(capacity)

        @inline(__always) func strength(_ g: Graph, _ w: Double) -> Double {
            value == .count ? 1 : g.weightKind.strength(ofWeight: w)
        }

        for u in 0 ..< n {
            // Up to four sorted lists: positive out, positive in, negative out, negative in (the "in" lists
            // only for directed graphs: an undirected graph's out-arcs already hold every tie once).
            let pOut = p.outArcs(of: u)
            let nOut = q.outArcs(of: u)
            let pIn = directed ? p.inArcs(of: u) : 0 ..< 0
            let nIn = directed ? q.inArcs(of: u) : 0 ..< 0
            var i0 = pOut.lowerBound
            var i1 = pIn.lowerBound
            var i2 = nOut.lowerBound
            var i3 = nIn.lowerBound
            while true {
                var v = Int32.max
                if i0 < pOut.upperBound { v = min(v, p.outNeighbors[i0]) }
                if i1 < pIn.upperBound { v = min(v, p.inNeighbors[i1]) }
                if i2 < nOut.upperBound { v = min(v, q.outNeighbors[i2]) }
                if i3 < nIn.upperBound { v = min(v, q.inNeighbors[i3]) }
                if v == Int32.max { break }
                var pv = 0.0
                var nv = 0.0
                var hp = false
                var hn = false
                while i0 < pOut.upperBound && p.outNeighbors[i0] == v {
                    let s = strength(p, p.outWeights[i0])
                    pv = combine == .sum ? pv + s : max(pv, s)
                    hp = true
                    i0 += 1
                }
                while i1 < pIn.upperBound && p.inNeighbors[i1] == v {
                    let s = strength(p, p.inWeights[i1])
                    pv = combine == .sum ? pv + s : max(pv, s)
                    hp = true
                    i1 += 1
                }
                while i2 < nOut.upperBound && q.outNeighbors[i2] == v {
                    let s = strength(q, q.outWeights[i2])
                    nv = combine == .sum ? nv + s : max(nv, s)
                    hn = true
                    i2 += 1
                }
                while i3 < nIn.upperBound && q.inNeighbors[i3] == v {
                    let s = strength(q, q.inWeights[i3])
                    nv = combine == .sum ? nv + s : max(nv, s)
                    hn = true
                    i3 += 1
                }
                if Int(v) == u { continue }  // self-loops are ignored
                neighbors.append(v)
                positive.append(pv)
                negative.append(nv)
                hasPositive.append(hp)
                hasNegative.append(hn)
            }
            offsets[u + 1] = Int32(neighbors.count)
        }
        self.nodeCount = n
        self.offsets = offsets
        self.neighbors = neighbors
        self.positive = positive
        self.negative = negative
        self.hasPositive = hasPositive
        self.hasNegative = hasNegative
    }

    /// The pair position of `{u, v}` in `u`'s list, if any.
    ///
    /// - Complexity: O(log deg(u)).
    func pair(_ u: Int, _ v: Int) -> Int? {
        var low = Int(offsets[u])
        var high = Int(offsets[u + 1])
        let target = Int32(truncatingIfNeeded: v)
        while low < high {
            let mid = (low &+ high) >> 1
            let x = neighbors[mid]
            if x == target { return mid }
            if x < target { low = mid &+ 1 } else { high = mid }
        }
        return nil
    }

    /// The connected components of the pair graph (a pair with any tie joins its nodes): a component id
    /// per node, numbered by their smallest node, and the members of each component in ascending order.
    ///
    /// - Complexity: O(n + m).
    func components() -> (component: [Int32], members: [[Int32]]) {
        var component = [Int32](repeating: -1, count: nodeCount)
        var members: [[Int32]] = []
        var stack: [Int32] = []
        for start in 0 ..< nodeCount where component[start] < 0 {
            let id = Int32(members.count)
            var list: [Int32] = [Int32(start)]
            component[start] = id
            stack.append(Int32(start))
            while let u = stack.popLast() {
                for a in pairs(of: Int(u)) {
                    let v = Int(neighbors[a])
                    if component[v] < 0 {
                        component[v] = id
                        list.append(Int32(v))
                        stack.append(Int32(v))
                    }
                }
            }
            list.sort()
            members.append(list)
        }
        return (component, members)
    }
}
