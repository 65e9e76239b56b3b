import Foundation
import Yams

/// Reads a version-1 model file (YAML, or JSON with the same schema) into a ``StakeholderMap``.
///
/// Only the schema lives here: which keys a model, a relation type, an actor, a relation and a plan have,
/// and which of them are required. Values are read with positions by ``YAMLNodeReader`` (which reports
/// shape problems) and handed to ``ModelBuilder`` (which applies the model's rules); both report into
/// one log, so every problem in the file is found in one run. The `screening:` section is read in
/// `YAMLModelReader+Screening.swift`, relations with ``YAMLRelationSchema`` (shared with scenarios).
struct YAMLModelReader {
    let text: String
    let nodes: YAMLNodeReader
    var builder: ModelBuilder

    /// A reader of `text` as the file at `path`; the map is named `defaultName` unless the file names it.
    init(path: String, text: String, defaultName: String) {
        self.text = text
        builder = ModelBuilder(name: defaultName)
        nodes = YAMLNodeReader(path: path, log: builder.log)
    }

    /// The map, or `nil` when the file could not be read as a map at all. Check the builder's diagnostics
    /// for errors.
    mutating func read() -> StakeholderMap? {
        guard let root = nodes.compose(text, emptyMessage: "the file is empty; a model starts with 'actormap: 1'"),
            let top = nodes.entries(of: root, what: "the model")
        else { return nil }
        readModel(top, root: root)
        return builder.finish()
    }

    // MARK: - Top level

    static let topLevelKeys = [
        "actormap", "name", "description", "source", "date", "levels", "groups", "relation_types", "actors",
        "relations", "engagement", "screening",
    ]

    private mutating func readModel(_ top: [YAMLNodeReader.Entry], root: Node) {
        nodes.checkKeys(top, allowed: Self.topLevelKeys, in: "the model")
        let field = nodes.fields(top)
        nodes.checkVersion(field, key: "actormap", kind: "format", root: root)
        builder.describe(
            name: field["name"].flatMap { nodes.string($0.value, field: "name") },
            description: field["description"].flatMap { nodes.string($0.value, field: "description") },
            source: field["source"].flatMap { nodes.string($0.value, field: "source") },
            date: field["date"].flatMap { nodes.date($0.value, field: "date") })
        if let e = field["levels"], let levels = nodes.uniqueNames(e.value, field: "levels") {
            builder.setLevels(nodes.located(levels, e.value))
        }
        if let e = field["groups"], let groups = nodes.uniqueNames(e.value, field: "groups") {
            builder.setGroups(groups)
        }
        if let e = field["relation_types"] { readRelationTypes(e.value) }
        if let e = field["actors"] {
            readActors(e.value)
        } else {
            nodes.error("the model has no 'actors:' list", at: root)
        }
        if let e = field["relations"], let items = nodes.sequence(e.value, field: "relations") {
            for item in items {
                if let input = YAMLRelationSchema.input(item, nodes: nodes) { builder.addRelation(input) }
            }
        }
        if let e = field["engagement"] { readPlans(e.value) }
        if let e = field["screening"] { readScreening(e.value) }
    }

    // MARK: - Relation types

    private mutating func readRelationTypes(_ node: Node) {
        let what = "'relation_types' (a mapping of type name to {directed, polarity})"
        guard let list = nodes.entries(of: node, what: what) else { return }
        for entry in list {
            let name = entry.key
            guard builder.acceptRelationTypeName(nodes.located(name, entry.keyNode)),
                let fields = nodes.entries(of: entry.value, what: "relation type '\(name)'")
            else { continue }
            nodes.checkKeys(fields, allowed: ["directed", "polarity", "description"], in: "relation type '\(name)'")
            let f = nodes.fields(fields)
            var directed = false
            if let d = f["directed"] {
                directed = nodes.bool(d.value, field: "directed") ?? false
            } else {
                nodes.error("relation type '\(name)' needs 'directed: true' or 'directed: false'", at: entry.value)
            }
            let polarity = f["polarity"].flatMap { nodes.requiredName($0.value, field: "polarity") }
            let description = f["description"].flatMap { nodes.string($0.value, field: "description") }
            builder.addRelationType(name: name, directed: directed, polarity: polarity, description: description)
        }
    }

