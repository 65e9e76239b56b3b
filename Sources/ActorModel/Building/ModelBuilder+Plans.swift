extension ModelBuilder {
    /// Whether a file may define an engagement plan named `name`; reports why not.
    ///
    /// Rule: plan names are unique in the map (a repeat notes where the name is first defined). A reader
    /// reads the plan's partners only when the name is accepted.
    mutating func acceptPlanName(_ name: Located<String>) -> Bool {
        if let first = planLocations[name.value] {
            log.error(
                "duplicate engagement plan name '\(name.value)'", at: name.location,
                notes: [.note("first defined here", at: first)])
            return false
        }
        planLocations[name.value] = name.location
        return true
    }

    /// Adds an engagement plan whose name was accepted by ``acceptPlanName(_:)``.
    ///
    /// Rules for `partners` (`nil`: not given or unreadable, reported by the reader): each is an actor of
    /// the map ("unknown actor" with a near-miss hint, left out); a partner listed twice is warned about
    /// and kept once; an empty list is an error at the list.
    mutating func addPlan(name: Located<String>, partners: Located<[Located<String>]>?, notes: String?) {
        var kept: [String] = []
        if let partners {
            var seen = Set<String>()
            for id in partners.value where checkActorReference(id) {
                if seen.insert(id.value).inserted {
                    kept.append(id.value)
                } else {
                    log.warning("'\(id.value)' is listed twice as a partner", at: id.location)
                }
            }
            if partners.value.isEmpty {
                log.error("plan '\(name.value)' has no partners", at: partners.location)
            }
        }
        map.engagementPlans.append(
            EngagementPlan(name: name.value, partners: kept, notes: notes, location: name.location))
    }
}
