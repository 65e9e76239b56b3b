import Testing

@testable import NetworkCore

@Suite("Triangle balance and walk balance")
struct TriangleBalanceTests {
    @Test func gahukuGamaTriangleCensus() throws {
        let t = try GahukuGama.load().signed.triangleBalance()
        #expect(t.allPositive == 19 && t.twoPositive == 2 && t.onePositive == 40 && t.allNegative == 7)
        #expect(t.ambivalent == 0 && t.balanced == 59 && t.signedTriangles == 68)
        let ratio = try #require(t.ratio)
        #expect(abs(ratio - 0.867647) < 1e-6)  // 59/68 = 0.8676471
    }

    @Test func gahukuGamaWalkBalance() throws {
        let k = try #require(try GahukuGama.load().signed.walkBalance())
        #expect(abs(k - 0.357576) < 1e-6)  // 0.3575761
    }

    /// The signed adjacency matrix's largest eigenvalue, by the Jacobi decomposition.
    @Test func gahukuGamaDominantEigenvalue() throws {
        let gg = try GahukuGama.load()
        var a = DenseMatrix(size: 16)
        for e in 0 ..< gg.signed.positive.edgeCount {
            let (u, v) = (Int(gg.signed.positive.edgeSources[e]), Int(gg.signed.positive.edgeTargets[e]))
            a[u, v] = 1
            a[v, u] = 1
        }
        for e in 0 ..< gg.signed.negative.edgeCount {
            let (u, v) = (Int(gg.signed.negative.edgeSources[e]), Int(gg.signed.negative.edgeTargets[e]))
            a[u, v] = -1
            a[v, u] = -1
        }
        let e = try SymmetricEigendecomposition(a)
        #expect(abs(e.eigenvalues[0] - 6.483378) < 1e-6)
    }

    @Test func aPositiveGraphIsBalanced() throws {
        // Two positive triangles sharing node 2, and a pendant node.
        let g = try signedGraph(
            nodeCount: 6, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1), (3, 4, 1), (2, 4, 1), (4, 5, 1)])
        let t = g.triangleBalance()
        #expect(t.allPositive == 2 && t.unbalanced == 0 && t.ratio == 1)
        let k = try #require(try g.walkBalance())
        #expect(abs(k - 1) < 1e-12)
    }

    /// K₃ with three negative ties: −−− is unbalanced. A = −(J − I) has eigenvalues −2, 1, 1 and
    /// |A| = J − I has 2, −1, −1, so K = (e⁻² + 2e) / (e² + 2e⁻¹) = 5.571900… / 8.124845… = 0.685788….
    @Test func aSingleNegativeTriangle() throws {
        let g = try signedGraph(nodeCount: 3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
        let t = g.triangleBalance()
        #expect(t.allNegative == 1 && t.balanced == 0 && t.ratio == 0)
        let e = 2.718281828459045
        let expected = (1 / (e * e) + 2 * e) / (e * e + 2 / e)
        let k = try #require(try g.walkBalance())
        #expect(abs(k - expected) < 1e-12)
        #expect(abs(k - 0.685788) < 1e-6)
    }

    /// A pair with both signs has no sign: its triangle is set aside. Directed ties are symmetrised.
    @Test func ambivalentPairsAndDirectedTies() throws {
        // 0 → 1 (+) and 1 → 0 (−): ambivalent; 1 → 2 (+), 2 → 0 (−): with {0, 1} a triangle, set aside.
        // 2 → 3 (+), 3 → 1 (−): triangle {1, 2, 3} with 1–2 (+), 2–3 (+), 1–3 (−): ++−.
        let g = try signedGraph(
            nodeCount: 4, directed: true, [(0, 1, 1), (1, 0, -1), (1, 2, 1), (2, 0, -1), (2, 3, 1), (3, 1, -1)])
        let t = g.triangleBalance()
        #expect(t.ambivalent == 1 && t.twoPositive == 1 && t.signedTriangles == 1 && t.ratio == 0)
    }

    @Test func emptyAndTriangleFreeGraphs() throws {
        let empty = try signedGraph(nodeCount: 0, [])
        #expect(empty.triangleBalance().ratio == nil)
        #expect(try empty.walkBalance() == nil)
        let path = try signedGraph(nodeCount: 3, [(0, 1, 1), (1, 2, -1)])
        #expect(path.triangleBalance().signedTriangles == 0 && path.triangleBalance().ratio == nil)
        let isolates = try signedGraph(nodeCount: 2, [])
        #expect(try isolates.walkBalance() == 1)
    }
}
