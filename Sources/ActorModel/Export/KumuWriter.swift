/// Writes a map as a Kumu JSON import (`elements`, `connections`), which Kumu and ActorMap's Kumu reader
/// read. Elements: `id` (the actor's id), `label` (its name), `type` (its sector), `description` (notes),
/// `tags`, and every other field (level, represents, ratings, sensitive, attributes) as a custom field.
/// Connections name their ends by id: `from`, `to`, `type`, `direction` (directed, undirected, mutual),
/// `strength` (the weight), `description` (the note).
enum KumuWriter {
    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let q = ModelExport.quoted
        let n = ModelExport.number
        var losses = ModelExport.modelOnlyLosses(map, format: "Kumu", keepsPlans: false)
        losses += ModelExport.metadataLosses(map, format: "Kumu", keepsName: false)
        if map.actors.contains(where: {
            $0.level != nil || !$0.represents.isEmpty || $0.power != nil || $0.legitimacy != nil
                || $0.accountability != nil || $0.sensitive
        }) {
            losses.append(
                "Kumu has no fields for level, represents, ratings or sensitive: written as custom fields, which "
                    + "read back as attributes")
        }
        losses += ModelExport.tieFieldLosses(map, format: "Kumu", keepsNote: true)
        losses += ModelExport.typeLosses(map, format: "Kumu", carriesPolarity: false)
        var elements: [String] = []
        for a in map.actors {
            var f = ["\"id\": \(q(a.id))", "\"label\": \(q(a.name))"]
            if let s = a.sector { f.append("\"type\": \(q(s.rawValue))") }
            if let notes = a.notes { f.append("\"description\": \(q(notes))") }
            if !a.tags.isEmpty { f.append("\"tags\": [\(a.tags.map(q).joined(separator: ", "))]") }
            if let l = a.level { f.append("\"level\": \(q(l))") }
            if !a.represents.isEmpty { f.append("\"represents\": \(q(a.represents.joined(separator: "|")))") }
            if let p = a.power { f.append("\"power\": \(n(p))") }
            if let p = a.legitimacy { f.append("\"legitimacy\": \(n(p))") }
            if let p = a.accountability { f.append("\"accountability\": \(n(p))") }
            if a.sensitive { f.append("\"sensitive\": true") }
            for (k, v) in a.attributes { f.append("\(q(k)): \(q(v))") }
            elements.append("    {" + f.joined(separator: ", ") + "}")
        }
        var connections: [String] = []
        for r in map.relations {
            let directed = map.relationType(named: r.type)?.isDirected ?? true
            let direction = r.isMutual ? "mutual" : directed ? "directed" : "undirected"
            var f = [
                "\"from\": \(q(r.from))", "\"to\": \(q(r.to))", "\"type\": \(q(r.type))",
                "\"direction\": \(q(direction))", "\"strength\": \(n(r.weight))",
            ]
            if let note = r.note { f.append("\"description\": \(q(note))") }
            connections.append("    {" + f.joined(separator: ", ") + "}")
        }
        let text =
            "{\n  \"elements\": [\n" + elements.joined(separator: ",\n") + (elements.isEmpty ? "" : "\n")
            + "  ],\n  \"connections\": [\n" + connections.joined(separator: ",\n") + (connections.isEmpty ? "" : "\n")
            + "  ]\n}\n"
        return ModelExport.Output(text: text, losses: losses)
    }
}
