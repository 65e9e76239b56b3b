/// A whole stakeholder map: actors, typed relations, levels and engagement plans, as loaded from a
/// model file (or a CSV edge list) and validated.
///
/// Actors keep file order; everything downstream (node indices, tables, diagrams) follows it, so the same
/// file always gives the same output.
public struct StakeholderMap: Sendable {
    /// The model's name.
    public var name: String
    /// Free text describing the map.
    public var description: String?
    /// Citation of the data.
    public var source: String?
    /// Snapshot date (YYYY-MM-DD), when given.
    public var date: String?
    /// Levels, most local first.
    public var levels: [String]
    /// Declared groups, when the model declares them.
    public var groups: [String]?
    /// Relation types: the built-ins, then the model's own, in file order.
    public var relationTypes: [RelationType]
    /// Actors in file order.
    public var actors: [Actor]
    /// Relations in file order.
    public var relations: [Relation]
    /// Engagement plans in file order.
    public var engagementPlans: [EngagementPlan]
    /// The co-optation screen's settings (defaults unless the model's `screening:` section overrides them).
    public var screening: ScreeningSettings
    /// Whether sensitive actors' ids and names were replaced (``redactingSensitiveActors()``), so outputs
    /// can say that names are withheld.
    public var isRedacted = false

    /// The default levels, most local first.
    public static let defaultLevels = ["community", "district", "national", "international"]

    public init(
        name: String, description: String? = nil, source: String? = nil, date: String? = nil,
        levels: [String] = StakeholderMap.defaultLevels, groups: [String]? = nil,
        relationTypes: [RelationType] = RelationType.builtIns, actors: [Actor] = [],
        relations: [Relation] = [], engagementPlans: [EngagementPlan] = [],
        screening: ScreeningSettings = ScreeningSettings()
    ) {
        self.screening = screening
        self.name = name
        self.description = description
        self.source = source
        self.date = date
        self.levels = levels
        self.groups = groups
        self.relationTypes = relationTypes
        self.actors = actors
        self.relations = relations
        self.engagementPlans = engagementPlans
    }

    /// The relation type named `name`.
    public func relationType(named name: String) -> RelationType? {
        relationTypes.first { $0.name == name }
    }

    /// The actor with id `id`.
    public func actor(id: String) -> Actor? {
        actors.first { $0.id == id }
    }

    /// Actor id → index in `actors` (the node index in every projection).
    public func actorIndex() -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(actors.count)
        for (i, a) in actors.enumerated() where index[a.id] == nil { index[a.id] = i }
        return index
    }

    /// Relation type names that have at least one tie, in type order.
    public var relationTypesInUse: [RelationType] {
        let used = Set(relations.map(\.type))
        return relationTypes.filter { used.contains($0.name) }
    }

    /// Number of relations of each type in use, in type order.
    public var relationCounts: [(type: String, count: Int)] {
        var counts: [String: Int] = [:]
        for r in relations { counts[r.type, default: 0] += 1 }
        return relationTypes.compactMap { t in counts[t.name].map { (t.name, $0) } }
    }

    /// A one-line summary: actors, relations by type.
    public var summary: String {
        let parts = relationCounts.map { "\($0.count) \($0.type)" }
        let relations = relations.count == 1 ? "1 relation" : "\(relations.count) relations"
        // A CSV edge list without a type column has one type, "tie": naming it again says nothing.
        let detail =
            parts.isEmpty || relationCounts.map(\.type) == ["tie"] ? "" : " (" + parts.joined(separator: ", ") + ")"
        let plans =
            engagementPlans.isEmpty
            ? "" : ", \(engagementPlans.count) engagement plan\(engagementPlans.count == 1 ? "" : "s")"
        return "\(actors.count) actor\(actors.count == 1 ? "" : "s"), \(relations)\(detail)\(plans)"
    }
}
