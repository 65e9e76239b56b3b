import Testing

@testable import NetworkCore

/// Structure/Components.swift: weak and strong components.
@Suite("Connected components")
struct ComponentsTests {
    @Test(arguments: OracleFixture.names)
    func countsMatchNetworkx(fixture: String) throws {
        let f = try OracleFixture(fixture)
        let plain = try f.graph(.unweighted)
        f.expectGraphValue("components") { Double(Components.weak(plain).count) }
        f.expectGraphValue("weak_components") { Double(Components.weak(plain).count) }
        f.expectGraphValue("strong_components") { Double(Components.strong(plain).count) }
    }

    @Test func emptyGraphHasNoComponent() throws {
        #expect(Components.weak(try testGraph(0, [])).count == 0)
    }

    @Test func disconnectedDirectedGraphs() throws {
        // 0 → 1 → 2    3 → 4
        let g = try testGraph(5, directed: true, unitEdges([(0, 1), (1, 2), (3, 4)]))
        #expect(Components.weak(g).count == 2 && Components.strong(g).count == 5)
    }

    @Test func strongComponentsOfACycleWithATail() throws {
        // 0 → 1 → 2 → 0 → 3 → 4 → 3
        let g = try testGraph(5, directed: true, unitEdges([(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 3)]))
        let c = Components.strong(g)
        #expect(c.count == 2 && c.label == [0, 0, 0, 1, 1] && c.sizes == [3, 2])
    }
}
