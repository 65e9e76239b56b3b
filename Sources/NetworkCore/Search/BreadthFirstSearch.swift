/// Breadth-first searches over a ``Graph``'s outgoing arcs (an undirected graph's edges), for the
/// questions the domain layer asks of small maps: who can reach whom, by how many shortest paths, and
/// what changes when one node is taken out.
///
/// Conventions:
/// - arcs are followed forward (`u → v` from `u`); for an undirected graph that is every edge, both ways;
/// - `avoiding` removes one node: it is never entered, and never starts a search even when listed as a
///   source (the graph "without" that node, Brandes-style dependency questions);
/// - several sources form one multi-source search: every source is at distance 0 with one path.
///
/// Each search allocates O(n) arrays; callers on large graphs that search many times should keep the
/// graph small or batch their questions (the screen's searches run on maps of a few hundred actors).
public enum BreadthFirstSearch {
    /// Which nodes are reachable from `sources` along outgoing arcs, never entering `avoiding`.
    ///
    /// - Returns: one flag per node; a source (other than `avoiding`) is reachable from itself.
    /// - Complexity: O(n + m).
    public static func reachable(in graph: Graph, from sources: [Int], avoiding removed: Int? = nil) -> [Bool] {
        shortestPathCounts(in: graph, from: sources, avoiding: removed).distance.map { $0 >= 0 }
    }

    /// Hop distances and shortest-path counts from the nearest of `sources`.
    ///
    /// `distance[v]` is the number of arcs on a shortest path from any source to `v` (`-1` when `v` is
    /// unreachable or is `avoiding`); `count[v]` is the number of such shortest paths, summed over the
    /// sources at that distance (σ in Brandes 2001). Counts are `Double`, as in ``PathMeasures``, because
    /// they overflow integers on grid-like graphs.
    ///
    /// - Complexity: O(n + m).
    public static func shortestPathCounts(
        in graph: Graph, from sources: [Int], avoiding removed: Int? = nil
    ) -> (distance: [Int], count: [Double]) {
        let n = graph.nodeCount
        let skip = removed ?? -1
        var distance = [Int](repeating: -1, count: n)
        var count = [Double](repeating: 0, count: n)
        var queue = [Int32]()
        queue.reserveCapacity(n)
        for s in sources where s != skip && distance[s] < 0 {
            distance[s] = 0
            count[s] = 1
            queue.append(Int32(s))
        }
        var head = 0
        while head < queue.count {
            let v = Int(queue[head])
            head += 1
            for a in graph.outArcs(of: v) {
                let w = Int(graph.outNeighbors[a])
                if w == skip { continue }
                if distance[w] < 0 {
                    distance[w] = distance[v] + 1
                    count[w] = count[v]
                    queue.append(Int32(w))
                } else if distance[w] == distance[v] + 1 {
                    count[w] += count[v]
                }
            }
        }
        return (distance, count)
    }

    /// A path with the fewest arcs from `source` to the nearest node marked in `targets`, using only arcs
    /// whose stored weight is at least `minimumWeight`, and passing through no other target.
    ///
    /// Deterministic: the search goes level by level with neighbours in ascending order, a node's parent
    /// is the first node of the previous level to reach it, and among the targets of the nearest level the
    /// smallest node is chosen.
    ///
    /// - Returns: the nodes from `source` to the chosen target, or `nil` when no target is reachable.
    /// - Complexity: O(n + m).
    public static func fewestHopPath(
        in graph: Graph, from source: Int, toAnyOf targets: [Bool], minimumWeight: Double = -.infinity
    ) -> [Int]? {
        let n = graph.nodeCount
        var parent = [Int](repeating: -1, count: n)
        var seen = [Bool](repeating: false, count: n)
        seen[source] = true
        var frontier = [source]
        var target = -1
        while target < 0 && !frontier.isEmpty {
            var next: [Int] = []
            for v in frontier where !targets[v] || v == source {
                for a in graph.outArcs(of: v) where graph.outWeights[a] >= minimumWeight {
                    let w = Int(graph.outNeighbors[a])
                    if !seen[w] {
                        seen[w] = true
                        parent[w] = v
                        next.append(w)
                    }
                }
            }
            target = next.filter { targets[$0] }.min() ?? -1
            frontier = next
        }
        guard target >= 0 else { return nil }
        var path = [target]
        while let last = path.last, parent[last] >= 0 { path.append(parent[last]) }
        return path.reversed()
    }
}
