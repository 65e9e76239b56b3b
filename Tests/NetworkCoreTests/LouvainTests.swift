import Testing

@testable import NetworkCore

/// Community/Louvain.swift, LouvainLevel.swift and LouvainMoves.swift: the CSR implementation against a
/// plain textbook one written with dictionaries, the level reading and aggregation on hand-checked graphs,
/// thread-count independence, a planted partition, corner cases and properties.
@Suite("Louvain")
struct LouvainTests {
    /// Random graph with integer weights (so every sum is exact, whatever its order), self-loops and,
    /// when directed, pairs tied both ways.
    static func randomGraph(seed: UInt64, n: Int, m: Int, directed: Bool, loops: Bool = true) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed, weightKind: .strength)
        for _ in 0 ..< m {
            let u = Int(rng.next() % UInt64(n))
            let v = Int(rng.next() % UInt64(n))
            if u == v && !loops { continue }
            b.addEdge(u, v, weight: Double(1 + rng.next() % 4))
        }
        return try b.build(parallelEdges: .sum)
    }

    @Test(arguments: [(1, false), (2, true), (3, false), (4, true), (5, false), (6, true)] as [(UInt64, Bool)])
    func matchesTheTextbookImplementation(seed: UInt64, directed: Bool) throws {
        let g = try Self.randomGraph(seed: seed, n: 300, m: 900, directed: directed)
        for resolution in [1.0, 2.0] {
            let options = LouvainOptions(resolution: resolution, seed: seed, threads: 2)
            let fast = try Louvain.compute(g, options: options)
            let reference = ReferenceLouvain.compute(g, options: options)
            #expect(fast.communities == reference)
            #expect(
                abs(fast.modularity - Modularity.compute(g, communities: reference, resolution: resolution)) < 1e-12)
        }
    }

    @Test(arguments: [7, 8] as [UInt64])
    func loopFreeUndirectedGraphsMatchToo(seed: UInt64) throws {
        // The level-0 path that shares the graph's arrays instead of copying them.
        let g = try Self.randomGraph(seed: seed, n: 300, m: 900, directed: false, loops: false)
        #expect(g.selfLoopCount == 0)
        let options = LouvainOptions(seed: seed, threads: 2)
        #expect(try Louvain.compute(g, options: options).communities == ReferenceLouvain.compute(g, options: options))
    }

    @Test func partitionDoesNotDependOnTheThreadCount() throws {
        // Large enough that the level building and the aggregation are split over several lanes.
        let g = try Self.randomGraph(seed: 11, n: 12_000, m: 60_000, directed: true)
        let one = try Louvain.compute(g, options: .init(seed: 3, threads: 1))
        for threads in [2, 7] {
            let many = try Louvain.compute(g, options: .init(seed: 3, threads: threads))
            #expect(many.communities == one.communities)
            #expect(many.modularity == one.modularity)
        }
    }

    @Test func recoversAPlantedPartition() throws {
        // Four groups of 40: each pair inside a group tied with probability 0.5, across with 0.01.
        var rng = SplitMix64(seed: 5)
        var b = GraphBuilder(nodeCount: 160, directed: false)
        for u in 0 ..< 160 {
            for v in u + 1 ..< 160 {
                let p = u / 40 == v / 40 ? 0.5 : 0.01
                if Double(rng.next() >> 11) / Double(1 << 53) < p { b.addEdge(u, v) }
            }
        }
        let g = try b.build()
        let (communities, q) = try Louvain.compute(g)
        #expect(communities == (0 ..< 160).map { Int32($0 / 40) })
        #expect(q > 0.6)
    }

    @Test func levelZeroReadsADirectedGraphAsUndirectedStrengths() throws {
        // 0→1 (2) and 1→0 (3) become one tie of 5; 1→1 (4) a self-loop counted once; 2→0 (1).
        var b = GraphBuilder(nodeCount: 3, directed: true, weightKind: .strength)
        b.addEdge(0, 1, weight: 2)
        b.addEdge(1, 0, weight: 3)
        b.addEdge(1, 1, weight: 4)
        b.addEdge(2, 0, weight: 1)
        let level = LouvainLevel(try b.build(selfLoops: .keep), threads: 1)
        #expect(level.offsets == [0, 2, 3, 4])
        #expect(level.neighbors == [1, 2, 0, 0])
        #expect(level.weights == [5, 1, 5, 1])
        #expect(level.loops == [0, 4, 0])
        #expect(level.strengths == [6, 13, 1])
        #expect(level.totalStrength == 20)
    }

    @Test func aggregationSumsTiesAndKeepsInsideWeightAsALoop() throws {
        // Path 0–1–2–3 with weights 1, 2, 3 and a loop of 5 at 3; communities {0, 1} and {2, 3}.
        var b = GraphBuilder(nodeCount: 4, directed: false, weightKind: .strength)
        b.addEdge(0, 1, weight: 1)
        b.addEdge(1, 2, weight: 2)
        b.addEdge(2, 3, weight: 3)
        b.addEdge(3, 3, weight: 5)
        let level = LouvainLevel(try b.build(selfLoops: .keep), threads: 1)
        let up = level.aggregated(by: [0, 0, 1, 1], communityCount: 2, threads: 2)
        #expect(up.offsets == [0, 1, 2])
        #expect(up.neighbors == [1, 0])
        #expect(up.weights == [2, 2])
        #expect(up.loops == [1, 8])
        #expect(up.strengths == [4, 18])
        #expect(up.totalStrength == level.totalStrength)
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        #expect(try Louvain.compute(try testGraph(0, [])).communities == [])
    }

    @Test func findsTwoCliquesJoinedByABridge() throws {
        // Two 5-cliques, 0–4 and 5–9, joined by the tie 4–5.
        var pairs: [(Int, Int)] = [(4, 5)]
        for base in [0, 5] { for i in 0 ..< 5 { for j in i + 1 ..< 5 { pairs.append((base + i, base + j)) } } }
        let g = try testGraph(10, unitEdges(pairs))
        let (communities, q) = try Louvain.compute(g)
        #expect(communities == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(abs(q - Modularity.compute(g, communities: communities)) < 1e-15)
        #expect(q > 0.45)
        #expect(try Louvain.compute(g, options: .init(seed: 7)).communities == communities)
    }

    @Test(arguments: RandomGraph.seedsAndDirections)
    func isDeterministicAndNeverWorseThanSingletons(seed: UInt64, directed: Bool) throws {
        let g = try RandomGraph.simple(seed: seed, n: 100, m: 300, directed: directed)
        let a = try Louvain.compute(g, options: .init(seed: seed))
        let b = try Louvain.compute(g, options: .init(seed: seed))
        #expect(a.communities == b.communities && a.modularity == b.modularity)
        let singletons = (0 ..< Int32(g.nodeCount)).map { $0 }
        #expect(a.modularity >= Modularity.compute(g, communities: singletons))
    }
}

