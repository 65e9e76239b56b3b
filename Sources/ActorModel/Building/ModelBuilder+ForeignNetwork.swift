/// Another tool's network as its reader found it (Kumu's elements and connections, GraphML's nodes and
/// edges), every value with its position: what a foreign-format reader hands to
/// ``ModelBuilder/addForeignNetwork(_:mapping:)``.
struct ForeignNetwork {
    struct Element {
        /// The element's own id (Kumu's `ID` or `_id`, GraphML's `id`), when given.
        var id: Located<String>?
        /// An internal key that connections may use but that is no id for people (Kumu's `_id`).
        var key: String?
        /// Its label (the display name), when given.
        var label: Located<String>?
        var type: Located<String>?
        var description: String?
        var tags: [String] = []
        /// Other columns or attributes, as text in file order.
        var attributes: [(key: String, value: String)] = []
        var location: SourceLocation
    }

    struct Connection {
        /// The ends as written: an element's id or label.
        var from: Located<String>
        var to: Located<String>
        var type: Located<String>?
        /// `directed`, `undirected` or `mutual` (Kumu's words); `nil`: the format's default.
        var direction: Located<String>?
        var strength: Located<Double>?
        /// The type's polarity when the file states it (ActorMap's own GraphML): the type is then taken as
        /// ActorMap's own, not mapped by default words.
        var polarity: Located<String>?
        var description: String?
        /// ActorMap's own tie fields, when the format carries them (GraphML, GEXF, node-link).
        var source: String?
        var confidence: Located<Double>?
        var date: String?
        var location: SourceLocation
    }

    /// A relation type the file declares with its direction and polarity (node-link's `relation_types`): a
    /// connection type of that name is taken as it is, not mapped.
    struct DeclaredType {
        var directed: Bool
        var polarity: Polarity
        var description: String?
    }

    /// The format's name in messages ("Kumu", "GraphML").
    var format: String
    var elements: [Element] = []
    var connections: [Connection] = []
    /// Whether a connection without a direction is directed (Kumu: yes; GraphML: the `edgedefault`).
    var directedByDefault = true
    /// Declared relation types, by name.
    var declaredTypes: [String: DeclaredType] = [:]
    /// Whether element attributes named as ActorMap's own fields (`level`, `represents`, `power`,
    /// `legitimacy`, `accountability`, `sensitive`) are read as those fields: true for the formats ActorMap
    /// writes them to (GraphML, GEXF, node-link, Gephi), false for Kumu, whose custom columns are the
    /// analyst's own.
    var readsActorMapFields = false
    /// Whether the connections' ends are the actors (a file of ties alone): an end naming no element makes
    /// an actor without a warning.
    var endsMakeActors = false
}

