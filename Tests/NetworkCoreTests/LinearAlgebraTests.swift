import Testing

@testable import NetworkCore

@Suite("Dense linear algebra: solve and symmetric eigen-decomposition")
struct LinearAlgebraTests {
    @Test func solveNeedsPivotingWhenTheFirstPivotIsZero() throws {
        // A·x = b with x = (1, 2, 3); a₁₁ = 0 forces a row swap.
        let a = DenseMatrix(size: 3, elements: [0, 2, 1, 1, 1, 1, 2, 1, 0])
        let x = try solveLinearSystem(a, [7, 6, 4])
        #expect(isClose(x, [1, 2, 3], tolerance: 1e-12))
    }

    @Test func solveRecoversARandomSolution() throws {
        var rng = SplitMix64(seed: 3)
        let n = 25
        var a = DenseMatrix(size: n)
        for i in 0 ..< n {
            for j in 0 ..< n { a[i, j] = Double(rng.next() % 2001) / 1000 - 1 }
            a[i, i] += 5  // diagonally dominant enough to be well conditioned
        }
        let expected = (0 ..< n).map { Double($0) - 12 }
        let x = try solveLinearSystem(a, a.multiplied(by: expected))
        #expect(isClose(x, expected, tolerance: 1e-10))
    }

    @Test func singularAndMismatchedSystemsThrow() throws {
        let singular = DenseMatrix(size: 2, elements: [1, 2, 2, 4])
        #expect(throws: LinearAlgebraError.singularMatrix(column: 1)) { try solveLinearSystem(singular, [1, 2]) }
        #expect(throws: LinearAlgebraError.singularMatrix(column: 0)) {
            try solveLinearSystem(DenseMatrix(size: 2), [1, 2])
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(expected: 2, actual: 3)) {
            try solveLinearSystem(singular, [1, 2, 3])
        }
        #expect(try solveLinearSystem(DenseMatrix(size: 0), []) == [])
    }

    @Test func eigenOfATwoByTwo() throws {
        // [[2, 1], [1, 2]]: λ = 3 with (1, 1)/√2, λ = 1 with (1, −1)/√2 (largest entry positive, first on a tie).
        let e = try SymmetricEigendecomposition(DenseMatrix(size: 2, elements: [2, 1, 1, 2]))
        #expect(isClose(e.eigenvalues, [3, 1], tolerance: 1e-14))
        let r = 0.5.squareRoot()
        #expect(isClose(e.eigenvector(0), [r, r], tolerance: 1e-14))
        #expect(isClose(e.eigenvector(1), [r, -r], tolerance: 1e-14))
    }

    @Test func eigenOfARandomSymmetricMatrixIsADecomposition() throws {
        var rng = SplitMix64(seed: 5)
        let n = 14
        var a = DenseMatrix(size: n)
        for i in 0 ..< n {
            for j in i ..< n {
                let x = Double(rng.next() % 2001) / 1000 - 1
                a[i, j] = x
                a[j, i] = x
            }
        }
        let e = try SymmetricEigendecomposition(a)
        #expect(e.sweeps < 20)
        // Sorted descending, trace preserved.
        #expect(zip(e.eigenvalues, e.eigenvalues.dropFirst()).allSatisfy { $0 >= $1 })
        let trace = (0 ..< n).reduce(0.0) { $0 + a[$1, $1] }
        #expect(abs(e.eigenvalues.reduce(0, +) - trace) < 1e-12)
        // A·v = λ·v and VᵀV = I.
        for k in 0 ..< n {
            let v = e.eigenvector(k)
            #expect(isClose(a.multiplied(by: v), v.map { $0 * e.eigenvalues[k] }, tolerance: 1e-12))
            let largest = v.max { abs($0) < abs($1) }!
            #expect(largest > 0)
        }
        let vtv = e.eigenvectors.transposed().multiplied(by: e.eigenvectors)
        #expect(isClose(vtv.elements, DenseMatrix.identity(size: n).elements, tolerance: 1e-12))
    }

    @Test func eigenOfDiagonalAndEmptyMatrices() throws {
        let e = try SymmetricEigendecomposition(DenseMatrix(size: 3, elements: [1, 0, 0, 0, 5, 0, 0, 0, 1]))
        #expect(e.eigenvalues == [5, 1, 1] && e.sweeps == 0)
        #expect(e.eigenvector(0) == [0, 1, 0] && e.eigenvector(1) == [1, 0, 0] && e.eigenvector(2) == [0, 0, 1])
        let empty = try SymmetricEigendecomposition(DenseMatrix(size: 0))
        #expect(empty.eigenvalues.isEmpty)
    }

    @Test func eigenRejectsAnAsymmetricMatrixAndReportsNonConvergence() throws {
        #expect(throws: LinearAlgebraError.notSymmetric(row: 0, column: 1)) {
            try SymmetricEigendecomposition(DenseMatrix(size: 2, elements: [0, 1, 2, 0]))
        }
        let a = DenseMatrix(size: 2, elements: [2, 1, 1, 2])
        #expect(throws: LinearAlgebraError.didNotConverge(sweeps: 0)) {
            try SymmetricEigendecomposition(a, maxSweeps: 0)
        }
        #expect(isClose(try SymmetricEigendecomposition.eigenvalues(of: a), [3, 1], tolerance: 1e-14))
    }

    @Test func matrixProductsAndTranspose() {
        let a = DenseMatrix(size: 2, elements: [1, 2, 3, 4])
        #expect(a.transposed().elements == [1, 3, 2, 4])
        #expect(a.multiplied(by: a).elements == [7, 10, 15, 22])
        #expect(a.multiplied(by: [1, 1]) == [3, 7])
        #expect(DenseMatrix.identity(size: 2).multiplied(by: a) == a)
    }
}
