import NetworkCore

/// The result of `actormap analyze`: per layer a graph summary and per-actor measures, plus the signed
/// block when the map has hostile ties.
public struct NetworkAnalysisReport: Sendable {
    /// One entry per analysed layer.
    public var layers: [LayerReport]
    /// Signed analysis of the map's positive and negative ties, when it has negative ones.
    public var signed: SignedReport?
    /// Things the analyst should know (a measure undefined on a layer, a fallback used), in order.
    public var warnings: [String]
    /// The grouping brokerage roles were counted by (`sector`, `level`, `attribute:NAME`, …).
    public var brokerageGrouping: String
}

/// Measures of one layer (one relation type, or the union of chosen types).
public struct LayerReport: Sendable {
    /// The relation types in the layer.
    public var relations: [String]
    /// Whether the layer's graph is directed.
    public var directed: Bool
    /// What the weights meant.
    public var weights: WeightKind
    /// Whole-graph values in output order (`nil` = undefined, e.g. the diameter of a disconnected graph).
    public var graph: [(key: String, value: Double?)]
    /// Actor ids, in model order.
    public var actorIDs: [String]
    /// Actor names, in model order.
    public var actorNames: [String]
    /// Per-actor columns in output order; each has one value per actor (`nil` = undefined).
    public var columns: [MeasureColumn]

    /// The column of `measure`, when computed.
    public func column(_ measure: Measure) -> [Double?]? { columns.first { $0.measure == measure }?.values }

    /// The column whose key is `key`, when computed.
    public func column(_ key: String) -> [Double?]? { columns.first { $0.key == key }?.values }

    /// The graph value named `key`.
    public func graphValue(_ key: String) -> Double?? { graph.first { $0.key == key }.map(\.value) }
}

/// Signed analysis of the whole map.
public struct SignedReport: Sendable {
    /// Whole-map values in output order.
    public var values: [(key: String, value: Double?)]
    /// Text notes on how values were found (exact or heuristic).
    public var notes: [String]
    /// The factions, as lists of actor ids.
    public var factions: [[String]]
    /// Per actor, whether it has a positive tie (either direction) to a member of its own faction; `nil`
    /// when no factions were computed. A faction is a partition, not an alliance: an actor with only
    /// hostile ties is placed somewhere, and is not aligned there.
    public var aligned: [Bool]?
    /// Actor ids, in model order.
    public var actorIDs: [String]
    /// Actor names, in model order.
    public var actorNames: [String]
    /// Per-actor columns.
    public var columns: [MeasureColumn]

    /// The column of `measure`, when computed.
    public func column(_ measure: Measure) -> [Double?]? { columns.first { $0.measure == measure }?.values }
}
