import ActorModel
import NetworkCore

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
/// - Complexity: O(C · (n + m) log n) for C community actors.
enum SocialContract {
    static func paths(_ c: ScreeningContext) -> [SocialContractPath] {
        let isProvider = c.isProvider
        return (0 ..< c.n).filter { c.isCommunity[$0] && !isProvider[$0] }.map { source in
            // Phase 1: the widest-path value to the best provider.
            let widths = WidestPath.widths(in: c.channels, from: source)
            let best = (0 ..< c.n).filter { isProvider[$0] }.compactMap { widths[$0] }.max() ?? -.infinity
            // Phase 2: fewest hops over channels at least that strong.
            guard best > 0,
                let path = BreadthFirstSearch.fewestHopPath(
                    in: c.channels, from: source, toAnyOf: isProvider,
                    minimumWeight: best - 1e-12)
            else { return SocialContractPath(community: c.ids[source], path: [], strength: nil) }
            return SocialContractPath(community: c.ids[source], path: path.map { c.ids[$0] }, strength: best)
        }
    }
}
