import Foundation
import Yams

/// Reads networkx node-link JSON (`networkx.node_link_data`, with `links` or `edges`) into a map through
/// ``ModelBuilder/addForeignNetwork(_:mapping:)``; every value keeps its line and column.
///
/// Top level: `directed` (the ties' default direction), `graph` (`name`, `description`, `source`, `date`,
/// `levels`, `groups`, `relation_types` with `name`/`directed`/`polarity`/`description`, `engagement`
/// plans, as ActorMap's export writes them; other graph data is not read, with a warning), `nodes`, and
/// `links` or `edges`. Nodes: `id` (any scalar), `name` or `label`, `sector` or `type` (mapped to a
/// sector), `tags` (a list or `|`-joined), `notes` or `description`, ActorMap's own fields (`level`,
/// `represents`, `power`, `legitimacy`, `accountability`, `sensitive`), `attributes` (a mapping) and any
/// other scalar or list as an attribute. Edges: `source`, `target`, `type` (or `relation`, `label`),
/// `weight`, `polarity`, `mutual`, `directed`, `source_group`, `confidence`, `date`, `note`; `key` is
/// networkx's and not kept; other fields are reported as not kept.
/// Complexity: O(size of the document).
struct NodeLinkReader {
    let path: String
    let mapping: TypeMapping
    private(set) var builder: ModelBuilder

    init(path: String, defaultName: String, mapping: TypeMapping) {
        self.path = path
        self.mapping = mapping
        builder = ModelBuilder(name: defaultName)
    }

    mutating func read(_ text: String) -> StakeholderMap? {
        let nodes = YAMLNodeReader(path: path, log: builder.log)
        guard let root = nodes.compose(text, emptyMessage: "the file is empty; node-link data has 'nodes'"),
            let top = nodes.entries(of: root, what: "node-link data")
        else { return nil }
        var network = ForeignNetwork(format: "node-link")
        network.readsActorMapFields = true
        network.directedByDefault = false
        let field = nodes.fields(top)
        if let d = field["directed"] { network.directedByDefault = nodes.bool(d.value, field: "directed") ?? false }
        var plans: [Node] = []
        if let g = field["graph"], !nodes.isNull(g.value), let entries = nodes.entries(of: g.value, what: "'graph'") {
            plans = readGraph(entries, nodes: nodes, into: &network)
        }
        for e in top where !["directed", "multigraph", "graph", "nodes", "links", "edges"].contains(e.key) {
            builder.log.warning("'\(e.key)' is not read", at: nodes.location(of: e.keyNode))
        }
        if let n = field["nodes"], let items = nodes.sequence(n.value, field: "nodes") {
            for item in items { if let e = element(item, nodes: nodes) { network.elements.append(e) } }
        } else if field["nodes"] == nil {
            nodes.error("node-link data needs 'nodes'", at: root)
        }
        if field["links"] != nil && field["edges"] != nil {
            builder.log.error(
                "node-link data has both 'links' and 'edges'; which are the ties is unclear",
                at: nodes.location(of: field["edges"]!.keyNode))
        } else if let l = field["edges"] ?? field["links"], let items = nodes.sequence(l.value, field: l.key) {
            var ignored = Set<String>()
            for item in items {
                if let c = connection(item, nodes: nodes, ignored: &ignored) { network.connections.append(c) }
            }
        }
        builder.addForeignNetwork(network, mapping: mapping)
        for plan in plans { readPlan(plan, nodes: nodes) }
        return builder.finish()
    }

    /// The graph's data; returns the engagement plans' nodes, read once the actors exist.
    private mutating func readGraph(
        _ entries: [YAMLNodeReader.Entry], nodes: YAMLNodeReader, into network: inout ForeignNetwork
    ) -> [Node] {
        let f = nodes.fields(entries)
        let text = { (key: String) in f[key].flatMap { nodes.string($0.value, field: key) } }
        let date = f["date"].flatMap { nodes.date($0.value, field: "date") }
        builder.describe(name: text("name"), description: text("description"), source: text("source"), date: date)
        if let l = f["levels"], let levels = nodes.uniqueNames(l.value, field: "levels") {
            builder.setLevels(Located(levels, at: nodes.location(of: l.value)))
        }
        if let g = f["groups"], let groups = nodes.uniqueNames(g.value, field: "groups") { builder.setGroups(groups) }
        if let t = f["relation_types"], let items = nodes.sequence(t.value, field: "relation_types") {
            for item in items {
                guard let e = nodes.entries(of: item, what: "a relation type"), case let tf = nodes.fields(e),
                    let name = tf["name"].flatMap({ nodes.requiredString($0.value, field: "name") })
                else { continue }
                let directed = tf["directed"].flatMap { nodes.bool($0.value, field: "directed") } ?? true
                var polarity = Polarity.positive
                if let p = tf["polarity"], let word = nodes.string(p.value, field: "polarity") {
                    if let known = Polarity(rawValue: word) {
                        polarity = known
                    } else {
                        nodes.error(
                            "unknown polarity '\(word)'; use one of "
                                + Polarity.allCases.map(\.rawValue).joined(separator: ", "), at: p.value)
                    }
                }
                let description = tf["description"].flatMap { nodes.string($0.value, field: "description") }
                network.declaredTypes[name] = .init(directed: directed, polarity: polarity, description: description)
            }
        }
        for e in entries
        where !["name", "description", "source", "date", "levels", "groups", "relation_types", "engagement"]
            .contains(e.key)
        {
            builder.log.warning("graph data '\(e.key)' is not read", at: nodes.location(of: e.keyNode))
        }
        if let p = f["engagement"] { return nodes.sequence(p.value, field: "engagement") ?? [] }
        return []
    }

