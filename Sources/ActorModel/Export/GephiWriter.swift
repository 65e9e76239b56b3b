/// Writes a map as Gephi's spreadsheet layout: a node table (`Id,Label` and a column for each actor field
/// and custom attribute in use) and an edge table (`Source,Target,Type,Id,Label,Weight` with `Type`
/// Directed or Undirected and the relation type as `Label`, then `polarity` and the tie fields in use).
/// The edge table is a second file (``ModelExport/Output/companion``): for `OUT.csv`, `OUT-edges.csv`.
enum GephiWriter {
    /// The edge table's path for the node table's: `map.csv` → `map-edges.csv`.
    static func edgesPath(for path: String) -> String {
        let lower = path.lowercased()
        let stem = lower.hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return stem + "-edges.csv"
    }

    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let n = ModelExport.number
        var losses = ModelExport.modelOnlyLosses(map, format: "Gephi's tables", keepsPlans: false)
        losses += ModelExport.metadataLosses(map, format: "Gephi's tables", keepsName: false)
        losses += ModelExport.typeLosses(map, format: "Gephi's tables", carriesPolarity: true)
        var custom: [String] = []
        for a in map.actors { for (k, _) in a.attributes where !custom.contains(k) { custom.append(k) } }
        let fields: [(String, (Actor) -> String?)] = [
            ("sector", { $0.sector?.rawValue }), ("level", { $0.level }),
            ("represents", { $0.represents.isEmpty ? nil : $0.represents.joined(separator: "|") }),
            ("tags", { $0.tags.isEmpty ? nil : $0.tags.joined(separator: "|") }),
            ("power", { $0.power.map(n) }), ("legitimacy", { $0.legitimacy.map(n) }),
            ("accountability", { $0.accountability.map(n) }), ("sensitive", { $0.sensitive ? "true" : nil }),
            ("notes", { $0.notes }),
        ]
        let used = fields.filter { f in map.actors.contains { f.1($0) != nil } }
        var nodes = (["Id", "Label"] + used.map(\.0) + custom).map(cell).joined(separator: ",") + "\n"
        for a in map.actors {
            var row = [a.id, a.name] + used.map { $0.1(a) ?? "" }
            row += custom.map { k in a.attribute(k) ?? "" }
            nodes += row.map(cell).joined(separator: ",") + "\n"
        }
        let tieFields: [(String, (Relation) -> String?)] = [
            ("mutual", { $0.isMutual ? "true" : nil }), ("source_group", { $0.source }),
            ("confidence", { $0.confidence.map(n) }), ("date", { $0.date }), ("note", { $0.note }),
        ]
        let usedTie = tieFields.filter { f in map.relations.contains { f.1($0) != nil } }
        var edges =
            (["Source", "Target", "Type", "Id", "Label", "Weight", "polarity"] + usedTie.map(\.0)).joined(
                separator: ",")
            + "\n"
        for (i, r) in map.relations.enumerated() {
            let type = map.relationType(named: r.type)
            let directed = (type?.isDirected ?? true) && !r.isMutual
            var row = [
                r.from, r.to, directed ? "Directed" : "Undirected", String(i), r.type, n(r.weight),
                type?.polarity.rawValue ?? "positive",
            ]
            row += usedTie.map { $0.1(r) ?? "" }
            edges += row.map(cell).joined(separator: ",") + "\n"
        }
        var output = ModelExport.Output(text: nodes, losses: losses)
        output.companion = ModelExport.Companion(suffix: "-edges.csv", text: edges)
        return output
    }

    /// A CSV field, quoted when it holds `,`, `"`, a line break or spaces at either end.
    static func cell(_ s: String) -> String {
        let needs =
            s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" } || s.first == " " || s.last == " "
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
