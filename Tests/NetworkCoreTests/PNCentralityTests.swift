import Testing

@testable import NetworkCore

@Suite("PN centrality")
struct PNCentralityTests {
    @Test func gahukuGamaPNOfEveryNode() throws {
        let gg = try GahukuGama.load()
        let pn = try gg.signed.pnCentrality()
        for reference in GahukuGamaNodeReference.all {
            #expect(abs(pn[gg.node(reference.name)] - reference.pn) < 1e-6, "\(reference.name)")
        }
        #expect(pn.indices.max { pn[$0] < pn[$1] } == gg.node("MASIL"))  // 1.223561
        #expect(pn.indices.min { pn[$0] < pn[$1] } == gg.node("GAMA"))  // 0.714519
    }

    /// Large maps iterate on the sparse ties instead of solving densely: the same values, every variant,
    /// undirected and directed (checked here on Gahuku-Gama, where both can run).
    @Test func iterationGivesTheDenseSolution() throws {
        for directed in [false, true] {
            let signed = try GahukuGama.load(directed: directed).signed
            let beta = 1 / Double(2 * signed.nodeCount - 2)
            for variant in PNCentralityVariant.allCases {
                let iterated = try #require(signed.pnByIteration(variant, tieValue: .count, beta: beta))
                #expect(isClose(iterated, try signed.pnCentrality(variant), tolerance: 1e-12), "\(variant)")
            }
        }
        #expect(SignedGraph.pnDenseActorLimit == 500)
    }

    /// On symmetric data the directed forms reduce to the undirected index.
    @Test func undirectedDataGiveTheSameInAndOut() throws {
        let directed = try GahukuGama.load(directed: true).signed
        let undirected = try GahukuGama.load().signed
        let pn = try undirected.pnCentrality()
        for variant in PNCentralityVariant.allCases {
            #expect(isClose(try directed.pnCentrality(variant), pn, tolerance: 1e-12), "\(variant)")
            #expect(try undirected.pnCentrality(variant) == pn)
        }
    }

    /// A directed 3-cycle 0 → 1 (+), 1 → 2 (+), 2 → 0 (−); n = 3, β = 1/(2n − 2) = 1/4,
    /// A* = [[0, 1, 0], [0, 0, 1], [−2, 0, 0]] (row = ties sent).
    ///
    /// By hand, PN_out = 1 + β·A*·PN_in and PN_in = 1 + β·A*ᵀ·PN_out:
    ///   out₀ = 1 + in₁/4,  out₁ = 1 + in₂/4,  out₂ = 1 − in₀/2,
    ///   in₀ = 1 − out₂/2,  in₁ = 1 + out₀/4,  in₂ = 1 + out₁/4,
    /// solved by out = (4/3, 4/3, 2/3), in = (2/3, 4/3, 4/3) (substitute: in₀ = 1 − (2/3)/2 = 2/3, …).
    /// Node 2 sends the negative tie, so its out-PN is low; node 0 receives it, so its in-PN is low.
    /// Symmetrised, A*ₛ = [[0, 1, −2], [1, 0, 1], [−2, 1, 0]] and (I − A*ₛ/4)·x = 1 gives
    /// x = (10/11, 16/11, 10/11).
    @Test func directedThreeCycleByHand() throws {
        let g = try signedGraph(nodeCount: 3, directed: true, [(0, 1, 1), (1, 2, 1), (2, 0, -1)])
        #expect(isClose(try g.pnCentrality(.outgoing), [4.0 / 3, 4.0 / 3, 2.0 / 3], tolerance: 1e-12))
        #expect(isClose(try g.pnCentrality(.incoming), [2.0 / 3, 4.0 / 3, 4.0 / 3], tolerance: 1e-12))
        #expect(isClose(try g.pnCentrality(.symmetric), [10.0 / 11, 16.0 / 11, 10.0 / 11], tolerance: 1e-12))
    }

    /// A directed out-star 0 → 1 (+), 0 → 2 (−), β = 1/4. Nobody sends to 0 and 1, 2 send nothing:
    ///   in₀ = 1, out₁ = out₂ = 1,
    ///   in₁ = 1 + out₀/4,  in₂ = 1 − out₀/2,  out₀ = 1 + (in₁ − 2·in₂)/4
    ///   ⇒ out₀ = 3/4 + 5·out₀/16 ⇒ out₀ = 12/11, in₁ = 14/11, in₂ = 5/11.
    @Test func directedStarByHand() throws {
        let g = try signedGraph(nodeCount: 3, directed: true, [(0, 1, 1), (0, 2, -1)])
        #expect(isClose(try g.pnCentrality(.outgoing), [12.0 / 11, 1, 1], tolerance: 1e-12))
        #expect(isClose(try g.pnCentrality(.incoming), [1, 14.0 / 11, 5.0 / 11], tolerance: 1e-12))
    }

    /// −−− on three nodes: A* = −2(J − I), β = 1/4, so (I + (J − I)/2)·x = 1 and x = ½·1.
    @Test func aSingleNegativeTriangle() throws {
        let g = try signedGraph(nodeCount: 3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
        #expect(isClose(try g.pnCentrality(), [0.5, 0.5, 0.5], tolerance: 1e-12))
    }

    /// Magnitudes: a positive tie of weight 2 on two nodes, β = 1/2: x₀ = 1 + x₁, x₁ = 1 + x₀ has no
    /// solution (I − βA* = [[1, −1], [−1, 1]] is singular); with counts, x = (2, 2).
    @Test func magnitudesAndSingularSystems() throws {
        let g = try signedGraph(nodeCount: 2, [(0, 1, 2)])
        #expect(isClose(try g.pnCentrality(), [2, 2], tolerance: 1e-12))
        #expect(throws: LinearAlgebraError.singularMatrix(column: 1)) { try g.pnCentrality(tieValue: .magnitude) }
        // One negative tie on two nodes: I − βA* is all ones.
        let enemies = try signedGraph(nodeCount: 2, [(0, 1, -1)])
        #expect(throws: LinearAlgebraError.singularMatrix(column: 1)) { try enemies.pnCentrality() }
    }

    @Test func tinyGraphs() throws {
        #expect(try signedGraph(nodeCount: 0, []).pnCentrality() == [])
        #expect(try signedGraph(nodeCount: 1, [(0, 0, -1)]).pnCentrality() == [1])
        #expect(try signedGraph(nodeCount: 3, []).pnCentrality() == [1, 1, 1])
    }
}
