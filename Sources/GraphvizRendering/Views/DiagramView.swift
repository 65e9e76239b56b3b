import ActorModel

/// What a diagram shows (`render --view`); each view has its own legend.
public enum DiagramView: String, Sendable, CaseIterable {
    /// The map as it is (the default).
    case overview
    /// The relation types asked for only, and the actors they tie.
    case layer
    /// One actor and its neighbourhood within a radius, for partner briefs.
    case ego
    /// Actors filled by their co-optation screen band; flagged actors and a plan's partners marked.
    case risk
    /// The signed partition: each faction in its own box, unaligned actors apart.
    case factions
    /// What changed since a baseline: added, removed, changed and unchanged ties styled apart.
    case diff
    /// Which informant groups report each tie: every group, most, some, or a disputed sign.
    case perspectives
}

/// A view ready to draw: the map to give ``DOTWriter`` (it may be a part of the map, or have gained what
/// only a baseline had, and its name is the diagram's title) and the options that mark it.
///
/// Usage: `let v = try DiagramViews.risk(map, plan: plan, options: base)`, then
/// `DOTWriter(options: v.options).write(v.map, for: .svg)`; with `--fit`, pass `v.options` through
/// ``PageFitting/fit(_:options:page:warnings:)`` first.
public struct ViewDiagram: Sendable {
    public var map: StakeholderMap
    public var options: DiagramOptions
    /// What the reader should know (e.g. "no hostile ties: no factions"), for the caller to print.
    public var warnings: [String]

    public init(map: StakeholderMap, options: DiagramOptions, warnings: [String] = []) {
        self.map = map
        self.options = options
        self.warnings = warnings
    }

    /// This view with every actor id in its marks and groups renamed by `rename` (the map is left as it is):
    /// for a view built before redaction, whose map is then redacted.
    public func renamingActors(_ rename: (String) -> String) -> ViewDiagram {
        var copy = self
        copy.options.tieMarks = Dictionary(
            options.tieMarks.map {
                (TieMark.Key(type: $0.key.type, from: rename($0.key.from), to: rename($0.key.to)), $0.value)
            }, uniquingKeysWith: { a, _ in a })
        copy.options.nodeMarks = Dictionary(
            options.nodeMarks.map { (rename($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        for g in copy.options.groups.indices { copy.options.groups[g].members = options.groups[g].members.map(rename) }
        return copy
    }
}

/// The builders of every ``DiagramView``, one file each (LayerView, EgoView, RiskView, FactionsView, DiffView,
/// PerspectivesView). Each takes the map as it is to be drawn (redacted or not: ids are the map's) and the
/// options the caller chose (layout, relations, resolution), and returns a ``ViewDiagram``.
public enum DiagramViews {
    /// The map as it is.
    public static func overview(_ map: StakeholderMap, options: DiagramOptions = DiagramOptions()) -> ViewDiagram {
        ViewDiagram(map: map, options: options)
    }
}

extension DiagramError {
    /// A view's parameter is missing or out of range (a usage error).
    static func view(_ message: String) -> DiagramError { .invalidView(message) }
}
