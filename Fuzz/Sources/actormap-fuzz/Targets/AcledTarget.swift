extension FuzzTarget {
    /// Bytes as ACLED-style event tables; a valid map goes through the pipeline.
    static let acled = FuzzTarget.reader("acled", format: .acled, path: "events.csv")
}
