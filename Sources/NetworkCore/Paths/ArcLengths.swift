/// Shared conventions of the shortest-path kernels (``UnweightedSweepKernel``, ``WeightedSweepKernel``).
///
/// - path counts `sigma` are `Double` (integer counts overflow on a 37×37 grid);
/// - two weighted path lengths are tied when they differ by at most `tieTolerance` relative (1e-10, as
///   igraph), so near-equal alternatives (0.1 + 0.2 vs 0.3) are both shortest; networkx compares exactly,
///   which differs only on such near-ties.
enum ShortestPaths {
    static let tieTolerance = 1e-10
}

extension Graph {
    /// The length a path measure gives each outgoing arc, or `nil` when the graph is unweighted
    /// (breadth-first search).
    ///
    /// - Throws: ``PathLengthError`` for a zero, negative or NaN length (a zero *strength* makes an infinite
    ///   length: the tie cannot be crossed).
    public func outArcLengths() throws -> [Double]? {
        try arcLengths(outWeights)
    }

    private func arcLengths(_ weights: [Double]) throws -> [Double]? {
        guard weightKind != .unweighted else { return nil }
        var lengths = [Double](repeating: 0, count: weights.count)
        for (a, w) in weights.enumerated() {
            let length = weightKind.length(ofWeight: w)
            guard length > 0 else { throw PathLengthError.negativeLength(weight: w) }
            lengths[a] = length
        }
        return lengths
    }
}

/// A tie that path measures cannot use as a distance.
public enum PathLengthError: Error, Equatable, CustomStringConvertible {
    case negativeLength(weight: Double)

    public var description: String {
        switch self {
        case .negativeLength(let w):
            return "a tie of weight \(w) would have a length of zero or less; path measures need positive weights"
        }
    }
}
