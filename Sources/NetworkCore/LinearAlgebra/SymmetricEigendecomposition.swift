/// The eigenvalues and eigenvectors of a real symmetric matrix, by the cyclic Jacobi method.
///
/// For symmetric `A` there is an orthogonal `V` with `A = V·diag(λ)·Vᵀ`. Jacobi's method applies plane
/// rotations `A ← Jᵀ·A·J`, one per off-diagonal pair `(p, q)` in row order ("cyclic by rows"), each
/// zeroing `a_pq`, and accumulates `V ← V·J`, until the off-diagonal Frobenius norm is at most
/// `tolerance · ‖A‖_F`. It is slow next to QR-based methods but simple, accurate (small relative error
/// even for small eigenvalues) and needs no external library.
///
/// Conventions (for deterministic results):
/// - eigenvalues are sorted in descending order (ties keep the order of their diagonal positions);
/// - column `k` of ``eigenvectors`` is the unit eigenvector of `eigenvalues[k]`, signed so that its
///   entry of largest magnitude (the first such entry on a tie) is positive. For a repeated eigenvalue any
///   orthonormal basis of its eigenspace is correct; the one returned is the one the rotations produce.
///
/// References: Jacobi (1846); Golub & Van Loan, *Matrix Computations* (4th ed., 2013), §8.5
/// (Algorithm 8.5.3, cyclic Jacobi); Rutishauser (1966) for the rotation formulas; Press et al.,
/// *Numerical Recipes* (3rd ed., 2007), §11.1 for the rule that drops negligible entries.
///
/// - Complexity: O(n³) time per sweep (n(n−1)/2 rotations of O(n) each); convergence is quadratic, so a
///   handful of sweeps (typically 6–10) suffices. O(n²) memory.
public struct SymmetricEigendecomposition: Sendable {
    /// The eigenvalues, largest first.
    public let eigenvalues: [Double]
    /// The orthonormal eigenvectors, column `k` belonging to `eigenvalues[k]`.
    public let eigenvectors: DenseMatrix
    /// How many full sweeps the iteration took.
    public let sweeps: Int

    /// Decomposes the symmetric matrix `matrix`.
    ///
    /// - Parameters:
    ///   - matrix: a symmetric matrix; entries `a_ij` and `a_ji` may differ by at most
    ///     `1e-12 · max|a|` (their mean is used).
    ///   - tolerance: stop when the off-diagonal Frobenius norm is at most `tolerance · ‖A‖_F`.
    ///   - maxSweeps: give up after this many sweeps.
    /// - Throws: ``LinearAlgebraError/notSymmetric(row:column:)``, or
    ///   ``LinearAlgebraError/didNotConverge(sweeps:)``.
    /// - Complexity: O(n³) per sweep.
    public init(_ matrix: DenseMatrix, tolerance: Double = 1e-15, maxSweeps: Int = 100) throws(LinearAlgebraError) {
        let n = matrix.size
        var a = try symmetrizedEntries(matrix)
        var v = DenseMatrix.identity(size: n).elements
        let sweeps = try cyclicJacobi(
            &a, size: n, vectors: &v, accumulate: true, tolerance: tolerance, maxSweeps: maxSweeps)

        // Sort descending, ties by diagonal position; fix each vector's sign.
        let order = descendingDiagonalOrder(a, size: n)
        var values = [Double](repeating: 0, count: n)
        var vectors = [Double](repeating: 0, count: n * n)
        for (k, column) in order.enumerated() {
            values[k] = a[column * n + column]
            var largest = 0.0
            var sign = 1.0
            for r in 0 ..< n where abs(v[r * n + column]) > largest {
                largest = abs(v[r * n + column])
                sign = v[r * n + column] < 0 ? -1 : 1
            }
            for r in 0 ..< n { vectors[r * n + k] = sign * v[r * n + column] }
        }
        self.eigenvalues = values
        self.eigenvectors = DenseMatrix(size: n, elements: vectors)
        self.sweeps = sweeps
    }

    /// The eigenvalues alone, largest first: the same iteration without accumulating the rotations
    /// (about a third less work).
    ///
    /// - Throws: as ``init(_:tolerance:maxSweeps:)``.
    /// - Complexity: O(n³) per sweep.
    public static func eigenvalues(
        of matrix: DenseMatrix, tolerance: Double = 1e-15, maxSweeps: Int = 100
    ) throws(LinearAlgebraError) -> [Double] {
        let n = matrix.size
        var a = try symmetrizedEntries(matrix)
        var none: [Double] = []
        _ = try cyclicJacobi(&a, size: n, vectors: &none, accumulate: false, tolerance: tolerance, maxSweeps: maxSweeps)
        return descendingDiagonalOrder(a, size: n).map { a[$0 * n + $0] }
    }

