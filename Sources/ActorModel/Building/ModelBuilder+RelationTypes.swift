extension ModelBuilder {
    /// Whether a file may declare a relation type named `name`; reports why not.
    ///
    /// Rules: a built-in type (`trust`, `power`, `competition`) cannot be redeclared; a name is an id
    /// (letters, digits, `-`, `_`, `.`). A reader reads the type's fields only when the name is accepted.
    func acceptRelationTypeName(_ name: Located<String>) -> Bool {
        if RelationType.builtIns.contains(where: { $0.name == name.value }) {
            log.error("'\(name.value)' is a built-in relation type and cannot be redeclared", at: name.location)
            return false
        }
        if !ModelRules.isValidID(name.value) {
            log.error(
                "relation type name '\(name.value)' may contain only letters, digits, '-', '_' and '.'",
                at: name.location)
            return false
        }
        return true
    }

    /// Adds a declared relation type (its name accepted by ``acceptRelationTypeName(_:)``).
    ///
    /// Rule: the polarity is one of ``Polarity`` (positive when not given or unknown; unknown is reported
    /// with a near-miss hint).
    mutating func addRelationType(name: String, directed: Bool, polarity: Located<String>?, description: String?) {
        var value = Polarity.positive
        if let polarity {
            if let known = Polarity(rawValue: polarity.value) {
                value = known
            } else {
                log.error(
                    "unknown polarity '\(polarity.value)'; use one of positive, negative, signed, neutral"
                        + NearMiss.hint(for: polarity.value, among: Polarity.allCases.map(\.rawValue)),
                    at: polarity.location)
            }
        }
        map.relationTypes.append(
            RelationType(name: name, isDirected: directed, polarity: value, description: description))
    }

    /// The relation type a tie names, or `nil` (reported) when there is none.
    ///
    /// Rules: with explicit declarations the type must be a built-in or declared one ("unknown relation
    /// type", listing them, with a near-miss hint). When ties declare types, any id names a type: a
    /// built-in keeps its meaning, another name is a custom type of the edge list (see ``finish()``).
    func relationType(namedByTie name: Located<String>) -> RelationType? {
        switch conventions.declarations {
        case .explicit:
            if let type = map.relationType(named: name.value) { return type }
            let names = map.relationTypes.map(\.name)
            log.error(
                "unknown relation type '\(name.value)'; declare it under 'relation_types:' or use one of "
                    + names.joined(separator: ", ") + NearMiss.hint(for: name.value, among: names), at: name.location)
            return nil
        case .byTies(let directed):
            guard ModelRules.isValidID(name.value) else {
                log.error(
                    "relation type '\(name.value)' may contain only letters, digits, '-', '_' and '.'",
                    at: name.location)
                return nil
            }
            return RelationType.builtIns.first { $0.name == name.value }
                ?? RelationType(name: name.value, isDirected: directed, polarity: .positive)  // sign: see finish()
        }
    }
}
