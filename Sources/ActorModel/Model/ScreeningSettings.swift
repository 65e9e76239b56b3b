/// A risk band of the co-optation screen, from least to most serious.
///
/// `unknown` is not a score: it is the band of an actor (or plan) whose factors with data carry too little of
/// the weight to judge (``ScreeningSettings/minimumKnownShare``). It ranks above medium and below high, so
/// that precaution wins: too little data is never shown as low or medium, while a flag or a partial score
/// that already says high or critical keeps that band.
public enum RiskBand: String, Sendable, CaseIterable, Comparable, Codable {
    case low, medium, unknown, high, critical

    /// Whether a score can fall in this band (every band but `unknown`).
    public var isScoreBand: Bool { self != .unknown }

    public static func < (a: RiskBand, b: RiskBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The factors of the co-optation screen (see the methodology document for each definition).
public enum RiskFactor: String, Sendable, CaseIterable {
    case capture
    case gatekeeping
    case legitimacyDeficit = "legitimacy_deficit"
    case uncheckedPower = "unchecked_power"
    case divisiveness
    case coercion
    case exclusion
}

/// The kinds of flag the screen raises.
public enum RiskFlagKind: String, Sendable, CaseIterable {
    case soleGatekeeper = "sole-gatekeeper"
    case rivalNotEngaged = "rival-not-engaged"
    case excludedGroup = "excluded-group"
    case armedActor = "armed-actor"
    case uncheckedPower = "unchecked-power"
    case lowCommunityTrust = "low-community-trust"
}

/// The screen's weights, thresholds and rules; documented defaults that a model may override in its
/// `screening:` section.
public struct ScreeningSettings: Sendable, Equatable {
    /// Weight of each factor in the risk score (relative; they need not sum to 1).
    public var weights: [RiskFactor: Double]
    /// Lowest score (0–100) of the medium, high and critical bands.
    public var mediumFrom: Double
    public var highFrom: Double
    public var criticalFrom: Double
    /// The band each flag raises an actor or plan to at least (`nil`: the flag does not change the band).
    public var flagMinimumBand: [RiskFlagKind: RiskBand]
    /// Groups whose exclusion and distrust count double (women, youth, minorities...).
    public var marginalisedGroups: [String]
    /// Confidence of a relation that gives none (the chance it holds in a Monte Carlo draw).
    public var defaultConfidence: Double
    /// How far an analyst rating may be off (± on the 0–5 scale) in a Monte Carlo draw.
    public var ratingUncertainty: Double
    /// Smallest competition weight that makes leaving a rival out of a plan a flag.
    public var rivalryThreshold: Double
    /// The least share of the factor weight that must have data for a band other than `unknown` (0.7:
    /// at most 30% of the weight may be unknown).
    public var minimumKnownShare: Double = 0.7

    public static let defaultWeights: [RiskFactor: Double] = [
        .capture: 0.2, .gatekeeping: 0.2, .legitimacyDeficit: 0.15, .uncheckedPower: 0.15,
        .divisiveness: 0.1, .coercion: 0.1, .exclusion: 0.1,
    ]

    public static let defaultFlagBands: [RiskFlagKind: RiskBand] = [
        .soleGatekeeper: .medium, .rivalNotEngaged: .medium, .excludedGroup: .medium, .armedActor: .high,
        .uncheckedPower: .medium,
    ]

    public init(
        weights: [RiskFactor: Double] = ScreeningSettings.defaultWeights, mediumFrom: Double = 25,
        highFrom: Double = 50,
        criticalFrom: Double = 75, flagMinimumBand: [RiskFlagKind: RiskBand] = ScreeningSettings.defaultFlagBands,
        marginalisedGroups: [String] = ["women", "youth", "minority", "displaced", "pastoralists", "disabled"],
        defaultConfidence: Double = 0.8, ratingUncertainty: Double = 1, rivalryThreshold: Double = 3
    ) {
        self.weights = weights
        self.mediumFrom = mediumFrom
        self.highFrom = highFrom
        self.criticalFrom = criticalFrom
        self.flagMinimumBand = flagMinimumBand
        self.marginalisedGroups = marginalisedGroups
        self.defaultConfidence = defaultConfidence
        self.ratingUncertainty = ratingUncertainty
        self.rivalryThreshold = rivalryThreshold
    }

    /// The band of a score, read as it is shown: rounded to a whole number first, so a score printed as 25
    /// is never "low" when medium starts at 25.
    public func band(for score: Double) -> RiskBand {
        let shown = score.rounded()
        return shown >= criticalFrom ? .critical : shown >= highFrom ? .high : shown >= mediumFrom ? .medium : .low
    }
}
