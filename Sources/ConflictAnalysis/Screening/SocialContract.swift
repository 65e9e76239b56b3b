import ActorModel

/// The social contract between communities and the state (the seed document's second level): for every
/// community actor, its strongest trusted path to the state's security and justice providers.
///
/// "Strongest" is the widest path: the path whose weakest trusted channel is strongest (channels are
/// positive mean trust, in either direction). Found in two phases, because a bottleneck forgets how wide
/// a path's beginning was: (1) the widest-path value `B` from the community to any provider (a Dijkstra
/// variant on bottlenecks); (2) the shortest path, in hops, using only channels of strength ≥ `B`
/// (breadth-first, neighbours in model order), to the nearest provider (the earliest in the model among
/// equally near ones). So among equally strong paths the shortest is reported, deterministically.
/// Communities with no path are listed with an empty path.
///
/// - Complexity: O(C · (n² + m)) for C community actors.
enum SocialContract {
    static func paths(_ c: ScreeningContext) -> [SocialContractPath] {
        let isProvider = c.isProvider
        return (0 ..< c.n).filter { c.isCommunity[$0] && !isProvider[$0] }.map { source in
            // Phase 1: widest-path values.
            var width = [Double](repeating: -1, count: c.n)
            var done = [Bool](repeating: false, count: c.n)
            width[source] = .infinity
            var best = -Double.infinity
            while true {
                var v = -1
                for u in 0 ..< c.n where !done[u] && width[u] >= 0 && (v < 0 || width[u] > width[v]) { v = u }
                guard v >= 0 else { break }
                done[v] = true
                if isProvider[v] { best = max(best, width[v]); continue }
                for a in c.channels.outArcs(of: v) {
                    let w = Int(c.channels.outNeighbors[a])
                    let candidate = min(width[v], c.channels.outWeights[a])
                    if !done[w] && candidate > width[w] { width[w] = candidate }
                }
            }
            guard best > 0 else { return SocialContractPath(community: c.ids[source], path: [], strength: nil) }
            // Phase 2: fewest hops over channels at least that strong.
            var parent = [Int](repeating: -1, count: c.n)
            var seen = [Bool](repeating: false, count: c.n)
            seen[source] = true
            var frontier = [source]
            var target = -1
            while target < 0 && !frontier.isEmpty {
                var next: [Int] = []
                for v in frontier where !isProvider[v] || v == source {
                    for a in c.channels.outArcs(of: v) where c.channels.outWeights[a] >= best - 1e-12 {
                        let w = Int(c.channels.outNeighbors[a])
                        if !seen[w] { seen[w] = true; parent[w] = v; next.append(w) }
                    }
                }
                target = next.filter { isProvider[$0] }.min() ?? -1
                frontier = next
            }
            guard target >= 0 else { return SocialContractPath(community: c.ids[source], path: [], strength: nil) }
            var path = [target]
            while let last = path.last, parent[last] >= 0 { path.append(parent[last]) }
            return SocialContractPath(community: c.ids[source], path: path.reversed().map { c.ids[$0] }, strength: best)
        }
    }
}
