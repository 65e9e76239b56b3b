import ActorModel

extension FuzzTarget {
    /// A byte-level target for one reader: the bytes as a file in `format` named `path` → ``ModelLoader``
    /// (diagnostics must point into the file) → the pipeline when the map is valid and small. A new reader's
    /// target is one line: `static let x = FuzzTarget.reader("x", format: .x, path: "file.x")`.
    static func reader(_ name: String, format: ModelFormat, path: String) -> FuzzTarget {
        FuzzTarget(name: name, summary: "\(format.rawValue) bytes → ModelLoader → pipeline when valid") { bytes in
            let source = text(of: bytes)
            let result = ModelLoader.parse(text: source, path: path, format: format)
            checkLocations(result.diagnostics, text: source, path: path)
            FuzzStats.record(result)
            if let map = result.validMap, map.actors.count <= 40 {
                var input = FuzzInput(bytes)
                Pipeline.exercise(map, &input)
            }
        }
    }
}
