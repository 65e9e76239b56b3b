import Testing

@testable import NetworkCore

/// Graph/Graph+UndirectedView.swift.
@Suite("The undirected view of a directed graph")
struct UndirectedViewTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func equalsTheBuilderWithSummedWeights(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: 40, directed: true, weightKind: .length)
        var u2 = GraphBuilder(nodeCount: 40, directed: false, weightKind: .strength)
        for _ in 0 ..< 200 {
            let u = Int(rng.next() % 40)
            let v = Int(rng.next() % 40)
            let w = Double(1 + rng.next() % 5)
            b.addEdge(u, v, weight: w)
            if u != v { u2.addEdge(u, v, weight: w) }
        }
        let directed = try b.build(parallelEdges: .keep)
        let view = directed.undirectedStrengthView()
        let expected = try u2.build(parallelEdges: .sum)
        #expect(!view.isDirected && view.weightKind == .strength)
        #expect(view.outOffsets == expected.outOffsets && view.outNeighbors == expected.outNeighbors)
        #expect(view.outWeights == expected.outWeights)
        #expect(view.edgeSources == expected.edgeSources && view.edgeTargets == expected.edgeTargets)
        #expect(view.edgeWeights == expected.edgeWeights && view.outEdges == expected.outEdges)
    }
}
