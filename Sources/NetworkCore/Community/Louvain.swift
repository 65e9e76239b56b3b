/// Options for ``Louvain``.
public struct LouvainOptions: Sendable {
    /// Resolution γ (1 = classic modularity; larger gives smaller communities).
    public var resolution: Double
    /// Seed for the order nodes are visited in; `nil` visits them in index order. The same seed always
    /// gives the same partition.
    public var seed: UInt64?
    /// Stop a level when a full pass improves modularity by less than this (networkx's default, 1e-7).
    public var threshold: Double
    /// At most this many passes of local moves per level (NetworKit's PLM uses 32): on large graphs the
    /// gains of late passes are tiny but do not fall below the threshold for hundreds of passes.
    public var maxPasses: Int

    public init(resolution: Double = 1, seed: UInt64? = 42, threshold: Double = 1e-7, maxPasses: Int = 32) {
        self.maxPasses = maxPasses
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
    }
}

/// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008): repeated local moves
/// that increase modularity, then aggregation of communities into nodes, until nothing improves.
///
/// Deterministic: nodes are visited in a fixed (optionally seeded) order, a node moves only for a strictly
/// positive gain, ties between candidate communities go to the smallest community id, and communities are
/// numbered by their smallest node. Directed graphs are read as undirected; weights are strengths.
/// The move gain for node `i` into community `C` is `k_{i,C} − γ Σ_C k_i / 2m` (up to a factor 1/m).
///
/// - Complexity: O(m) per pass; typically a few passes per level and O(log n) levels.
public enum Louvain {
    /// The partition (community per node, numbered from 0 by smallest node) and its modularity.
    public static func compute(_ graph: Graph, options: LouvainOptions = LouvainOptions()) throws -> (communities: [Int32], modularity: Double) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], 0) }
        // Work on an undirected, summed view (an undirected graph already is one: its stored weights are
        // its strengths, 1 when unweighted).
        let base: Graph
        if graph.isDirected {
            base = graph.undirectedStrengthView()
        } else {
            base = graph
        }
        var current = base
        var membership = (0 ..< n).map { Int32($0) }  // original node → current node
        var rng = options.seed.map { SplitMix64(seed: $0) }
        while true {
            let (moved, local) = oneLevel(current, options: options, rng: &rng)
            if !moved { break }
            // Renumber communities densely by first node, then aggregate.
            var renumber = [Int32](repeating: -1, count: current.nodeCount)
            var next: Int32 = 0
            for v in 0 ..< current.nodeCount where renumber[Int(local[v])] < 0 {
                renumber[Int(local[v])] = next; next += 1
            }
            for i in 0 ..< n { membership[i] = renumber[Int(local[Int(membership[i])])] }
            var aggregate = GraphBuilder(nodeCount: Int(next), directed: false, weightKind: .strength)
            for e in 0 ..< current.edgeCount {
                let cu = renumber[Int(local[Int(current.edgeSources[e])])]
                let cv = renumber[Int(local[Int(current.edgeTargets[e])])]
                aggregate.addEdge(Int(cu), Int(cv), weight: current.edgeWeights[e])
            }
            current = try aggregate.build(parallelEdges: .sum)
            if current.nodeCount == 1 { break }
        }
        // Number communities by smallest original node.
        var order = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        var result = [Int32](repeating: 0, count: n)
        for i in 0 ..< n {
            let c = Int(membership[i])
            if order[c] < 0 { order[c] = next; next += 1 }
            result[i] = order[c]
        }
        return (result, Modularity.compute(base, communities: result, resolution: options.resolution))
    }

    /// One level of local moves; returns whether any node moved and the community of each node.
    private static func oneLevel(_ g: Graph, options: LouvainOptions, rng: inout SplitMix64?) -> (Bool, [Int32]) {
        let n = g.nodeCount
        var community = (0 ..< n).map { Int32($0) }
        var strength = [Double](repeating: 0, count: n)  // k_i, a self-loop counted twice
        var m2 = 0.0
        for u in 0 ..< n {
            for a in g.outArcs(of: u) {
                let w = g.outWeights[a]
                strength[u] += w
                if Int(g.outNeighbors[a]) == u { strength[u] += w }
            }
            m2 += strength[u]
        }
        guard m2 > 0 else { return (false, community) }
        var order = Array(0 ..< n)
        if var r = rng {
            for i in stride(from: n - 1, to: 0, by: -1) {
                let j = Int(r.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            rng = r
        }
        var total = strength  // Σ_tot per community
        var linkWeight = [Double](repeating: 0, count: n)
        var touched = [Int32](repeating: 0, count: n)
        // Only nodes whose neighbourhood changed since they were last considered are considered again (the
        // "active node" refinement of fast Louvain implementations): a node with no moved neighbour keeps its
        // best choice up to the changes in community totals, which are second order.
        var active = [Bool](repeating: true, count: n)
        var movedAny = false
        let gamma = options.resolution
        let threshold = options.threshold
        g.outOffsets.withUnsafeBufferPointer { offsets in
        g.outNeighbors.withUnsafeBufferPointer { neighbors in
        g.outWeights.withUnsafeBufferPointer { weights in
        strength.withUnsafeBufferPointer { strength in
        community.withUnsafeMutableBufferPointer { community in
        total.withUnsafeMutableBufferPointer { total in
        linkWeight.withUnsafeMutableBufferPointer { linkWeight in
        touched.withUnsafeMutableBufferPointer { touched in
        active.withUnsafeMutableBufferPointer { active in
            var improved = true
            var passes = 0
            while improved && passes < options.maxPasses {
                passes += 1
                improved = false
                var passGain = 0.0
                for u in order {
                    if !active[u] { continue }
                    active[u] = false
                    let own = community[u]
                    // Weights from u to each neighbouring community.
                    var touchedCount = 0
                    for a in Int(offsets[u]) ..< Int(offsets[u + 1]) {
                        let v = Int(neighbors[a])
                        if v == u { continue }
                        let c = Int(community[v])
                        if linkWeight[c] == 0 { touched[touchedCount] = Int32(c); touchedCount += 1 }
                        linkWeight[c] += weights[a]
                    }
                    let ku = strength[u]
                    total[Int(own)] -= ku
                    let ownLink = linkWeight[Int(own)]
                    let ownGain = ownLink - gamma * total[Int(own)] * ku / m2
                    var best = own
                    var bestGain = ownGain
                    // Strictly better gains win; among equal gains (within 1e-12) staying wins, then the
                    // smallest community id, whatever the order neighbours were met in.
                    for t in 0 ..< touchedCount {
                        let c32 = touched[t]
                        if c32 == own { continue }
                        let c = Int(c32)
                        let gain = linkWeight[c] - gamma * total[c] * ku / m2
                        let eps = 1e-12 * max(1, abs(bestGain))
                        if gain > bestGain + eps || (best != own && gain >= bestGain - eps && c32 < best) {
                            bestGain = gain; best = c32
                        }
                    }
                    total[Int(best)] += ku
                    if best != own {
                        community[u] = best
                        improved = true
                        movedAny = true
                        passGain += bestGain - ownGain
                        for a in Int(offsets[u]) ..< Int(offsets[u + 1]) { active[Int(neighbors[a])] = true }
                    }
                    for t in 0 ..< touchedCount { linkWeight[Int(touched[t])] = 0 }
                }
                // passGain is in units of weight; divided by m it is the modularity gained by the pass.
                if improved && passGain / (m2 / 2) < threshold { break }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return (movedAny, community)
    }
}

/// A small deterministic random generator (SplitMix64; Steele, Lea & Flood 2014), for seeded algorithms.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
