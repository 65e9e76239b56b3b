import Foundation

/// The result of ``ApproximateBetweenness``.
public struct ApproximateBetweennessResult: Sendable {
    /// Estimated betweenness, normalised as networkx's `normalized=True` (see ``PathMeasureResult``).
    public var betweenness: [Double]
    /// Number of sampled shortest paths.
    public var samples: Int
    /// With probability at least `1 − delta`, every estimate is within this of the exact normalised value.
    public var errorBound: Double
    /// The vertex-diameter bound used to size the sample.
    public var vertexDiameterBound: Int
}

/// Approximate betweenness by shortest-path sampling (Riondato & Kornaropoulos 2016, "Fast approximation
/// of betweenness centrality through sampling", Data Mining and Knowledge Discovery 30:438–475).
///
/// Draws `r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉` pairs `(u, v)` of distinct nodes uniformly (c = 0.5),
/// picks one shortest `u`–`v` path uniformly at random (breadth-first search from `u` stopped at `v`'s level,
/// then a walk back choosing each predecessor `p` with probability `σ_up/σ_uw`), and credits `1/r` to the
/// path's inner nodes. With probability ≥ 1 − δ every estimate is within ε of the betweenness normalised over
/// the `n(n−1)` ordered pairs; the result is rescaled by `n/(n−2)` to networkx's normalisation, so the
/// sample is sized for `ε·(n−2)/n` and the stated bound is the requested `ε` on networkx's scale. `VD` (the
/// most nodes on a shortest path) is bounded by `2·ecc + 1` from a breadth-first search of the undirected
/// view, capped at `n`. Unweighted graphs (weights are ignored); deterministic for a seed.
///
/// - Complexity: O(r · (n + m)) worst case; searches stop early at the target's level.
public enum ApproximateBetweenness {
    public static func compute(
        _ graph: Graph, epsilon: Double, delta: Double = 0.1, seed: UInt64 = 42,
        control: ComputationControl? = nil
    ) throws -> ApproximateBetweennessResult {
        precondition(epsilon > 0 && epsilon < 1 && delta > 0 && delta < 1)
        let n = graph.nodeCount
        guard n > 2 else {
            return ApproximateBetweennessResult(
                betweenness: [Double](repeating: 0, count: n), samples: 0, errorBound: 0, vertexDiameterBound: n)
        }
        let vd = vertexDiameterBound(graph)
        let c = 0.5
        let logTerm = Double(Int(log2(Double(max(vd - 2, 1))))) + 1 + log(1 / delta)
        // ε is asked for on networkx's scale; on the sampling scale (over n(n−1) pairs) it is ε·(n−2)/n.
        let samplingEpsilon = epsilon * Double(n - 2) / Double(n)
        let r = Int((c / (samplingEpsilon * samplingEpsilon) * logTerm).rounded(.up))
        var counts = [Double](repeating: 0, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var rng = SplitMix64(seed: seed)
        control?.begin(total: r)
        for k in 0 ..< r {
            if k & 255 == 0 {
                if control?.isCancelled == true { throw ComputationCancelled() }
                if k > 0 { control?.advance(by: 256) }
            }
            let u = Int(rng.next() % UInt64(n))
            var v = Int(rng.next() % UInt64(n - 1))
            if v >= u { v += 1 }
            // Breadth-first search from u, stopped once v's level is complete.
            distance[u] = 0
            sigma[u] = 1
            queue[0] = Int32(u)
            var head = 0
            var tail = 1
            var stopLevel = Int32.max
            while head < tail {
                let x = Int(queue[head])
                head += 1
                let dx = distance[x]
                if dx >= stopLevel { break }
                for y32 in graph.successors(of: x) {
                    let y = Int(y32)
                    if distance[y] < 0 {
                        distance[y] = dx + 1
                        sigma[y] = sigma[x]
                        queue[tail] = y32
                        tail += 1
                        if y == v { stopLevel = dx + 1 }
                    } else if distance[y] == dx + 1 {
                        sigma[y] += sigma[x]
                    }
                }
            }
            if distance[v] > 0 {
                // Walk back from v, choosing predecessors in proportion to their path counts.
                var w = v
                while w != u {
                    let dw = distance[w]
                    var pick = rng.uniform() * sigma[w]
                    var chosen = -1
                    for p32 in graph.predecessors(of: w) {
                        let p = Int(p32)
                        if distance[p] == dw - 1 {
                            chosen = p
                            pick -= sigma[p]
                            if pick < 0 { break }
                        }
                    }
                    w = chosen
                    if w != u { counts[w] += 1 }
                }
            }
            for i in 0 ..< tail {
                let x = Int(queue[i])
                distance[x] = -1
                sigma[x] = 0
            }
        }
        let scale = Double(n) / Double(n - 2) / Double(r)
        return ApproximateBetweennessResult(
            betweenness: counts.map { $0 * scale }, samples: r,
            errorBound: epsilon, vertexDiameterBound: vd)
    }

    /// `min(n, 2·ecc + 1)` from a breadth-first search of the undirected view started at node 0, maximised
    /// over components (each component's bound from its smallest node).
    static func vertexDiameterBound(_ graph: Graph) -> Int {
        let n = graph.nodeCount
        var distance = [Int](repeating: -1, count: n)
        var best = 1
        var queue: [Int] = []
        queue.reserveCapacity(n)
        for start in 0 ..< n where distance[start] < 0 {
            queue.removeAll(keepingCapacity: true)
            distance[start] = 0
            queue.append(start)
            var head = 0
            var farthest = 0
            while head < queue.count {
                let x = queue[head]
                head += 1
                farthest = max(farthest, distance[x])
                for y in graph.successors(of: x) where distance[Int(y)] < 0 {
                    distance[Int(y)] = distance[x] + 1
                    queue.append(Int(y))
                }
                if graph.isDirected {
                    for y in graph.predecessors(of: x) where distance[Int(y)] < 0 {
                        distance[Int(y)] = distance[x] + 1
                        queue.append(Int(y))
                    }
                }
            }
            best = max(best, min(queue.count, 2 * farthest + 1))
        }
        return min(n, best)
    }
}

extension SplitMix64 {
    /// A uniform double in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