extension ModelBuilder {
    /// Turns a foreign network into actors, relation types and relations, applying `mapping`.
    ///
    /// Rules, each reported at the offending value:
    /// - An element's actor id is its own id (made an id as below when it is not one), else its label when
    ///   that is an id, else the label with every run of other characters made '-' (numbered on a clash);
    ///   the label is the name. An element without id or label is an error.
    /// - A connection's ends name an element by id (or internal key), then by label; an end naming no
    ///   element adds one, with a warning (Kumu does the same), and a near-miss hint.
    /// - Element types: mapped to a sector (``TypeMapping``); an unmapped type is kept as the attribute
    ///   `type` and reported once, with the number of elements.
    /// - Connection types: mapped to a built-in or custom relation type; an unmapped type becomes a custom
    ///   positive type named after it and is reported once, with the number of connections (a type with a
    ///   stated polarity is ActorMap's own and kept as it is). A custom type is directed when one of its
    ///   connections is; a built-in keeps its own direction. On a directed type an undirected or mutual
    ///   connection is a tie both ways (`between`); on an undirected one a mutual connection is `between`.
    /// - A connection's strength is the tie's weight (1 when not given), checked against a built-in type's
    ///   range by the usual rules.
    mutating func addForeignNetwork(_ network: ForeignNetwork, mapping: TypeMapping) {
        let format = network.format
        // Ids of the elements.
        var idOf: [String: String] = [:]  // element id or label → actor id
        var labelsTaken = Set<String>()
        var elementIDs: [String?] = []
        var used = Set<String>()
        for e in network.elements {
            var id: String?
            if let own = e.id?.value {
                id = ModelRules.isValidID(own) ? own : Self.slug(own, avoiding: used)
            } else if let label = e.label?.value {
                id = Self.slug(label, avoiding: used)
            } else {
                log.error("this \(format) element has neither an id nor a label", at: e.location)
            }
            if let id { used.insert(id) }
            elementIDs.append(id)
        }
        for (e, id) in zip(network.elements, elementIDs) {
            guard let id else { continue }
            if let own = e.id?.value, idOf[own] == nil { idOf[own] = id }
            if let key = e.key, idOf[key] == nil { idOf[key] = id }
        }
        for (e, id) in zip(network.elements, elementIDs) {
            guard let id, let label = e.label?.value, idOf[label] == nil, labelsTaken.insert(label).inserted
            else { continue }
            idOf[label] = id
        }

        // Ends that name no element: added, as Kumu adds them.
        var added: [(id: String, label: Located<String>)] = []
        var endIDs: [(String, String)] = []
        for c in network.connections {
            var pair: [String] = []
            for end in [c.from, c.to] {
                if let id = idOf[end.value] {
                    pair.append(id)
                    continue
                }
                let id = Self.slug(end.value, avoiding: used)
                used.insert(id)
                idOf[end.value] = id
                added.append((id, end))
                pair.append(id)
                // A file of ties alone (Gephi's edge table without its node table) names its actors this way.
                guard !network.endsMakeActors else { continue }
                let known = network.elements.compactMap { $0.label?.value ?? $0.id?.value }
                log.warning(
                    "'\(end.value)' names no \(format) element; it is added as an actor without attributes"
                        + NearMiss.hint(for: end.value, among: known), at: end.location)
            }
            endIDs.append((pair[0], pair[1]))
        }

        // Connection types → relation types.
        struct Use {
            var target: TypeMapping.RelationTarget
            var count = 0
            var first: SourceLocation
            var raw: String
            var unmapped: Bool
        }
        var uses: [String: Use] = [:]  // by the foreign type as written
        var order: [String] = []
        var typeOf: [String] = []
        for c in network.connections {
            let raw = c.type?.value.trimmingCharacters(in: .whitespaces) ?? ""
            if uses[raw] == nil {
                let target: TypeMapping.RelationTarget
                var unmapped = false
                if raw.isEmpty {
                    target = .init(name: "tie")
                } else if let declared = network.declaredTypes[raw], ModelRules.isValidID(raw),
                    mapping.relations[TypeMapping.normalised(raw)] == nil
                {
                    target = .init(name: raw, polarity: BuiltInRelation(rawValue: raw) == nil ? declared.polarity : nil)
                } else {
                    let stated = c.polarity.flatMap { Polarity(rawValue: $0.value.lowercased()) }
                    switch mapping.relation(forConnectionType: raw) {
                    case .mapped(let t): target = t
                    case .byDefault where stated != nil, .unmapped where stated != nil:
                        let name = Self.slug(raw, avoiding: [])
                        target = .init(name: name, polarity: BuiltInRelation(rawValue: name) == nil ? stated : nil)
                    case .byDefault(let t, _): target = t
                    case .unmapped:
                        target = .init(name: Self.slug(raw.lowercased(), avoiding: []))
                        unmapped = true
                    }
                }
                uses[raw] = Use(target: target, first: c.type?.location ?? c.location, raw: raw, unmapped: unmapped)
                order.append(raw)
            }
            uses[raw]!.count += 1
            typeOf.append(uses[raw]!.target.name)
        }
        for raw in order {
            guard let use = uses[raw], use.unmapped else { continue }
            let n = use.count
            log.warning(
                "\(format) connection type '\(raw)' (\(n) connection\(n == 1 ? "" : "s")) is not mapped: kept as "
                    + "the custom type '\(use.target.name)', positive; map it with "
                    + "--map 'connection:\(raw)=TYPE[:POLARITY]' (trust, power, competition or a name)",
                at: use.first)
        }
        // Declare the custom types, in order of first use.
        var declared = Set<String>()
        var rejected = Set<String>()
        for raw in order {
            guard let use = uses[raw] else { continue }
            let name = use.target.name
            guard BuiltInRelation(rawValue: name) == nil, !declared.contains(name), !rejected.contains(name)
            else { continue }
            guard acceptRelationTypeName(Located(name, at: use.first)) else {
                rejected.insert(name)
                continue
            }
            declared.insert(name)
            let directed =
                network.declaredTypes[name]?.directed
                ?? zip(network.connections, typeOf).contains { c, type in
                    type == name && Self.direction(c.direction?.value, default: network.directedByDefault) == .directed
                }
            let polarity = order.lazy.compactMap { uses[$0] }.first {
                $0.target.name == name && $0.target.polarity != nil
            }
            addRelationType(
                name: name, directed: directed,
                polarity: polarity?.target.polarity.map { Located($0.rawValue, at: use.first) },
                description: network.declaredTypes[name]?.description
                    ?? (use.raw.isEmpty || use.raw == name ? nil : "\(format): \(use.raw)"))
        }

        // Elements → actors.
        var elementTypes: [String: (count: Int, first: SourceLocation)] = [:]
        var elementTypeOrder: [String] = []
        for (e, id) in zip(network.elements, elementIDs) {
            var input = ActorInput()
            input.id = id.map { Located($0, at: e.id?.location ?? e.label?.location ?? e.location) }
            input.name = e.label?.value
            input.tags = e.tags
            input.notes = e.description
            input.attributes = e.attributes
            if network.readsActorMapFields { takeActorMapFields(into: &input, at: e.location) }
            if let type = e.type, !type.value.trimmingCharacters(in: .whitespaces).isEmpty {
                switch mapping.sector(forElementType: type.value) {
                case .mapped(let s), .byDefault(let s, _): input.sector = Located(s.rawValue, at: type.location)
                case .unmapped:
                    input.attributes.insert(("type", type.value), at: 0)
                    if elementTypes[type.value] == nil { elementTypeOrder.append(type.value) }
                    elementTypes[type.value, default: (0, type.location)].count += 1
                }
            }
            input.attributes = uniqueAttributes(input.attributes, at: e.location)
            addActor(input)
        }
        for (id, label) in added {
            addActor(ActorInput(id: Located(id, at: label.location), name: label.value))
        }
        for type in elementTypeOrder {
            guard let (n, first) = elementTypes[type] else { continue }
            log.warning(
                "\(format) element type '\(type)' (\(n) element\(n == 1 ? "" : "s")) is not mapped to a sector: "
                    + "kept as the attribute 'type'; map it with --map 'element:\(type)=SECTOR'", at: first)
        }

        // Connections → relations.
        for (i, c) in network.connections.enumerated() {
            let (from, to) = endIDs[i]
            let typeName = typeOf[i]
            var input = RelationInput(
                ends: [Located(from, at: c.from.location), Located(to, at: c.to.location)], location: c.location)
            input.type = Located(typeName, at: c.type?.location ?? c.location)
            input.note = c.description
            input.source = c.source
            input.confidence = c.confidence
            input.date = c.date
            if let s = c.strength {
                let polarity = map.relationType(named: typeName)?.polarity
                input.weight = polarity == .negative ? Located(abs(s.value), at: s.location) : s
            }
            let direction = Self.direction(c.direction?.value, default: network.directedByDefault)
            if let type = map.relationType(named: typeName) {
                input.isMutual = type.isDirected ? direction != .directed : direction == .mutual
            }
            if let d = c.direction, Self.direction(d.value, default: true) == nil {
                log.error(
                    "unknown direction '\(d.value)'; use directed, undirected or mutual"
                        + NearMiss.hint(for: d.value.lowercased(), among: ["directed", "undirected", "mutual"]),
                    at: d.location)
                input.isComplete = false
            }
            addRelation(input)
        }
    }

