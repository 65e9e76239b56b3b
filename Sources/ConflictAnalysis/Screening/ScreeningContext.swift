import ActorModel
import NetworkCore

/// What the screen needs to know about a map, computed once: who is a community actor, who is the state,
/// who represents which group, and the trust, power and competition ties as adjacency.
///
/// Conventions (see the methodology document):
/// - **community actors**: sector `community`; when no actor has that sector, actors at the most local level;
/// - **state actors**: sector `state`; **providers** (for the social contract): state actors tagged
///   `security` or `justice`, or every state actor when none is tagged;
/// - **armed actors**: sector `non-state-armed`, or any actor tagged `security`;
/// - a **trusted channel** is a tie whose trust, averaged over the perspectives that reported it, is
///   positive, in either direction (a channel carries communication both ways);
/// - **power** ties are directed (from has power over to); **competition** ties undirected.
struct ScreeningContext {
    let map: StakeholderMap
    let settings: ScreeningSettings
    let n: Int
    let ids: [String]
    let index: [String: Int]
    let isCommunity: [Bool]
    let isState: [Bool]
    let isProvider: [Bool]
    let isArmed: [Bool]
    /// Undirected trusted channels with their strength (mean positive trust, max over the two directions).
    let channels: Graph
    /// Directed power ties, weight = summed power.
    let power: Graph
    /// Each actor's summed power over others and others' summed power over it (strengths of `power`).
    let powerOut: [Double]
    let powerIn: [Double]
    /// Competition ties per actor: (rival, weight), one per rival (the strongest when reported several times).
    let rivals: [[(Int, Double)]]
    /// Trust ties into each actor: (from, weight, source), every perspective separately.
    let trustIn: [[(from: Int, weight: Double, source: String?)]]
    /// Groups in the map (from `represents`), in first-appearance order, and their members.
    let groups: [String]
    let members: [[Int]]
    let hasPowerTies: Bool
    let hasCompetitionTies: Bool
    let hasTrustTies: Bool

    init(_ map: StakeholderMap) throws {
        self.map = map
        settings = map.screening
        n = map.actors.count
        ids = map.actors.map(\.id)
        index = map.actorIndex()
        let hasCommunitySector = map.actors.contains { $0.sector == .community }
        let mostLocal = map.levels.first
        isCommunity = map.actors.map {
            hasCommunitySector ? $0.sector == .community : ($0.level != nil && $0.level == mostLocal)
        }
        isState = map.actors.map { $0.sector == .state }
        let tagged = map.actors.map {
            $0.sector == .state && ($0.tags.contains("security") || $0.tags.contains("justice"))
        }
        isProvider = tagged.contains(true) ? tagged : isState
        isArmed = map.actors.map { $0.sector == .nonStateArmed || $0.tags.contains("security") }

        // Trust: average each directed pair over its perspectives; positive averages are channels.
        var pairSum: [Int: (Double, Int)] = [:]
        var trustIn = [[(from: Int, weight: Double, source: String?)]](repeating: [], count: n)
        var powerBuilder = GraphBuilder(nodeCount: n, directed: true, weightKind: .strength)
        var rivals = [[(Int, Double)]](repeating: [], count: n)
        var hasPower = false
        var hasCompetition = false
        var hasTrust = false
        for r in map.relations {
            guard let u = index[r.from], let v = index[r.to], let type = map.relationType(named: r.type) else {
                continue
            }
            let pairs = r.isMutual && type.isDirected ? [(u, v), (v, u)] : [(u, v)]
            switch type.builtIn {
            case .trust:
                hasTrust = true
                for (a, b) in pairs {
                    let key = a * n + b
                    let (s, c) = pairSum[key] ?? (0, 0)
                    pairSum[key] = (s + r.weight, c + 1)
                    trustIn[b].append((a, r.weight, r.source))
                }
            case .power:
                hasPower = true
                for (a, b) in pairs { powerBuilder.addEdge(a, b, weight: r.weight) }
            case .competition:
                hasCompetition = true
                // One rivalry per pair: several perspectives on it keep the strongest.
                if let k = rivals[u].firstIndex(where: { $0.0 == v }) {
                    rivals[u][k].1 = max(rivals[u][k].1, r.weight)
                    let j = rivals[v].firstIndex { $0.0 == u }!
                    rivals[v][j].1 = max(rivals[v][j].1, r.weight)
                } else {
                    rivals[u].append((v, r.weight))
                    rivals[v].append((u, r.weight))
                }
            case nil:
                break
            }
        }
        var channelBuilder = GraphBuilder(nodeCount: n, directed: false, weightKind: .strength)
        for key in pairSum.keys.sorted() {
            let (s, c) = pairSum[key]!
            let mean = s / Double(c)
            if mean > 0 { channelBuilder.addEdge(key / n, key % n, weight: mean) }
        }
        channels = try channelBuilder.build(parallelEdges: .max, selfLoops: .drop)
        power = try powerBuilder.build(parallelEdges: .sum, selfLoops: .drop)
        let powerStrength = DegreeMeasures(power)
        powerOut = powerStrength.outStrength
        powerIn = powerStrength.inStrength
        self.rivals = rivals
        self.trustIn = trustIn
        hasPowerTies = hasPower
        hasCompetitionTies = hasCompetition
        hasTrustTies = hasTrust

        var groups: [String] = []
        var members: [[Int]] = []
        for (i, a) in map.actors.enumerated() {
            for g in a.represents {
                if let k = groups.firstIndex(of: g) {
                    members[k].append(i)
                } else {
                    groups.append(g)
                    members.append([i])
                }
            }
        }
        self.groups = groups
        self.members = members
    }

    func isMarginalised(_ group: String) -> Bool { settings.marginalisedGroups.contains(group) }

    /// Whether actor `i` represents a marginalised group.
    func representsMarginalised(_ i: Int) -> Bool { map.actors[i].represents.contains(where: isMarginalised) }

    /// Nodes reachable from `sources` over trusted channels, never entering `removed`.
    func reachable(from sources: [Int], removing removed: Int? = nil) -> [Bool] {
        BreadthFirstSearch.reachable(in: channels, from: sources, avoiding: removed)
    }

    /// Multi-source breadth-first search from `sources` over channels avoiding `removed`: hop distance
    /// and number of shortest paths from the nearest source.
    func shortestPaths(from sources: [Int], removing removed: Int? = nil) -> (distance: [Int], count: [Double]) {
        BreadthFirstSearch.shortestPathCounts(in: channels, from: sources, avoiding: removed)
    }

    /// A list of ids for messages: "a, b and c".
    func list(_ actors: [Int], limit: Int = 6) -> String {
        let names = actors.prefix(limit).map { ids[$0] }
        let more = actors.count > limit ? " and \(actors.count - limit) more" : ""
        if names.count <= 1 { return (names.first ?? "") + more }
        if more.isEmpty { return names.dropLast().joined(separator: ", ") + " and " + names.last! }
        return names.joined(separator: ", ") + more
    }
}
