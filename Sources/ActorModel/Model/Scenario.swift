/// A what-if scenario: changes to a map that a programme intends (new trust ties, a donor tie to a
/// partner) or fears (an actor leaving), applied to the map so analyses can be re-run and compared.
///
/// File format (`actormap-scenario: 1`), every part optional:
/// ```yaml
/// actormap-scenario: 1
/// name: Programme builds youth–police trust
/// remove_actors: [armed-group]
/// add_relations:
///   - {type: trust, between: [youth-group, police-district], weight: 1}
/// change_relations:                      # matched by type and ends (and source, when given)
///   - {type: trust, from: youth-group, to: chief-kessa, weight: 1}
/// remove_relations:
///   - {type: competition, between: [chief-kessa, chief-boru]}
/// ```
public struct Scenario: Sendable {
    public var name: String
    public var removeActors: [String]
    public var addRelations: [Relation]
    public var changeRelations: [Relation]
    public var removeRelations: [Relation]

    public init(
        name: String, removeActors: [String] = [], addRelations: [Relation] = [],
        changeRelations: [Relation] = [], removeRelations: [Relation] = []
    ) {
        self.name = name
        self.removeActors = removeActors
        self.addRelations = addRelations
        self.changeRelations = changeRelations
        self.removeRelations = removeRelations
    }

    /// Whether `relation` is the tie `pattern` names: same type, same ends (either order for an undirected
    /// type or a `between` pattern), and the same source when the pattern gives one.
    static func matches(_ pattern: Relation, _ relation: Relation, undirected: Bool) -> Bool {
        guard pattern.type == relation.type else { return false }
        if let source = pattern.source, source != relation.source { return false }
        if pattern.from == relation.from && pattern.to == relation.to { return true }
        return (undirected || pattern.isMutual || relation.isMutual) && pattern.from == relation.to
            && pattern.to == relation.from
    }

    /// The map with the scenario applied: actors removed (with their ties and plan memberships), ties
    /// removed, changed (weight, and confidence when given) and added, in that order.
    public func applied(to map: StakeholderMap) -> StakeholderMap {
        var result = map
        let gone = Set(removeActors)
        result.actors.removeAll { gone.contains($0.id) }
        result.relations.removeAll { gone.contains($0.from) || gone.contains($0.to) }
        for i in result.engagementPlans.indices { result.engagementPlans[i].partners.removeAll { gone.contains($0) } }
        func undirected(_ r: Relation) -> Bool { !(map.relationType(named: r.type)?.isDirected ?? true) }
        result.relations.removeAll { r in removeRelations.contains { Self.matches($0, r, undirected: undirected($0)) } }
        for change in changeRelations {
            for i in result.relations.indices
            where Self.matches(change, result.relations[i], undirected: undirected(change)) {
                result.relations[i].weight = change.weight
                if let c = change.confidence { result.relations[i].confidence = c }
            }
        }
        result.relations += addRelations
        return result
    }
}
