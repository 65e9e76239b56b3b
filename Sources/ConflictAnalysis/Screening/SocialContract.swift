import ActorModel
import NetworkCore

/// The social contract between communities and the state (the seed document's second level): for every
/// community actor, its strongest trusted path to the state's security and justice providers.
///
/// The path follows the community's own view: a step `u → v` counts only when `u`'s own combined trust
/// toward `v` is positive (``ScreeningContext/trusts``). A tie reported only from the provider's side
/// (the police say they trust the youth; the youth distrust the police) is not trust: when the only
/// connection runs through such ties, it is reported apart as a one-sided channel (over
/// ``ScreeningContext/channels``, where a positive tie in either direction counts), never as a trusted path.
///
/// "Strongest" is the widest path: the path whose weakest step is strongest. Found in two phases, because a
/// bottleneck forgets how wide a path's beginning was: (1) the widest-path value `B` from the community to
/// any provider (``WidestPath``); (2) the shortest path, in hops, using only steps of strength ≥ `B`
/// (``BreadthFirstSearch/fewestHopPath(in:from:toAnyOf:minimumWeight:)``, neighbours in model order), to the
/// nearest provider (the earliest in the model among equally near ones). So among equally strong paths the
/// shortest is reported, deterministically.
///
/// - Complexity: O(C · (n + m) log n) for C community actors.
enum SocialContract {
    static func paths(_ c: ScreeningContext) -> [SocialContractPath] {
        let isProvider = c.isProvider
        return (0 ..< c.n).filter { c.isCommunity[$0] && !isProvider[$0] }.map { source in
            let ids = { (path: [Int]) in path.map { c.ids[$0] } }
            if let (path, strength) = strongestPath(in: c.trusts, from: source, to: isProvider) {
                return SocialContractPath(community: c.ids[source], path: ids(path), strength: strength)
            }
            let oneSided = strongestPath(in: c.channels, from: source, to: isProvider)?.path ?? []
            return SocialContractPath(
                community: c.ids[source], path: [], strength: nil, oneSidedPath: ids(oneSided))
        }
    }

    /// The widest path from `source` to the nearest marked node, and its width.
    private static func strongestPath(in graph: Graph, from source: Int, to targets: [Bool]) -> (
        path: [Int], strength: Double
    )? {
        let widths = WidestPath.widths(in: graph, from: source)
        let best = targets.indices.filter { targets[$0] }.compactMap { widths[$0] }.max() ?? -.infinity
        guard best > 0,
            let path = BreadthFirstSearch.fewestHopPath(
                in: graph, from: source, toAnyOf: targets, minimumWeight: best - 1e-12)
        else { return nil }
        return (path, best)
    }
}
