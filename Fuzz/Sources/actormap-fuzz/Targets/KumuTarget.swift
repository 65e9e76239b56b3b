@testable import ActorModel

extension FuzzTarget {
    /// Bytes as a Kumu map: a JSON export, or an Elements sheet; a record separator (0x1E) splits an
    /// Elements sheet from its Connections sheet. A valid map goes through the pipeline.
    static let kumu = FuzzTarget(
        name: "kumu", summary: "Kumu JSON export or Elements[0x1E Connections] CSV sheets → KumuReader → pipeline"
    ) { bytes in
        let source = text(of: bytes)
        let parts = source.split(separator: "\u{1E}", maxSplits: 1, omittingEmptySubsequences: false)
        let result: ModelLoader.Result
        if parts.count == 2 && KumuReader.isElementsSheet(String(parts[0])) {
            result = ModelLoader.parseKumuSheets(
                String(parts[0]), path: "elements.csv", connections: String(parts[1]),
                connectionsPath: "connections.csv", options: ModelLoader.Options(format: .kumu))
            checkLocations(result.diagnostics, text: String(parts[0]), path: "elements.csv")
            checkLocations(result.diagnostics, text: String(parts[1]), path: "connections.csv")
        } else {
            let path = KumuReader.isElementsSheet(source) ? "elements.csv" : "kumu.json"
            result = ModelLoader.parse(text: source, path: path, format: .kumu)
            checkLocations(result.diagnostics, text: source, path: path)
        }
        FuzzStats.record(result)
        if let map = result.validMap, map.actors.count <= 40 {
            var input = FuzzInput(bytes)
            Pipeline.exercise(map, &input)
        }
    }
}
