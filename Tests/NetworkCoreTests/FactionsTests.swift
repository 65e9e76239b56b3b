import Testing

@testable import NetworkCore

@Suite("Doreian–Mrvar factions")
struct FactionsTests {
    /// The optimal 3-faction partition of Gahuku-Gama is `cluster3`, unique (checked offline by
    /// enumerating all 3¹⁵ labellings), with P = ½·0 + ½·2 = 1: two alliances across factions.
    @Test func gahukuGamaThreeFactionsAreCluster3() throws {
        let gg = try GahukuGama.load()
        let f = gg.signed.factions(options: .init(blockCount: 3))
        #expect(f.isExact && f.blockCount == 3)
        #expect(f.criterion == 1 && f.negativeWithin == 0 && f.positiveBetween == 2)
        for u in 0 ..< 16 {
            for v in 0 ..< 16 { #expect((f.blocks[u] == f.blocks[v]) == (gg.cluster3[u] == gg.cluster3[v])) }
        }
        #expect(f.blocks[0] == 0)  // numbered by first appearance
        #expect(
            f.violations == [
                SignedTie(source: gg.node("NAGAM"), target: gg.node("MASIL"), sign: .positive),
                SignedTie(source: gg.node("MASIL"), target: gg.node("UHETO"), sign: .positive),
            ])
    }

    @Test func localSearchAloneFindsCluster3() throws {
        let gg = try GahukuGama.load()
        let f = gg.signed.factions(options: .init(blockCount: 3, maxExactNodeCount: 0))
        #expect(!f.isExact && f.criterion == 1)
        let exhausted = gg.signed.factions(options: .init(blockCount: 3, searchBudget: 1))
        #expect(!exhausted.isExact && exhausted.criterion == 1)
    }

    /// Two factions: the best 2-split is the frustration index's, P = ½·7.
    @Test func gahukuGamaTwoFactionsMatchTheFrustrationIndex() throws {
        let gg = try GahukuGama.load()
        let f = gg.signed.factions(options: .init(blockCount: 2))
        #expect(f.isExact && f.criterion == 3.5 && f.violations.count == 7)
        #expect(f.blocks == gg.signed.frustrationIndex().camps)
    }

    @Test func aSingleNegativeTriangle() throws {
        let g = try signedGraph(nodeCount: 3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
        let three = g.factions(options: .init(blockCount: 3))
        #expect(three.criterion == 0 && three.blocks == [0, 1, 2] && three.isExact)
        let two = g.factions(options: .init(blockCount: 2, alpha: 0.25))
        #expect(two.criterion == 0.25 && two.violations.count == 1)
        let one = g.factions(options: .init(blockCount: 1))
        #expect(one.criterion == 1.5 && one.blocks == [0, 0, 0])
        let many = g.factions(options: .init(blockCount: 5))
        #expect(many.blockCount == 3)
    }

    @Test func emptyGraph() throws {
        let f = try signedGraph(nodeCount: 0, []).factions(options: .init(blockCount: 2))
        #expect(f.blocks.isEmpty && f.criterion == 0 && f.isExact && f.blockCount == 0)
    }

    /// Directed: every arc is a tie. 0 ⇄ 1 positive both ways, 2 → 0 negative, 1 → 2 positive.
    /// With k = 2: {0, 1} | {2} pays the arc 1 → 2 (positive between, ½); {0, 1, 2} is not 2 blocks;
    /// {0} | {1, 2} pays both arcs 0 ⇄ 1 (1). Best: {0, 1} | {2}, P = 0.5.
    @Test func directedArcsAreTies() throws {
        let g = try signedGraph(nodeCount: 3, directed: true, [(0, 1, 1), (1, 0, 1), (2, 0, -1), (1, 2, 1)])
        let f = g.factions(options: .init(blockCount: 2))
        #expect(f.blocks == [0, 0, 1] && f.criterion == 0.5)
        #expect(f.violations == [SignedTie(source: 1, target: 2, sign: .positive)])
    }

    /// Weighted ties: 0–1 (+3), 0–2 (−1), 1–2 (−1), 2–3 (+1), 0–3 (+2). Counting ties, {0, 1, 3} | {2}
    /// (cuts 2–3) and {0, 1} | {2, 3} (cuts 0–3) both cost ½; by magnitude cutting 0–3 costs 1, so only
    /// {0, 1, 3} | {2} is optimal, at ½.
    @Test func magnitudesWeighTies() throws {
        let g = try signedGraph(nodeCount: 4, [(0, 1, 3), (0, 2, -1), (1, 2, -1), (2, 3, 1), (0, 3, 2)])
        let count = g.factions(options: .init(blockCount: 2))
        let weighted = g.factions(options: .init(blockCount: 2, tieValue: .magnitude))
        #expect(count.criterion == 0.5)  // {0, 1, 3} | {2} cuts 2–3 (+)
        #expect(weighted.criterion == 0.5 && weighted.blocks == [0, 0, 1, 0])
        #expect(weighted.positiveBetween == 1)
    }

    /// Branch and bound agrees with brute force over all labellings.
    @Test(arguments: [(UInt64(1), 2, 0.5), (2, 3, 0.5), (3, 3, 0.3), (4, 4, 0.7), (5, 3, 0.5)])
    func agreesWithBruteForce(seed: UInt64, k: Int, alpha: Double) throws {
        var rng = SplitMix64(seed: seed)
        let n = 8
        var ties: [(Int, Int, Double)] = []
        for u in 0 ..< n {
            for v in u + 1 ..< n where rng.next() % 100 < 50 {
                let w = Double(1 + rng.next() % 3)
                ties.append((u, v, rng.next() % 2 == 0 ? -w : w))
            }
        }
        let g = try signedGraph(nodeCount: n, ties)
        var best = Double.infinity
        var labels = [Int](repeating: 0, count: n)
        var total = 1
        for _ in 0 ..< n { total *= k }
        for code in 0 ..< total {
            var c = code
            for i in 0 ..< n {
                labels[i] = c % k
                c /= k
            }
            if Set(labels).count != k { continue }
            var cost = 0.0
            for (u, v, w) in ties {
                let same = labels[u] == labels[v]
                if w < 0 && same { cost += alpha * -w }
                if w > 0 && !same { cost += (1 - alpha) * w }
            }
            best = min(best, cost)
        }
        let f = g.factions(options: .init(blockCount: k, alpha: alpha, tieValue: .magnitude, restarts: 2, seed: seed))
        #expect(f.isExact && abs(f.criterion - best) < 1e-9)
        #expect(Set(f.blocks).count == k)
    }
}
