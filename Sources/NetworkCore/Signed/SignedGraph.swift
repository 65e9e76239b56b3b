/// A signed network held as two graphs on the same nodes: the positive ties and the negative ties.
///
/// Each layer's weights are **magnitudes** (a distrust of strength 2 is a weight 2 in ``negative``), never
/// signed numbers: the sign is the layer. Keeping the two layers apart (rather than one matrix `P − N`)
/// keeps a pair with both a positive and a negative tie visible, and lets each measure say how it combines
/// them (Everett & Borgatti 2014, §2). Every signed measure states its rule for such an *ambivalent* pair.
///
/// Conventions shared by the signed measures:
/// - self-loops are ignored (a tie of an actor with itself says nothing about balance or position);
/// - unless a measure says otherwise, a tie counts once whatever its weight (``SignedTieValue/count``);
///   with ``SignedTieValue/magnitude`` the layer's ``WeightKind`` gives the strength of a weight.
///
/// Invariant (checked by the initialiser): both graphs have the same `nodeCount` and directedness, and no
/// negative weight.
public struct SignedGraph: Sendable {
    /// The positive ties (alliance, trust), weights as magnitudes.
    public let positive: Graph
    /// The negative ties (enmity, distrust), weights as magnitudes.
    public let negative: Graph

    /// Pairs two layers into a signed graph.
    ///
    /// - Throws: ``SignedGraphError`` when the node counts or directedness differ, or a weight is negative.
    /// - Complexity: O(m) to check the weights.
    public init(positive: Graph, negative: Graph) throws(SignedGraphError) {
        guard positive.nodeCount == negative.nodeCount else {
            throw .nodeCountMismatch(positive: positive.nodeCount, negative: negative.nodeCount)
        }
        guard positive.isDirected == negative.isDirected else {
            throw .directednessMismatch(positiveIsDirected: positive.isDirected)
        }
        if let e = positive.edgeWeights.firstIndex(where: { $0 < 0 }) {
            throw .negativeWeight(layer: .positive, edge: e)
        }
        if let e = negative.edgeWeights.firstIndex(where: { $0 < 0 }) {
            throw .negativeWeight(layer: .negative, edge: e)
        }
        self.positive = positive
        self.negative = negative
    }

    /// The signed graph of some layers of a network: their ties with weight > 0 as ``positive``, those with
    /// weight < 0 (made positive) as ``negative``.
    ///
    /// - Parameters:
    ///   - network: the layered network.
    ///   - layers: the layer indices to read.
    ///   - directed: directedness of both graphs; `nil` = directed when any chosen layer is.
    ///   - weightKind: what the weights mean (``WeightKind/unweighted`` makes every tie weigh 1).
    /// - Throws: ``GraphBuildError`` from the projections.
    /// - Complexity: O(n + m).
    public init(_ network: LayeredNetwork, layers: [Int], directed: Bool? = nil, weightKind: WeightKind = .strength)
        throws
    {
        let isDirected = directed ?? network.isDirected(layers: layers)
        let p = try network.projection(
            .init(layers: layers, directed: isDirected, sign: .positive, weightKind: weightKind))
        let n = try network.projection(
            .init(layers: layers, directed: isDirected, sign: .negative, weightKind: weightKind))
        try self.init(positive: p, negative: n)
    }

    /// Number of nodes.
    @inlinable public var nodeCount: Int { positive.nodeCount }

    /// Whether ties are ordered pairs.
    @inlinable public var isDirected: Bool { positive.isDirected }
}

/// Why two graphs do not make a ``SignedGraph``.
public enum SignedGraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The layers have different node counts.
    case nodeCountMismatch(positive: Int, negative: Int)
    /// One layer is directed, the other is not.
    case directednessMismatch(positiveIsDirected: Bool)
    /// A layer has a negative weight (weights are magnitudes; the sign is the layer). `edge` is the edge id.
    case negativeWeight(layer: TieSign, edge: Int)

    public var description: String {
        switch self {
        case .nodeCountMismatch(let p, let n):
            return "the positive layer has \(p) nodes and the negative layer \(n)"
        case .directednessMismatch(let positiveIsDirected):
            return
                "the positive layer is \(positiveIsDirected ? "directed" : "undirected") and the negative layer is not"
        case .negativeWeight(let layer, let edge):
            return
                "edge \(edge + 1) of the \(layer) layer has a negative weight; give magnitudes, the layer is the sign"
        }
    }
}
