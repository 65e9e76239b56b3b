/// Why a dense linear-algebra routine could not give an answer.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A vector's length does not match the matrix size.
    case dimensionMismatch(expected: Int, actual: Int)
    /// The matrix is singular (or numerically so): no usable pivot was left in `column` during elimination.
    case singularMatrix(column: Int)
    /// A routine for symmetric matrices was given a matrix with `a[row, column] ≠ a[column, row]`.
    case notSymmetric(row: Int, column: Int)
    /// An iterative method did not reach its tolerance within `sweeps` iterations.
    case didNotConverge(sweeps: Int)

    public var description: String {
        switch self {
        case .dimensionMismatch(let expected, let actual):
            return "a vector of length \(actual) does not fit a \(expected)×\(expected) matrix"
        case .singularMatrix(let column):
            return "the matrix is singular (no pivot in column \(column + 1))"
        case .notSymmetric(let row, let column):
            return "the matrix is not symmetric (entries \(row + 1),\(column + 1) and \(column + 1),\(row + 1) differ)"
        case .didNotConverge(let sweeps):
            return "the eigenvalue iteration did not converge in \(sweeps) sweeps"
        }
    }
}
