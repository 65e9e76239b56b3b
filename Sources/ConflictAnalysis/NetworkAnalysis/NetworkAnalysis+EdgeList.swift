import ActorModel
import NetworkCore

extension NetworkAnalysis {
    /// Runs the analysis on a compact edge list (``ModelLoader/Result/edgeList``) without building its
    /// map: the same report as ``run(_:options:)`` on ``CompactEdgeList/stakeholderMap(name:path:)``.
    ///
    /// Its one layer is the type `tie` (positive, no negative weight, no repeated tie: the fast reader
    /// takes nothing else), so the layer's graph is built straight from the tie arrays. Layers that unite
    /// `tie` with built-in types (`--relations`) are analysed on the map.
    public static func run(
        _ edges: CompactEdgeList, name: String, path: String, options: AnalysisOptions = AnalysisOptions()
    ) throws -> NetworkAnalysisReport {
        if let wanted = options.relations, wanted.contains(where: { $0 != CompactEdgeList.typeName }) {
            return try run(edges.stakeholderMap(name: name, path: path), options: options)
        }
        do {
            var warnings: [String] = []
            let layer = LayerInput(
                relations: [CompactEdgeList.typeName],
                graph: try graph(edges, weights: options.weights),
                unweightedGraph: { try graph(edges, weights: .unweighted) },
                actorIDs: edges.ids, actorNames: edges.ids, excludedNegativeTies: 0,
                groups: { communities in
                    // Edge-list actors have no sector, level, group or attribute: one group, "not given".
                    if options.groupBy == .community, let communities { return communities }
                    return [Int32](repeating: 0, count: edges.actorCount)
                })
            let report = try analyseLayer(layer, options: options, warnings: &warnings)
            return NetworkAnalysisReport(
                layers: [report], signed: nil, warnings: warnings, brokerageGrouping: options.groupBy.description)
        } catch is ComputationCancelled {
            throw Failure.cancelled
        } catch let error as PathLengthError {
            throw Failure.invalidPathLengths(error.description)
        }
    }

    /// The layer's graph, as ``classicGraph(_:map:network:weights:)`` projects it: ties in file order,
    /// weights as `weights` says (every tie 1 when unweighted), parallel ties summed (none here).
    private static func graph(_ edges: CompactEdgeList, weights kind: WeightKind) throws -> Graph {
        let m = edges.tieCount
        let weights =
            kind == .unweighted ? [Double](repeating: 1, count: m) : edges.weights ?? .init(repeating: 1, count: m)
        let builder = GraphBuilder(
            nodeCount: edges.actorCount, directed: edges.isDirected, weightKind: kind, sources: edges.sources,
            targets: edges.targets, weights: weights)
        return try builder.build(parallelEdges: kind == .unweighted ? .first : .sum, selfLoops: .drop)
    }
}
