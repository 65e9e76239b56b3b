import ActorModel
import ConflictAnalysis

/// What a JSON output was computed from, written as its first three keys so that a result can be traced
/// and reproduced:
///
/// - `"version"`: ActorMap's version (``ActorMapVersion/current``);
/// - `"model"`: `{"name", "date", "sha256"}`: the map's name (the redacted name under `--redact`), its
///   `date:` (`null` when the model gives none) and the SHA-256 of the model file's exact bytes
///   (``ModelLoader/Result/sha256``; 64 lowercase hexadecimal digits, as `sha256sum` prints them);
/// - `"settings"`: every option and setting that shaped the result (``screen(plan:samples:seed:screening:)``,
///   ``analysis(_:)``).
public struct OutputRecord: Sendable {
    public var version: String
    public var modelName: String
    public var modelDate: String?
    public var modelSHA256: String
    /// The settings, in output order.
    public var settings: [(String, JSONValue)]

    /// The record of an output computed on `map` (already redacted when the output is), loaded from a file
    /// whose digest is `sha256`.
    public init(
        map: StakeholderMap, sha256: String, settings: [(String, JSONValue)],
        version: String = ActorMapVersion.current
    ) {
        self.version = version
        modelName = map.name
        modelDate = map.date
        modelSHA256 = sha256
        self.settings = settings
    }

    /// The record of an output computed on a map named `modelName` without building it (a compact edge
    /// list: its name is the file's stem, and it has no date).
    public init(
        modelName: String, modelDate: String?, sha256: String, settings: [(String, JSONValue)],
        version: String = ActorMapVersion.current
    ) {
        self.version = version
        self.modelName = modelName
        self.modelDate = modelDate
        modelSHA256 = sha256
        self.settings = settings
    }

    /// The record's keys: `version`, `model`, `settings`.
    public var fields: [(String, JSONValue)] {
        [
            ("version", .string(version)),
            (
                "model",
                .object([
                    ("name", .string(modelName)), ("date", modelDate.map { .string($0) } ?? .null),
                    ("sha256", .string(modelSHA256)),
                ])
            ),
            ("settings", .object(settings)),
        ]
    }

    /// `body` (a JSON object) with the record's keys first and its own keys after them, unchanged.
    public func json(_ body: JSONValue) -> JSONValue {
        guard case .object(let rest) = body else { return .object(fields + [("result", body)]) }
        return .object(fields + rest)
    }

    /// ``json(_:)`` as text, ending with a newline.
    public func text(_ body: JSONValue) -> String { json(body).text() + "\n" }

    /// The settings of `actormap screen`: the plan screened (`null` without one; `--partners` for an ad-hoc
    /// plan), the Monte Carlo draws and their seed (a JSON integer, recorded even with no draws), and the
    /// screening settings used: factor weights (by factor, in ``RiskFactor`` order), band thresholds, the
    /// band each flag raises to at least (by flag, `null` when it raises none), marginalised groups,
    /// default confidence, rating uncertainty and rivalry threshold.
    public static func screen(plan: String?, samples: Int, seed: UInt64, screening s: ScreeningSettings)
        -> [(String, JSONValue)]
    {
        [
            ("plan", plan.map { .string($0) } ?? .null),
            ("samples", .unsigned(UInt64(max(samples, 0)))),
            ("seed", .unsigned(seed)),
            ("weights", .object(RiskFactor.allCases.map { ($0.rawValue, .optional(s.weights[$0])) })),
            (
                "bands",
                .object([
                    ("medium", .number(s.mediumFrom)), ("high", .number(s.highFrom)),
                    ("critical", .number(s.criticalFrom)),
                ])
            ),
            (
                "flag_minimum_bands",
                .object(
                    RiskFlagKind.allCases.map {
                        ($0.rawValue, s.flagMinimumBand[$0].map { .string($0.rawValue) } ?? .null)
                    }
                )
            ),
            ("marginalised_groups", .array(s.marginalisedGroups.map { .string($0) })),
            ("default_confidence", .number(s.defaultConfidence)),
            ("rating_uncertainty", .number(s.ratingUncertainty)),
            ("rivalry_threshold", .number(s.rivalryThreshold)),
        ]
    }

    /// The settings of `actormap analyze`: the relation types united into one layer (`null`: one layer per
    /// type), what weights mean (`strength`, `length` or `none`), the measure families computed (in
    /// ``MeasureFamily`` order), the brokerage grouping, Katz's alpha, Bonacich's beta as asked (the
    /// warnings say when a value was replaced), the number of factions (`null`: the best of 2, 3 or 4), the
    /// seed (a JSON integer) and the betweenness error bound (`null`: exact). Threads are not recorded:
    /// results do not depend on them.
    public static func analysis(_ o: AnalysisOptions) -> [(String, JSONValue)] {
        [
            ("relations", o.relations.map { .array($0.map { .string($0) }) } ?? .null),
            ("weights", .string(o.weights.optionName)),
            ("measures", .array(MeasureFamily.allCases.filter(o.measures.contains).map { .string($0.rawValue) })),
            ("group_by", .string(o.groupBy.description)),
            ("katz_alpha", .number(o.katzAlpha)),
            ("beta", .number(o.bonacichBeta)),
            ("factions", o.factionCount.map { .number(Double($0)) } ?? .null),
            ("seed", .unsigned(o.seed)),
            ("approximate", .optional(o.approximateBetweenness)),
        ]
    }
}
