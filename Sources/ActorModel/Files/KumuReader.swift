import Foundation
import Yams

/// Reads a Kumu map: its JSON export (`elements`, `connections`), or its spreadsheet layout (an Elements
/// CSV sheet, and a Connections CSV sheet given with `--connections`).
///
/// Elements: `Label` (the name; required), optional `ID`, `Type`, `Description`, `Tags` (`|` between tags)
/// and any custom column (kept as an attribute). Connections: `From`, `To` (an element's ID or Label),
/// `Type`, `Direction` (directed, undirected, mutual; directed when blank, as in Kumu), `Strength` (the
/// weight), `Description`; other columns are ignored with a warning (a tie has no custom attributes). The
/// JSON export gives the same fields in each item or under its `attributes` (`element type`,
/// `connection type`), and connections name elements by their `_id`.
///
/// Only the syntax lives here; ids, type mapping and every rule are ``ModelBuilder``'s
/// (``ModelBuilder/addForeignNetwork(_:mapping:)``).
struct KumuReader {
    let path: String
    let mapping: TypeMapping
    private(set) var builder: ModelBuilder

    init(path: String, defaultName: String, mapping: TypeMapping) {
        self.path = path
        self.mapping = mapping
        builder = ModelBuilder(name: defaultName)
    }

    // MARK: - JSON export

    /// Whether a JSON or YAML text is a Kumu export rather than an ActorMap model: a mapping with
    /// `elements` or `connections` and without `actormap`.
    static func isKumuJSON(_ text: String) -> Bool {
        guard let root = try? Yams.compose(yaml: text), case .mapping(let m) = root else { return false }
        let keys = Set(m.keys.compactMap { $0.scalar?.string })
        return !keys.contains("actormap") && (keys.contains("elements") || keys.contains("connections"))
    }

    mutating func readJSON(_ text: String) -> StakeholderMap? {
        let nodes = YAMLNodeReader(path: path, log: builder.log)
        guard let root = nodes.compose(text, emptyMessage: "the file is empty; a Kumu export has 'elements'"),
            let top = nodes.entries(of: root, what: "the Kumu export")
        else { return nil }
        var network = ForeignNetwork(format: "Kumu")
        let field = nodes.fields(top)
        for e in top where !["elements", "connections"].contains(e.key) {
            builder.log.warning(
                "'\(e.key)' is not read: ActorMap takes a Kumu map's elements and connections",
                at: nodes.location(of: e.keyNode))
        }
        if let e = field["elements"], let items = nodes.sequence(e.value, field: "elements") {
            for item in items {
                guard let entries = nodes.entries(of: item, what: "a Kumu element") else { continue }
                let f = flattened(entries, nodes: nodes)
                var element = ForeignNetwork.Element(location: nodes.location(of: item))
                element.key = f.first { $0.key == "_id" }.flatMap { nodes.peekString($0.value) }
                var attributes: [(String, String)] = []
                for (key, node) in f {
                    switch key.lowercased() {
                    case "_id": break
                    case "id": element.id = nodes.requiredName(node, field: "id")
                    case "label": element.label = nodes.requiredName(node, field: "label")
                    case "type", "element type":
                        element.type = nodes.string(node, field: key).map { nodes.located($0, node) }
                    case "description": element.description = nodes.string(node, field: key)
                    case "tags": element.tags = tags(node, nodes: nodes)
                    default: if let v = attributeText(node, key: key, nodes: nodes) { attributes.append((key, v)) }
                    }
                }
                element.attributes = attributes
                if element.label == nil && element.id == nil && element.key != nil {
                    element.label = element.key.map { Located($0, at: element.location) }
                }
                network.elements.append(element)
            }
        }
        if let e = field["connections"], let items = nodes.sequence(e.value, field: "connections") {
            for item in items {
                guard let entries = nodes.entries(of: item, what: "a Kumu connection") else { continue }
                let f = flattened(entries, nodes: nodes)
                let fromNode = f.first { $0.key.lowercased() == "from" }?.value
                let toNode = f.first { $0.key.lowercased() == "to" }?.value
                guard let fromNode, let toNode else {
                    nodes.error("a Kumu connection needs 'from' and 'to'", at: item)
                    continue
                }
                guard let from = nodes.requiredName(fromNode, field: "from"),
                    let to = nodes.requiredName(toNode, field: "to")
                else { continue }
                var c = ForeignNetwork.Connection(from: from, to: to, location: nodes.location(of: item))
                for (key, node) in f {
                    switch key.lowercased() {
                    case "type", "connection type":
                        c.type = nodes.string(node, field: key).map { nodes.located($0, node) }
                    case "direction": c.direction = nodes.string(node, field: key).map { nodes.located($0, node) }
                    case "strength": c.strength = nodes.optionalNumber(node, field: key)
                    case "description": c.description = nodes.string(node, field: key)
                    case "from", "to", "_id", "id", "label": break
                    default:
                        builder.log.warning(
                            "'\(key)' is not kept: ActorMap ties carry no custom attributes",
                            at: nodes.location(of: node))
                    }
                }
                network.connections.append(c)
            }
        }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }

