/// Writes a map as networkx node-link JSON (`networkx.node_link_graph(data, edges="edges")`): a
/// multigraph, directed when any relation type is; each node's attributes are the actor's fields, each
/// edge's the tie's type, weight, the type's polarity and the tie's own fields.
enum NodeLinkWriter {
    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let q = ModelExport.quoted
        let n = ModelExport.number
        let directed = map.relationTypesInUse.contains { $0.isDirected }
        var losses = ModelExport.modelOnlyLosses(map, format: "node-link JSON", keepsPlans: true)
        if directed && map.relationTypesInUse.contains(where: { !$0.isDirected }) {
            losses.append(
                "node-link JSON has one direction for the whole graph: undirected ties are written as arcs "
                    + "(their type's 'directed' graph attribute says how to read them)")
        }
        var graph = ["\"name\": \(q(map.name))"]
        if let d = map.description { graph.append("\"description\": \(q(d))") }
        if let s = map.source { graph.append("\"source\": \(q(s))") }
        if let d = map.date { graph.append("\"date\": \(q(d))") }
        graph.append("\"levels\": [\(map.levels.map(q).joined(separator: ", "))]")
        if let g = map.groups { graph.append("\"groups\": [\(g.map(q).joined(separator: ", "))]") }
        let types = map.relationTypes.filter { !$0.isBuiltIn || map.relationTypesInUse.contains($0) }.map { t in
            "{\"name\": \(q(t.name)), \"directed\": \(t.isDirected), \"polarity\": \(q(t.polarity.rawValue))"
                + (t.description.map { ", \"description\": \(q($0))" } ?? "") + "}"
        }
        graph.append("\"relation_types\": [\(types.joined(separator: ", "))]")
        let plans = map.engagementPlans.map { p in
            "{\"name\": \(q(p.name)), \"partners\": [\(p.partners.map(q).joined(separator: ", "))]"
                + (p.notes.map { ", \"notes\": \(q($0))" } ?? "") + "}"
        }
        if !plans.isEmpty { graph.append("\"engagement\": [\(plans.joined(separator: ", "))]") }

        var nodes: [String] = []
        for a in map.actors {
            var f = ["\"id\": \(q(a.id))", "\"name\": \(q(a.name))"]
            if let s = a.sector { f.append("\"sector\": \(q(s.rawValue))") }
            if let l = a.level { f.append("\"level\": \(q(l))") }
            if !a.represents.isEmpty { f.append("\"represents\": [\(a.represents.map(q).joined(separator: ", "))]") }
            if !a.tags.isEmpty { f.append("\"tags\": [\(a.tags.map(q).joined(separator: ", "))]") }
            if let p = a.power { f.append("\"power\": \(n(p))") }
            if let p = a.legitimacy { f.append("\"legitimacy\": \(n(p))") }
            if let p = a.accountability { f.append("\"accountability\": \(n(p))") }
            if a.sensitive { f.append("\"sensitive\": true") }
            if let notes = a.notes { f.append("\"notes\": \(q(notes))") }
            if !a.attributes.isEmpty {
                f.append(
                    "\"attributes\": {" + a.attributes.map { "\(q($0.key)): \(q($0.value))" }.joined(separator: ", ")
                        + "}")
            }
            nodes.append("    {" + f.joined(separator: ", ") + "}")
        }
        var edges: [String] = []
        var keys: [String: Int] = [:]
        for r in map.relations {
            let type = map.relationType(named: r.type)
            let pair =
                type?.isDirected == false && !directed
                ? [r.from, r.to].sorted().joined(separator: "\u{0}") : r.from + "\u{0}" + r.to
            let key = keys[pair, default: 0]
            keys[pair] = key + 1
            var f = [
                "\"source\": \(q(r.from))", "\"target\": \(q(r.to))", "\"key\": \(key)", "\"type\": \(q(r.type))",
                "\"weight\": \(n(r.weight))", "\"polarity\": \(q(type?.polarity.rawValue ?? "positive"))",
            ]
            if r.isMutual { f.append("\"mutual\": true") }
            if let s = r.source { f.append("\"source_group\": \(q(s))") }
            if let c = r.confidence { f.append("\"confidence\": \(n(c))") }
            if let d = r.date { f.append("\"date\": \(q(d))") }
            if let note = r.note { f.append("\"note\": \(q(note))") }
            edges.append("    {" + f.joined(separator: ", ") + "}")
        }
        let text = """
            {
              "directed": \(directed),
              "multigraph": true,
              "graph": {\(graph.joined(separator: ", "))},
              "nodes": [
            \(nodes.joined(separator: ",\n"))
              ],
              "edges": [
            \(edges.joined(separator: ",\n"))
              ]
            }

            """
        return ModelExport.Output(text: text, losses: losses)
    }
}
