import Foundation

/// The file formats ActorMap reads and writes, and how a file's format is recognised.
public enum ModelFormat: String, Sendable, CaseIterable {
    /// ActorMap's own model file, as YAML.
    case yaml
    /// ActorMap's own model file, as JSON (the same schema).
    case json
    /// A CSV edge list (`source,target` or `From,To`, optional `weight`, `type`).
    case csv
    /// A Kumu map: its JSON export, or its Elements sheet (CSV) with a Connections sheet (`--connections`).
    case kumu
    /// Gephi's spreadsheet layout: a node table (`Id,Label,…`) with an edge table (`--edges`).
    case gephi
    /// GEXF 1.3 (Gephi's XML), with attribute values and the edge `kind`.
    case gexf
    /// GraphML (typed `<key>` attributes, as yEd, igraph and networkx write them).
    case graphml
    /// networkx's node-link JSON (`networkx.node_link_data`, `links` or `edges`).
    case nodeLink = "node-link"
    /// A Pajek network (`.net`): `*Vertices`, `*Arcs`, `*Edges`, multi-relational `*Arcs :1 "name"`.
    case pajek
    /// Graphviz DOT, the diagram's own text (written only).
    case dot
    /// An ACLED-style event table (CSV; read only).
    case acled

    /// Formats a map can be read from.
    public static let readable: [ModelFormat] = [
        .yaml, .json, .csv, .kumu, .gephi, .gexf, .graphml, .nodeLink, .pajek, .acled,
    ]
    /// Formats a map can be written to.
    public static let writable: [ModelFormat] = [.yaml, .json, .kumu, .gephi, .gexf, .graphml, .nodeLink, .pajek, .dot]

    public var canRead: Bool { Self.readable.contains(self) }
    public var canWrite: Bool { Self.writable.contains(self) }

    /// The formats a file named `path` may be in, by its extension alone (empty: unknown extension).
    public static func candidates(forExtensionOf path: String) -> [ModelFormat] {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return [.yaml]
        case "json": return [.json, .kumu, .nodeLink]
        case "csv": return [.csv, .kumu, .gephi, .acled]
        case "graphml": return [.graphml]
        case "gexf": return [.gexf]
        case "xml": return [.graphml, .gexf]
        case "net", "paj": return [.pajek]
        case "dot", "gv": return [.dot]
        default: return []
        }
    }

    /// What ``recognise(path:text:hasConnections:hasEdges:)`` found.
    public enum Recognition: Equatable, Sendable {
        case format(ModelFormat)
        /// The content fits several formats (or none of those the extension allows): name one with `--from`.
        case ambiguous([ModelFormat])
        /// The extension is unknown.
        case unknown
    }

    /// The format of a file to read, from its extension and, where the extension allows several, its
    /// content:
    /// - `.json`: a Kumu export when it has `elements` or `connections`, node-link data when it has `nodes`
    ///   and `links` or `edges`, ActorMap's own otherwise (or with `actormap`); both Kumu's and node-link's
    ///   keys: ambiguous.
    /// - `.csv`: Kumu's Elements sheet when a Connections sheet is given or its first column is `Label`;
    ///   Gephi's node table when an edge table is given or its first column is `Id`, Gephi's edge table alone
    ///   when it has `Source`, `Target`, `Type` and Gephi's `Id` or `Label`; an ACLED table when
    ///   its header has `actor1` and `actor2`; an edge list otherwise. Two of these at once: ambiguous.
    /// - `.xml`: GraphML or GEXF by the root element (`<graphml`, `<gexf`); neither or both: ambiguous.
    public static func recognise(
        path: String, text: String, hasConnections: Bool = false, hasEdges: Bool = false
    ) -> Recognition {
        let candidates = candidates(forExtensionOf: path)
        guard let first = candidates.first else { return .unknown }
        if candidates.count == 1 { return .format(first) }
        var found: [ModelFormat] = []
        switch (path as NSString).pathExtension.lowercased() {
        case "json":
            if KumuReader.isKumuJSON(text) { found.append(.kumu) }
            if isNodeLinkJSON(text) { found.append(.nodeLink) }
            if found.isEmpty { found.append(.json) }
        case "csv":
            if hasConnections || KumuReader.isElementsSheet(text) { found.append(.kumu) }
            if hasEdges || GephiReader.isNodeTable(text) || GephiReader.isEdgeTable(text) { found.append(.gephi) }
            if ACLEDReader.isEventTable(text) { found.append(.acled) }
            if hasConnections && found.contains(.gephi) && !hasEdges { found.removeAll { $0 == .gephi } }
            if hasEdges && found.contains(.kumu) && !hasConnections { found.removeAll { $0 == .kumu } }
            if found.isEmpty { found.append(.csv) }
        default:
            let head = String(text.prefix(4096))
            if head.contains("<graphml") { found.append(.graphml) }
            if head.contains("<gexf") { found.append(.gexf) }
            if found.isEmpty { return .ambiguous(candidates) }
        }
        return found.count == 1 ? .format(found[0]) : .ambiguous(found)
    }

    /// Whether a JSON text looks like networkx node-link data: `nodes` and `links` or `edges`, no `actormap`.
    static func isNodeLinkJSON(_ text: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return false
        }
        return object["actormap"] == nil && object["nodes"] != nil && (object["links"] != nil || object["edges"] != nil)
    }

    /// The format to write a file named `path` in, by its extension: `nil` when unknown, and the list of
    /// choices when several formats share it (a `.json` file may be ActorMap's own, node-link or Kumu; a
    /// `.csv` file Gephi's node table, the only CSV format written).
    public static func outputFormat(forPath path: String) -> Result<ModelFormat, OutputChoice> {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return .success(.yaml)
        case "graphml": return .success(.graphml)
        case "gexf": return .success(.gexf)
        case "net", "paj": return .success(.pajek)
        case "dot", "gv": return .success(.dot)
        case "csv": return .success(.gephi)
        case "xml": return .failure(.ambiguous([.graphml, .gexf]))
        case "json": return .failure(.ambiguous([.json, .nodeLink, .kumu]))
        default: return .failure(.unknown)
        }
    }

    /// Why ``outputFormat(forPath:)`` could not choose.
    public enum OutputChoice: Error, Equatable {
        case unknown
        case ambiguous([ModelFormat])
    }
}
