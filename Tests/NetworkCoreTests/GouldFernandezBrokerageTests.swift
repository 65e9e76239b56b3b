import Testing

@testable import NetworkCore

@Suite("Gould–Fernandez brokerage")
struct GouldFernandezBrokerageTests {
    /// Alliance ties only, grouped by `cluster3`; reference_values.json's `gf_pos_ties_cluster3` keys map to
    /// coordinator_wI, itinerant_wO, gatekeeper_bIO, representative_bOI, liaison_bO, total.
    @Test func gahukuGamaAlliancesByCluster3() throws {
        let gg = try GahukuGama.load()
        let roles = gg.signed.positive.gouldFernandezBrokerage(groups: gg.cluster3)
        for reference in GahukuGamaNodeReference.all {
            let r = roles[gg.node(reference.name)]
            let e = reference.brokerage
            #expect(r.coordinator == e.coordinator, "\(reference.name)")
            #expect(r.itinerant == e.itinerant, "\(reference.name)")
            #expect(r.gatekeeper == e.gatekeeper, "\(reference.name)")
            #expect(r.representative == e.representative, "\(reference.name)")
            #expect(r.liaison == e.liaison, "\(reference.name)")
            #expect(r.total == e.total, "\(reference.name)")
        }
        #expect(
            roles[gg.node("MASIL")] == BrokerageRoles(coordinator: 4, itinerant: 2, gatekeeper: 10, representative: 10))
    }

    /// Undirected ties count both directions, so every gatekeeping path read backwards is representation.
    @Test func undirectedGatekeepersRepresentAsOften() throws {
        let gg = try GahukuGama.load()
        for r in gg.signed.negative.gouldFernandezBrokerage(groups: gg.cluster3) {
            #expect(r.gatekeeper == r.representative)
        }
    }

    /// Directed, groups A = {0, 1, 4}, B = {2}, C = {3}:
    ///
    ///     0 ⇄ 1,  0 → 2,  1 → 2,  2 → 3,  2 → 4,  3 → 4,  4 → 1
    ///
    /// - 0: 1 → 0 → 2 is closed by 1 → 2: nothing.
    /// - 1: 4 → 1 → 0 (A A A, no 4 → 0): coordinator; 4 → 1 → 2 (A A B): representative;
    ///      0 → 1 → 2 is closed by 0 → 2; 0 → 1 → 0 is not a pair.
    /// - 2: 0 → 2 → 3 and 1 → 2 → 3 (A B C): liaison ×2; 0 → 2 → 4 and 1 → 2 → 4 (A B A): itinerant ×2.
    /// - 3: 2 → 3 → 4 is closed by 2 → 4: nothing.
    /// - 4: 2 → 4 → 1 (B A A) and 3 → 4 → 1 (C A A): gatekeeper ×2.
    @Test func directedExampleByHand() throws {
        var b = GraphBuilder(nodeCount: 5, directed: true)
        for (u, v) in [(0, 1), (1, 0), (0, 2), (1, 2), (2, 3), (2, 4), (3, 4), (4, 1)] { b.addEdge(u, v) }
        let roles = try b.build().gouldFernandezBrokerage(groups: [0, 0, 1, 2, 0])
        #expect(
            roles == [
                BrokerageRoles(),
                BrokerageRoles(coordinator: 1, representative: 1),
                BrokerageRoles(itinerant: 2, liaison: 2),
                BrokerageRoles(),
                BrokerageRoles(gatekeeper: 2),
            ])
        #expect(roles.map(\.total) == [0, 2, 4, 0, 2])
    }

    /// Self-loops, parallel arcs and weights change nothing.
    @Test func loopsParallelArcsAndWeightsAreIgnored() throws {
        var plain = GraphBuilder(nodeCount: 3, directed: true)
        plain.addEdge(0, 1)
        plain.addEdge(1, 2)
        var noisy = GraphBuilder(nodeCount: 3, directed: true, weightKind: .strength)
        noisy.addEdge(0, 1, weight: 5)
        noisy.addEdge(0, 1, weight: 2)
        noisy.addEdge(1, 2, weight: 3)
        noisy.addEdge(1, 1)
        let groups: [Int32] = [7, 7, 9]
        let expected = [BrokerageRoles(), BrokerageRoles(representative: 1), BrokerageRoles()]
        #expect(try plain.build().gouldFernandezBrokerage(groups: groups) == expected)
        #expect(try noisy.build(parallelEdges: .keep).gouldFernandezBrokerage(groups: groups) == expected)
        #expect(try GraphBuilder(nodeCount: 0, directed: false).build().gouldFernandezBrokerage(groups: []) == [])
    }
}
