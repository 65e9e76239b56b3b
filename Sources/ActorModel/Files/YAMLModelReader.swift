import Foundation
import Yams

/// Reads a version-1 model file (YAML, or JSON with the same schema) into a ``StakeholderMap``,
/// collecting every problem with its exact position instead of stopping at the first.
///
/// Yams gives positions for syntax errors only, so the reader walks the composed node tree itself:
/// every value keeps the mark of its node, and every message points at the offending value (or at the
/// mapping that lacks a required key).
struct YAMLModelReader {
    let path: String
    let text: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Raw ids and names of actors marked sensitive, or whose `sensitive` value could not be read (see
    /// ``ModelLoader/Result/withheld``).
    private(set) var withheld: [String] = []
    /// Every tie source read, valid entry or not (so a redacted message can label it).
    private(set) var sourcesRead: [String] = []

    /// Past this many errors the reader stops adding more (a broken file should not flood the terminal).
    static let maximumErrors = 200

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    // MARK: - Entry

    /// The map, or `nil` when the file could not be read as a map at all. Check `diagnostics` for errors.
    mutating func read(defaultName: String) -> StakeholderMap? {
        guard let root = compose(emptyMessage: "the file is empty; a model starts with 'actormap: 1'"),
              let top = entries(of: root, what: "the model") else { return nil }
        return readModel(top, root: root, defaultName: defaultName)
    }

    /// The document's root node, or `nil` with a located error.
    mutating func compose(emptyMessage: String) -> Node? {
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                error(emptyMessage, at: SourceLocation(path: path, line: 1, column: 1))
                return nil
            }
            return composed
        } catch let yamlError as YamlError {
            report(yamlError)
            return nil
        } catch {
            self.error("cannot parse the file: \(error)", at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        }
    }

    // MARK: - Top level

    static let topLevelKeys = [
        "actormap", "name", "description", "source", "date", "levels", "groups", "relation_types", "actors",
        "relations", "engagement", "screening",
    ]

