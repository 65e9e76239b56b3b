/// Reads Gephi's spreadsheet layout: a node table (`Id`, `Label`, any other column) and, given with
/// `--edges`, an edge table (`Source`, `Target`, `Type` = Directed / Undirected / Mutual, `Weight`, and the
/// relation type in `Label`, `Kind` or `Relation`), into a map through
/// ``ModelBuilder/addForeignNetwork(_:mapping:)``.
///
/// Node columns `sector` or `type` are mapped to a sector, `tags` split on `|`, `notes` or `description`
/// are the notes, ActorMap's own `level`, `represents`, `power`, `legitimacy`, `accountability` and
/// `sensitive` are those fields, any other column is an attribute. Edge columns `polarity`, `mutual`,
/// `source_group`, `confidence`, `date` and `note` are ActorMap's own (as its export writes them); `Id` and
/// `timeset` are Gephi's and not kept; any other column is reported as not kept.
/// Complexity: O(size of the two files).
struct GephiReader {
    let path: String
    let mapping: TypeMapping
    private(set) var builder: ModelBuilder

    init(path: String, defaultName: String, mapping: TypeMapping) {
        self.path = path
        self.mapping = mapping
        builder = ModelBuilder(name: defaultName)
    }

    /// Whether a CSV text is a Gephi node table: its first column is `Id` (any case).
    static func isNodeTable(_ text: String) -> Bool {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        guard let header = try? CSVTable(parsing: String(firstLine)).rows.first, let first = header.first else {
            return false
        }
        return first.text.trimmingCharacters(in: .whitespaces).lowercased() == "id"
    }

    /// Whether a CSV text is a Gephi edge table on its own: `Source`, `Target` and `Type` columns with Gephi's
    /// `Id` or `Label` (columns an edge list does not use), any case.
    static func isEdgeTable(_ text: String) -> Bool {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        guard let header = try? CSVTable(parsing: String(firstLine)).rows.first else { return false }
        let names = Set(header.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() })
        return names.isSuperset(of: ["source", "target", "type"]) && !names.isDisjoint(with: ["id", "label"])
    }

    /// Reads an edge table without its node table: the actors are the ends, named by their ids.
    mutating func readEdgesOnly(_ text: String) -> StakeholderMap? {
        var network = ForeignNetwork(format: "Gephi")
        network.readsActorMapFields = true
        network.endsMakeActors = true
        readEdges(text, path: path, into: &network)
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }

    /// Reads the node table `text` and, when given, the edge table `edges` (at `edgesPath`).
    mutating func read(_ text: String, edges: String?, edgesPath: String) -> StakeholderMap? {
        var network = ForeignNetwork(format: "Gephi")
        network.readsActorMapFields = true
        network.directedByDefault = true
        guard let nodes = CSVSheet(text, path: path, what: "a Gephi node table starts with 'Id'", log: builder.log)
        else { return nil }
        guard let idColumn = nodes.column("id") else {
            builder.log.error(
                "the node table has no 'Id' column; Gephi's starts with 'Id,Label'"
                    + NearMiss.hint(for: nodes.names.first ?? "", among: ["id"]),
                at: nodes.location(of: nodes.header[0]))
            return nil
        }
        for row in nodes.rows.dropFirst() {
            var e = ForeignNetwork.Element(location: nodes.location(of: row[0]))
            guard let id = nodes.value(row, idColumn) else {
                builder.log.error("empty 'Id'; every node needs one", at: e.location)
                continue
            }
            e.id = id
            for (i, name) in nodes.names.enumerated() where i != idColumn {
                guard let v = nodes.value(row, i) else { continue }
                switch name {
                case "label": e.label = v
                case "sector", "type": e.type = v
                case "tags": e.tags = KumuReader.splitTags(v.value)
                case "notes", "description": e.description = row[i].text
                default: e.attributes.append((nodes.header[i].text.trimmingCharacters(in: .whitespaces), v.value))
                }
            }
            if row.count > nodes.header.count {
                builder.log.warning(
                    "this row has \(row.count) fields; the header has \(nodes.header.count): the extra ones are "
                        + "ignored", at: nodes.location(of: row[nodes.header.count]))
            }
            network.elements.append(e)
        }
        if let edges { readEdges(edges, path: edgesPath, into: &network) }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }

    private mutating func readEdges(_ text: String, path: String, into network: inout ForeignNetwork) {
        guard
            let sheet = CSVSheet(
                text, path: path, what: "a Gephi edge table starts with 'Source,Target'", log: builder.log)
        else { return }
        guard let sourceColumn = sheet.column("source"), let targetColumn = sheet.column("target") else {
            let missing = sheet.column("source") == nil ? "Source" : "Target"
            builder.log.error(
                "the edge table has no '\(missing)' column; Gephi's starts with 'Source,Target'",
                at: sheet.location(of: sheet.header[0]))
            return
        }
        let known = [
            "source", "target", "type", "weight", "label", "kind", "relation", "polarity", "mutual", "source_group",
            "confidence", "date", "note", "id", "timeset",
        ]
        for (i, name) in sheet.names.enumerated() where !known.contains(name) {
            builder.log.alwaysWarn(
                "column '\(sheet.header[i].text)' is not kept: ActorMap ties carry no custom attributes",
                at: sheet.location(of: sheet.header[i]))
        }
        for row in sheet.rows.dropFirst() {
            let location = sheet.location(of: row[0])
            guard let from = sheet.value(row, sourceColumn), let to = sheet.value(row, targetColumn) else {
                builder.log.error("this edge needs a 'Source' and a 'Target'", at: location)
                continue
            }
            var c = ForeignNetwork.Connection(from: from, to: to, location: location)
            var usable = true
            var mutual = false
            for (i, name) in sheet.names.enumerated() where i != sourceColumn && i != targetColumn {
                guard let v = sheet.value(row, i) else { continue }
                switch name {
                case "type": c.direction = Located(v.value.lowercased(), at: v.location)
                case "label", "kind", "relation": if c.type == nil { c.type = v }
                case "polarity": c.polarity = v
                case "mutual": mutual = v.value.lowercased() == "true" || v.value == "1"
                case "source_group": c.source = v.value
                case "date": c.date = v.value
                case "note": c.description = row[i].text
                case "weight", "confidence":
                    guard let x = Double(v.value), x.isFinite, !v.value.lowercased().contains("n") else {
                        builder.log.error(
                            "'\(sheet.header[i].text)' must be a finite number, found '\(v.value)'", at: v.location)
                        usable = false
                        continue
                    }
                    if name == "weight" {
                        c.strength = Located(x, at: v.location)
                    } else {
                        c.confidence = Located(x, at: v.location)
                    }
                default: break
                }
            }
            if mutual { c.direction = Located("mutual", at: c.location) }
            if usable { network.connections.append(c) }
        }
    }
}