    private mutating func readPlan(_ item: Node, nodes: YAMLNodeReader) {
        guard let e = nodes.entries(of: item, what: "an engagement plan"), case let f = nodes.fields(e),
            let name = f["name"].flatMap({ nodes.requiredName($0.value, field: "name") }),
            builder.acceptPlanName(name)
        else { return }
        let partners = f["partners"].flatMap { p in
            nodes.names(p.value, field: "partners").map { Located($0, at: nodes.location(of: p.value)) }
        }
        builder.addPlan(
            name: name, partners: partners, notes: f["notes"].flatMap { nodes.string($0.value, field: "notes") })
    }

    private func element(_ item: Node, nodes: YAMLNodeReader) -> ForeignNetwork.Element? {
        guard let entries = nodes.entries(of: item, what: "a node") else { return nil }
        var e = ForeignNetwork.Element(location: nodes.location(of: item))
        for entry in entries {
            let key = entry.key
            let node = entry.value
            switch key.lowercased() {
            case "id": e.id = nodes.requiredName(node, field: "id")
            case "name", "label": e.label = nodes.string(node, field: key).map { nodes.located($0, node) }
            case "sector", "type": e.type = nodes.string(node, field: key).map { nodes.located($0, node) }
            case "description", "notes": e.description = nodes.string(node, field: key)
            case "tags": e.tags = text(node, key: key, nodes: nodes).map(KumuReader.splitTags) ?? []
            case "attributes":
                guard let inner = nodes.entries(of: node, what: "'attributes'") else { continue }
                for a in inner {
                    if let v = text(a.value, key: a.key, nodes: nodes) { e.attributes.append((a.key, v)) }
                }
            default:
                if let v = text(node, key: key, nodes: nodes) { e.attributes.append((key, v)) }
            }
        }
        if e.id == nil { nodes.error("a node needs an 'id'", at: item) }
        return e.id == nil ? nil : e
    }

    private mutating func connection(
        _ item: Node, nodes: YAMLNodeReader, ignored: inout Set<String>
    ) -> ForeignNetwork.Connection? {
        guard let entries = nodes.entries(of: item, what: "a link") else { return nil }
        let f = nodes.fields(entries)
        guard let s = f["source"], let t = f["target"] else {
            nodes.error("a link needs 'source' and 'target'", at: item)
            return nil
        }
        guard let from = nodes.requiredName(s.value, field: "source"),
            let to = nodes.requiredName(t.value, field: "target")
        else { return nil }
        var c = ForeignNetwork.Connection(from: from, to: to, location: nodes.location(of: item))
        var mutual = false
        for entry in entries {
            let node = entry.value
            let key = entry.key
            switch key.lowercased() {
            case "source", "target", "key", "id": break
            case "type", "relation", "label": c.type = nodes.string(node, field: key).map { nodes.located($0, node) }
            case "weight", "strength":
                guard let w = nodes.optionalNumber(node, field: key) else {
                    if !nodes.isNull(node) { return nil }
                    continue
                }
                c.strength = w
            case "polarity": c.polarity = nodes.string(node, field: key).map { nodes.located($0, node) }
            case "mutual": mutual = nodes.bool(node, field: key) ?? false
            case "directed":
                if let d = nodes.bool(node, field: key) {
                    c.direction = nodes.located(d ? "directed" : "undirected", node)
                }
            case "source_group": c.source = nodes.string(node, field: key)
            case "confidence": c.confidence = nodes.optionalNumber(node, field: key)
            case "date": c.date = nodes.date(node, field: key)
            case "note", "description": c.description = nodes.string(node, field: key)
            default:
                if ignored.insert(key).inserted {
                    builder.log.warning(
                        "link field '\(key)' is not kept: ActorMap ties carry no custom attributes",
                        at: nodes.location(of: entry.keyNode))
                }
            }
        }
        if mutual { c.direction = Located("mutual", at: c.location) }
        return c
    }

    /// A value as attribute text: a scalar as written, a list of scalars joined with `|`; a mapping is
    /// reported and left out.
    private func text(_ node: Node, key: String, nodes: YAMLNodeReader) -> String? {
        switch node {
        case .sequence(let s):
            return s.compactMap { nodes.string($0, field: "an entry of '\(key)'") }.joined(separator: "|")
        case .mapping:
            builder.log.warning("'\(key)' is a mapping: not kept", at: nodes.location(of: node))
            return nil
        default: return nodes.string(node, field: key)
        }
    }
}
