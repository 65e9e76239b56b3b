/// One tie on the map, as the analyst recorded it.
public struct Relation: Sendable, Equatable {
    /// The relation type's name.
    public var type: String
    /// The tie's first actor id (the one who trusts, who has power).
    public var from: String
    /// The tie's second actor id.
    public var to: String
    /// Whether the tie was given with `between:` (both directions for a directed type).
    public var isMutual: Bool
    /// The weight as recorded (default 1).
    public var weight: Double
    /// Which informant group reported the tie (the perspective), when given.
    public var source: String?
    /// Confidence in the tie, 0 … 1, when given.
    public var confidence: Double?
    /// Date observed (YYYY-MM-DD), when given.
    public var date: String?
    /// Free text.
    public var note: String?
    /// Where the relation is defined.
    public var location: SourceLocation?
    /// When this tie combines several reports of the same tie (``StakeholderMap/combiningRepeatedReports()``),
    /// each report as recorded; empty for a tie recorded once.
    public var reports: [TieReport] = []

    /// The largest weight reported less the smallest (0 for a tie recorded once): how far the reports of
    /// the same tie disagree.
    public var spread: Double {
        guard let low = reports.map(\.weight).min(), let high = reports.map(\.weight).max() else { return 0 }
        return high - low
    }

    /// Whether some reports of this tie are positive and others negative (informant groups disagree on
    /// whether it is trust or distrust, alliance or enmity).
    public var reportsDisagreeInSign: Bool {
        reports.contains { $0.weight > 0 } && reports.contains { $0.weight < 0 }
    }

    public init(
        type: String, from: String, to: String, isMutual: Bool = false, weight: Double = 1,
        source: String? = nil, confidence: Double? = nil, date: String? = nil, note: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.type = type
        self.from = from
        self.to = to
        self.isMutual = isMutual
        self.weight = weight
        self.source = source
        self.confidence = confidence
        self.date = date
        self.note = note
        self.location = location
    }

    public static func == (a: Relation, b: Relation) -> Bool {
        a.type == b.type && a.from == b.from && a.to == b.to && a.isMutual == b.isMutual
            && a.weight == b.weight && a.source == b.source && a.confidence == b.confidence
            && a.date == b.date && a.note == b.note && a.reports == b.reports
    }
}

/// One report of a tie that several reports describe: who reported it and with what weight.
public struct TieReport: Sendable, Equatable {
    /// The informant group, when given.
    public var source: String?
    /// The weight this report gave.
    public var weight: Double
    /// Where the report is in the file.
    public var location: SourceLocation?

    public init(source: String?, weight: Double, location: SourceLocation?) {
        self.source = source
        self.weight = weight
        self.location = location
    }

    public static func == (a: TieReport, b: TieReport) -> Bool { a.source == b.source && a.weight == b.weight }
}