    private mutating func readModel(_ top: [Entry], root: Node, defaultName: String) -> StakeholderMap? {
        checkKeys(top, allowed: Self.topLevelKeys, in: "the model")
        let field = Dictionary(top.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

        if let version = field["actormap"] {
            if let v = number(version.value, field: "actormap") {
                if v != 1 {
                    error("unsupported format version \(format(v)); this ActorMap reads version 1", at: version.value)
                }
            }
        } else {
            error("missing the format version: add 'actormap: 1' as the first line", at: location(of: root))
        }

        var map = StakeholderMap(name: defaultName)
        if let e = field["name"], let s = string(e.value, field: "name") { map.name = s }
        if let e = field["description"] { map.description = string(e.value, field: "description") }
        if let e = field["source"] { map.source = string(e.value, field: "source") }
        if let e = field["date"] { map.date = date(e.value, field: "date") }
        if let e = field["levels"], let levels = uniqueNames(e.value, field: "levels") {
            if levels.isEmpty { error("'levels' is empty; list at least one level, most local first", at: e.value) }
            else { map.levels = levels }
        }
        if let e = field["groups"], let groups = uniqueNames(e.value, field: "groups") { map.groups = groups }
        if let e = field["relation_types"] { map.relationTypes += relationTypes(e.value) }

        var actorLocations: [String: SourceLocation] = [:]
        if let e = field["actors"] {
            map.actors = actors(e.value, map: map, locations: &actorLocations)
        } else {
            error("the model has no 'actors:' list", at: location(of: root))
        }
        if let e = field["relations"] { map.relations = relations(e.value, map: map) }
        if let e = field["engagement"] { map.engagementPlans = plans(e.value, map: map) }
        if let e = field["screening"] { map.screening = screening(e.value, map: map) }
        return map
    }

    // MARK: - Relation types

    private mutating func relationTypes(_ node: Node) -> [RelationType] {
        guard let list = entries(of: node, what: "'relation_types' (a mapping of type name to {directed, polarity})")
        else { return [] }
        var result: [RelationType] = []
        for entry in list {
            let name = entry.key
            if RelationType.builtIns.contains(where: { $0.name == name }) {
                error("'\(name)' is a built-in relation type and cannot be redeclared", at: entry.keyNode)
                continue
            }
            if !Self.isValidID(name) {
                error("relation type name '\(name)' may contain only letters, digits, '-', '_' and '.'", at: entry.keyNode)
                continue
            }
            guard let fields = entries(of: entry.value, what: "relation type '\(name)'") else { continue }
            checkKeys(fields, allowed: ["directed", "polarity", "description"], in: "relation type '\(name)'")
            let f = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            var directed = false
            if let d = f["directed"] {
                directed = bool(d.value, field: "directed") ?? false
            } else {
                error("relation type '\(name)' needs 'directed: true' or 'directed: false'", at: entry.value)
            }
            var polarity = Polarity.positive
            if let p = f["polarity"], let s = requiredString(p.value, field: "polarity") {
                if let value = Polarity(rawValue: s) { polarity = value } else {
                    error("unknown polarity '\(s)'; use one of positive, negative, signed, neutral"
                        + NearMiss.hint(for: s, among: Polarity.allCases.map(\.rawValue)), at: p.value)
                }
            }
            let description = f["description"].flatMap { string($0.value, field: "description") }
            result.append(RelationType(name: name, isDirected: directed, polarity: polarity, description: description))
        }
        return result
    }

    // MARK: - Actors

    static let actorKeys = [
        "id", "name", "sector", "level", "represents", "tags", "power", "legitimacy", "accountability",
        "sensitive", "notes", "attributes",
    ]

    private mutating func actors(_ node: Node, map: StakeholderMap, locations: inout [String: SourceLocation]) -> [Actor] {
        guard let items = sequence(node, field: "actors") else { return [] }
        var result: [Actor] = []
        for item in items {
            guard let fields = entries(of: item, what: "an actor") else { continue }
            checkKeys(fields, allowed: Self.actorKeys, in: "an actor")
            let f = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            // Before anything can reject the actor: if it is (or may be) sensitive, its words are withheld.
            if let e = f["sensitive"], !Self.isExplicitFalse(e.value) {
                for key in ["id", "name"] {
                    if case .scalar(let raw)? = f[key]?.value, !isNull(f[key]!.value) { withheld.append(raw.string) }
                }
            }
            guard let idEntry = f["id"] else {
                error("this actor has no 'id'", at: item)
                continue
            }
            // An actor with a bad or repeated id is left out, but its other fields are still checked, so
            // one run reports every problem.
            let id = requiredString(idEntry.value, field: "id")
            var keep = id != nil
            if let id, !Self.isValidID(id) {
                error("actor id '\(id)' may contain only letters, digits, '-', '_' and '.'", at: idEntry.value)
                keep = false
            }
            let here = location(of: idEntry.value)
            if keep, let id, let first = locations[id] {
                error("duplicate actor id '\(id)'", at: idEntry.value,
                      notes: [.note("'\(id)' is first defined here", at: first)])
                keep = false
            }
            if keep, let id { locations[id] = here }
            var actor = Actor(id: id ?? "", location: here)
            if let e = f["name"], let s = string(e.value, field: "name") { actor.name = s }
            if let e = f["sector"], let s = requiredString(e.value, field: "sector") {
                if let sector = Sector(rawValue: s) { actor.sector = sector } else {
                    error("unknown sector '\(s)'; use one of " + Sector.allCases.map(\.rawValue).joined(separator: ", ")
                        + NearMiss.hint(for: s, among: Sector.allCases.map(\.rawValue)), at: e.value)
                }
            }
            if let e = f["level"], let s = requiredString(e.value, field: "level") {
                if map.levels.contains(s) { actor.level = s } else {
                    error("unknown level '\(s)'; the model's levels are " + map.levels.joined(separator: ", ")
                        + NearMiss.hint(for: s, among: map.levels), at: e.value)
                }
            }
            if let e = f["represents"], let groups = names(e.value, field: "represents") {
                for (group, groupNode) in groups {
                    if let declared = map.groups, !declared.contains(group) {
                        error("group '\(group)' is not in the model's 'groups' list"
                            + NearMiss.hint(for: group, among: declared), at: groupNode)
                    }
                }
                actor.represents = groups.map(\.0)
            }
            if let e = f["tags"], let tags = names(e.value, field: "tags") { actor.tags = tags.map(\.0) }
            actor.power = f["power"].flatMap { rating($0.value, field: "power") }
            actor.legitimacy = f["legitimacy"].flatMap { rating($0.value, field: "legitimacy") }
            actor.accountability = f["accountability"].flatMap { rating($0.value, field: "accountability") }
            if let e = f["sensitive"] { actor.sensitive = bool(e.value, field: "sensitive") ?? false }
            if let e = f["notes"] { actor.notes = string(e.value, field: "notes") }
            if let e = f["attributes"], let attrs = entries(of: e.value, what: "'attributes' (a mapping of name to value)") {
                for attr in attrs {
                    if let v = string(attr.value, field: "attribute '\(attr.key)'") {
                        actor.attributes.append((attr.key, v))
                    }
                }
            }
            if keep { result.append(actor) }
        }
        return result
    }

    // MARK: - Relations

    static let relationKeys = ["type", "from", "to", "between", "weight", "source", "confidence", "date", "note"]

    mutating func relations(_ node: Node, map: StakeholderMap, field: String = "relations") -> [Relation] {
        guard let items = sequence(node, field: field) else { return [] }
        let ids = map.actors.map(\.id)
        let known = Set(ids)
        let typeNames = map.relationTypes.map(\.name)
        var result: [Relation] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = entries(of: item, what: "a relation") else { continue }
            checkKeys(fields, allowed: Self.relationKeys, in: "a relation")
            let f = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            var ok = true

            var type: RelationType?
            if let e = f["type"] {
                if let name = requiredString(e.value, field: "type") {
                    type = map.relationType(named: name)
                    if type == nil {
                        ok = false
                        error("unknown relation type '\(name)'; declare it under 'relation_types:' or use one of "
                            + typeNames.joined(separator: ", ") + NearMiss.hint(for: name, among: typeNames), at: e.value)
                    }
                } else { ok = false }
            } else {
                ok = false
                error("this relation has no 'type' (trust, power, competition or a declared type)", at: item)
            }

            // Endpoints: from/to, or between: [a, b].
            var endpoints: [(String, Node)] = []
            var mutual = false
            if let b = f["between"] {
                if f["from"] != nil || f["to"] != nil {
                    ok = false
                    error("give either 'from'/'to' or 'between', not both", at: b.keyNode)
                } else if let pair = names(b.value, field: "between") {
                    if pair.count == 2 { endpoints = pair; mutual = true } else {
                        ok = false
                        error("'between' takes exactly two actor ids, found \(pair.count)", at: b.value)
                    }
                } else { ok = false }
            } else {
                for key in ["from", "to"] {
                    if let e = f[key] {
                        if let id = requiredString(e.value, field: key) { endpoints.append((id, e.value)) } else { ok = false }
                    } else {
                        ok = false
                        error("this relation has no '\(key)'; give 'from' and 'to', or 'between: [a, b]'", at: item)
                    }
                }
            }
            for (id, idNode) in endpoints where !known.contains(id) {
                ok = false
                error("unknown actor '\(id)'" + NearMiss.hint(for: id, among: ids), at: idNode)
            }
            if endpoints.count == 2 && endpoints[0].0 == endpoints[1].0 {
                ok = false
                error("an actor cannot have a relation with itself ('\(endpoints[0].0)')", at: endpoints[1].1)
            }

            var weight = 1.0
            if let e = f["weight"] {
                if let w = number(e.value, field: "weight") {
                    weight = w
                    if let t = type, let problem = Self.weightProblem(w, type: t) {
                        ok = false
                        error(problem, at: e.value)
                    }
                } else { ok = false }
            }
            var confidence: Double?
            if let e = f["confidence"], let c = number(e.value, field: "confidence") {
                if c < 0 || c > 1 {
                    ok = false
                    error("confidence must be between 0 and 1, found \(format(c))", at: e.value)
                } else { confidence = c }
            }
            let source = f["source"].flatMap { string($0.value, field: "source") }
            if let source { sourcesRead.append(source) }
            let observed = f["date"].flatMap { date($0.value, field: "date") }
            let note = f["note"].flatMap { string($0.value, field: "note") }
            guard ok, let t = type, endpoints.count == 2 else { continue }

            var (a, b) = (endpoints[0].0, endpoints[1].0)
            if !t.isDirected && b < a { swap(&a, &b) }
            let here = location(of: item)
            let key = [t.name, a, b, mutual && t.isDirected ? "<->" : "->", source ?? ""].joined(separator: "\u{1F}")
            if let first = seen[key] {
                warning("the same \(t.name) tie between '\(a)' and '\(b)' is recorded twice"
                    + (source.map { " by '\($0)'" } ?? "") + "; analyses add the weights", at: item,
                    notes: [.note("first recorded here", at: first)])
            } else {
                seen[key] = here
            }
            result.append(Relation(
                type: t.name, from: endpoints[0].0, to: endpoints[1].0, isMutual: mutual, weight: weight,
                source: source, confidence: confidence, date: observed, note: note, location: here))
        }
        return result
    }