    /// An item's fields with those under `attributes` (Kumu's export) in their place.
    private func flattened(_ entries: [YAMLNodeReader.Entry], nodes: YAMLNodeReader) -> [(key: String, value: Node)] {
        var result: [(key: String, value: Node)] = []
        for e in entries {
            if e.key == "attributes", let inner = nodes.entries(of: e.value, what: "'attributes'") {
                result += inner.map { ($0.key, $0.value) }
            } else {
                result.append((e.key, e.value))
            }
        }
        return result
    }

    private func tags(_ node: Node, nodes: YAMLNodeReader) -> [String] {
        if case .sequence(let s) = node { return s.compactMap { nodes.string($0, field: "an entry of 'tags'") } }
        return nodes.string(node, field: "tags").map(Self.splitTags) ?? []
    }

    /// A custom attribute's value as text: a scalar as written, a list of scalars joined with `|`.
    private func attributeText(_ node: Node, key: String, nodes: YAMLNodeReader) -> String? {
        if case .sequence(let s) = node {
            return s.compactMap { nodes.string($0, field: "attribute '\(key)'") }.joined(separator: "|")
        }
        return nodes.string(node, field: "attribute '\(key)'")
    }

    static func splitTags(_ text: String) -> [String] {
        text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: - Spreadsheet layout

    /// Whether a CSV text is a Kumu Elements sheet: its first column is `Label` (any case).
    static func isElementsSheet(_ text: String) -> Bool {
        // Only the first line is parsed: a large edge list must not be read twice to learn it is one.
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        guard let header = try? CSVTable(parsing: String(firstLine)).rows.first, let first = header.first else {
            return false
        }
        return first.text.trimmingCharacters(in: .whitespaces).lowercased() == "label"
    }

    /// Reads the Elements sheet `text` and, when given, the Connections sheet (`connections`, at
    /// `connectionsPath`).
    mutating func readSheets(_ text: String, connections: String?, connectionsPath: String) -> StakeholderMap? {
        var network = ForeignNetwork(format: "Kumu")
        guard let elements = table(text, path: path, what: "an Elements sheet starts with the header 'Label'")
        else { return nil }
        let header = elements[0]
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let labelColumn = names.firstIndex(of: "label") else {
            error(
                "the Elements sheet has no 'Label' column; Kumu's sheet starts with 'Label'"
                    + NearMiss.hint(for: names.first ?? "", among: ["label"]), at: header[0], in: path)
            return nil
        }
        duplicateColumns(header, names: names, in: path)
        for row in elements.dropFirst() {
            var e = ForeignNetwork.Element(location: location(of: row[0], in: path))
            for (i, field) in row.enumerated() where i < header.count {
                let value = field.text.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                let here = Located(value, at: location(of: field, in: path))
                switch names[i] {
                case _ where i == labelColumn: e.label = here
                case "id": e.id = here
                case "type": e.type = here
                case "description": e.description = value
                case "tags": e.tags = Self.splitTags(value)
                case "label": break  // a second Label column is reported above
                default: e.attributes.append((header[i].text.trimmingCharacters(in: .whitespaces), value))
                }
            }
            extraFields(row, header: header, in: path)
            network.elements.append(e)
        }
        if let connections {
            readConnections(connections, path: connectionsPath, into: &network)
        }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }

    private mutating func readConnections(_ text: String, path: String, into network: inout ForeignNetwork) {
        guard let rows = table(text, path: path, what: "a Connections sheet starts with the header 'From,To'")
        else { return }
        let header = rows[0]
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        duplicateColumns(header, names: names, in: path)
        guard let fromColumn = names.firstIndex(of: "from"), let toColumn = names.firstIndex(of: "to") else {
            let missing = names.contains("from") ? "To" : "From"
            error(
                "the Connections sheet has no '\(missing)' column; Kumu's sheet starts with 'From,To'"
                    + NearMiss.hint(for: names.first ?? "", among: [missing.lowercased()]), at: header[0], in: path)
            return
        }
        let known = ["from", "to", "type", "direction", "strength", "description"]
        for (i, name) in names.enumerated() where !known.contains(name) {
            builder.log.alwaysWarn(
                "column '\(header[i].text)' is not kept: ActorMap ties carry no custom attributes",
                at: location(of: header[i], in: path))
        }
        for row in rows.dropFirst() {
            guard fromColumn < row.count, toColumn < row.count else {
                error(
                    "this row has \(row.count) field\(row.count == 1 ? "" : "s"); the header has \(header.count)",
                    at: row[0], in: path)
                continue
            }
            func located(_ f: CSVTable.Field) -> Located<String> {
                Located(f.text.trimmingCharacters(in: .whitespaces), at: location(of: f, in: path))
            }
            var c = ForeignNetwork.Connection(
                from: located(row[fromColumn]), to: located(row[toColumn]), location: location(of: row[0], in: path))
            var usable = true
            for (name, end) in [("From", c.from), ("To", c.to)] where end.value.isEmpty {
                builder.log.error("empty '\(name)'; name an element's ID or Label", at: end.location)
                usable = false
            }
            for (i, field) in row.enumerated() where i < header.count && i != fromColumn && i != toColumn {
                let value = located(field)
                guard !value.value.isEmpty else { continue }
                switch names[i] {
                case "type": c.type = value
                case "direction": c.direction = value
                case "description": c.description = value.value
                case "strength":
                    if let w = Double(value.value), w.isFinite, !value.value.lowercased().contains("n") {
                        c.strength = Located(w, at: value.location)
                    } else {
                        builder.log.error(
                            "'Strength' must be a finite number, found '\(value.value)'", at: value.location)
                        usable = false
                    }
                default: break
                }
            }
            extraFields(row, header: header, in: path)
            if usable { network.connections.append(c) }
        }
    }

    // MARK: - CSV helpers

    /// The rows of a CSV text with at least a header, or `nil` with a located error.
    private func table(_ text: String, path: String, what: String) -> [[CSVTable.Field]]? {
        do {
            let rows = try CSVTable(parsing: text).rows
            guard !rows.isEmpty else {
                builder.log.error("the file is empty; \(what)", at: SourceLocation(path: path, line: 1, column: 1))
                return nil
            }
            return rows
        } catch CSVTable.ParseError.unterminatedQuote(let line, let column) {
            builder.log.error(
                "a quoted field is never closed; add the closing '\"'",
                at: SourceLocation(path: path, line: line, column: column))
        } catch CSVTable.ParseError.textAfterClosingQuote(let line, let column) {
            builder.log.error(
                "text after a closing quote; put the whole field in quotes, doubling any '\"' inside",
                at: SourceLocation(path: path, line: line, column: column))
        } catch {
            builder.log.error("cannot read the CSV file: \(error)", at: SourceLocation(path: path, line: 1, column: 1))
        }
        return nil
    }

    private func duplicateColumns(_ header: [CSVTable.Field], names: [String], in path: String) {
        for (i, name) in names.enumerated() {
            if let first = names.firstIndex(of: name), first < i, !name.isEmpty {
                error(
                    "the header names the column '\(header[i].text)' twice; which one is meant is unclear",
                    at: header[i], in: path)
            }
        }
    }

    private func extraFields(_ row: [CSVTable.Field], header: [CSVTable.Field], in path: String) {
        if row.count > header.count,
            let extra = row.dropFirst(header.count).first(where: {
                !$0.text.trimmingCharacters(in: .whitespaces).isEmpty
            })
        {
            builder.log.warning(
                "this row has \(row.count) fields; the header has \(header.count): the extra ones are ignored",
                at: location(of: extra, in: path))
        }
    }

    private func location(of f: CSVTable.Field, in path: String) -> SourceLocation {
        SourceLocation(path: path, line: f.line, column: f.column)
    }

    private func error(_ message: String, at f: CSVTable.Field, in path: String) {
        builder.log.error(message, at: location(of: f, in: path))
    }
}
