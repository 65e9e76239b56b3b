import ActorModel

extension FuzzTarget {
    /// Bytes as GraphML (yEd, igraph, networkx); a valid map goes through the pipeline.
    static let graphml = FuzzTarget(
        name: "graphml", summary: "GraphML bytes → GraphMLReader → pipeline when valid"
    ) { bytes in
        let source = text(of: bytes)
        let result = ModelLoader.parse(text: source, path: "graph.graphml", format: .graphml)
        checkLocations(result.diagnostics, text: source, path: "graph.graphml")
        FuzzStats.record(result)
        if let map = result.validMap, map.actors.count <= 40 {
            var input = FuzzInput(bytes)
            Pipeline.exercise(map, &input)
        }
    }
}
