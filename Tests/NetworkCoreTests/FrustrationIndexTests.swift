import Testing

@testable import NetworkCore

@Suite("Frustration index")
struct FrustrationIndexTests {
    @Test func gahukuGamaHasAUniqueOptimalSplitWithSevenFrustratedTies() throws {
        let gg = try GahukuGama.load()
        let f = gg.signed.frustrationIndex()
        #expect(f.frustration == 7 && f.tieCount == 58 && f.isExact && f.optimalSplitCount == 1)
        #expect(abs(try #require(f.normalized) - 0.758621) < 1e-6)  // 1 − 14/58 = 0.7586207
        let campZero = Set(gg.names.indices.filter { f.camps[$0] == 0 }.map { gg.names[$0] })
        #expect(campZero == ["GAVEV", "KOTUN", "NAGAD", "GAMA"])
        #expect(f.frustratedTies.count == 7)
        for tie in f.frustratedTies {
            let same = f.camps[tie.source] == f.camps[tie.target]
            #expect(tie.sign == .positive ? !same : same)
        }
    }

    @Test func localSearchFindsTheGahukuGamaOptimumToo() throws {
        let gg = try GahukuGama.load()
        let f = gg.signed.frustrationIndex(options: .init(maxExactComponentSize: 4))
        #expect(!f.isExact && f.optimalSplitCount == nil)
        #expect(f.frustration == 7)
        #expect(
            gg.names.indices.filter { f.camps[$0] == 0 }.map { gg.names[$0] } == ["GAVEV", "KOTUN", "NAGAD", "GAMA"])
        // Deterministic for a seed.
        #expect(gg.signed.frustrationIndex(options: .init(maxExactComponentSize: 4)) == f)
    }

    @Test func noNegativeTiesIsBalanced() throws {
        let g = try signedGraph(nodeCount: 4, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1)])
        let f = g.frustrationIndex()
        #expect(f.frustration == 0 && f.normalized == 1 && f.camps == [0, 0, 0, 0] && f.frustratedTies.isEmpty)
        #expect(f.optimalSplitCount == 1)
    }

    /// −−− on {0, 1, 2}: any split leaves one negative tie inside a camp; 3 of the 4 splits with node 0 in
    /// camp 0 do (only "all together" is worse). L = 1, normalised 1 − 2/3.
    @Test func aSingleNegativeTriangle() throws {
        let g = try signedGraph(nodeCount: 3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
        let f = g.frustrationIndex()
        #expect(f.frustration == 1 && f.tieCount == 3 && f.optimalSplitCount == 3)
        #expect(abs(try #require(f.normalized) - 1.0 / 3.0) < 1e-15)
    }

    @Test func emptyGraphAndIsolates() throws {
        let empty = try signedGraph(nodeCount: 0, []).frustrationIndex()
        #expect(
            empty.frustration == 0 && empty.tieCount == 0 && empty.normalized == nil && empty.isExact
                && empty.camps.isEmpty)
        let isolates = try signedGraph(nodeCount: 3, []).frustrationIndex()
        #expect(isolates.camps == [0, 0, 0] && isolates.normalized == nil && isolates.optimalSplitCount == 1)
    }

    /// A pair with both signs is two ties, one always frustrated; directed ties are symmetrised.
    @Test func ambivalentAndDirectedPairs() throws {
        let g = try signedGraph(nodeCount: 3, directed: true, [(0, 1, 1), (1, 0, -1), (1, 2, -1), (2, 1, -1)])
        let f = g.frustrationIndex()
        #expect(f.frustration == 1 && f.tieCount == 3 && f.optimalSplitCount == 2)
        // Two optima: 0 and 1 together (their negative tie frustrated) or apart (their positive tie);
        // the Gray-code order meets "apart" first.
        #expect(f.camps == [0, 1, 0])
        #expect(f.frustratedTies == [SignedTie(source: 0, target: 1, sign: .positive)])
    }

    /// Each component gets its own split; counts multiply; camps restart at 0 in each component.
    @Test func componentsAreSolvedSeparately() throws {
        // {0, 1, 2}: −−− (3 optimal splits); {3, 4}: one negative tie (1 optimal split); 5 isolated.
        let g = try signedGraph(nodeCount: 6, [(0, 1, -1), (1, 2, -1), (0, 2, -1), (3, 4, -1)])
        let f = g.frustrationIndex()
        #expect(f.frustration == 1 && f.optimalSplitCount == 3)
        #expect(f.camps[3] == 0 && f.camps[4] == 1 && f.camps[5] == 0)
    }

    /// Exhaustive search agrees with brute force over all 2ⁿ splits, and local search is never better.
    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func agreesWithBruteForceOnRandomGraphs(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = 11
        var ties: [(Int, Int, Double)] = []
        for u in 0 ..< n {
            for v in u + 1 ..< n where rng.next() % 100 < 45 {
                ties.append((u, v, rng.next() % 3 == 0 ? -1 : 1))
            }
        }
        let g = try signedGraph(nodeCount: n, ties)
        var best = Int.max
        for mask in 0 ..< (1 << n) {
            var cost = 0
            for (u, v, s) in ties {
                let same = (mask >> u) & 1 == (mask >> v) & 1
                if (s > 0) != same { cost += 1 }
            }
            best = min(best, cost)
        }
        let exact = g.frustrationIndex()
        #expect(exact.frustration == best && exact.isExact)
        let heuristic = g.frustrationIndex(options: .init(maxExactComponentSize: 2, restarts: 16, seed: seed))
        #expect(heuristic.frustration >= best && heuristic.frustratedTies.count == heuristic.frustration)
    }
}
