extension FuzzTarget {
    /// Bytes as GEXF 1.3 (Gephi); a valid map goes through the pipeline.
    static let gexf = FuzzTarget.reader("gexf", format: .gexf, path: "graph.gexf")
}
