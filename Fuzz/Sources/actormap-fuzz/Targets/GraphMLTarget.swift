extension FuzzTarget {
    /// Bytes as GraphML (yEd, igraph, networkx); a valid map goes through the pipeline.
    static let graphml = FuzzTarget.reader("graphml", format: .graphml, path: "graph.graphml")
}