    // MARK: - Actors

    static let actorKeys = [
        "id", "name", "sector", "level", "represents", "tags", "power", "legitimacy", "accountability",
        "sensitive", "notes", "attributes",
    ]

    private mutating func readActors(_ node: Node) {
        guard let items = nodes.sequence(node, field: "actors") else { return }
        for item in items {
            guard let fields = nodes.entries(of: item, what: "an actor") else { continue }
            nodes.checkKeys(fields, allowed: Self.actorKeys, in: "an actor")
            let f = nodes.fields(fields)
            guard let idEntry = f["id"] else {
                nodes.error("this actor has no 'id'", at: item)
                // Nothing else is read, but a (possibly) sensitive actor's name is still withheld.
                let sensitive = f["sensitive"].map { nodes.isExplicitFalse($0.value) ? false : Bool?.none } ?? false
                builder.addActor(.init(name: nodes.peekString(f["name"]?.value), sensitive: sensitive))
                continue
            }
            var actor = ModelBuilder.ActorInput(id: nodes.requiredName(idEntry.value, field: "id"))
            actor.name = f["name"].flatMap { nodes.string($0.value, field: "name") }
            actor.sector = f["sector"].flatMap { nodes.requiredName($0.value, field: "sector") }
            actor.level = f["level"].flatMap { nodes.requiredName($0.value, field: "level") }
            actor.represents = f["represents"].flatMap { nodes.names($0.value, field: "represents") }
            actor.tags = f["tags"].flatMap { nodes.names($0.value, field: "tags") }?.map(\.value)
            actor.power = f["power"].flatMap { nodes.optionalNumber($0.value, field: "power") }
            actor.legitimacy = f["legitimacy"].flatMap { nodes.optionalNumber($0.value, field: "legitimacy") }
            actor.accountability = f["accountability"].flatMap {
                nodes.optionalNumber($0.value, field: "accountability")
            }
            if let e = f["sensitive"] { actor.sensitive = nodes.bool(e.value, field: "sensitive") }
            actor.notes = f["notes"].flatMap { nodes.string($0.value, field: "notes") }
            if let e = f["attributes"],
                let attrs = nodes.entries(of: e.value, what: "'attributes' (a mapping of name to value)")
            {
                for attr in attrs {
                    if let v = nodes.string(attr.value, field: "attribute '\(attr.key)'") {
                        actor.attributes.append((attr.key, v))
                    }
                }
            }
            builder.addActor(actor)
        }
    }

    // MARK: - Engagement plans

    private mutating func readPlans(_ node: Node) {
        guard let items = nodes.sequence(node, field: "engagement") else { return }
        for item in items {
            guard let fields = nodes.entries(of: item, what: "an engagement plan") else { continue }
            nodes.checkKeys(fields, allowed: ["name", "partners", "notes"], in: "an engagement plan")
            let f = nodes.fields(fields)
            guard let nameEntry = f["name"] else {
                nodes.error("this engagement plan has no 'name'", at: item)
                continue
            }
            guard let name = nodes.requiredName(nameEntry.value, field: "name"),
                builder.acceptPlanName(name)
            else { continue }
            var partners: Located<[Located<String>]>?
            if let e = f["partners"] {
                partners = nodes.names(e.value, field: "partners").map { nodes.located($0, e.value) }
            } else {
                nodes.error("plan '\(name.value)' has no 'partners' list", at: item)
            }
            let notes = f["notes"].flatMap { nodes.string($0.value, field: "notes") }
            builder.addPlan(name: name, partners: partners, notes: notes)
        }
    }
}
