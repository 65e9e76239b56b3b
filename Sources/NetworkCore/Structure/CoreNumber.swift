/// k-core numbers (Seidman 1983), by the bucket algorithm of Batagelj & Zaversnik (2003), as networkx's
/// `core_number`.
///
/// The core number of `u` is the largest `k` such that `u` belongs to a subgraph where every node has
/// degree ≥ k. Directed graphs use `in + out` degree (networkx). Self-loops are ignored (networkx refuses
/// graphs with them); parallel edges count once per edge.
///
/// - Complexity: O(n + m).
public enum CoreNumber {
    public static func compute(_ graph: Graph) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var degree = [Int](repeating: 0, count: n)
        for u in 0 ..< n {
            for w in graph.successors(of: u) where Int(w) != u { degree[u] += 1 }
            if graph.isDirected { for w in graph.predecessors(of: u) where Int(w) != u { degree[u] += 1 } }
        }
        let maxDegree = degree.max() ?? 0
        // Bucket sort nodes by degree.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0 ... maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var ordered = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0 ..< n {
            position[v] = fill[degree[v]]
            ordered[position[v]] = v
            fill[degree[v]] += 1
        }
        func lower(_ w: Int, below v: Int) {
            guard degree[w] > degree[v] else { return }
            let dw = degree[w]
            let firstPosition = binStart[dw]
            let first = ordered[firstPosition]
            if first != w {
                ordered[position[w]] = first
                position[first] = position[w]
                ordered[firstPosition] = w
                position[w] = firstPosition
            }
            binStart[dw] += 1
            degree[w] -= 1
        }
        for i in 0 ..< n {
            let v = ordered[i]
            for w in graph.successors(of: v) where Int(w) != v { lower(Int(w), below: v) }
            if graph.isDirected { for w in graph.predecessors(of: v) where Int(w) != v { lower(Int(w), below: v) } }
        }
        return degree
    }
}
