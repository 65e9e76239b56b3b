import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GEXF (1.1 to 1.3, as Gephi and networkx write it) into a map through
/// ``ModelBuilder/addForeignNetwork(_:mapping:)``.
///
/// Nodes: `id`, `label` (the name); attribute values (`<attvalue for=… value=…>`, by the attribute's
/// `title`): `sector` or `type` (mapped to a sector), `tags` (`|` between tags), `notes` or `description`,
/// ActorMap's own `level`, `represents`, `power`, `legitimacy`, `accountability`, `sensitive`, and any
/// other as an actor attribute. Edges: `source`, `target`, `weight`, the relation type from `kind`
/// (GEXF 1.3), else `label`, else a `type`/`relation` attribute value; the direction from the edge's
/// `type` (directed, undirected, mutual) or the graph's `defaultedgetype`, or the attribute values
/// `directed` and `mutual`; `polarity`, `source_group`, `confidence`, `date`, `note`. The graph's `name`
/// and `<meta>`'s `<description>` and `lastmodifieddate` describe the map. Spells, hierarchies and
/// visual attributes are not read.
///
/// Safety: as GraphML (``SafeXML``): a DOCTYPE is refused before parsing, entities are never expanded.
/// Complexity: O(size of the document).
struct GEXFReader {
    let path: String
    let text: String
    let mapping: TypeMapping
    private(set) var builder: ModelBuilder

    init(path: String, text: String, defaultName: String, mapping: TypeMapping) {
        self.path = path
        self.text = text
        self.mapping = mapping
        builder = ModelBuilder(name: defaultName)
    }

