import ActorModel

extension FuzzTarget {
    /// Structure-aware: bytes → a well-shaped model (``ModelRecipe``) → YAML → ModelLoader → the pipeline.
    static let model = FuzzTarget(
        name: "model", summary: "structure-aware: bytes → valid-shaped model YAML → loader → analyses, screen, DOT"
    ) { bytes in
        var input = FuzzInput(bytes)
        let recipe = ModelRecipe(&input, hostile: false)
        let result = ModelLoader.parse(text: recipe.yaml, path: "model.yaml")
        checkLocations(result.diagnostics, text: recipe.yaml, path: "model.yaml")
        FuzzStats.record(result)
        if FuzzStats.verbose, result.diagnostics.contains(where: { $0.message.contains("UTF-8") }) {
            print(Array(recipe.yaml.utf8))
        }
        if let map = result.validMap { Pipeline.exercise(map, &input) }
    }
}
