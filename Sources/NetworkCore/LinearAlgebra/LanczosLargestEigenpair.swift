/// The largest eigenvalue of a real symmetric matrix, given only as a product `y = A x`, and its unit
/// eigenvector, by the Lanczos method with full reorthogonalisation and explicit restarts.
///
/// From a unit start vector `v₀` it builds an orthonormal basis `v₀ … v_{k−1}` of the Krylov space
/// `span{v₀, A v₀, …, A^{k−1} v₀}` and the tridiagonal `T = Vᵀ A V` (diagonal `α`, off-diagonal `β`); the
/// largest eigenpair `(θ, s)` of `T` gives the Ritz pair `(θ, y = V s)`. Each new basis vector is
/// orthogonalised against all earlier ones twice ("twice is enough"), so the basis stays orthonormal in
/// floating point. When `‖A y − θ y‖ ≤ tolerance · |θ|` the pair is returned; otherwise the method restarts
/// from `y`. Convergence depends on the relative gap `(λ₁ − λ₂)/(λ₁ − λ_n)` like Chebyshev acceleration,
/// roughly as the square root of the power method's iteration count. Deterministic: the same matrix and
/// start vector give the same bits.
///
/// The eigenvector's sign is left as the iteration produces it; callers fix it.
///
/// References: Lanczos (1950); Golub & Van Loan, *Matrix Computations* (4th ed., 2013), §10.1–10.3
/// (Lanczos, full reorthogonalisation); Parlett, *The Symmetric Eigenvalue Problem* (1998), §13 (restarts).
///
/// - Complexity: per restart, `k` products with `A` and O(n·k²) for the reorthogonalisation; O(n·k) memory.
public enum LanczosLargestEigenpair {
    /// The outcome: the eigenvalue, the unit eigenvector, and the products with `A` it took.
    public struct Result: Sendable {
        public var value: Double
        public var vector: [Double]
        public var products: Int
    }

    /// The largest eigenpair of the symmetric `n × n` matrix whose product is `multiply(x, &y)` (`y = A x`,
    /// `y` of length `n`, overwritten).
    ///
    /// - Parameters:
    ///   - start: a start vector (not orthogonal to the wanted eigenvector; normalised here).
    ///   - basisSize: Krylov vectors per restart (`k`, at most `n`).
    ///   - tolerance: relative residual `‖A y − θ y‖ / |θ|` to reach.
    ///   - maxProducts: give up (return `nil`) after this many products.
    public static func compute(
        size n: Int, start: [Double], basisSize: Int = 24, tolerance: Double = 1e-13, maxProducts: Int = 200_000,
        multiply: (_ x: [Double], _ y: inout [Double]) -> Void
    ) -> Result? {
        precondition(start.count == n && n > 0)
        let k = max(1, min(basisSize, n))
        var basis = [[Double]](repeating: [], count: k)
        var y = start
        normalise(&y)
        var w = [Double](repeating: 0, count: n)
        var products = 0
        var alpha = [Double](repeating: 0, count: k)
        var beta = [Double](repeating: 0, count: k)
        while products < maxProducts {
            basis[0] = y
            var steps = 0
            for j in 0 ..< k {
                multiply(basis[j], &w)
                products += 1
                alpha[j] = dot(w, basis[j])
                steps = j + 1
                // Full reorthogonalisation, twice (this also removes the α and β terms of the recurrence).
                for _ in 0 ..< 2 {
                    for i in 0 ... j {
                        let c = dot(w, basis[i])
                        subtract(c, basis[i], from: &w)
                    }
                }
                let b = dot(w, w).squareRoot()
                beta[j] = b
                // Breakdown: the basis spans an invariant subspace, whose Ritz pairs are exact.
                if j + 1 == k || b <= 1e-14 * max(abs(alpha[j]), 1) { break }
                var next = w
                scale(&next, by: 1 / b)
                basis[j + 1] = next
            }
            // The largest eigenpair of the tridiagonal T (steps × steps).
            var t = DenseMatrix(size: steps)
            for i in 0 ..< steps {
                t[i, i] = alpha[i]
                if i + 1 < steps {
                    t[i, i + 1] = beta[i]
                    t[i + 1, i] = beta[i]
                }
            }
            guard let decomposition = try? SymmetricEigendecomposition(t) else { return nil }
            let theta = decomposition.eigenvalues[0]
            let s = decomposition.eigenvector(0)
            // Ritz vector y = V s.
            for v in 0 ..< n { y[v] = 0 }
            for i in 0 ..< steps { add(s[i], basis[i], to: &y) }
            normalise(&y)
            // Its residual, measured.
            multiply(y, &w)
            products += 1
            subtract(theta, y, from: &w)
            if dot(w, w).squareRoot() <= tolerance * max(abs(theta), Double.leastNormalMagnitude) {
                return Result(value: theta, vector: y, products: products)
            }
        }
        return nil
    }

    @inline(__always) private static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var s = 0.0
                for i in 0 ..< a.count { s += a[i] * b[i] }
                return s
            }
        }
    }

    /// `w -= c · v`.
    @inline(__always) private static func subtract(_ c: Double, _ v: [Double], from w: inout [Double]) {
        v.withUnsafeBufferPointer { v in
            w.withUnsafeMutableBufferPointer { w in
                for i in 0 ..< w.count { w[i] -= c * v[i] }
            }
        }
    }

    /// `y += c · v`.
    @inline(__always) private static func add(_ c: Double, _ v: [Double], to y: inout [Double]) {
        subtract(-c, v, from: &y)
    }

    @inline(__always) private static func scale(_ v: inout [Double], by c: Double) {
        v.withUnsafeMutableBufferPointer { v in
            for i in 0 ..< v.count { v[i] *= c }
        }
    }

    private static func normalise(_ v: inout [Double]) {
        let norm = dot(v, v).squareRoot()
        if norm > 0 { scale(&v, by: 1 / norm) }
    }
}
