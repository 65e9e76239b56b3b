extension FuzzTarget {
    /// Bytes as networkx node-link JSON; a valid map goes through the pipeline.
    static let nodeLink = FuzzTarget.reader("node-link", format: .nodeLink, path: "graph.json")
}
