extension ModelBuilder {
    /// An actor as a file gives it, each value with its position; `nil` is "not given" (or given but
    /// unreadable, which the reader has reported).
    struct ActorInput {
        /// The id; `nil` when missing or unreadable: the actor is then checked but left out.
        var id: Located<String>?
        var name: String?
        var sector: Located<String>?
        var level: Located<String>?
        var represents: [Located<String>]?
        var tags: [String]?
        var power: Located<Double>?
        var legitimacy: Located<Double>?
        var accountability: Located<Double>?
        /// `false` when not given; `nil` when given but unreadable (the actor may be sensitive).
        var sensitive: Bool? = false
        var notes: String?
        var attributes: [(key: String, value: String)] = []
    }

    /// Checks an actor and adds it to the map unless its id is missing, malformed or taken.
    ///
    /// Rules, each reported at the offending value:
    /// - An actor that is or may be sensitive has its raw id and name withheld from redacted messages,
    ///   even when it is rejected.
    /// - The id: letters, digits, `-`, `_`, `.` (``ModelRules/isValidID(_:)``), unique in the map (a repeat
    ///   notes where the id is first defined).
    /// - The sector is one of ``Sector``; the level one of the map's levels; each represented group one of
    ///   the map's groups when it declares them (near-miss hints for all three).
    /// - Ratings (power, legitimacy, accountability) are from 0 to 5.
    /// - A rejected actor's other values are still checked, so one run reports every problem.
    mutating func addActor(_ input: ActorInput) {
        // Before anything can reject the actor: if it is (or may be) sensitive, its words are withheld.
        if input.sensitive != false {
            withheld += [input.id?.value, input.name].compactMap { $0 }
        }
        var keep = input.id != nil
        if let id = input.id, !ModelRules.isValidID(id.value) {
            log.error("actor id '\(id.value)' may contain only letters, digits, '-', '_' and '.'", at: id.location)
            keep = false
        }
        if keep, let id = input.id, let first = actorLocations[id.value] {
            log.error(
                "duplicate actor id '\(id.value)'", at: id.location,
                notes: [.note("'\(id.value)' is first defined here", at: first)])
            keep = false
        }
        var actor = Actor(id: input.id?.value ?? "", location: input.id?.location)
        if let name = input.name { actor.name = name }
        if let s = input.sector {
            let sectors = Sector.allCases.map(\.rawValue)
            if let sector = Sector(rawValue: s.value) {
                actor.sector = sector
            } else {
                log.error(
                    "unknown sector '\(s.value)'; use one of " + sectors.joined(separator: ", ")
                        + NearMiss.hint(for: s.value, among: sectors), at: s.location)
            }
        }
        if let s = input.level {
            if map.levels.contains(s.value) {
                actor.level = s.value
            } else {
                log.error(
                    "unknown level '\(s.value)'; the model's levels are " + map.levels.joined(separator: ", ")
                        + NearMiss.hint(for: s.value, among: map.levels), at: s.location)
            }
        }
        if let groups = input.represents {
            groups.forEach(checkGroup)
            actor.represents = groups.map(\.value)
        }
        if let tags = input.tags { actor.tags = tags }
        actor.power = rating(input.power, field: "power")
        actor.legitimacy = rating(input.legitimacy, field: "legitimacy")
        actor.accountability = rating(input.accountability, field: "accountability")
        actor.sensitive = input.sensitive ?? false
        actor.notes = input.notes
        actor.attributes = input.attributes
        guard keep, let id = input.id else { return }
        actorLocations[id.value] = id.location
        actorIDs.append(id.value)
        knownActors.insert(id.value)
        map.actors.append(actor)
    }

    /// A rating from 0 to 5, or `nil` (reported) outside.
    private func rating(_ value: Located<Double>?, field: String) -> Double? {
        guard let value else { return nil }
        guard value.value >= 0 && value.value <= 5 else {
            log.error("'\(field)' is a rating from 0 to 5, found \(format(value.value))", at: value.location)
            return nil
        }
        return value.value
    }

    /// Whether `id` names an actor of the map; reports "unknown actor", with a near-miss hint, when not.
    @discardableResult
    func checkActorReference(_ id: Located<String>) -> Bool {
        if knownActors.contains(id.value) { return true }
        log.error("unknown actor '\(id.value)'" + NearMiss.hint(for: id.value, among: actorIDs), at: id.location)
        return false
    }

    /// Declares the ends of an edge-list tie as actors, in order of first appearance.
    mutating func declareActors(named ids: [String]) {
        for id in ids where knownActors.insert(id).inserted {
            actorIDs.append(id)
            map.actors.append(Actor(id: id))
        }
    }
}
