import Foundation

/// Local clustering coefficients and transitivity, as networkx's `clustering`, `average_clustering` and
/// `transitivity`.
///
/// - Undirected, unweighted: `c_u = 2T(u) / (d(d−1))`, `T(u)` triangles through `u`, `d` distinct
///   neighbours other than `u` (Watts & Strogatz 1998).
/// - Undirected, weighted (Onnela, Saramäki, Kertész & Kaski 2005):
///   `c_u = 1/(d(d−1)) Σ_{v,w} (ŵ_uv ŵ_uw ŵ_vw)^{1/3}`, `ŵ = w / max w` over the whole graph.
/// - Directed (Fagiolo 2007): `c_u = T(u) / (2[d_tot(d_tot−1) − 2d↔])` with `T(u)` the directed
///   triangles through `u`, `d_tot` in + out degree and `d↔` reciprocated ties; weighted as above.
/// - Transitivity: `3 × triangles / connected triples` of the undirected graph.
/// Self-loops are ignored. A node with fewer than two neighbours has 0.
///
/// - Complexity: O(Σ_u d(u)² log d) with sorted adjacency (merge-style intersections).
public enum Clustering {
    /// Local clustering per node. `weighted` uses the weights as strengths.
    public static func local(_ graph: Graph, weighted: Bool = false) -> [Double] {
        graph.isDirected ? directed(graph, weighted: weighted) : undirected(graph, weighted: weighted)
    }

    /// Mean of the local coefficients over all nodes (zeros included), 0 for an empty graph.
    public static func average(_ graph: Graph, weighted: Bool = false) -> Double {
        let c = local(graph, weighted: weighted)
        return c.isEmpty ? 0 : c.reduce(0, +) / Double(c.count)
    }

    /// Triangles through each node of the graph's undirected view (networkx `triangles`).
    public static func triangles(_ graph: Graph) -> [Int] {
        let view = graph.isDirected ? graph.undirectedStrengthView() : graph
        return (0 ..< view.nodeCount).map { triangleCount(view, $0, neighbours(view, $0)) }
    }

    /// Transitivity of the graph's undirected, unweighted view: 3 × triangles / connected triples.
    public static func transitivity(_ graph: Graph) -> Double {
        let view = graph.isDirected ? graph.undirectedStrengthView() : graph
        var triangles = 0.0
        var triples = 0.0
        for u in 0 ..< view.nodeCount {
            let nbrs = neighbours(view, u)
            let d = Double(nbrs.count)
            triples += d * (d - 1)
            triangles += Double(triangleCount(view, u, nbrs)) * 2
        }
        return triangles == 0 ? 0 : triangles / triples
    }

    static func maxWeight(_ graph: Graph) -> Double {
        var m = -Double.infinity
        for w in graph.edgeWeights { m = max(m, graph.weightKind.strength(ofWeight: w)) }
        return m
    }

    /// Sorted distinct neighbours other than `u`.
    static func neighbours(_ graph: Graph, _ u: Int) -> [Int32] {
        var result: [Int32] = []
        var last: Int32 = -1
        for w in graph.successors(of: u) where Int(w) != u && w != last {
            result.append(w)
            last = w
        }
        return result
    }

    /// Triangles through `u`: pairs of its neighbours that are tied.
    static func triangleCount(_ graph: Graph, _ u: Int, _ nbrs: [Int32]) -> Int {
        var count = 0
        for (i, v) in nbrs.enumerated() {
            for w in nbrs[(i + 1)...] where graph.hasArc(from: Int(v), to: Int(w)) { count += 1 }
        }
        return count
    }

    private static func undirected(_ graph: Graph, weighted: Bool) -> [Double] {
        let n = graph.nodeCount
        let top = weighted ? maxWeight(graph) : 1
        var result = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            let nbrs = neighbours(graph, u)
            let d = Double(nbrs.count)
            guard d >= 2 else { continue }
            var sum = 0.0
            for (i, v) in nbrs.enumerated() {
                let wuv = weighted ? weight(graph, u, Int(v)) / top : 1
                for w in nbrs[(i + 1)...] {
                    guard let a = graph.arc(from: Int(v), to: Int(w)) else { continue }
                    if weighted {
                        let wvw = graph.weightKind.strength(ofWeight: graph.outWeights[a]) / top
                        let wuw = weight(graph, u, Int(w)) / top
                        sum += cbrt(wuv * wuw * wvw)
                    } else {
                        sum += 1
                    }
                }
            }
            result[u] = sum == 0 ? 0 : 2 * sum / (d * (d - 1))
        }
        return result
    }

    private static func directed(_ graph: Graph, weighted: Bool) -> [Double] {
        let n = graph.nodeCount
        let top = weighted ? maxWeight(graph) : 1
        func wt(_ a: Int, _ b: Int) -> Double {
            guard let arc = graph.arc(from: a, to: b) else { return 0 }
            return weighted ? graph.weightKind.strength(ofWeight: graph.outWeights[arc]) / top : 1
        }
        var result = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            let preds = distinct(graph.predecessors(of: i), excluding: i)
            let succs = distinct(graph.successors(of: i), excluding: i)
            var triangles = 0.0
            // For each neighbour j (as predecessor and as successor) and each k adjacent to both.
            for (js, jIsPred) in [(preds, true), (succs, false)] {
                for j32 in js {
                    let j = Int(j32)
                    let jPreds = distinct(graph.predecessors(of: j), excluding: j)
                    let jSuccs = distinct(graph.successors(of: j), excluding: j)
                    let wij = jIsPred ? wt(j, i) : wt(i, j)
                    for k in intersect(preds, jPreds) { triangles += term(wij, wt(Int(k), i), wt(Int(k), j), weighted) }
                    for k in intersect(preds, jSuccs) { triangles += term(wij, wt(Int(k), i), wt(j, Int(k)), weighted) }
                    for k in intersect(succs, jPreds) { triangles += term(wij, wt(i, Int(k)), wt(Int(k), j), weighted) }
                    for k in intersect(succs, jSuccs) { triangles += term(wij, wt(i, Int(k)), wt(j, Int(k)), weighted) }
                }
            }
            let dTotal = Double(preds.count + succs.count)
            let dBoth = Double(intersect(preds, succs).count)
            let denominator = 2 * (dTotal * (dTotal - 1) - 2 * dBoth)
            result[i] = triangles == 0 || denominator == 0 ? 0 : triangles / denominator
        }
        return result
    }

    @inline(__always)
    private static func term(_ a: Double, _ b: Double, _ c: Double, _ weighted: Bool) -> Double {
        weighted ? cbrt(a * b * c) : 1
    }

    private static func weight(_ graph: Graph, _ u: Int, _ v: Int) -> Double {
        guard let a = graph.arc(from: u, to: v) else { return 0 }
        return graph.weightKind.strength(ofWeight: graph.outWeights[a])
    }

    private static func distinct(_ s: ArraySlice<Int32>, excluding x: Int) -> [Int32] {
        var result: [Int32] = []
        var last: Int32 = -1
        for v in s where Int(v) != x && v != last {
            result.append(v)
            last = v
        }
        return result
    }

    /// Intersection of two sorted lists.
    private static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

}
