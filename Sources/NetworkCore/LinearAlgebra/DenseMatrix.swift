/// A square matrix of `Double`s stored densely in row-major order.
///
/// Storage invariant: `elements.count == size * size`; entry `(i, j)` is `elements[i * size + j]`.
///
/// The graph core is sparse (``Graph``); a dense matrix is for the few measures that need a linear solve
/// or a full eigen-decomposition (PN centrality, walk balance). Those cost O(n³) time and O(n²) memory,
/// which is fine for stakeholder maps (tens to a few thousand actors) and not meant for larger graphs.
public struct DenseMatrix: Sendable, Equatable {
    /// Number of rows (= number of columns).
    public let size: Int
    /// The entries, row after row.
    public private(set) var elements: [Double]

    /// A `size × size` matrix with every entry `value`.
    ///
    /// - Complexity: O(n²).
    public init(size: Int, repeating value: Double = 0) {
        precondition(size >= 0, "matrix size must not be negative")
        self.size = size
        self.elements = [Double](repeating: value, count: size * size)
    }

    /// A `size × size` matrix from its entries in row-major order.
    ///
    /// - Precondition: `elements.count == size * size`.
    public init(size: Int, elements: [Double]) {
        precondition(
            size >= 0 && elements.count == size * size, "a \(size)×\(size) matrix needs \(size * size) entries")
        self.size = size
        self.elements = elements
    }

    /// The `size × size` identity matrix.
    ///
    /// - Complexity: O(n²).
    public static func identity(size: Int) -> DenseMatrix {
        var m = DenseMatrix(size: size)
        for i in 0 ..< size { m.elements[i * size + i] = 1 }
        return m
    }

    /// The entry in `row`, `column`.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * size + column] }
        set { elements[row * size + column] = newValue }
    }

    /// The transpose `Aᵀ`.
    ///
    /// - Complexity: O(n²).
    public func transposed() -> DenseMatrix {
        var t = DenseMatrix(size: size)
        for i in 0 ..< size {
            for j in 0 ..< size { t.elements[j * size + i] = elements[i * size + j] }
        }
        return t
    }

    /// The product `A·B`.
    ///
    /// - Precondition: both matrices have the same size.
    /// - Complexity: O(n³), in i-k-j order so the inner loop runs along rows.
    public func multiplied(by other: DenseMatrix) -> DenseMatrix {
        precondition(other.size == size, "matrix sizes differ")
        let n = size
        var c = [Double](repeating: 0, count: n * n)
        for i in 0 ..< n {
            for k in 0 ..< n {
                let aik = elements[i * n + k]
                if aik == 0 { continue }
                for j in 0 ..< n { c[i * n + j] += aik * other.elements[k * n + j] }
            }
        }
        return DenseMatrix(size: n, elements: c)
    }

    /// The product `A·x`.
    ///
    /// - Precondition: `x.count == size`.
    /// - Complexity: O(n²).
    public func multiplied(by x: [Double]) -> [Double] {
        precondition(x.count == size, "vector length differs from the matrix size")
        var y = [Double](repeating: 0, count: size)
        for i in 0 ..< size {
            var sum = 0.0
            for j in 0 ..< size { sum += elements[i * size + j] * x[j] }
            y[i] = sum
        }
        return y
    }

    /// The largest absolute entry (0 for an empty matrix).
    ///
    /// - Complexity: O(n²).
    public var maxAbsoluteEntry: Double {
        elements.reduce(0) { Swift.max($0, abs($1)) }
    }

    /// The first pair `(i, j)`, `i < j`, with `|a_ij − a_ji| > tolerance`, or `nil` when the matrix is
    /// symmetric within `tolerance`.
    ///
    /// - Complexity: O(n²).
    public func firstAsymmetry(tolerance: Double = 0) -> (row: Int, column: Int)? {
        for i in 0 ..< size {
            for j in i + 1 ..< size where abs(elements[i * size + j] - elements[j * size + i]) > tolerance {
                return (i, j)
            }
        }
        return nil
    }
}