/// Louvain as the rules in ``Louvain`` and ``LouvainMoves`` state them, written plainly: adjacency as
/// arrays of (neighbour, weight) in the same order the CSR rows have, link weights in a dictionary.
enum ReferenceLouvain {
    struct Level {
        var rows: [[(Int, Double)]]
        var loops: [Double]
    }

    static func compute(_ graph: Graph, options: LouvainOptions) -> [Int32] {
        let n = graph.nodeCount
        // Level 0: every arc at u in neighbour order (out and in merged when directed), pairs summed.
        var rows = [[(Int, Double)]](repeating: [], count: n)
        var loops = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            var arcs: [(Int, Double)] = graph.outArcs(of: u).map { (Int(graph.outNeighbors[$0]), graph.outWeights[$0]) }
            if graph.isDirected {
                arcs += graph.inArcs(of: u).filter { Int(graph.inNeighbors[$0]) != u }.map {
                    (Int(graph.inNeighbors[$0]), graph.inWeights[$0])
                }
            }
            arcs.sort { $0.0 < $1.0 }
            for (v, w) in arcs {
                if v == u {
                    loops[u] += w
                } else if let last = rows[u].last, last.0 == v {
                    rows[u][rows[u].count - 1].1 += w
                } else {
                    rows[u].append((v, w))
                }
            }
        }
        var level = Level(rows: rows, loops: loops)
        var membership = Array(0 ..< n)
        var rng = options.seed.map { SplitMix64(seed: $0) }
        while true {
            var order = Array(0 ..< level.rows.count)
            if var r = rng {
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(r.next() % UInt64(i + 1))) }
                rng = r
            }
            guard let local = moves(level, order: order, options: options) else { break }
            var renumber: [Int: Int] = [:]
            for c in local where renumber[c] == nil { renumber[c] = renumber.count }
            let dense = local.map { renumber[$0]! }
            membership = membership.map { dense[$0] }
            level = aggregate(level, dense, renumber.count)
            if level.rows.count == 1 { break }
        }
        var label: [Int: Int32] = [:]
        return membership.map { c in
            if let l = label[c] { return l }
            label[c] = Int32(label.count)
            return label[c]!
        }
    }

    /// The partition after the passes, or nil when nothing moved.
    static func moves(_ level: Level, order: [Int], options: LouvainOptions) -> [Int]? {
        let n = level.rows.count
        let strength = (0 ..< n).map { u in level.rows[u].reduce(0) { $0 + $1.1 } + 2 * level.loops[u] }
        let m2 = strength.reduce(0, +)
        guard m2 > 0 else { return nil }
        var community = Array(0 ..< n)
        var total = strength
        var active = [Bool](repeating: true, count: n)
        var movedAny = false
        for _ in 0 ..< options.maxPasses {
            var moves = 0
            var passGain = 0.0
            for u in order where active[u] {
                active[u] = false
                var link: [Int: Double] = [:]
                var met: [Int] = []
                for (v, w) in level.rows[u] {
                    let c = community[v]
                    if link[c] == nil { met.append(c) }
                    link[c, default: 0] += w
                }
                let own = community[u]
                let factor = options.resolution / m2 * strength[u]
                let ownGain = link[own, default: 0] - (total[own] - strength[u]) * factor
                var best = own
                var bestGain = ownGain
                let gains = met.filter { $0 != own }.map { ($0, link[$0]! - total[$0] * factor) }
                if let top = gains.map(\.1).max() {
                    let eps = 1e-12 * max(1, abs(top))
                    if top > ownGain + eps, let pick = gains.filter({ $0.1 >= top - eps }).min(by: { $0.0 < $1.0 }) {
                        best = pick.0
                        bestGain = pick.1
                    }
                }
                if best == own { continue }
                total[own] -= strength[u]
                total[best] += strength[u]
                community[u] = best
                moves += 1
                passGain += bestGain - ownGain
                for (v, _) in level.rows[u] { active[v] = true }
            }
            if moves == 0 { break }
            movedAny = true
            if passGain / (m2 / 2) < options.threshold { break }
        }
        return movedAny ? community : nil
    }

    static func aggregate(_ level: Level, _ community: [Int], _ k: Int) -> Level {
        var rows = [[(Int, Double)]](repeating: [], count: k)
        var loops = [Double](repeating: 0, count: k)
        for c in 0 ..< k {
            var slot: [Int: Int] = [:]
            for u in 0 ..< level.rows.count where community[u] == c {
                loops[c] += level.loops[u]
                for (v, w) in level.rows[u] {
                    let d = community[v]
                    if d == c {
                        loops[c] += w / 2
                    } else if let s = slot[d] {
                        rows[c][s].1 += w
                    } else {
                        slot[d] = rows[c].count
                        rows[c].append((d, w))
                    }
                }
            }
        }
        return Level(rows: rows, loops: loops)
    }
}
