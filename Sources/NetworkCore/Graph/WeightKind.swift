/// What a graph's edge weights mean.
///
/// ActorMap keeps the two meanings of a tie weight apart (see the methodology document):
/// - a **strength**: larger = closer, stronger, more. Spectral measures (eigenvector, PageRank, Katz),
///   Burt's constraint and weighted clustering use it as is; path measures turn it into a length
///   `1 / strength`.
/// - a **length** (networkx's convention for `distance=`/`weight=` in path measures): larger = farther.
///   Path measures use it as is; every other measure uses it as a strength, exactly like networkx.
/// - **unweighted**: every edge has weight 1 and length 1.
public enum WeightKind: String, Sendable, CaseIterable {
    case unweighted
    case strength
    case length

    /// The length a path measure gives an edge of stored weight `w`.
    @inlinable public func length(ofWeight w: Double) -> Double {
        switch self {
        case .unweighted: return 1
        case .strength: return 1 / w
        case .length: return w
        }
    }

    /// The strength a non-path measure gives an edge of stored weight `w`.
    @inlinable public func strength(ofWeight w: Double) -> Double {
        switch self {
        case .unweighted: return 1
        case .strength, .length: return w
        }
    }
}
