import ActorModel

extension FuzzTarget {
    /// Bytes as Gephi's tables: a node table and, after a record separator (0x1E), its edge table (as
    /// `--edges` gives it), or one table alone. A valid map goes through the pipeline.
    static let gephi = FuzzTarget(
        name: "gephi", summary: "Gephi node table [0x1E edge table] CSV → GephiReader → pipeline when valid"
    ) { bytes in
        let source = text(of: bytes)
        let parts = source.split(separator: "\u{1E}", maxSplits: 1, omittingEmptySubsequences: false)
        let result: ModelLoader.Result
        if parts.count == 2 {
            result = ModelLoader.parseGephiTables(
                String(parts[0]), path: "nodes.csv", edges: String(parts[1]), edgesPath: "edges.csv")
            checkLocations(result.diagnostics, text: String(parts[0]), path: "nodes.csv")
            checkLocations(result.diagnostics, text: String(parts[1]), path: "edges.csv")
        } else {
            result = ModelLoader.parse(text: source, path: "edges.csv", format: .gephi)
            checkLocations(result.diagnostics, text: source, path: "edges.csv")
        }
        FuzzStats.record(result)
        if let map = result.validMap, map.actors.count <= 40 {
            var input = FuzzInput(bytes)
            Pipeline.exercise(map, &input)
        }
    }
}
