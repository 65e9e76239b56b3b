extension StakeholderMap {
    /// The map with every sensitive actor made anonymous, and the old id → new id mapping.
    ///
    /// The k-th sensitive actor in model order gets the id `sensitive-k` and the name "Sensitive actor k";
    /// its notes and custom attributes are dropped, and so are the notes of every tie it is part of. What
    /// analysis needs stays: sector, level, represented groups, tags, ratings and the ties themselves, so
    /// every measure and risk is computed exactly as on the original map (renaming changes nothing).
    public func redactingSensitiveActors() -> (map: StakeholderMap, ids: [String: String]) {
        var result = self
        var ids: [String: String] = [:]
        var k = 0
        for i in result.actors.indices where result.actors[i].sensitive {
            k += 1
            ids[result.actors[i].id] = "sensitive-\(k)"
            result.actors[i].id = "sensitive-\(k)"
            result.actors[i].name = "Sensitive actor \(k)"
            result.actors[i].notes = nil
            result.actors[i].attributes = []
            result.actors[i].location = nil
        }
        guard k > 0 else { return (result, [:]) }
        for i in result.relations.indices {
            let r = result.relations[i]
            if ids[r.from] != nil || ids[r.to] != nil { result.relations[i].note = nil }
            result.relations[i].from = ids[r.from] ?? r.from
            result.relations[i].to = ids[r.to] ?? r.to
        }
        for i in result.engagementPlans.indices {
            result.engagementPlans[i].partners = result.engagementPlans[i].partners.map { ids[$0] ?? $0 }
        }
        return (result, ids)
    }
}

extension Scenario {
    /// The scenario with actor ids renamed (to follow a redacted map).
    public func renamingActors(_ ids: [String: String]) -> Scenario {
        func rename(_ r: Relation) -> Relation {
            var r = r
            r.from = ids[r.from] ?? r.from
            r.to = ids[r.to] ?? r.to
            if ids[r.from] != nil || ids[r.to] != nil { r.note = nil }
            return r
        }
        return Scenario(name: name, removeActors: removeActors.map { ids[$0] ?? $0 }, addRelations: addRelations.map(rename),
                        changeRelations: changeRelations.map(rename), removeRelations: removeRelations.map(rename))
    }
}
