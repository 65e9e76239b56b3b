/// Writes a map as a multi-relational Pajek network (`.net`): `*Vertices` with each actor's name as its
/// quoted label, then one section per relation type in use, numbered in the map's order and named in the
/// header (`*Arcs :1 "trust"` for a directed type, `*Edges :3 "competition"` for an undirected one; a
/// directed type's mutual ties follow in an `*Edges` section of the same number), each line `i j weight`.
///
/// Pajek labels cannot hold `"` or a line break: they become `'` and a space (reported). Everything but
/// names, ties, types and weights is reported as lost.
enum PajekWriter {
    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let n = ModelExport.number
        var losses = ModelExport.modelOnlyLosses(map, format: "Pajek", keepsPlans: false)
        losses += ModelExport.metadataLosses(map, format: "Pajek", keepsName: true)
        losses += ModelExport.actorFieldLosses(map, format: "Pajek", keepsNotes: false, keepsTags: false)
        losses += ModelExport.tieFieldLosses(map, format: "Pajek", keepsNote: false)
        losses += ModelExport.typeLosses(map, format: "Pajek", carriesPolarity: false)
        let changedIDs = map.actors.filter { ModelBuilder.slug($0.name, avoiding: []) != $0.id }.count
        if changedIDs > 0 {
            losses.append(
                "Pajek carries one label per vertex, the name: \(changedIDs) actor id\(changedIDs == 1 ? "" : "s") "
                    + "not made from the name will be rebuilt from it on reading")
        }
        func label(_ s: String) -> String {
            "\""
                + s.escapingScalars { u in
                    switch u {
                    case "\"": return "'"
                    case _ where ModelRules.isControl(u): return " "
                    default: return nil
                    }
                } + "\""
        }
        let names = [map.name] + map.actors.map(\.name) + map.relationTypesInUse.map(\.name)
        if names.contains(where: { $0.unicodeScalars.contains { $0 == "\"" || ModelRules.isControl($0) } }) {
            losses.append("Pajek labels cannot hold '\"' or control characters: written as ' and spaces")
        }
        var out = "*Network \(label(map.name))\n*Vertices \(map.actors.count)\n"
        var number: [String: Int] = [:]
        for (i, a) in map.actors.enumerated() {
            number[a.id] = i + 1
            out += "\(i + 1) \(label(a.name))\n"
        }
        for (k, type) in map.relationTypesInUse.enumerated() {
            let ties = map.relations.filter { $0.type == type.name }
            let one = ties.filter { !($0.isMutual && type.isDirected) }
            let mutual = ties.filter { $0.isMutual && type.isDirected }
            for (section, list) in [(type.isDirected ? "*Arcs" : "*Edges", one), ("*Edges", mutual)] where !list.isEmpty
            {
                out += "\(section) :\(k + 1) \(label(type.name))\n"
                for r in list {
                    guard let i = number[r.from], let j = number[r.to] else { continue }
                    out += "\(i) \(j) \(n(r.weight))\n"
                }
            }
        }
        return ModelExport.Output(text: out, losses: losses)
    }
}