    /// The unit eigenvector of `eigenvalues[k]`.
    ///
    /// - Complexity: O(n).
    public func eigenvector(_ k: Int) -> [Double] {
        let n = eigenvectors.size
        return (0 ..< n).map { eigenvectors[$0, k] }
    }
}

/// The entries of `matrix`, checked symmetric within `1e-12 · max|a|` and made exactly symmetric (the mean
/// of the two triangles).
private func symmetrizedEntries(_ matrix: DenseMatrix) throws(LinearAlgebraError) -> [Double] {
    let n = matrix.size
    if let (i, j) = matrix.firstAsymmetry(tolerance: 1e-12 * matrix.maxAbsoluteEntry) {
        throw .notSymmetric(row: i, column: j)
    }
    var a = matrix.elements
    for i in 0 ..< n {
        for j in i + 1 ..< n {
            let mean = 0.5 * (a[i * n + j] + a[j * n + i])
            a[i * n + j] = mean
            a[j * n + i] = mean
        }
    }
    return a
}

/// Diagonal positions by descending value, ties by position.
private func descendingDiagonalOrder(_ a: [Double], size n: Int) -> [Int] {
    (0 ..< n).sorted { i, j in
        let (x, y) = (a[i * n + i], a[j * n + j])
        return x != y ? x > y : i < j
    }
}

/// Cyclic-by-rows Jacobi iteration on the row-major symmetric `a` (diagonalised in place), accumulating
/// the rotations into `vectors` (row-major, starting from the identity) when `accumulate`.
///
/// - Returns: the number of sweeps.
/// - Complexity: O(n³) per sweep.
private func cyclicJacobi(
    _ entries: inout [Double], size n: Int, vectors: inout [Double], accumulate: Bool,
    tolerance: Double, maxSweeps: Int
) throws(LinearAlgebraError) -> Int {
    var frobenius = 0.0
    for x in entries { frobenius += x * x }
    let target = tolerance * tolerance * frobenius
    var sweep = 0
    var converged = false
    entries.withUnsafeMutableBufferPointer { a in
        vectors.withUnsafeMutableBufferPointer { v in
            while true {
                var off = 0.0
                for i in 0 ..< n {
                    for j in i + 1 ..< n { off += 2 * a[i * n + j] * a[i * n + j] }
                }
                if off <= target || off == 0 {
                    converged = true
                    return
                }
                if sweep == maxSweeps { return }
                sweep += 1
                for p in 0 ..< n {
                    for q in p + 1 ..< n {
                        let apq = a[p * n + q]
                        if apq == 0 { continue }
                        // After a few sweeps, an entry below the rounding of both diagonal entries is zero
                        // (Numerical Recipes' rule; it guarantees the loop ends).
                        let app = a[p * n + p]
                        let aqq = a[q * n + q]
                        let g = 100 * apq.magnitude
                        if sweep > 4 && app.magnitude + g == app.magnitude && aqq.magnitude + g == aqq.magnitude {
                            a[p * n + q] = 0
                            a[q * n + p] = 0
                            continue
                        }
                        // Rotation angle (Rutishauser): θ = (a_qq − a_pp) / (2 a_pq), t = tan φ the smaller root.
                        let theta = (aqq - app) / (2 * apq)
                        let t: Double
                        if theta.magnitude > 1e150 {
                            t = 1 / (2 * theta)
                        } else {
                            t = (theta >= 0 ? 1.0 : -1.0) / (theta.magnitude + (theta * theta + 1).squareRoot())
                        }
                        let c = 1 / (t * t + 1).squareRoot()
                        let s = t * c
                        // A ← A·J (columns p, q), then A ← Jᵀ·A (rows p, q).
                        for k in 0 ..< n {
                            let akp = a[k * n + p]
                            let akq = a[k * n + q]
                            a[k * n + p] = c * akp - s * akq
                            a[k * n + q] = s * akp + c * akq
                        }
                        for k in 0 ..< n {
                            let apk = a[p * n + k]
                            let aqk = a[q * n + k]
                            a[p * n + k] = c * apk - s * aqk
                            a[q * n + k] = s * apk + c * aqk
                        }
                        a[p * n + q] = 0
                        a[q * n + p] = 0
                        // V ← V·J.
                        if accumulate {
                            for k in 0 ..< n {
                                let vkp = v[k * n + p]
                                let vkq = v[k * n + q]
                                v[k * n + p] = c * vkp - s * vkq
                                v[k * n + q] = s * vkp + c * vkq
                            }
                        }
                    }
                }
            }
        }
    }
    if !converged { throw .didNotConverge(sweeps: maxSweeps) }
    return sweep
}
