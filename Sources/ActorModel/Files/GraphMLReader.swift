import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GraphML (typed `<key>` attributes, as yEd, igraph and networkx write them) into a map through
/// ``ModelBuilder/addForeignNetwork(_:mapping:)``.
///
/// Nodes: `id`; the attributes `name` or `label` (the name), `sector` or `type` (mapped to a sector),
/// `tags` (`|` between tags), `notes` or `description`; ActorMap's own `level`, `represents`, `power`,
/// `legitimacy`, `accountability` and `sensitive` as those fields; any other attribute is kept as an actor
/// attribute.
/// Edges: `source`, `target`; `type` (mapped to a relation type, or taken as ActorMap's own when the edge
/// has a `polarity`, as ActorMap's export writes it), `weight`, `mutual`, the `directed` XML attribute and
/// the graph's `edgedefault`; `note` or `description`, `source_group`, `confidence`, `date`; other
/// attributes are reported as not kept.
///
/// Safety: a document with a `<!DOCTYPE` is refused before parsing (GraphML needs no DTD), so no entity is
/// ever declared, expanded or fetched; the parser is also told not to resolve external entities.
struct GraphMLReader {
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

    /// The map, or `nil` when the file is not GraphML that can be read.
    mutating func read() -> StakeholderMap? {
        let collector = Collector(path: path)
        guard SafeXML.parse(text, path: path, format: "GraphML", into: collector, log: builder.log) else { return nil }
        guard collector.sawGraph else {
            builder.log.error(
                "no <graph> element: this is not GraphML", at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        }
        for (message, location) in collector.problems { builder.log.error(message, at: location) }
        for (message, location) in collector.notes { builder.log.warning(message, at: location) }
        var network = collector.network
        network.directedByDefault = collector.directedByDefault
        network.readsActorMapFields = true
        if let name = collector.graphName {
            builder.describe(
                name: name, description: collector.graphDescription, source: collector.graphSource, date: nil)
        }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }

    /// The XML parser's delegate: keys, nodes, edges and their data, with positions.
    final class Collector: NSObject, SafeXML.Collecting {
        struct Key {
            var name: String
            var type: String
            var domain: String
            var defaultValue: String?
        }

        let path: String
        var keys: [String: Key] = [:]
        var network = ForeignNetwork(format: "GraphML")
        var directedByDefault = true
        var sawGraph = false
        var graphName: String?
        var graphDescription: String?
        var graphSource: String?
        var problems: [(String, SourceLocation)] = []
        var notes: [(String, SourceLocation)] = []
        var refusal: String?
        private(set) var depth = 0
        private var graphDepth = 0
        private var element: ForeignNetwork.Element?
        private var connection: ForeignNetwork.Connection?
        private var mutual = false
        private var dataKey: (key: String, location: SourceLocation)?
        private var dataText = ""
        private var pendingKey: (id: String, key: Key)?
        private var ignoredEdgeKeys = Set<String>()

        init(path: String) { self.path = path }

        func here(_ parser: XMLParser) -> SourceLocation {
            SourceLocation(path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            let local = name.split(separator: ":").last.map(String.init) ?? name
            switch local {
            case "key":
                guard let id = attributes["id"] else {
                    problems.append(("a <key> needs an 'id'", here(parser)))
                    return
                }
                let key = Key(
                    name: attributes["attr.name"] ?? id, type: attributes["attr.type"] ?? "string",
                    domain: attributes["for"] ?? "all")
                keys[id] = key
                pendingKey = (id, key)
            case "graph":
                if sawGraph {
                    if graphDepth == 0 { notes.append(("only the first <graph> is read", here(parser))) }
                    graphDepth += 1
                    return
                }
                sawGraph = true
                directedByDefault = attributes["edgedefault"] != "undirected"
            case "node" where graphDepth == 0:
                let location = here(parser)
                guard let id = attributes["id"], !id.isEmpty else {
                    problems.append(("a <node> needs an 'id'", location))
                    return
                }
                var e = ForeignNetwork.Element(location: location)
                e.id = Located(id, at: location)
                for (k, key) in keys where key.domain == "node" || key.domain == "all" {
                    if let d = key.defaultValue { apply(k, d, location: location, to: &e) }
                }
                element = e
            case "edge" where graphDepth == 0:
                let location = here(parser)
                guard let s = attributes["source"], let t = attributes["target"] else {
                    problems.append(("an <edge> needs 'source' and 'target'", location))
                    return
                }
                var c = ForeignNetwork.Connection(
                    from: Located(s, at: location), to: Located(t, at: location), location: location)
                if let d = attributes["directed"] {
                    c.direction = Located(d == "false" ? "undirected" : "directed", at: location)
                }
                mutual = false
                connection = c
            case "data":
                dataKey = (attributes["key"] ?? "", here(parser))
                dataText = ""
            case "default":
                dataText = ""
            case "hyperedge", "port":
                notes.append(("<\(local)> is not read: ActorMap ties join two actors", here(parser)))
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { dataText += string }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            depth -= 1
            let local = name.split(separator: ":").last.map(String.init) ?? name
            switch local {
            case "default":
                if let (id, key) = pendingKey {
                    var k = key
                    k.defaultValue = dataText
                    keys[id] = k
                }
            case "key": pendingKey = nil
            case "graph": if graphDepth > 0 { graphDepth -= 1 }
            case "data":
                guard let (key, location) = dataKey else { return }
                dataKey = nil
                if element != nil {
                    apply(key, dataText, location: location, to: &element!)
                } else if connection != nil {
                    applyEdge(key, dataText, location: location)
                } else if let k = keys[key] {
                    switch k.name {
                    case "name": graphName = dataText
                    case "description": graphDescription = dataText
                    case "source": graphSource = dataText
                    default: break
                    }
                }
            case "node":
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
            _ keyID: String, _ value: String, location: SourceLocation, to e: inout ForeignNetwork.Element
        ) {
            let name = keys[keyID]?.name ?? keyID
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name.lowercased() {
            case "name", "label": e.label = Located(v, at: location)
            case "sector", "type": e.type = Located(v, at: location)
            case "tags": e.tags = KumuReader.splitTags(v)
            case "notes", "description": e.description = value
            default:
                e.attributes.removeAll { $0.key == name }
                e.attributes.append((name, value))
            }
        }

        private func applyEdge(_ keyID: String, _ value: String, location: SourceLocation) {
            let name = keys[keyID]?.name ?? keyID
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name.lowercased() {
            case "type", "label", "relation": connection?.type = Located(v, at: location)
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
            case "weight", "strength":
                if let w = Double(v), w.isFinite, !v.lowercased().contains("n") {
                    connection?.strength = Located(w, at: location)
                } else {
                    problems.append(("'\(name)' must be a finite number, found '\(v)'", location))
                    connection = nil
                }
            default:
                if ignoredEdgeKeys.insert(name).inserted {
                    notes.append(
                        ("edge attribute '\(name)' is not kept: ActorMap ties carry no custom attributes", location))
                }
            }
        }
    }
}
