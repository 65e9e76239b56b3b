import ActorModel

/// The social contract between communities and the state (the seed document's second level): for every
/// community actor, its strongest trusted path to the state's security and justice providers.
///
/// "Strongest" is the widest path: the path whose weakest trusted channel is strongest (channels are
/// positive mean trust, in either direction). Among equally wide paths the shortest wins, then the one
/// through earlier actors in the model, so the answer is deterministic. Communities with no path are listed
/// with an empty path.
///
/// - Complexity: O(C · n²) for C community actors (a simple widest-path Dijkstra per community).
enum SocialContract {
    static func paths(_ c: ScreeningContext) -> [SocialContractPath] {
        let providers = Set((0 ..< c.n).filter { c.isProvider[$0] })
        return (0 ..< c.n).filter { c.isCommunity[$0] && !providers.contains($0) }.map { source in
            var width = [Double](repeating: -1, count: c.n)
            var hops = [Int](repeating: Int.max, count: c.n)
            var parent = [Int](repeating: -1, count: c.n)
            var done = [Bool](repeating: false, count: c.n)
            width[source] = .infinity
            hops[source] = 0
            while true {
                var best = -1
                for v in 0 ..< c.n where !done[v] && width[v] >= 0 {
                    if best < 0 || width[v] > width[best] || (width[v] == width[best] && hops[v] < hops[best]) { best = v }
                }
                guard best >= 0 else { break }
                done[best] = true
                if providers.contains(best) { break }
                for a in c.channels.outArcs(of: best) {
                    let w = Int(c.channels.outNeighbors[a])
                    if done[w] { continue }
                    let candidate = min(width[best], c.channels.outWeights[a])
                    if candidate > width[w] || (candidate == width[w] && hops[best] + 1 < hops[w]) {
                        width[w] = candidate; hops[w] = hops[best] + 1; parent[w] = best
                    }
                }
            }
            // The best provider reached: widest, then fewest hops, then model order.
            let reached = providers.filter { done[$0] && width[$0] >= 0 }.sorted()
            guard let target = reached.max(by: { a, b in
                width[a] != width[b] ? width[a] < width[b] : hops[a] != hops[b] ? hops[a] > hops[b] : a > b
            }) else {
                return SocialContractPath(community: c.ids[source], path: [], strength: nil)
            }
            var path = [target]
            while let last = path.last, parent[last] >= 0 { path.append(parent[last]) }
            return SocialContractPath(community: c.ids[source], path: path.reversed().map { c.ids[$0] }, strength: width[target])
        }
    }
}
