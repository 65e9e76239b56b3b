import ActorModel
import NetworkCore

/// Runs the classic network measures on a stakeholder map's layers (and the signed analysis).
///
/// Layers: by default one per relation type with ties; with `relations`, one layer that unites them.
/// Which ties a layer uses for the classic measures: positive ties of signed types (trust > 0; distrust is
/// not a channel, it goes to the signed analysis), every tie of positive and neutral types, and every tie of
/// negative-polarity types by magnitude (a rivalry network is analysed as such). Reports of the same tie
/// (several perspectives) are first combined into one, with their mean weight
/// (``StakeholderMap/combiningRepeatedReports()``); ties of different types between the same pair in a
/// united layer are then summed. The weight's meaning follows
/// ``WeightKind`` (`--weights`). Measures follow networkx's conventions: see the methodology document and each
/// NetworkCore type.
public enum NetworkAnalysis {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// `relations` names a type the map does not have (a usage error).
        case unknownRelationType(String, suggestion: String?)
        /// The weights cannot be read as path lengths (a data error), with the core's explanation.
        case invalidPathLengths(String)
        /// The caller cancelled through ``AnalysisOptions/control``.
        case cancelled

        public var description: String {
            switch self {
            case .unknownRelationType(let name, let suggestion):
                return "the map has no relation type '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            case .invalidPathLengths(let explanation):
                return explanation
            case .cancelled:
                return "the analysis was cancelled"
            }
        }
    }

    /// Runs the analysis. Errors are ``Failure``s, whatever the graph core threw.
    public static func run(_ map: StakeholderMap, options: AnalysisOptions = AnalysisOptions()) throws
        -> NetworkAnalysisReport
    {
        do {
            return try runLayers(map, options: options)
        } catch is ComputationCancelled {
            throw Failure.cancelled
        } catch let error as PathLengthError {
            throw Failure.invalidPathLengths(error.description)
        }
    }

    private static func runLayers(_ original: StakeholderMap, options: AnalysisOptions) throws -> NetworkAnalysisReport
    {
        // A tie reported several times is one tie (the mean of its reports), for every measure.
        let map = original.combiningRepeatedReports()
        let network = map.layeredNetwork()
        var layerSets: [[Int]] = []
        if let wanted = options.relations {
            let names = map.relationTypes.map(\.name)
            var chosen: [Int] = []
            for name in wanted {
                guard let index = names.firstIndex(of: name) else {
                    throw Failure.unknownRelationType(name, suggestion: NearMiss.suggestion(for: name, among: names))
                }
                if !chosen.contains(index) { chosen.append(index) }
            }
            layerSets = [chosen.sorted()]
        } else {
            let used = Set(map.relations.map(\.type))
            layerSets = map.relationTypes.indices.filter { used.contains(map.relationTypes[$0].name) }.map { [$0] }
        }
        var warnings: [String] = []
        var layers: [LayerReport] = []
        for set in layerSets {
            layers.append(try analyseLayer(set, map: map, network: network, options: options, warnings: &warnings))
        }
        let signed = try SignedAnalysis.run(map, network: network, options: options, warnings: &warnings)
        return NetworkAnalysisReport(
            layers: layers, signed: signed, warnings: warnings,
            brokerageGrouping: options.groupBy.description)
    }

    /// The graph the classic measures of a layer run on.
    static func classicGraph(_ set: [Int], map: StakeholderMap, network: LayeredNetwork, weights: WeightKind) throws
        -> Graph
    {
        var signs: [Int: LayeredNetwork.SignSelection] = [:]
        for l in set {
            switch map.relationTypes[l].polarity {
            case .signed: signs[l] = .positive
            case .negative: signs[l] = .negative
            case .positive, .neutral: signs[l] = .all
            }
        }
        return try network.projection(
            .init(
                layers: set, weightKind: weights, parallelEdges: .sum,
                selfLoops: .drop, signByLayer: signs))
    }

    private static func analyseLayer(
        _ set: [Int], map: StakeholderMap, network: LayeredNetwork, options: AnalysisOptions,
        warnings: inout [String]
    ) throws -> LayerReport {
        let layer = LayerInput(
            relations: set.map { map.relationTypes[$0].name },
            graph: try classicGraph(set, map: map, network: network, weights: options.weights),
            unweightedGraph: { try classicGraph(set, map: map, network: network, weights: .unweighted) },
            actorIDs: map.actors.map(\.id), actorNames: map.actors.map(\.name),
            excludedNegativeTies: excludedNegativeTies(set, map: map),
            groups: { groupLabels(map, by: options.groupBy, communities: $0) })
        return try analyseLayer(layer, options: options, warnings: &warnings)
    }

    /// What the classic measures of one layer need: its graph, the actors, and their groups.
    struct LayerInput {
        /// The relation types in the layer.
        var relations: [String]
        /// The graph with weights as `--weights` says.
        var graph: Graph
        /// The same graph with every tie counting once (asked for only when `graph` is weighted).
        var unweightedGraph: () throws -> Graph
        var actorIDs: [String]
        var actorNames: [String]
        /// Negative ties of signed types left out of the graph.
        var excludedNegativeTies: Int
        /// Group label per actor for brokerage, given the Louvain communities when computed.
        var groups: ([Int32]?) -> [Int32]
    }

    /// The classic measures of one layer, only those `options.measures` asks for.
    static func analyseLayer(_ layer: LayerInput, options: AnalysisOptions, warnings: inout [String]) throws
        -> LayerReport
    {
        let names = layer.relations
        let label = names.joined(separator: "+")
        let g = layer.graph
        var unweighted: Graph?
        /// The unweighted graph, built the first time a measure needs it.
        func plainGraph() throws -> Graph {
            if g.weightKind == .unweighted { return g }
            if let unweighted { return unweighted }
            let built = try layer.unweightedGraph()
            unweighted = built
            return built
        }
        let n = g.nodeCount
        let m = options.measures
        var columns: [MeasureColumn] = []
        func add(_ measure: Measure, _ values: [Double]) {
            columns.append(MeasureColumn(measure, values.map { Optional($0) }))
        }
        func add(_ measure: Measure, _ values: [Double?]) { columns.append(MeasureColumn(measure, values)) }
        func undefined(_ measure: Measure, _ error: Error) {
            warnings.append("\(label): \(measure.key): \(error)")
            columns.append(MeasureColumn(measure, [Double?](repeating: nil, count: n)))
        }

        let weak = Components.weak(g)
        var graphValues: [(key: String, value: Double?)] = [
            ("nodes", Double(n)), ("edges", Double(g.edgeCount)), ("density", GraphSummary.density(g)),
            ("weak_components", Double(weak.count)),
        ]
        if g.isDirected { graphValues.append(("strong_components", Double(Components.strong(g).count))) }
        let excluded = layer.excludedNegativeTies
        if excluded > 0 { graphValues.append(("negative_ties_excluded", Double(excluded))) }

        if m.contains(.degree) {
            let degree = DegreeMeasures(try plainGraph())
            let weightedDegree = DegreeMeasures(g)
            add(.degreeCentrality, degree.degreeCentrality)
            if g.isDirected {
                add(.inDegreeCentrality, degree.inDegreeCentrality)
                add(.outDegreeCentrality, degree.outDegreeCentrality)
            }
            add(.strength, weightedDegree.strength)
            if g.isDirected {
                add(.inStrength, weightedDegree.inStrength)
                add(.outStrength, weightedDegree.outStrength)
            }
            // The star's sum of differences: n − 2, or 2(n − 2) when directed (degree = in + out).
            if n > 2,
                let c = GraphSummary.centralization(
                    degree.degreeCentrality, starMaximum: Double(n - 2) * (g.isDirected ? 2 : 1))
            {
                graphValues.append(("degree_centralization", c))
            }
        }
        let wantPaths = m.contains(.closeness) || m.contains(.betweenness)
        var diameter: Double?
        if wantPaths {
            let approximate = options.approximateBetweenness != nil && m.contains(.betweenness)
            var paths = try PathMeasures.compute(
                g,
                options: .init(
                    betweenness: m.contains(.betweenness) && !approximate, closeness: m.contains(.closeness),
                    eccentricity: m.contains(.closeness),
                    threads: options.threads, control: options.control?.computation))
            if approximate, let epsilon = options.approximateBetweenness {
                let estimate = try ApproximateBetweenness.compute(
                    try plainGraph(), epsilon: epsilon, seed: options.seed, control: options.control?.computation)
                paths.betweenness = estimate.betweenness
                let pairs = n > 2 ? Double(n - 1) * Double(n - 2) / (g.isDirected ? 1 : 2) : 1
                paths.betweennessRaw = estimate.betweenness.map { $0 * pairs }
                graphValues.append(("betweenness_samples", Double(estimate.samples)))
                graphValues.append(("betweenness_error_bound", estimate.errorBound))
                warnings.append(
                    "\(label): betweenness is estimated from \(estimate.samples) sampled shortest paths (unweighted): "
                        + "within ±\(String(format: "%.4g", estimate.errorBound)) of the exact normalised value "
                        + "for every actor, with probability 0.9"
                )
            }
            if m.contains(.closeness) {
                add(.closeness, paths.closeness!)
                if g.isDirected { add(.closenessOut, paths.closenessOut!) }
                add(.harmonic, paths.harmonic!)
                if g.isDirected { add(.harmonicOut, paths.harmonicOut!) }
            }
            if m.contains(.betweenness) {
                add(.betweenness, paths.betweenness!)
                add(.betweennessRaw, paths.betweennessRaw!)
                if n > 2, let c = GraphSummary.centralization(paths.betweenness!, starMaximum: Double(n - 1)) {
                    graphValues.append(("betweenness_centralization", c))
                }
            }
            diameter = paths.eccentricity.flatMap { GraphSummary.diameter(eccentricity: $0) }
        }
        if m.contains(.eigenvector) {
            do { add(.eigenvector, try EigenvectorCentrality.compute(g, threads: options.threads)) } catch {
                undefined(.eigenvector, error)
            }
        }
        if m.contains(.pagerank) {
            do { add(.pagerank, try PageRank.compute(g)) } catch { undefined(.pagerank, error) }
        }
        if m.contains(.katz) {
            do {
                let (values, alpha) = try KatzCentrality.computeWithFallback(g, alpha: options.katzAlpha)
                if alpha != options.katzAlpha {
                    warnings.append(
                        "\(label): katz: alpha \(options.katzAlpha) does not converge (≥ 1/spectral radius); "
                            + "used 0.5/spectral radius = \(alpha)"
                    )
                }
                add(.katz, values)
            } catch { undefined(.katz, error) }
        }
        if m.contains(.hits) {
            do {
                let (hubs, authorities) = try HITS.compute(g)
                add(.hubs, hubs)
                add(.authorities, authorities)
            } catch {
                undefined(.hubs, error)
                columns.append(MeasureColumn(.authorities, [Double?](repeating: nil, count: n)))
            }
        }
        if m.contains(.bonacich) {
            do {
                add(.bonacich, try BonacichPower.compute(g, beta: options.bonacichBeta))
            } catch {
                let rho = SpectralRadius.estimate(g)
                let beta = (options.bonacichBeta < 0 ? -0.5 : 0.5) / rho
                warnings.append(
                    "\(label): bonacich: beta \(options.bonacichBeta) is too large (|beta| ≥ 1/spectral radius); "
                        + "used \(beta)"
                )
                do { add(.bonacich, try BonacichPower.compute(g, beta: beta)) } catch { undefined(.bonacich, error) }
            }
        }
        if m.contains(.holes) {
            let holes = StructuralHoles(g, weighted: g.weightKind != .unweighted)
            add(.constraint, holes.constraint)
            add(.effectiveSize, holes.effectiveSize)
            add(.efficiency, holes.efficiency)
            add(.hierarchy, holes.hierarchy)
        }
        if m.contains(.core) {
            add(.coreNumber, CoreNumber.compute(try plainGraph(), threads: options.threads).map(Double.init))
        }
        if m.contains(.components) {
            // Components.weak numbers components by their smallest node: by first appearance in the model.
            add(.component, weak.label.map(Double.init))
        }
        if m.contains(.clustering) {
            add(.clustering, Clustering.local(g, weighted: g.weightKind != .unweighted))
            graphValues.append(("transitivity", Clustering.transitivity(try plainGraph())))
            graphValues.append(("average_clustering", Clustering.average(g, weighted: g.weightKind != .unweighted)))
        }
        var communities: [Int32]?
        if m.contains(.communities) || (m.contains(.brokerage) && options.groupBy == .community) {
            let result = try Louvain.compute(g, options: .init(seed: options.seed, threads: options.threads))
            communities = result.communities
            if m.contains(.communities) {
                add(.community, result.communities.map(Double.init))
                graphValues.append(("communities", Double((result.communities.max() ?? -1) + 1)))
                graphValues.append(("modularity", result.modularity))
            }
        }
        if m.contains(.brokerage) {
            let groups = layer.groups(communities)
            let roles = try plainGraph().gouldFernandezBrokerage(groups: groups)
            add(.brokerageCoordinator, roles.map { Double($0.coordinator) })
            add(.brokerageItinerant, roles.map { Double($0.itinerant) })
            add(.brokerageGatekeeper, roles.map { Double($0.gatekeeper) })
            add(.brokerageRepresentative, roles.map { Double($0.representative) })
            add(.brokerageLiaison, roles.map { Double($0.liaison) })
            add(.brokerageTotal, roles.map { Double($0.total) })
        }
        if m.contains(.closeness) { graphValues.append(("diameter", diameter)) }
        return LayerReport(
            relations: names, directed: g.isDirected, weights: options.weights, graph: graphValues,
            actorIDs: layer.actorIDs, actorNames: layer.actorNames, columns: columns)
    }

    /// Negative ties of signed types in the layer, left out of the classic measures.
    static func excludedNegativeTies(_ set: [Int], map: StakeholderMap) -> Int {
        let signedTypes = Set(set.map { map.relationTypes[$0] }.filter { $0.polarity == .signed }.map(\.name))
        return map.relations.filter { signedTypes.contains($0.type) && $0.weight < 0 }.count
    }

    /// Group label per actor for brokerage; actors without a value share the group "not given".
    public static func groupLabels(_ map: StakeholderMap, by grouping: ActorGrouping, communities: [Int32]?) -> [Int32]
    {
        var ids: [String: Int32] = [:]
        func label(_ value: String?) -> Int32 {
            let key = value ?? "\u{0}not given"
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            return id
        }
        return map.actors.enumerated().map { i, actor in
            switch grouping {
            case .sector: return label(actor.sector?.rawValue)
            case .level: return label(actor.level)
            case .represents: return label(actor.represents.first)
            case .attribute(let name): return label(actor.attribute(name))
            case .community: return communities.map { $0[i] } ?? 0
            }
        }
    }
}
