extension Graph {
    /// Calls `body(v, w)` for every arc at `u` in ascending neighbour order: the outgoing arcs and, for a
    /// directed graph, the incoming ones merged in, so a pair tied both ways is met twice in a row. A
    /// directed self-loop is met once.
    @inline(__always)
    func forEachMergedNeighbor(of u: Int, _ body: (Int, Double) -> Void) {
        var i = Int(outOffsets[u])
        let iEnd = Int(outOffsets[u + 1])
        guard isDirected else {
            while i < iEnd {
                body(Int(outNeighbors[i]), outWeights[i])
                i += 1
            }
            return
        }
        var j = Int(inOffsets[u])
        let jEnd = Int(inOffsets[u + 1])
        while i < iEnd || j < jEnd {
            if j >= jEnd || (i < iEnd && outNeighbors[i] <= inNeighbors[j]) {
                body(Int(outNeighbors[i]), outWeights[i])
                i += 1
            } else {
                if Int(inNeighbors[j]) != u { body(Int(inNeighbors[j]), inWeights[j]) }  // the loop was met going out
                j += 1
            }
        }
    }
}
