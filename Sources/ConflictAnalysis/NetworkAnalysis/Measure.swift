import NetworkCore

/// Every per-actor measure `actormap analyze` reports: its key (the JSON key and CSV column), its family
/// (`--measures`), which end of its scale stands out, and what it means in one line. The one list the
/// analysis, the table, JSON and CSV all read; declaration order is output order.
///
/// Conventions and formulas are in each NetworkCore type's documentation and docs/METHODOLOGY.md §3.
public enum Measure: String, CaseIterable, Sendable {
    case degreeCentrality = "degree_centrality"
    case inDegreeCentrality = "in_degree_centrality"
    case outDegreeCentrality = "out_degree_centrality"
    case strength
    case inStrength = "in_strength"
    case outStrength = "out_strength"
    case closeness
    case closenessOut = "closeness_out"
    case harmonic
    case harmonicOut = "harmonic_out"
    case betweenness
    case betweennessRaw = "betweenness_raw"
    case eigenvector, pagerank, katz
    case hubs, authorities
    case bonacich
    case constraint
    case effectiveSize = "effective_size"
    case efficiency, hierarchy
    case coreNumber = "core_number"
    case clustering
    case community
    case component
    case brokerageCoordinator = "brokerage_coordinator"
    case brokerageItinerant = "brokerage_itinerant"
    case brokerageGatekeeper = "brokerage_gatekeeper"
    case brokerageRepresentative = "brokerage_representative"
    case brokerageLiaison = "brokerage_liaison"
    case brokerageTotal = "brokerage_total"
    // The signed block (no family: shown whenever the map has negative ties).
    case faction
    case degreePositive = "degree_positive"
    case degreeNegative = "degree_negative"
    case degreeNet = "degree_net"
    case degreeRatio = "degree_ratio"
    case pn
    case pnIn = "pn_in"
    case pnOut = "pn_out"

    /// Which end of a measure's scale is notable.
    public enum Direction: Sendable {
        /// Higher values stand out (most central, most brokering).
        case higherStandsOut
        /// Lower values stand out (Burt's constraint: a low value marks a broker).
        case lowerStandsOut
        /// The value is a label (a community or faction number), not a quantity.
        case label
    }

    /// The key in JSON and CSV output.
    public var key: String { rawValue }

    /// The `--measures` family that computes it; `nil` for the signed block.
    public var family: MeasureFamily? {
        switch self {
        case .degreeCentrality, .inDegreeCentrality, .outDegreeCentrality, .strength, .inStrength, .outStrength:
            return .degree
        case .closeness, .closenessOut, .harmonic, .harmonicOut: return .closeness
        case .betweenness, .betweennessRaw: return .betweenness
        case .eigenvector: return .eigenvector
        case .pagerank: return .pagerank
        case .katz: return .katz
        case .hubs, .authorities: return .hits
        case .bonacich: return .bonacich
        case .constraint, .effectiveSize, .efficiency, .hierarchy: return .holes
        case .coreNumber: return .core
        case .clustering: return .clustering
        case .community: return .communities
        case .component: return .components
        case .brokerageCoordinator, .brokerageItinerant, .brokerageGatekeeper, .brokerageRepresentative,
            .brokerageLiaison, .brokerageTotal:
            return .brokerage
        case .faction, .degreePositive, .degreeNegative, .degreeNet, .degreeRatio, .pn, .pnIn, .pnOut: return nil
        }
    }

    /// Which end of the scale stands out.
    public var direction: Direction {
        switch self {
        case .constraint: return .lowerStandsOut
        case .community, .component, .faction: return .label
        default: return .higherStandsOut
        }
    }

