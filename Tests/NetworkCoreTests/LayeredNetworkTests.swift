import Testing

@testable import NetworkCore

@Suite("Layered networks and their projections")
struct LayeredNetworkTests {
    // Layers: 0 trust (directed, signed), 1 rivalry (undirected).
    //   0 ─(+2)→ 1 ─(−1)→ 2      0 ~~ 2 (rivalry 3)
    func network() -> LayeredNetwork {
        var net = LayeredNetwork(
            nodeCount: 3,
            layers: [
                .init(name: "trust", isDirected: true), .init(name: "rivalry", isDirected: false),
            ])
        net.addEdge(layer: 0, from: 0, to: 1, weight: 2)
        net.addEdge(layer: 0, from: 1, to: 2, weight: -1)
        net.addEdge(layer: 1, from: 2, to: 0, weight: -3)
        return net
    }

    @Test func signSelectionSplitsPositiveAndNegativeTies() throws {
        let net = network()
        let positive = try net.projection(.init(layers: [0], sign: .positive))
        #expect(positive.isDirected && positive.edgeCount == 1 && positive.edgeWeights == [2])
        let negative = try net.projection(.init(layers: [0, 1], sign: .negative))
        #expect(negative.isDirected)
        // 1→2 distrust, and the undirected rivalry as both arcs 0→2 and 2→0, all made positive.
        #expect(negative.edgeCount == 3)
        #expect(negative.edgeWeights == [3, 1, 3])
        #expect(negative.hasArc(from: 0, to: 2) && negative.hasArc(from: 2, to: 0))
    }

    @Test func undirectedProjectionForgetsDirection() throws {
        let g = try network().projection(.init(layers: [0], directed: false, weightKind: .unweighted))
        #expect(!g.isDirected && g.edgeCount == 2 && g.edgeWeights == [1, 1])
    }

    @Test func unweightedProjectionMergesInsteadOfCounting() throws {
        var net = LayeredNetwork(
            nodeCount: 2, layers: [.init(name: "a", isDirected: false), .init(name: "b", isDirected: false)])
        net.addEdge(layer: 0, from: 0, to: 1, weight: 4)
        net.addEdge(layer: 1, from: 1, to: 0, weight: 5)
        #expect(try net.projection(.init(layers: [0, 1], weightKind: .unweighted)).edgeWeights == [1])
        #expect(try net.projection(.init(layers: [0, 1])).edgeWeights == [9])
        #expect(try net.projection(.init(layers: [1])).edgeWeights == [5])
    }

    @Test func layersAreFoundByName() {
        #expect(network().layerIndex(named: "rivalry") == 1)
        #expect(network().layerIndex(named: "power") == nil)
    }
}
