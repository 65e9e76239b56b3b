/// A network whose edges belong to separate, typed layers (trust, power, competition, ...), kept apart
/// until an analysis chooses which layers to combine and how.
///
/// The core knows layers only by index and name; the domain layer (`ActorModel`) decides what a layer
/// means. An analysis builds the ``Graph`` it needs once with ``projection(_:)``.
public struct LayeredNetwork: Sendable {
    /// One relation layer.
    public struct Layer: Sendable, Equatable {
        /// The layer's name (a relation type).
        public var name: String
        /// Whether ties in this layer are ordered pairs.
        public var isDirected: Bool
        public init(name: String, isDirected: Bool) {
            self.name = name
            self.isDirected = isDirected
        }
    }

    /// Number of nodes.
    public let nodeCount: Int
    /// The layers, by layer index.
    public let layers: [Layer]
    /// Layer index of each edge.
    public private(set) var edgeLayers: [UInt16] = []
    /// Source of each edge.
    public private(set) var edgeSources: [Int32] = []
    /// Target of each edge.
    public private(set) var edgeTargets: [Int32] = []
    /// Weight of each edge (signed where the layer is signed).
    public private(set) var edgeWeights: [Double] = []

    /// An empty network on `nodeCount` nodes with the given layers.
    public init(nodeCount: Int, layers: [Layer]) {
        precondition(layers.count <= Int(UInt16.max), "too many layers")
        self.nodeCount = nodeCount
        self.layers = layers
    }

    /// Number of edges over all layers.
    public var edgeCount: Int { edgeSources.count }

    /// Adds an edge to a layer. An undirected layer's edge is one edge, whatever its orientation.
    public mutating func addEdge(layer: Int, from u: Int, to v: Int, weight: Double) {
        precondition(layer >= 0 && layer < layers.count, "layer out of range")
        precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "node out of range")
        edgeLayers.append(UInt16(layer))
        edgeSources.append(Int32(u))
        edgeTargets.append(Int32(v))
        edgeWeights.append(weight)
    }

    /// Index of the layer named `name`.
    public func layerIndex(named name: String) -> Int? { layers.firstIndex { $0.name == name } }

    /// Which edges of the chosen layers a projection keeps, by the sign of their weight.
    public enum SignSelection: String, Sendable {
        /// Every edge, weight as stored.
        case all
        /// Edges with weight > 0.
        case positive
        /// Edges with weight < 0, with their weight made positive (`|w|`): a negative layer's strength.
        case negative
    }

    /// How to build one graph from some layers.
    public struct Projection: Sendable {
        /// Layer indices to combine.
        public var layers: [Int]
        /// Directedness of the result; `nil` = directed when any chosen layer is directed.
        /// An undirected layer in a directed projection contributes both arcs; a directed layer in an
        /// undirected projection contributes its ties without their direction.
        public var directed: Bool?
        /// Which edges to keep by sign.
        public var sign: SignSelection
        /// Per-layer sign selection overriding `sign` (indexed by layer; `nil` entries use `sign`).
        public var signByLayer: [Int: SignSelection]
        /// What the resulting weights mean. With ``WeightKind/unweighted`` every weight becomes 1.
        public var weightKind: WeightKind
        /// How ties between the same pair (from several layers, or repeated) are merged.
        public var parallelEdges: ParallelEdgePolicy
        /// Whether self-loops are kept.
        public var selfLoops: SelfLoopPolicy

        public init(
            layers: [Int], directed: Bool? = nil, sign: SignSelection = .all,
            weightKind: WeightKind = .strength, parallelEdges: ParallelEdgePolicy = .sum,
            selfLoops: SelfLoopPolicy = .keep, signByLayer: [Int: SignSelection] = [:]
        ) {
            self.signByLayer = signByLayer
            self.layers = layers
            self.directed = directed
            self.sign = sign
            self.weightKind = weightKind
            self.parallelEdges = parallelEdges
            self.selfLoops = selfLoops
        }
    }

    /// Whether the projection of `layers` is directed by default.
    public func isDirected(layers chosen: [Int]) -> Bool {
        chosen.contains { layers[$0].isDirected }
    }

    /// Builds the graph of the chosen layers.
    ///
    /// - Complexity: O(n + m) over the network's edges.
    public func projection(_ p: Projection) throws -> Graph {
        let directed = p.directed ?? isDirected(layers: p.layers)
        var chosen = [Bool](repeating: false, count: layers.count)
        for l in p.layers { chosen[l] = true }
        let signOf = (0 ..< layers.count).map { p.signByLayer[$0] ?? p.sign }
        var builder = GraphBuilder(nodeCount: nodeCount, directed: directed, weightKind: p.weightKind)
        for e in 0 ..< edgeCount where chosen[Int(edgeLayers[e])] {
            var w = edgeWeights[e]
            switch signOf[Int(edgeLayers[e])] {
            case .all: break
            case .positive: if !(w > 0) { continue }
            case .negative:
                if !(w < 0) { continue }
                w = -w
            }
            if p.weightKind == .unweighted { w = 1 }
            let (u, v) = (Int(edgeSources[e]), Int(edgeTargets[e]))
            builder.addEdge(u, v, weight: w)
            if directed && !layers[Int(edgeLayers[e])].isDirected && u != v {
                builder.addEdge(v, u, weight: w)
            }
        }
        // Unweighted ties merged by summing would count multiplicity; an unweighted graph keeps one.
        let policy = p.weightKind == .unweighted && p.parallelEdges == .sum ? .first : p.parallelEdges
        return try builder.build(parallelEdges: policy, selfLoops: p.selfLoops)
    }
}
