/// Writes a map as ActorMap's own YAML model file (version 1), which reads back to the same map.
enum YAMLModelWriter {
    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let q = ModelExport.quoted
        let n = ModelExport.number
        var out = "actormap: 1\nname: \(q(map.name))\n"
        if let d = map.description { out += "description: \(q(d))\n" }
        if let s = map.source { out += "source: \(q(s))\n" }
        if let d = map.date { out += "date: \(q(d))\n" }
        if map.levels != StakeholderMap.defaultLevels {
            out += "levels: [\(map.levels.map(q).joined(separator: ", "))]\n"
        }
        if let g = map.groups { out += "groups: [\(g.map(q).joined(separator: ", "))]\n" }
        let custom = map.relationTypes.filter { !$0.isBuiltIn }
        if !custom.isEmpty {
            out += "relation_types:\n"
            for t in custom {
                out += "  \(t.name): {directed: \(t.isDirected), polarity: \(t.polarity.rawValue)"
                if let d = t.description { out += ", description: \(q(d))" }
                out += "}\n"
            }
        }
        out += map.actors.isEmpty ? "actors: []\n" : "actors:\n"
        for a in map.actors {
            out += "  - id: \(q(a.id))\n"
            if a.name != a.id { out += "    name: \(q(a.name))\n" }
            if let s = a.sector { out += "    sector: \(s.rawValue)\n" }
            if let l = a.level { out += "    level: \(q(l))\n" }
            if !a.represents.isEmpty { out += "    represents: [\(a.represents.map(q).joined(separator: ", "))]\n" }
            if !a.tags.isEmpty { out += "    tags: [\(a.tags.map(q).joined(separator: ", "))]\n" }
            if let p = a.power { out += "    power: \(n(p))\n" }
            if let p = a.legitimacy { out += "    legitimacy: \(n(p))\n" }
            if let p = a.accountability { out += "    accountability: \(n(p))\n" }
            if a.sensitive { out += "    sensitive: true\n" }
            if let notes = a.notes { out += "    notes: \(q(notes))\n" }
            if !a.attributes.isEmpty {
                out += "    attributes: {"
                out +=
                    a.attributes.map { pair in
                        // YAML allows implicit keys up to 1,024 characters; a longer one is explicit (`? k : v`).
                        let key = q(pair.key)
                        return (key.count > 1_000 ? "? \(key) : " : "\(key): ") + q(pair.value)
                    }.joined(separator: ", ") + "}\n"
            }
        }
        out += map.relations.isEmpty ? "relations: []\n" : "relations:\n"
        for r in map.relations {
            var parts = ["type: \(q(r.type))"]
            parts.append(r.isMutual ? "between: [\(q(r.from)), \(q(r.to))]" : "from: \(q(r.from)), to: \(q(r.to))")
            if r.weight != 1 { parts.append("weight: \(n(r.weight))") }
            if let s = r.source { parts.append("source: \(q(s))") }
            if let c = r.confidence { parts.append("confidence: \(n(c))") }
            if let d = r.date { parts.append("date: \(q(d))") }
            if let note = r.note { parts.append("note: \(q(note))") }
            out += "  - {\(parts.joined(separator: ", "))}\n"
        }
        if !map.engagementPlans.isEmpty {
            out += "engagement:\n"
            for p in map.engagementPlans {
                out += "  - name: \(q(p.name))\n    partners: [\(p.partners.map(q).joined(separator: ", "))]\n"
                if let notes = p.notes { out += "    notes: \(q(notes))\n" }
            }
        }
        return ModelExport.Output(
            text: out, losses: ModelExport.modelOnlyLosses(map, format: "this YAML writer", keepsPlans: true))
    }
}
