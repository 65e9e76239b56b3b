import Testing

@testable import NetworkCore

/// Centrality/BonacichPower.swift, against Bonacich's (1987) published values for Padgett's families.
@Suite("Bonacich power")
struct BonacichPowerTests {
    @Test func matchesPublishedValuesOnFlorentineMarriages() throws {
        let (g, nodes) = try PadgettFlorentine.graph("marriage")
        let i = { (name: String) in nodes.firstIndex(of: name)! }
        #expect(abs(SpectralRadius.estimate(g) - 3.256104) < 1e-6)
        let negative = try BonacichPower.compute(g, beta: -0.25)
        let expectedNegative: [String: Double] = [
            "Medici": 2.841969, "Guadagni": 1.773717, "Strozzi": 1.380026,
            "Acciaiuoli": -0.189174, "Pucci": 0, "Castellani": 0.990499,
        ]
        for (name, value) in expectedNegative { #expect(abs(negative[i(name)] - value) < 1e-6, "\(name)") }
        let positive = try BonacichPower.compute(g, beta: 0.25)
        let expectedPositive: [String: Double] = [
            "Medici": 1.784311, "Strozzi": 1.389432, "Pazzi": 0.223247, "Pucci": 0,
        ]
        for (name, value) in expectedPositive { #expect(abs(positive[i(name)] - value) < 1e-6, "\(name)") }
        // Σ c² = n.
        #expect(abs(positive.reduce(0) { $0 + $1 * $1 } - 16) < 1e-9)
        #expect(throws: SpectralError.self) { try BonacichPower.compute(g, beta: 0.5) }
    }
}