    /// Moves the attributes named as ActorMap's own actor fields into those fields (see
    /// ``ForeignNetwork/readsActorMapFields``); a value that does not fit the field (a rating that is no
    /// number, a `sensitive` that is neither true nor false) stays an attribute, with a warning.
    private func takeActorMapFields(into input: inout ActorInput, at location: SourceLocation) {
        var kept: [(key: String, value: String)] = []
        for (key, value) in input.attributes {
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch key.lowercased() {
            case "level" where !v.isEmpty: input.level = Located(v, at: location)
            case "represents":
                input.represents = KumuReader.splitTags(v).map { Located($0, at: location) }
            case "power", "legitimacy", "accountability":
                guard let x = Double(v), x.isFinite else {
                    log.warning("'\(key)' is not a number ('\(v)'): kept as an attribute", at: location)
                    kept.append((key, value))
                    continue
                }
                let rating = Located(x, at: location)
                switch key.lowercased() {
                case "power": input.power = rating
                case "legitimacy": input.legitimacy = rating
                default: input.accountability = rating
                }
            case "sensitive":
                switch v.lowercased() {
                case "true", "1", "yes": input.sensitive = true
                case "false", "0", "no", "": input.sensitive = false
                default:
                    // Unreadable: the actor may be sensitive, so its words are withheld from redacted messages.
                    log.warning("'sensitive' is neither true nor false ('\(v)'): kept as an attribute", at: location)
                    input.sensitive = nil
                    kept.append((key, value))
                }
            default: kept.append((key, value))
            }
        }
        input.attributes = kept
    }

