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
    /// GraphML (typed `<key>` attributes, as yEd, igraph and networkx write them).
    case graphml
    /// networkx's node-link JSON (`networkx.node_link_data`, `edges="links"`).
    case nodeLink = "node-link"

    /// Formats a map can be read from.
    public static let readable: [ModelFormat] = [.yaml, .json, .csv, .kumu, .graphml]
    /// Formats a map can be written to.
    public static let writable: [ModelFormat] = [.yaml, .nodeLink, .graphml]

    public var canRead: Bool { Self.readable.contains(self) }
    public var canWrite: Bool { Self.writable.contains(self) }

    /// The formats a file named `path` may be in, by its extension alone (empty: unknown extension).
    public static func candidates(forExtensionOf path: String) -> [ModelFormat] {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return [.yaml]
        case "json": return [.json, .kumu, .nodeLink]
        case "csv": return [.csv, .kumu]
        case "graphml", "xml": return [.graphml]
        default: return []
        }
    }

    /// The format of a file to read, from its extension and, where the extension allows several, its
    /// content: `.json` is ActorMap's own unless it is a Kumu export (`elements` without `actormap`);
    /// `.csv` is an edge list unless its first column is `Label` (Kumu's Elements sheet) or a Connections
    /// sheet is given. `nil` when the extension is unknown.
    public static func recognise(path: String, text: String, hasConnections: Bool = false) -> ModelFormat? {
        let candidates = candidates(forExtensionOf: path)
        if candidates.contains(.kumu) {
            if hasConnections { return .kumu }
            let ext = (path as NSString).pathExtension.lowercased()
            if ext == "json" {
                if KumuReader.isKumuJSON(text) { return .kumu }
                return isNodeLinkJSON(text) ? .nodeLink : .json
            }
            return KumuReader.isElementsSheet(text) ? .kumu : .csv
        }
        return candidates.first { $0.canRead }
    }

    /// Whether a JSON text looks like networkx node-link data: `nodes` and `links` or `edges`, no `actormap`.
    static func isNodeLinkJSON(_ text: String) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return false
        }
        return object["actormap"] == nil && object["nodes"] != nil && (object["links"] != nil || object["edges"] != nil)
    }

    /// The format to write a file named `path` in, by its extension: `nil` when unknown, and the list of
    /// choices when several formats share it (a `.json` file may be ActorMap's own or node-link).
    public static func outputFormat(forPath path: String) -> Result<ModelFormat, OutputChoice> {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return .success(.yaml)
        case "graphml": return .success(.graphml)
        case "json": return .failure(.ambiguous([.json, .nodeLink]))
        default: return .failure(.unknown)
        }
    }

    /// Why ``outputFormat(forPath:)`` could not choose.
    public enum OutputChoice: Error, Equatable {
        case unknown
        case ambiguous([ModelFormat])
    }
}
