/// Widest (maximum-bottleneck) paths: the width of a path is its weakest arc's stored weight, and the
/// widest-path value from `s` to `v` is the largest width of any path from `s` to `v` (Pollack 1960; the
/// "strongest path" of a trust network, where a chain is as strong as its weakest link).
///
/// Conventions: arcs are followed forward (every edge of an undirected graph, both ways); weights are
/// read as stored (a strength: larger is wider), so callers pass a graph of strengths; the source has
/// width `+∞`; an unreachable node has width `nil`. Widths are minima of stored weights, so they are exact
/// (no arithmetic) and independent of the search order.
///
/// - Complexity: O((n + m) log n), a Dijkstra-like search with a binary max-heap and lazy deletion.
public enum WidestPath {
    /// The widest-path value from `source` to every node (`nil` when unreachable).
    public static func widths(in graph: Graph, from source: Int) -> [Double?] {
        let n = graph.nodeCount
        var width = [Double](repeating: -.infinity, count: n)
        var done = [Bool](repeating: false, count: n)
        var heap = MaxHeap()
        width[source] = .infinity
        heap.push(.infinity, source)
        while let (w, v) = heap.pop() {
            if done[v] || w < width[v] { continue }
            done[v] = true
            for a in graph.outArcs(of: v) {
                let u = Int(graph.outNeighbors[a])
                let candidate = min(w, graph.outWeights[a])
                if !done[u] && candidate > width[u] {
                    width[u] = candidate
                    heap.push(candidate, u)
                }
            }
        }
        return width.map { $0 == -.infinity ? nil : $0 }
    }

    /// A binary max-heap of (width, node), larger width first.
    private struct MaxHeap {
        private var items: [(Double, Int)] = []

        mutating func push(_ key: Double, _ node: Int) {
            items.append((key, node))
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard items[parent].0 < items[i].0 else { break }
                items.swapAt(parent, i)
                i = parent
            }
        }

        mutating func pop() -> (Double, Int)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1
                    let r = l + 1
                    var largest = i
                    if l < items.count && items[l].0 > items[largest].0 { largest = l }
                    if r < items.count && items[r].0 > items[largest].0 { largest = r }
                    if largest == i { break }
                    items.swapAt(i, largest)
                    i = largest
                }
            }
            return top
        }
    }
}