    /// The largest weight magnitude a tie may have (and its inverse the smallest).
    static let maximumWeight = 1e12

    /// Why `w` is not a valid weight for `type`, or `nil` when it is.
    static func weightProblem(_ w: Double, type: RelationType) -> String? {
        // Analyses add weights and invert them into lengths; beyond this they would overflow or lose ties.
        if abs(w) > maximumWeight || (w != 0 && abs(w) < 1 / maximumWeight) {
            return "a weight must be between 1e-12 and 1e12 in size, found \(format(w))"
        }
        if let range = type.weightRange, !range.contains(w) {
            return "\(type.name) weight must be between \(format(range.lowerBound)) and \(format(range.upperBound)), found \(format(w))"
        }
        if w == 0 && !type.allowsZeroWeight {
            return "a \(type.name) weight of 0 is no tie; leave the relation out, or use -1 or 1"
        }
        if w < 0 && type.polarity != .signed {
            let hint = type.polarity == .negative ? " (its ties already count as negative: give the strength)" : ""
            return "\(type.name) is not signed, so its weight cannot be negative, found \(format(w))\(hint)"
        }
        return nil
    }

    // MARK: - Engagement plans

    private mutating func plans(_ node: Node, map: StakeholderMap) -> [EngagementPlan] {
        guard let items = sequence(node, field: "engagement") else { return [] }
        let ids = map.actors.map(\.id)
        let known = Set(ids)
        var result: [EngagementPlan] = []
        var names: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = entries(of: item, what: "an engagement plan") else { continue }
            checkKeys(fields, allowed: ["name", "partners", "notes"], in: "an engagement plan")
            let f = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            guard let nameEntry = f["name"], let name = requiredString(nameEntry.value, field: "name") else {
                if f["name"] == nil { error("this engagement plan has no 'name'", at: item) }
                continue
            }
            if let first = names[name] {
                error("duplicate engagement plan name '\(name)'", at: nameEntry.value,
                      notes: [.note("first defined here", at: first)])
                continue
            }
            names[name] = location(of: nameEntry.value)
            var partners: [String] = []
            if let e = f["partners"], let list = self.names(e.value, field: "partners") {
                var seenPartners = Set<String>()
                for (id, idNode) in list {
                    if !known.contains(id) {
                        error("unknown actor '\(id)'" + NearMiss.hint(for: id, among: ids), at: idNode)
                    } else if !seenPartners.insert(id).inserted {
                        warning("'\(id)' is listed twice as a partner", at: idNode)
                    } else {
                        partners.append(id)
                    }
                }
                if list.isEmpty { error("plan '\(name)' has no partners", at: e.value) }
            } else if f["partners"] == nil {
                error("plan '\(name)' has no 'partners' list", at: item)
            }
            let notes = f["notes"].flatMap { string($0.value, field: "notes") }
            result.append(EngagementPlan(name: name, partners: partners, notes: notes, location: names[name]))
        }
        return result
    }

    // MARK: - Screening settings

    private mutating func screening(_ node: Node, map: StakeholderMap) -> ScreeningSettings {
        var settings = ScreeningSettings()
        guard let fields = entries(of: node, what: "'screening' (a mapping of settings)") else { return settings }
        let keys = ["weights", "bands", "flags", "marginalised", "default_confidence", "rating_uncertainty", "rivalry_threshold"]
        checkKeys(fields, allowed: keys, in: "'screening'")
        let f = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        if let e = f["weights"], let weights = entries(of: e.value, what: "'weights' (factor: weight)") {
            let names = RiskFactor.allCases.map(\.rawValue)
            for w in weights {
                guard let factor = RiskFactor(rawValue: w.key) else {
                    error("unknown factor '\(w.key)'; the factors are " + names.joined(separator: ", ")
                        + NearMiss.hint(for: w.key, among: names), at: w.keyNode)
                    continue
                }
                if let v = number(w.value, field: w.key) {
                    if v < 0 { error("a factor weight cannot be negative, found \(format(v))", at: w.value) }
                    else { settings.weights[factor] = v }
                }
            }
            if settings.weights.values.reduce(0, +) <= 0 { error("at least one factor weight must be positive", at: e.value) }
        }
        if let e = f["bands"], let bands = entries(of: e.value, what: "'bands' (medium, high, critical: lowest score of each)") {
            checkKeys(bands, allowed: ["medium", "high", "critical"], in: "'bands'")
            for b in bands {
                guard let v = number(b.value, field: b.key) else { continue }
                guard v >= 0 && v <= 100 else { error("a band starts at a score from 0 to 100, found \(format(v))", at: b.value); continue }
                switch b.key {
                case "medium": settings.mediumFrom = v
                case "high": settings.highFrom = v
                case "critical": settings.criticalFrom = v
                default: break
                }
            }
            if !(settings.mediumFrom <= settings.highFrom && settings.highFrom <= settings.criticalFrom) {
                error("bands must rise: medium ≤ high ≤ critical (now \(format(settings.mediumFrom)), \(format(settings.highFrom)), \(format(settings.criticalFrom)))", at: e.value)
            }
        }
        if let e = f["flags"], let flags = entries(of: e.value, what: "'flags' (flag: band it raises to, or none)") {
            let kinds = RiskFlagKind.allCases.map(\.rawValue)
            for flag in flags {
                guard let kind = RiskFlagKind(rawValue: flag.key) else {
                    error("unknown flag '\(flag.key)'; the flags are " + kinds.joined(separator: ", ")
                        + NearMiss.hint(for: flag.key, among: kinds), at: flag.keyNode)
                    continue
                }
                guard let text = string(flag.value, field: flag.key) else { continue }
                if text == "none" { settings.flagMinimumBand[kind] = nil }
                else if let band = RiskBand(rawValue: text) { settings.flagMinimumBand[kind] = band }
                else {
                    error("a flag raises the band to low, medium, high or critical (or none), found '\(text)'"
                        + NearMiss.hint(for: text, among: RiskBand.allCases.map(\.rawValue) + ["none"]), at: flag.value)
                }
            }
        }
        if let e = f["marginalised"], let groups = uniqueNames(e.value, field: "marginalised") {
            if let declared = map.groups {
                for (group, groupNode) in names(e.value, field: "marginalised") ?? [] where !declared.contains(group) {
                    error("group '\(group)' is not in the model's 'groups' list" + NearMiss.hint(for: group, among: declared), at: groupNode)
                }
            }
            settings.marginalisedGroups = groups
        }
        if let e = f["default_confidence"], let v = number(e.value, field: "default_confidence") {
            if v > 0 && v <= 1 { settings.defaultConfidence = v }
            else { error("default_confidence must be above 0 and at most 1, found \(format(v))", at: e.value) }
        }
        if let e = f["rating_uncertainty"], let v = number(e.value, field: "rating_uncertainty") {
            if v >= 0 && v <= 5 { settings.ratingUncertainty = v }
            else { error("rating_uncertainty is a spread on the 0–5 scale, from 0 to 5, found \(format(v))", at: e.value) }
        }
        if let e = f["rivalry_threshold"], let v = number(e.value, field: "rivalry_threshold") {
            if v >= 1 && v <= 5 { settings.rivalryThreshold = v }
            else { error("rivalry_threshold is a competition weight from 1 to 5, found \(format(v))", at: e.value) }
        }
        return settings
    }

    // MARK: - Node helpers

    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    /// The entries of a mapping node, or an error if it is not a mapping.
    mutating func entries(of node: Node, what: String) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            error("expected \(what) as a mapping of 'key: value' lines, found \(describe(node))", at: node)
            return nil
        }
        var result: [Entry] = []
        for (k, v) in mapping {
            guard case .scalar(let s) = k else {
                error("a key must be a plain name, found \(describe(k))", at: k)
                continue
            }
            result.append(Entry(key: s.string, keyNode: k, value: v))
        }
        return result
    }

    mutating func checkKeys(_ entries: [Entry], allowed: [String], in context: String) {
        for e in entries where !allowed.contains(e.key) {
            error("unknown key '\(e.key)' in \(context)" + NearMiss.hint(for: e.key, among: allowed), at: e.keyNode)
        }
    }

    mutating func sequence(_ node: Node, field: String) -> [Node]? {
        if isNull(node) { return [] }
        guard case .sequence(let s) = node else {
            error("'\(field)' must be a list (lines starting with '- ', or [a, b]), found \(describe(node))", at: node)
            return nil
        }
        return Array(s)
    }

    /// A list of scalar names with their nodes.
    mutating func names(_ node: Node, field: String) -> [(String, Node)]? {
        guard let items = sequence(node, field: field) else { return nil }
        var result: [(String, Node)] = []
        for item in items {
            if let s = requiredString(item, field: "an entry of '\(field)'") { result.append((s, item)) }
        }
        return result
    }

    mutating func uniqueNames(_ node: Node, field: String) -> [String]? {
        guard let list = names(node, field: field) else { return nil }
        var seen = Set<String>()
        var result: [String] = []
        for (name, n) in list {
            if seen.insert(name).inserted { result.append(name) } else {
                error("'\(name)' appears twice in '\(field)'", at: n)
            }
        }
        return result
    }

    static func isExplicitFalse(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["false", "False", "FALSE"].contains(s.string)
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// A scalar as text; `nil` (no error) for an explicit null, `nil` with an error for a list or mapping.
    mutating func string(_ node: Node, field: String) -> String? {
        guard case .scalar(let s) = node else {
            error("\(quoted(field)) must be a single value, found \(describe(node))", at: node)
            return nil
        }
        if isNull(node) { return nil }
        return s.string
    }

    /// A scalar as text that must be there: an explicit null (`~`, `null`, nothing) is an error too, so a
    /// blank id, type or endpoint never drops an actor or a tie silently.
    mutating func requiredString(_ node: Node, field: String) -> String? {
        if isNull(node) {
            error("\(quoted(field)) needs a value, found nothing", at: node)
            return nil
        }
        return string(node, field: field)
    }

    mutating func number(_ node: Node, field: String) -> Double? {
        guard case .scalar(let s) = node else {
            error("\(quoted(field)) must be a number, found \(describe(node))", at: node)
            return nil
        }
        guard s.style == .plain, let value = Double(s.string.trimmingCharacters(in: .whitespaces)),
              !s.string.lowercased().contains("nan"), !s.string.lowercased().contains("inf") else {
            let shown = s.style == .plain ? "'\(s.string)'" : "the text \"\(s.string)\""
            error("\(quoted(field)) must be a number, found \(shown)", at: node)
            return nil
        }
        guard value.isFinite else {
            error("\(quoted(field)) must be a finite number, found '\(s.string)'", at: node)
            return nil
        }
        return value
    }

    mutating func rating(_ node: Node, field: String) -> Double? {
        if isNull(node) { return nil }
        guard let v = number(node, field: field) else { return nil }
        guard v >= 0 && v <= 5 else {
            error("'\(field)' is a rating from 0 to 5, found \(format(v))", at: node)
            return nil
        }
        return v
    }

    mutating func bool(_ node: Node, field: String) -> Bool? {
        if case .scalar(let s) = node, s.style == .plain {
            switch s.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error("\(quoted(field)) must be true or false, found \(describe(node))", at: node)
        return nil
    }

    mutating func date(_ node: Node, field: String) -> String? {
        guard let s = string(node, field: field) else { return nil }
        guard Self.isValidDate(s) else {
            error("\(quoted(field)) must be a date written YYYY-MM-DD, found '\(s)'", at: node)
            return nil
        }
        return s
    }

    static func isValidDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), y > 0 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1 ... 12).contains(m) && d >= 1 && d <= days[m - 1]
    }

    /// Letters (any script), digits, `-`, `_`, `.`; not empty.
    static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    func quoted(_ field: String) -> String {
        field.hasPrefix("an ") || field.hasPrefix("a ") || field.hasPrefix("attribute") ? field : "'\(field)'"
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return isNull(node) ? "nothing" : "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: - Locations and reporting

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func error(_ message: String, at node: Node, notes: [Diagnostic] = []) {
        error(message, at: location(of: node), notes: notes)
    }

    mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        guard diagnostics.errorCount < Self.maximumErrors else { return }
        diagnostics.append(.error(message, at: location, notes: notes))
        if diagnostics.errorCount == Self.maximumErrors {
            diagnostics.append(.note("too many errors; stopping after \(Self.maximumErrors)", at: location))
        }
    }

    mutating func warning(_ message: String, at node: Node, notes: [Diagnostic] = []) {
        guard diagnostics.warningCount < Self.maximumErrors else { return }  // a hostile file must not flood the terminal
        diagnostics.append(Diagnostic(.warning, message, at: location(of: node), notes: notes))
    }

    mutating func report(_ e: YamlError) {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let here = SourceLocation(path: path, line: mark.line, column: mark.column)
            var notes: [Diagnostic] = []
            if let c = context {
                notes.append(.note(c.text, at: SourceLocation(path: path, line: c.mark.line, column: c.mark.column)))
            }
            // JSON files go through the same parser (JSON is YAML); name the syntax the user wrote.
            let syntax = (path as NSString).pathExtension.lowercased() == "json" ? "JSON" : "YAML"
            var problem = problem
            if problem.hasPrefix("Maximum nesting level reached") {
                problem = "lists and mappings are nested too deeply (more than about 1 000 levels)"
            }
            error("invalid \(syntax): \(problem)", at: here, notes: notes)
        case let .duplicatedKeysInMapping(duplicates, context):
            let here = SourceLocation(path: path, line: context.mark.line, column: context.mark.column)
            error("duplicate key\(duplicates.count == 1 ? "" : "s") " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
                + " in this mapping; each key may appear once", at: here)
        case let .reader(problem, offset, _, _):
            error("cannot read the file as UTF-8 text: \(problem)" + (offset.map { " at byte \($0)" } ?? ""),
                  at: SourceLocation(path: path, line: 1, column: 1))
        default:
            error("cannot parse the file: \(e)", at: SourceLocation(path: path, line: 1, column: 1))
        }
    }
}

/// A number without a needless `.0`.
func format(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(x)
}
