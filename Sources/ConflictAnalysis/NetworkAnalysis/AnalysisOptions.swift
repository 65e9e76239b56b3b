import NetworkCore

/// Everything that decides what `actormap analyze` computes.
public struct AnalysisOptions: Sendable {
    /// Relation types to combine into one layer; `nil` = one layer per relation type with ties.
    public var relations: [String]?
    /// What weights mean (`--weights`: strength, length, or none = unweighted).
    public var weights: WeightKind
    /// Measure families to compute (default: all).
    public var measures: Set<MeasureFamily>
    /// Katz attenuation α (falls back to 0.5/ρ with a warning when α ≥ 1/ρ).
    public var katzAlpha: Double
    /// Bonacich β (negative allowed); falls back to 0.5/ρ in magnitude with a warning when |β| ≥ 1/ρ.
    public var bonacichBeta: Double
    /// Grouping for brokerage roles.
    public var groupBy: ActorGrouping
    /// Number of factions for the signed analysis; `nil` = the best `k` in 2 … 4.
    public var factionCount: Int?
    /// Louvain seed (also the seed of heuristic signed searches).
    public var seed: UInt64
    /// When set, betweenness is estimated by sampling (Riondato–Kornaropoulos) to within this error
    /// (normalised units, probability 0.9) instead of computed exactly.
    public var approximateBetweenness: Double?
    /// Threads for the parallel path measures.
    public var threads: Int
    /// Cancellation and progress.
    public var control: AnalysisControl?

    /// Threads used when none are asked for: every core.
    public static var defaultThreadCount: Int { ParallelLanes.defaultThreadCount }

    public init(
        relations: [String]? = nil, weights: WeightKind = .strength,
        measures: Set<MeasureFamily> = MeasureFamily.defaults,
        katzAlpha: Double = 0.1, bonacichBeta: Double = 0.1, groupBy: ActorGrouping = .sector, factionCount: Int? = nil,
        seed: UInt64 = 42,
        threads: Int = ParallelLanes.defaultThreadCount, control: AnalysisControl? = nil
    ) {
        self.relations = relations
        self.weights = weights
        self.measures = measures
        self.katzAlpha = katzAlpha
        self.bonacichBeta = bonacichBeta
        self.groupBy = groupBy
        self.factionCount = factionCount
        self.seed = seed
        self.threads = threads
        self.control = control
    }
}

/// Cancellation and progress of a long analysis, for the caller that runs it (the CLI's Ctrl-C and
/// progress line). Cancelling makes ``NetworkAnalysis/run(_:options:)`` throw
/// ``NetworkAnalysis/Failure/cancelled`` at its next check.
public final class AnalysisControl: Sendable {
    let computation = ComputationControl()

    public init() {}

    /// Asks the running analysis to stop.
    public func cancel() { computation.cancel() }

    /// Called (from worker threads, serialised) with (done, total) units of the shortest-path sweep.
    public func onProgress(_ report: @escaping @Sendable (Int, Int) -> Void) { computation.onProgress = report }
}
