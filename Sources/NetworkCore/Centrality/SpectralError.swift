/// Why an iterative centrality gave no value.
public enum SpectralError: Error, Equatable, CustomStringConvertible {
    /// The iteration did not reach the tolerance within the iteration limit.
    case didNotConverge(measure: String, iterations: Int)
    /// The measure is undefined for this graph (e.g. eigenvector centrality on a directed graph that is not
    /// strongly connected, where the dominant eigenvector is not unique or not positive).
    case undefined(measure: String, reason: String)

    public var description: String {
        switch self {
        case .didNotConverge(let m, let i): return "\(m) did not converge in \(i) iterations"
        case .undefined(let m, let r): return "\(m) is undefined here: \(r)"
        }
    }
}
