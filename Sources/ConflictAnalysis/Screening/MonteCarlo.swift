import ActorModel
import NetworkCore

/// Robustness of the screen to uncertain data: in each draw every relation holds with probability equal to
/// its `confidence` (the model's default confidence when it gives none), and every analyst rating moves by a
/// uniform amount in ±`rating_uncertainty` (clamped to 0 … 5; unknown ratings stay unknown). The screen is
/// re-run on each draw; the result is, per actor, the share of draws in each band, and the mean Spearman
/// correlation between each draw's risk scores and the screen's.
///
/// Deterministic: draw `k` uses its own generator seeded from (seed, k) and draws run in order, so the same
/// seed gives the same output byte for byte.
enum MonteCarlo {
    static func run(_ map: StakeholderMap, base: [ActorRisk], samples: Int, seed: UInt64) throws -> (
        [[RiskBand: Double]], Double
    ) {
        let n = map.actors.count
        var counts = [[RiskBand: Int]](repeating: [:], count: n)
        var rhoSum = 0.0
        let baseRanks = ranks(base.map(\.risk))
        let settings = map.screening
        for k in 0 ..< samples {
            var rng = SplitMix64(seed: seed &+ UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
            var draw = map
            draw.relations = map.relations.filter { r in
                let p = r.confidence ?? settings.defaultConfidence
                return uniform(&rng) < p
            }
            for i in draw.actors.indices {
                draw.actors[i].power = jitter(draw.actors[i].power, settings.ratingUncertainty, &rng)
                draw.actors[i].legitimacy = jitter(draw.actors[i].legitimacy, settings.ratingUncertainty, &rng)
                draw.actors[i].accountability = jitter(draw.actors[i].accountability, settings.ratingUncertainty, &rng)
            }
            let result = try CooptationScreen.actorRisks(draw, surveyMap: map)
            for (i, r) in result.enumerated() { counts[i][r.band, default: 0] += 1 }
            rhoSum += spearman(baseRanks, ranks(result.map(\.risk)))
        }
        let shares = counts.map { c in
            Dictionary(uniqueKeysWithValues: RiskBand.allCases.map { ($0, Double(c[$0] ?? 0) / Double(samples)) })
        }
        return (shares, rhoSum / Double(samples))
    }

    static func uniform(_ rng: inout SplitMix64) -> Double { Double(rng.next() >> 11) / Double(1 << 53) }

    static func jitter(_ value: Double?, _ spread: Double, _ rng: inout SplitMix64) -> Double? {
        let u = uniform(&rng)  // drawn even when unknown, so the stream does not depend on missing data
        guard let v = value else { return nil }
        return min(5, max(0, v + (2 * u - 1) * spread))
    }

    /// Average ranks (ties share the mean rank).
    static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var r = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let mean = Double(i + j) / 2 + 1
            for k in i ... j { r[order[k]] = mean }
            i = j + 1
        }
        return r
    }

    /// Pearson correlation of two rank vectors (Spearman's ρ); 1 when either is constant.
    static func spearman(_ a: [Double], _ b: [Double]) -> Double { pearsonCorrelation(a, b) ?? 1 }
}
