import ActorModel

extension FuzzTarget {
    /// Structure-aware, hostile names: bytes → a model whose names, types, levels and notes are quotes,
    /// backslashes, control characters, DOT escapes and markup → the DOT writer, whose text Graphviz's
    /// parser must read (plain and redacted), and sometimes a full Graphviz render.
    static let dot = FuzzTarget(
        name: "dot", summary: "structure-aware, hostile labels → DOTWriter → Graphviz parser (and renderer)"
    ) { bytes in
        var input = FuzzInput(bytes)
        let recipe = ModelRecipe(&input, hostile: true)
        let result = ModelLoader.parse(text: recipe.yaml, path: "hostile.yaml")
        FuzzStats.record(result)
        if let map = result.validMap { Pipeline.checkDiagram(map, &input) }
    }
}
