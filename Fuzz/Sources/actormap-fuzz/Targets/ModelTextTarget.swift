import ActorModel

extension FuzzTarget {
    /// Bytes as a model file (YAML or JSON, as `validate` reads it); a valid one goes through the pipeline.
    static let modelText = FuzzTarget(
        name: "model-text", summary: "model file bytes (YAML/JSON) → ModelLoader → pipeline when valid"
    ) { bytes in
        let source = text(of: bytes)
        let path = source.first == "{" ? "fuzz.json" : "fuzz.yaml"
        let result = ModelLoader.parse(text: source, path: path)
        checkLocations(result.diagnostics, text: source, path: path)
        FuzzStats.record(result)
        if let map = result.validMap, map.actors.count <= 60 {
            var input = FuzzInput(bytes)
            Pipeline.exercise(map, &input)
        }
    }
}
