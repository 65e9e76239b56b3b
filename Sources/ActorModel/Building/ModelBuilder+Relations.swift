extension ModelBuilder {
    /// A relation as a file gives it, each value with its position.
    struct RelationInput {
        /// The type's name; `nil` when missing or unreadable (the reader has reported it).
        var type: Located<String>?
        /// The ends as read, in order (two for a usable tie).
        var ends: [Located<String>]
        /// Whether the tie was given as `between` (both directions for a directed type).
        var isMutual = false
        var weight: Located<Double>?
        var confidence: Located<Double>?
        var source: String?
        var date: String?
        var note: String?
        /// Where the relation is written (its warnings and its ``Relation/location``).
        var location: SourceLocation
        /// `false` when the reader found a problem that leaves the tie unusable (a missing type or end, a
        /// weight that is not a number): the tie is still checked, but not kept.
        var isComplete = true
    }

    /// Checks a relation and adds it to the map's relations (unless it is rejected).
    mutating func addRelation(_ input: RelationInput) {
        // Moved out and back (not copied): a copy would make every tie cost a copy of the index.
        var ties = TieIndex()
        swap(&ties, &modelTies)
        if let relation = checkedRelation(input, among: &ties) { map.relations.append(relation) }
        swap(&ties, &modelTies)
    }

    /// Checks a relation against the map's actors and types and returns it, or `nil` when it is rejected;
    /// `ties` holds the list's earlier ties, for the duplicate-tie warning (see ``TieIndex``).
    ///
    /// Rules, each reported at the offending value:
    /// - The type exists (see ``relationType(namedByTie:)``).
    /// - The ends: with explicit declarations, actors of the map ("unknown actor" with a near-miss hint);
    ///   when ties declare actors, any non-empty text without control characters (located at the first one),
    ///   declared by a kept tie.
    /// - No actor has a relation with itself (reported at the second end; when ties declare actors, only
    ///   between two non-empty ends).
    /// - The weight suits the type (``ModelRules/weightProblem(_:type:)``); when ties declare types, only a
    ///   built-in type's weights are checked. The confidence is between 0 and 1.
    /// - Every source read is kept in ``sourcesRead``, whether the tie is kept or not.
    mutating func checkedRelation(_ input: RelationInput, among ties: inout TieIndex) -> Relation? {
        var ok = input.isComplete
        let ends = input.ends
        var endsExist = true
        switch conventions.declarations {
        case .explicit:
            for end in ends where !checkActorReference(end) { ok = false }
        case .byTies:
            for end in ends where end.value.isEmpty {
                endsExist = false
                log.error("empty actor id", at: end.location)
            }
            for end in ends {
                guard let offset = end.value.unicodeScalars.firstIndex(where: ModelRules.isControl) else { continue }
                let scalar = end.value.unicodeScalars[offset]
                let position = end.value.unicodeScalars.distance(from: end.value.unicodeScalars.startIndex, to: offset)
                ok = false
                // Reported at the field (a quoted field may span lines), naming the character's place in it.
                log.error(
                    "an actor id cannot contain a control character (U+\(String(format: "%04X", scalar.value)), "
                        + "character \(position + 1) of the id)", at: end.location)
            }
            ok = ok && endsExist
        }
        if endsExist && ends.count == 2 && ends[0].value == ends[1].value {
            ok = false
            log.error("an actor cannot have a relation with itself ('\(ends[0].value)')", at: ends[1].location)
        }
        let type = input.type.flatMap(relationType(namedByTie:))
        if input.type != nil && type == nil { ok = false }
        if let weight = input.weight, let type, conventions.declarations == .explicit || type.isBuiltIn,
            let problem = ModelRules.weightProblem(weight.value, type: type)
        {
            ok = false
            log.error(problem, at: weight.location)
        }
        var confidence: Double?
        if let c = input.confidence {
            if c.value < 0 || c.value > 1 {
                ok = false
                log.error("confidence must be between 0 and 1, found \(format(c.value))", at: c.location)
            } else {
                confidence = c.value
            }
        }
        if let source = input.source { sourcesRead.append(source) }
        guard ok, let type, ends.count == 2 else { return nil }

        let relation = Relation(
            type: type.name, from: ends[0].value, to: ends[1].value, isMutual: input.isMutual,
            weight: input.weight?.value ?? 1, source: input.source, confidence: confidence, date: input.date,
            note: input.note, location: input.location)
        if case .byTies = conventions.declarations {
            declareActors(named: [relation.from, relation.to])
            if !type.isBuiltIn && !tieTypes.contains(type.name) { tieTypes.append(type.name) }
            if relation.weight < 0 { negativeTieTypes.insert(type.name) }
        }
        if let first = ties.record(relation, type: type) {
            log.warning(
                TieIndex.message(relation, type: type, wording: conventions.tieWording), at: input.location,
                notes: [.note("first recorded here", at: first)])
        }
        return relation
    }
}
