import ConflictAnalysis

@testable import ActorModel

extension FuzzTarget {
    /// Bytes as a CSV edge list, read by both readers: the general one (``CSVEdgeListReader``) and the fast
    /// one (``CSVEdgeListFastReader``, here without its 1 MiB threshold). Whatever the fast reader takes, the
    /// general one must read the same way, without a diagnostic (a differential check); then the compact
    /// analysis runs on it, and the ordinary pipeline on a small valid map.
    static let csv = FuzzTarget(
        name: "csv", summary: "edge-list bytes → general and fast CSV readers (differential) → analyses"
    ) { bytes in
        let source = text(of: bytes)
        // The last byte chooses directed or undirected custom types (as --directed does).
        let directed = bytes.last.map { $0 & 1 == 1 } ?? false
        let options = ModelLoader.Options(csvDirected: directed)
        let general = ModelLoader.parse(text: source, path: "edges.csv", format: .csv, options: options)
        checkLocations(general.diagnostics, text: source, path: "edges.csv")
        FuzzStats.record(general)

        if let compact = CSVEdgeListFastReader.read(UnsafeRawBufferPointer(bytes), directed: directed, minimumBytes: 0)
        {
            guard let map = general.validMap, general.diagnostics.isEmpty else {
                let messages = general.diagnostics.map(\.description).joined(separator: "\n")
                fuzzFailure("the fast reader took an edge list the general reader rejects or warns about:\n\(messages)")
            }
            let fast = compact.stakeholderMap(name: map.name, path: "edges.csv")
            if fast.actors.map(\.id) != map.actors.map(\.id) {
                fuzzFailure("the readers disagree on the actors: \(fast.actors.map(\.id)) / \(map.actors.map(\.id))")
            }
            func ties(_ m: StakeholderMap) -> [String] {
                m.relations.map { "\($0.type) \($0.from) \($0.to) \($0.weight)" }
            }
            if ties(fast) != ties(map) || fast.relationTypes != map.relationTypes {
                fuzzFailure("the readers disagree on the ties: \(ties(fast)) / \(ties(map))")
            }
            _ = try? NetworkAnalysis.run(compact, name: map.name, path: "edges.csv")
        }
        if let map = general.validMap, map.actors.count <= 40 {
            var input = FuzzInput(bytes)
            Pipeline.exercise(map, &input)
        }
    }
}
