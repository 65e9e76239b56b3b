/// Degree and strength, by node.
///
/// Conventions (networkx):
/// - `degreeCentrality(u) = deg(u)/(n−1)`; directed graphs use `in + out`; `inDegreeCentrality` and
///   `outDegreeCentrality` divide in- and out-degree by `n − 1`. For `n ≤ 1` every value is 1 (networkx).
/// - a self-loop adds 2 to an undirected degree and 1 to each of in- and out-degree;
/// - strength is the sum of tie weights as strengths (``WeightKind/strength(ofWeight:)``), a self-loop
///   counted like its degree.
public struct DegreeMeasures: Sendable {
    public var degree: [Int]
    public var inDegree: [Int]
    public var outDegree: [Int]
    public var degreeCentrality: [Double]
    public var inDegreeCentrality: [Double]
    public var outDegreeCentrality: [Double]
    public var strength: [Double]
    public var inStrength: [Double]
    public var outStrength: [Double]

    /// - Complexity: O(n + m).
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        var degree = [Int](repeating: 0, count: n)
        var inDegree = degree
        var outDegree = degree
        var strength = [Double](repeating: 0, count: n)
        var inStrength = strength
        var outStrength = strength
        for e in 0 ..< graph.edgeCount {
            let u = Int(graph.edgeSources[e])
            let v = Int(graph.edgeTargets[e])
            let w = graph.weightKind.strength(ofWeight: graph.edgeWeights[e])
            outDegree[u] += 1
            inDegree[v] += 1
            outStrength[u] += w
            inStrength[v] += w
        }
        if graph.isDirected {
            for u in 0 ..< n {
                degree[u] = inDegree[u] + outDegree[u]
                strength[u] = inStrength[u] + outStrength[u]
            }
        } else {
            // Undirected: each edge adds to both ends (a loop adds 2 to its node).
            for u in 0 ..< n {
                degree[u] = inDegree[u] + outDegree[u]
                strength[u] = inStrength[u] + outStrength[u]
            }
            inDegree = degree
            outDegree = degree
            inStrength = strength
            outStrength = strength
        }
        let scale = n > 1 ? 1 / Double(n - 1) : 1
        self.degree = degree
        self.inDegree = inDegree
        self.outDegree = outDegree
        self.degreeCentrality = n > 1 ? degree.map { Double($0) * scale } : [Double](repeating: 1, count: n)
        self.inDegreeCentrality = n > 1 ? inDegree.map { Double($0) * scale } : [Double](repeating: 1, count: n)
        self.outDegreeCentrality = n > 1 ? outDegree.map { Double($0) * scale } : [Double](repeating: 1, count: n)
        self.strength = strength
        self.inStrength = inStrength
        self.outStrength = outStrength
    }
}