    /// What the measure says about an actor, in one line.
    public var meaning: String {
        switch self {
        case .degreeCentrality: return "share of the other actors it is tied to (in either direction)"
        case .inDegreeCentrality: return "share of the other actors with a tie to it"
        case .outDegreeCentrality: return "share of the other actors it has a tie to"
        case .strength: return "sum of its tie weights"
        case .inStrength: return "sum of the weights of ties to it"
        case .outStrength: return "sum of the weights of its ties to others"
        case .closeness: return "how near it is to the others it can be reached from (incoming distances)"
        case .closenessOut: return "how near the others it reaches are (outgoing distances)"
        case .harmonic: return "sum of 1/distance from the others"
        case .harmonicOut: return "sum of 1/distance to the others"
        case .betweenness: return "share of shortest paths between others that pass through it"
        case .betweennessRaw: return "number of shortest paths between others that pass through it"
        case .eigenvector: return "tied to by actors who are themselves central"
        case .pagerank: return "share of a random walk's time spent at it (damping 0.85)"
        case .katz: return "walks of every length that end at it, attenuated by length"
        case .hubs: return "points to good authorities"
        case .authorities: return "is pointed to by good hubs"
        case .bonacich: return "power from its ties to well-tied (or, with β < 0, dependent) actors"
        case .constraint: return "how much its contacts are tied to each other (low: it spans structural holes)"
        case .effectiveSize: return "number of its contacts, less their redundancy"
        case .efficiency: return "effective size per contact"
        case .hierarchy: return "how much its constraint comes from a single contact"
        case .coreNumber: return "largest k of a k-core (a group where everyone has k ties inside) it belongs to"
        case .clustering: return "share of its pairs of contacts that are tied to each other"
        case .community: return "its Louvain community"
        case .component: return "its connected component (ties in either direction), numbered by first actor"
        case .brokerageCoordinator: return "brokers between two members of its own group"
        case .brokerageItinerant: return "brokers between two members of another group"
        case .brokerageGatekeeper: return "lets an outsider reach its own group"
        case .brokerageRepresentative: return "carries its own group's ties to an outsider"
        case .brokerageLiaison: return "brokers between two groups neither of which is its own"
        case .brokerageTotal: return "all brokerage roles together"
        case .faction: return "its Doreian–Mrvar faction"
        case .degreePositive: return "number of positive ties"
        case .degreeNegative: return "number of negative ties"
        case .degreeNet: return "positive less negative ties"
        case .degreeRatio: return "share of its ties that are positive"
        case .pn: return "PN centrality: standing from positive ties, less from negative ones"
        case .pnIn: return "PN centrality over ties to it"
        case .pnOut: return "PN centrality over its ties to others"
        }
    }
}

/// A family of per-actor measures `actormap analyze` can compute (`--measures`).
public enum MeasureFamily: String, CaseIterable, Sendable {
    case degree, closeness, betweenness, eigenvector, pagerank, katz, hits, bonacich, holes, core, clustering,
        communities, components, brokerage

    /// The families computed when `--measures` is not given: all but `components` (a column that only
    /// large, disconnected edge lists need; ask for it by name).
    public static var defaults: Set<MeasureFamily> { Set(allCases).subtracting([.components]) }

    /// The measures this family produces, in output order.
    public var measures: [Measure] { Measure.allCases.filter { $0.family == self } }

    /// The per-actor keys this family produces, in output order.
    public var keys: [String] { measures.map(\.key) }

    /// Every per-actor key of every family, in output order.
    public static var allKeys: [String] { allCases.flatMap(\.keys) }

    /// The family of a family name or of one of its keys (`betweenness_raw` → betweenness).
    public static func named(_ name: String) -> MeasureFamily? {
        MeasureFamily(rawValue: name) ?? Measure(rawValue: name)?.family
    }
}

/// One per-actor column of results: a measure and its value for each actor in model order (`nil` where
/// the measure is undefined for that actor).
public struct MeasureColumn: Sendable {
    public var measure: Measure
    public var values: [Double?]

    /// The measure's key.
    public var key: String { measure.key }

    public init(_ measure: Measure, _ values: [Double?]) {
        self.measure = measure
        self.values = values
    }
}

extension WeightKind {
    /// The name `--weights` uses: `strength`, `length`, or `none` for unweighted.
    public var optionName: String { self == .unweighted ? "none" : rawValue }

    /// The kind `--weights NAME` asks for (`none` and `unweighted` both mean unweighted).
    public static func named(_ optionName: String) -> WeightKind? {
        optionName == "none" ? .unweighted : WeightKind(rawValue: optionName)
    }
}

/// How actors are grouped for Gould–Fernandez brokerage (`--group-by`).
public enum ActorGrouping: Equatable, Sendable, CustomStringConvertible {
    case sector, level, represents, community
    /// A custom attribute (`attribute:faction`).
    case attribute(String)

    public init?(_ text: String) {
        switch text {
        case "sector": self = .sector
        case "level": self = .level
        case "represents", "group": self = .represents
        case "community": self = .community
        default:
            guard text.hasPrefix("attribute:"), text.count > 10 else { return nil }
            self = .attribute(String(text.dropFirst(10)))
        }
    }

    public var description: String {
        switch self {
        case .sector: return "sector"
        case .level: return "level"
        case .represents: return "represents"
        case .community: return "community"
        case .attribute(let name): return "attribute:\(name)"
        }
    }
}
