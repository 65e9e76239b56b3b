extension ModelBuilder {
    // The rules of a what-if scenario, checked against the map it changes (a builder made with
    // `init(base:)`); its relations are checked by ``checkedRelation(_:among:)`` exactly as a model's.

    /// The actors a scenario removes: each must be an actor of the map (near-miss hint otherwise).
    func removableActors(_ ids: [Located<String>]) -> [String] {
        ids.filter { checkActorReference($0) }.map(\.value)
    }

    /// Rule: a tie a scenario changes or removes must match a tie of the map (same type and ends, either
    /// order for an undirected type or a `between`; the same source when it gives one).
    func checkTieExists(_ relation: Relation, changing: Bool, fallback: SourceLocation) {
        let undirected = !(map.relationType(named: relation.type)?.isDirected ?? true)
        guard !map.relations.contains(where: { Scenario.matches(relation, $0, undirected: undirected) }) else { return }
        let ends =
            relation.isMutual
            ? "between '\(relation.from)' and '\(relation.to)'"
            : "from '\(relation.from)' to '\(relation.to)'"
        log.error(
            "the map has no \(relation.type) tie \(ends)" + (relation.source.map { " reported by '\($0)'" } ?? "")
                + " to \(changing ? "change" : "remove")", at: relation.location ?? fallback)
    }

    /// Rule: no tie a scenario adds, changes or removes touches an actor it removes (the tie would be
    /// dropped without a word). `lists` pairs each list's key with its ties.
    func checkRemovedActors(
        _ removed: [String], in lists: [(key: String, ties: [Relation])],
        fallback: SourceLocation
    ) {
        let removed = Set(removed)
        guard !removed.isEmpty else { return }
        for (key, ties) in lists {
            for r in ties {
                for end in [r.from, r.to] where removed.contains(end) {
                    log.error(
                        "'\(key)' names '\(end)', which this scenario removes in 'remove_actors'",
                        at: r.location ?? fallback)
                }
            }
        }
    }
}