    /// `attributes` with each key once (the first value kept; a later one is reported), since a model file
    /// allows a key once per actor: a table with a repeated (or twice empty) column header, or an unmapped
    /// type beside a column named `type`, would otherwise give an export that does not load (found by the
    /// `gephi` fuzz target).
    func uniqueAttributes(_ attributes: [(key: String, value: String)], at location: SourceLocation)
        -> [(key: String, value: String)]
    {
        var seen = Set<String>()
        var kept: [(key: String, value: String)] = []
        var repeated: [String] = []
        for a in attributes {
            if seen.insert(a.key).inserted {
                kept.append(a)
            } else if !repeated.contains(a.key) {
                repeated.append(a.key)
            }
        }
        for key in repeated {
            log.warning(
                "attribute '\(key)' is given more than once for this element; the first value is kept", at: location)
        }
        return kept
    }

    enum ForeignDirection { case directed, undirected, mutual }

    /// Kumu's direction words (any case); `nil` for another word; `default` when not given.
    static func direction(_ word: String?, default directed: Bool) -> ForeignDirection? {
        guard let word = word?.trimmingCharacters(in: .whitespaces).lowercased(), !word.isEmpty else {
            return directed ? .directed : .undirected
        }
        switch word {
        case "directed": return .directed
        case "undirected": return .undirected
        case "mutual": return .mutual
        default: return nil
        }
    }

    /// `text` as an id: itself when it is one, else every run of other characters made '-' (trimmed);
    /// `node` when nothing is left; numbered `-2`, `-3` … when the result is in `used`.
    static func slug(_ text: String, avoiding used: Set<String>) -> String {
        var base = text
        if !ModelRules.isValidID(text) {
            base = text.split(whereSeparator: { !ModelRules.isValidID(String($0)) }).joined(separator: "-")
            if base.isEmpty { base = "node" }
        }
        guard used.contains(base) else { return base }
        var k = 2
        while used.contains("\(base)-\(k)") { k += 1 }
        return "\(base)-\(k)"
    }
}
