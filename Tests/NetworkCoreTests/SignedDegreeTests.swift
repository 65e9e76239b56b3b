import Testing

@testable import NetworkCore

@Suite("Signed graphs and signed degrees")
struct SignedDegreeTests {
    @Test func gahukuGamaSignedDegreesOfEveryNode() throws {
        let gg = try GahukuGama.load()
        let degrees = gg.signed.signedDegrees()
        for reference in GahukuGamaNodeReference.all {
            let v = gg.node(reference.name)
            #expect(degrees.positive[v] == reference.positiveDegree, "\(reference.name)")
            #expect(degrees.negative[v] == reference.negativeDegree, "\(reference.name)")
            #expect(degrees.net[v] == reference.netDegree, "\(reference.name)")
            let ratio = try #require(degrees.ratio[v])
            #expect(abs(ratio - reference.degreeRatio) < 1e-6, "\(reference.name)")
        }
        #expect(degrees.positive.reduce(0, +) == 2 * 29 && degrees.negative.reduce(0, +) == 2 * 29)
    }

    /// Directed: 0 → 1 (+), 1 → 0 (+), 0 → 2 (−), 3 → 0 (+), 3 → 0 (−), 2 → 2 (+, a loop), 4 isolated.
    /// Node 0's neighbours in either direction: 1 (+, mutual: one neighbour), 2 (−), 3 (both signs).
    @Test func directedDegreesCountDistinctNeighboursInEitherDirection() throws {
        let g = try signedGraph(
            nodeCount: 5, directed: true, [(0, 1, 1), (1, 0, 1), (0, 2, -1), (3, 0, 1), (3, 0, -1), (2, 2, 1)])
        let d = g.signedDegrees()
        #expect(d.positive == [2, 1, 0, 1, 0])
        #expect(d.negative == [2, 0, 1, 1, 0])
        #expect(d.net == [0, 1, -1, 0, 0])
        #expect(d.ratio == [0.5, 1, 0, 0.5, nil])
    }

    @Test func layersMustAgree() throws {
        let three = try GraphBuilder(nodeCount: 3, directed: false).build()
        let two = try GraphBuilder(nodeCount: 2, directed: false).build()
        let directed = try GraphBuilder(nodeCount: 3, directed: true).build()
        #expect(throws: SignedGraphError.nodeCountMismatch(positive: 3, negative: 2)) {
            try SignedGraph(positive: three, negative: two)
        }
        #expect(throws: SignedGraphError.directednessMismatch(positiveIsDirected: false)) {
            try SignedGraph(positive: three, negative: directed)
        }
        var b = GraphBuilder(nodeCount: 3, directed: false, weightKind: .strength)
        b.addEdge(0, 1, weight: -1)
        #expect(throws: SignedGraphError.negativeWeight(layer: .negative, edge: 0)) {
            try SignedGraph(positive: three, negative: b.build())
        }
    }

    @Test func fromALayeredNetworkSplitsBySign() throws {
        // trust (directed, signed): 0 → 1 (+2), 1 → 2 (−1); rivalry (undirected): {0, 2} (−3).
        var net = LayeredNetwork(
            nodeCount: 3, layers: [.init(name: "trust", isDirected: true), .init(name: "rivalry", isDirected: false)])
        net.addEdge(layer: 0, from: 0, to: 1, weight: 2)
        net.addEdge(layer: 0, from: 1, to: 2, weight: -1)
        net.addEdge(layer: 1, from: 2, to: 0, weight: -3)
        let g = try SignedGraph(net, layers: [0, 1])
        #expect(g.isDirected && g.nodeCount == 3)
        #expect(g.positive.edgeCount == 1 && g.positive.edgeWeights == [2])
        #expect(g.negative.edgeCount == 3 && g.negative.edgeWeights == [3, 1, 3])
        #expect(g.signedDegrees().negative == [1, 1, 2])
    }

    @Test func emptyGraph() throws {
        let g = try signedGraph(nodeCount: 0, [])
        #expect(g.signedDegrees() == SignedDegrees(positive: [], negative: []))
    }
}
