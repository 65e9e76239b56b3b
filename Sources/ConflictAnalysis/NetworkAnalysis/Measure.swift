/// A family of per-actor measures `actormap analyze` can compute (`--measures`).
public enum MeasureFamily: String, CaseIterable, Sendable {
    case degree, closeness, betweenness, eigenvector, pagerank, katz, hits, bonacich, holes, core, clustering,
         communities, brokerage

    /// The per-actor keys this family produces, in output order.
    public var keys: [String] {
        switch self {
        case .degree: return ["degree_centrality", "in_degree_centrality", "out_degree_centrality", "strength", "in_strength", "out_strength"]
        case .closeness: return ["closeness", "closeness_out", "harmonic", "harmonic_out"]
        case .betweenness: return ["betweenness", "betweenness_raw"]
        case .eigenvector: return ["eigenvector"]
        case .pagerank: return ["pagerank"]
        case .katz: return ["katz"]
        case .hits: return ["hubs", "authorities"]
        case .bonacich: return ["bonacich"]
        case .holes: return ["constraint", "effective_size", "efficiency", "hierarchy"]
        case .core: return ["core_number"]
        case .clustering: return ["clustering"]
        case .communities: return ["community"]
        case .brokerage: return ["brokerage_coordinator", "brokerage_itinerant", "brokerage_gatekeeper",
                                 "brokerage_representative", "brokerage_liaison", "brokerage_total"]
        }
    }

    /// Every per-actor key, in output order.
    public static var allKeys: [String] { allCases.flatMap(\.keys) }

    /// The family of a family name or of one of its keys (`betweenness_raw` → betweenness).
    public static func named(_ name: String) -> MeasureFamily? {
        MeasureFamily(rawValue: name) ?? allCases.first { $0.keys.contains(name) }
    }
}

/// What a tie weight means in an analysis (`--weights`).
public enum WeightMode: String, CaseIterable, Sendable {
    /// A strong tie is a short path: path measures use length = 1/weight; others use the weight.
    case strength
    /// networkx's convention: path measures use the weight as a length; others use it as a strength.
    case length
    /// Every tie counts 1.
    case none
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
