extension FuzzTarget {
    /// Bytes as Pajek .net (multi-relational arcs); a valid map goes through the pipeline.
    static let pajek = FuzzTarget.reader("pajek", format: .pajek, path: "network.net")
}
