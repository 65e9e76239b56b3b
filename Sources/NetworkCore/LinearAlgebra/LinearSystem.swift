/// Solves the square linear system `A·x = b` by Gaussian elimination with partial pivoting.
///
/// Each column's pivot is the entry of largest magnitude on or below the diagonal (ties: the topmost), so
/// the result is deterministic. A pivot whose magnitude is at most `n · ε · max|a_ij|` (ε the machine
/// epsilon) is treated as zero and the matrix as singular.
///
/// Reference: Golub & Van Loan, *Matrix Computations* (4th ed., 2013), §3.4 (Algorithm 3.4.1).
///
/// - Parameters:
///   - a: the `n × n` coefficient matrix (copied; the caller's matrix is not changed).
///   - b: the right-hand side, `n` entries.
/// - Returns: `x` with `A·x = b`.
/// - Throws: ``LinearAlgebraError/dimensionMismatch(expected:actual:)`` when `b.count ≠ n`;
///   ``LinearAlgebraError/singularMatrix(column:)`` when `A` is (numerically) singular.
/// - Complexity: O(n³) time (about ⅔·n³ flops), O(n²) memory for the working copy.
public func solveLinearSystem(_ a: DenseMatrix, _ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    let n = a.size
    guard b.count == n else { throw .dimensionMismatch(expected: n, actual: b.count) }
    var m = a.elements
    var x = b
    let threshold = Double(Swift.max(n, 1)) * Double.ulpOfOne * a.maxAbsoluteEntry

    for k in 0 ..< n {
        // Partial pivoting: the largest |m[i][k]| for i ≥ k.
        var pivotRow = k
        var pivotMagnitude = abs(m[k * n + k])
        for i in k + 1 ..< n {
            let v = abs(m[i * n + k])
            if v > pivotMagnitude {
                pivotMagnitude = v
                pivotRow = i
            }
        }
        guard pivotMagnitude > threshold, pivotMagnitude > 0 else { throw .singularMatrix(column: k) }
        if pivotRow != k {
            for j in k ..< n { m.swapAt(k * n + j, pivotRow * n + j) }
            x.swapAt(k, pivotRow)
        }
        let pivot = m[k * n + k]
        for i in k + 1 ..< n {
            let factor = m[i * n + k] / pivot
            if factor == 0 { continue }
            m[i * n + k] = 0
            for j in k + 1 ..< n { m[i * n + j] -= factor * m[k * n + j] }
            x[i] -= factor * x[k]
        }
    }
    // Back substitution.
    var i = n - 1
    while i >= 0 {
        var sum = x[i]
        for j in i + 1 ..< n { sum -= m[i * n + j] * x[j] }
        x[i] = sum / m[i * n + i]
        i -= 1
    }
    return x
}
