import ActorModel

/// One factor of an actor's risk: its value in [0, 1] (or unknown), its weight, and the evidence.
public struct FactorValue: Sendable, Equatable {
    public var factor: RiskFactor
    /// `nil` = unknown (missing data): not counted in the score, and it lowers the confidence.
    public var value: Double?
    public var weight: Double
    /// Plain-language evidence: the ties, paths, ratings and measures behind the value.
    public var evidence: String
}

/// Something an analyst must not miss.
public struct RiskFlag: Sendable, Equatable {
    public var kind: RiskFlagKind
    /// The actors involved (the flagged actor first).
    public var actors: [String]
    public var message: String
}

/// The screen's result for one actor.
public struct ActorRisk: Sendable {
    public var id: String
    public var name: String
    /// 0–100: the weighted mean of the known factors × 100.
    public var risk: Double
    /// The band of the score alone, before flags.
    public var scoreBand: RiskBand
    /// The final band: the score's band, raised by flags where the settings say so.
    public var band: RiskBand
    /// Share of the total factor weight whose factor is known (1 = no missing data).
    public var confidence: Double
    /// Whether the known factors carry less than ``ScreeningSettings/minimumKnownShare`` of the weight: the
    /// score is partial and the band at least `unknown`.
    public var isPartial: Bool
    /// The flags that raised the band above the score's, in order.
    public var raisedBy: [RiskFlagKind]
    /// What is missing, for each unknown factor (e.g. "no power ties recorded; no power rating").
    public var missing: [String]
    public var factors: [FactorValue]
    public var flags: [RiskFlag]
    /// Why the band is what it is, in one sentence.
    public var explanation: String
    /// With Monte Carlo: the share of draws in each band.
    public var bandShares: [RiskBand: Double]?

    public func factor(_ f: RiskFactor) -> FactorValue? { factors.first { $0.factor == f } }
}

/// The screen's assessment of an engagement plan.
public struct PlanAssessment: Sendable {
    public var name: String
    public var partners: [String]
    public var risk: Double
    public var band: RiskBand
    public var flags: [RiskFlag]
    /// Share of community actors with a trusted channel (path) to a partner.
    public var communityCoverage: Double?
    /// Per represented group, the share of its actors with a trusted channel to a partner.
    public var groupCoverage: [(group: String, share: Double)]
    /// Partners' share of all power held over others (power-tie out-strength).
    public var powerConcentration: Double?
    /// Rivalries with exactly one side in the plan: (partner, rival, weight).
    public var unevenRivalries: [(partner: String, rival: String, weight: Double)]
    /// Partners whose band is `unknown` (too little recorded): they make the plan at least `unknown`.
    public var unknownPartners: [String]
    /// What would lower the plan's risk or close a coverage gap, each re-screened before it is made.
    public var suggestions: [PlanSuggestion]
    public var explanation: String
}

/// One suggestion for an engagement plan (docs/METHODOLOGY.md §4.7): what to do, with whom, and why,
/// including what re-screening the plan with the suggestion applied showed.
public struct PlanSuggestion: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        /// Add the actors to the plan (they close a coverage gap).
        case add
        /// Engage both sides of a rivalry, or neither: `actors` = [rival outside the plan, partner].
        case pair
        /// Reach the actors through a separate track, not alongside a partner that coerces them or that
        /// they distrust at the scale's minimum.
        case separate
        /// Drop the partner, or make its engagement conditional.
        case reconsider
    }

    public var action: Action
    /// The actors the action is about (for `pair`: the rival first, then the partner).
    public var actors: [String]
    public var text: String
}

/// A community actor's strongest trusted path to the state's security and justice providers.
public struct SocialContractPath: Sendable, Equatable {
    public var community: String
    /// From the community actor to the provider; empty when there is none.
    public var path: [String]
    /// The weakest tie's trust on the path (the widest path's bottleneck); `nil` when there is no path.
    public var strength: Double?
    /// When there is no trusted path: a connection to a provider that runs through at least one tie trusted
    /// only from the far side (a one-sided channel, not trust); empty when there is none either.
    public var oneSidedPath: [String]
    /// The intermediaries.
    public var brokers: [String] { path.count > 2 ? Array(path[1 ..< path.count - 1]) : [] }

    public init(community: String, path: [String], strength: Double?, oneSidedPath: [String] = []) {
        self.community = community
        self.path = path
        self.strength = strength
        self.oneSidedPath = oneSidedPath
    }
}

/// Everything `actormap screen` reports.
public struct ScreenReport: Sendable {
    /// Every actor, highest risk first (ties in model order).
    public var actors: [ActorRisk]
    public var plan: PlanAssessment?
    public var socialContract: [SocialContractPath]
    /// With Monte Carlo: draws, seed, and the mean Spearman correlation of each draw's ranking with the
    /// screen's (1 = the ranking never changes).
    public var samples: Int?
    public var seed: UInt64?
    public var rankingStability: Double?
    public var settings: ScreeningSettings
    /// With a what-if scenario: what it changed relative to the map as it is.
    public var scenario: ScenarioComparison?
}