    /// The map, or `nil` when the file is not GEXF that can be read.
    mutating func read() -> StakeholderMap? {
        let collector = Collector(path: path)
        guard SafeXML.parse(text, path: path, format: "GEXF", into: collector, log: builder.log) else { return nil }
        guard collector.sawGraph else {
            builder.log.error(
                "no <graph> element: this is not GEXF", at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        }
        for (message, location) in collector.problems { builder.log.error(message, at: location) }
        for (message, location) in collector.notes { builder.log.warning(message, at: location) }
        var network = collector.network
        network.readsActorMapFields = true
        let date = collector.date.flatMap { YAMLNodeReader.isValidDate($0) ? $0 : nil }
        if collector.graphName != nil || collector.graphDescription != nil || date != nil {
            builder.describe(
                name: collector.graphName, description: collector.graphDescription, source: nil, date: date)
        }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }

    /// The XML parser's delegate: attribute declarations, nodes, edges and their values, with positions.
    final class Collector: NSObject, SafeXML.Collecting {
        struct Attribute {
            var title: String
            var defaultValue: String?
        }

        let path: String
        var network = ForeignNetwork(format: "GEXF")
        var sawGraph = false
        var graphName: String?
        var graphDescription: String?
        var date: String?
        var problems: [(String, SourceLocation)] = []
        var notes: [(String, SourceLocation)] = []
        var refusal: String?
        private(set) var depth = 0
        private var nodeAttributes: [String: Attribute] = [:]
        private var edgeAttributes: [String: Attribute] = [:]
        private var attributeClass = "node"
        private var pendingAttribute: String?
        private var graphDepth = 0
        private var nodeDepth = 0
        private var element: ForeignNetwork.Element?
        private var connection: ForeignNetwork.Connection?
        private var edgeHasKind = false
        private var mutual = false
        private var mutualByDefault = false
        private var text = ""
        private var inMeta = false
        private var ignoredEdgeKeys = Set<String>()
        private var notedHierarchy = false

        init(path: String) { self.path = path }

        func here(_ parser: XMLParser) -> SourceLocation {
            SourceLocation(path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            text = ""
            let local = SafeXML.localName(name)
            if graphDepth > 1 { return }
            switch local {
            case "meta":
                inMeta = true
                date = attributes["lastmodifieddate"]
            case "graph":
                if sawGraph {
                    if graphDepth == 1 { notes.append(("only the first <graph> is read", here(parser))) }
                    graphDepth += 1
                    return
                }
                sawGraph = true
                graphDepth = 1
                graphName = attributes["name"]
                // GEXF's default is undirected; a mutual default makes every edge without a type mutual.
                let kind = attributes["defaultedgetype"]?.lowercased()
                network.directedByDefault = kind == "directed"
                mutualByDefault = kind == "mutual"
            case "attributes":
                attributeClass = attributes["class"]?.lowercased() ?? "node"
            case "attribute":
                guard let id = attributes["id"] else {
                    problems.append(("an <attribute> needs an 'id'", here(parser)))
                    return
                }
                let a = Attribute(title: attributes["title"] ?? id)
                if attributeClass == "edge" { edgeAttributes[id] = a } else { nodeAttributes[id] = a }
                pendingAttribute = id
            case "node":
                let location = here(parser)
                nodeDepth += 1
                if nodeDepth > 1 {
                    if !notedHierarchy {
                        notes.append(("nested nodes (a hierarchy) are read as nodes of their own", location))
                        notedHierarchy = true
                    }
                    if let e = element { network.elements.append(e) }
                    element = nil
                }
                guard let id = attributes["id"], !id.isEmpty else {
                    problems.append(("a <node> needs an 'id'", location))
                    return
                }
                var e = ForeignNetwork.Element(location: location)
                e.id = Located(id, at: location)
                if let label = attributes["label"], !label.isEmpty { e.label = Located(label, at: location) }
                for (_, a) in nodeAttributes.sorted(by: { $0.key < $1.key }) {
                    if let d = a.defaultValue { apply(a.title, d, location: location, to: &e) }
                }
                element = e
            case "edge":
                let location = here(parser)
                guard let s = attributes["source"], let t = attributes["target"] else {
                    problems.append(("an <edge> needs 'source' and 'target'", location))
                    return
                }
                var c = ForeignNetwork.Connection(
                    from: Located(s, at: location), to: Located(t, at: location), location: location)
                if let type = attributes["type"] {
                    c.direction = Located(type.lowercased(), at: location)
                } else if mutualByDefault {
                    c.direction = Located("mutual", at: location)
                }
                edgeHasKind = false
                if let kind = attributes["kind"], !kind.isEmpty {
                    c.type = Located(kind, at: location)
                    edgeHasKind = true
                } else if let label = attributes["label"], !label.isEmpty {
                    c.type = Located(label, at: location)
                }
                if let w = attributes["weight"] {
                    if let x = Double(w), x.isFinite, !w.lowercased().contains("n") {
                        c.strength = Located(x, at: location)
                    } else {
                        problems.append(("'weight' must be a finite number, found '\(w)'", location))
                        return
                    }
                }
                mutual = false
                connection = c
                for (_, a) in edgeAttributes.sorted(by: { $0.key < $1.key }) {
                    if let d = a.defaultValue { applyEdge(a.title, d, location: location) }
                }
            case "attvalue":
                guard let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else {
                    problems.append(("an <attvalue> needs 'for' and 'value'", here(parser)))
                    return
                }
                let location = here(parser)
                if element != nil {
                    let title = nodeAttributes[key]?.title ?? key
                    apply(title, value, location: location, to: &element!)
                } else if connection != nil {
                    applyEdge(edgeAttributes[key]?.title ?? key, value, location: location)
                }
            case "parents", "parent", "spells", "spell":
                notes.append(("<\(local)> is not read: ActorMap maps have no hierarchy or time line", here(parser)))
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            depth -= 1
            let local = SafeXML.localName(name)
            if graphDepth > 1 {
                if local == "graph" { graphDepth -= 1 }
                return
            }
            switch local {
            case "meta": inMeta = false
            case "description" where inMeta: graphDescription = text
            case "default":
                guard let id = pendingAttribute else { return }
                if attributeClass == "edge" {
                    edgeAttributes[id]?.defaultValue = text
                } else {
                    nodeAttributes[id]?.defaultValue = text
                }
            case "attribute": pendingAttribute = nil
            case "node":
                nodeDepth -= 1
                if let e = element { network.elements.append(e) }
                element = nil
            case "edge":
                if var c = connection {
                    if mutual { c.direction = Located("mutual", at: c.location) }
                    network.connections.append(c)
                }
                connection = nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            refusal = SafeXML.refusal(forExternalEntity: name)
            parser.abortParsing()
            return nil
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refusal = SafeXML.refusal(forEntityDeclaration: name)
            parser.abortParsing()
        }

        private func apply(
            _ title: String, _ value: String, location: SourceLocation, to e: inout ForeignNetwork.Element
        ) {
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch title.lowercased() {
            case "name", "label": if !v.isEmpty { e.label = Located(v, at: location) }
            case "sector", "type": e.type = Located(v, at: location)
            case "tags": e.tags = KumuReader.splitTags(v)
            case "notes", "description": e.description = value
            default:
                e.attributes.removeAll { $0.key == title }
                e.attributes.append((title, value))
            }
        }

        private func applyEdge(_ title: String, _ value: String, location: SourceLocation) {
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch title.lowercased() {
            case "type", "relation", "kind":
                if !edgeHasKind { connection?.type = Located(v, at: location) }
            case "polarity": connection?.polarity = Located(v, at: location)
            case "mutual": mutual = v.lowercased() == "true" || v == "1"
            case "directed":
                if let c = connection {
                    let directed = !(v.lowercased() == "false" || v == "0")
                    connection?.direction = Located(directed ? "directed" : "undirected", at: c.location)
                }
            case "note", "description": connection?.description = value
            case "source_group": connection?.source = v
            case "date": connection?.date = v
            case "confidence":
                if let x = Double(v), x.isFinite {
                    connection?.confidence = Located(x, at: location)
                } else {
                    problems.append(("'confidence' must be a number, found '\(v)'", location))
                    connection = nil
                }
            case "weight":
                if let x = Double(v), x.isFinite, !v.lowercased().contains("n") {
                    connection?.strength = Located(x, at: location)
                } else {
                    problems.append(("'weight' must be a finite number, found '\(v)'", location))
                    connection = nil
                }
            default:
                if ignoredEdgeKeys.insert(title).inserted {
                    notes.append(
                        ("edge attribute '\(title)' is not kept: ActorMap ties carry no custom attributes", location))
                }
            }
        }
    }
}
