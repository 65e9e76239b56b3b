import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/MonteCarlo.swift: robustness of the screen to uncertain data.
@Suite("Monte Carlo draws")
struct MonteCarloTests {
    @Test func monteCarloIsReproducibleAndSumsToOne() throws {
        let a = try screenTestDistrict(samples: 200)
        let b = try screenTestDistrict(samples: 200)
        for (x, y) in zip(a.actors, b.actors) {
            #expect(x.bandShares == y.bandShares)
            #expect(abs((x.bandShares?.values.reduce(0, +) ?? 0) - 1) < 1e-12)
        }
        #expect(a.rankingStability == b.rankingStability)
        let stability = try #require(a.rankingStability)
        #expect(stability > 0 && stability <= 1)
        // The militia stays high or critical in most draws: the flag does not depend on uncertain ratings alone.
        let militia = try actorRisk(a, "militia")
        #expect((militia.bandShares?[.high] ?? 0) + (militia.bandShares?[.critical] ?? 0) > 0.5)
    }
}
