import NetworkCore

extension StakeholderMap {
    /// The map as a layered network for the graph core: node `i` is `actors[i]`, one layer per relation
    /// type (in `relationTypes` order, including types without ties), and a `between:` tie of a directed
    /// type gives one edge each way. Weights are signed: a negative-polarity type's ties are negative
    /// (see ``RelationType/signedWeight(_:)``), so `SignSelection.negative` picks hostile ties of every type.
    ///
    /// - Complexity: O(actors + relations).
    public func layeredNetwork() -> LayeredNetwork {
        let index = actorIndex()
        let layers = relationTypes.map { LayeredNetwork.Layer(name: $0.name, isDirected: $0.isDirected) }
        var layerOf: [String: Int] = [:]
        for (i, t) in relationTypes.enumerated() { layerOf[t.name] = i }
        var network = LayeredNetwork(nodeCount: actors.count, layers: layers)
        for r in relations {
            guard let layer = layerOf[r.type], let u = index[r.from], let v = index[r.to] else { continue }
            let type = relationTypes[layer]
            let w = type.signedWeight(r.weight)
            network.addEdge(layer: layer, from: u, to: v, weight: w)
            if r.isMutual && type.isDirected {
                network.addEdge(layer: layer, from: v, to: u, weight: w)
            }
        }
        return network
    }
}
