import ActorModel
import NetworkCore

/// One community-side view of a tie into an actor: who reports trusting it, how much (the mean over the
/// reports of that tie), and on how many reports from which informant groups it rests.
struct TrustReceived {
    let from: Int
    let weight: Double
    let reportCount: Int
    let sources: [String]
}

/// What the screen needs to know about a map, computed once: who is a community actor, who is the state,
/// who represents which group, and the trust, power and competition ties as adjacency.
///
/// Conventions (see the methodology document):
/// - the map's repeated reports of a tie are combined first (``StakeholderMap/combiningRepeatedReports()``:
///   the mean, for every type), so a factor never reads the same tie twice;
/// - **community actors**: sector `community`; when no actor has that sector, actors at the most local level;
/// - **state actors**: sector `state`; **providers** (for the social contract): state actors tagged
///   `security` or `justice`, or every state actor when none is tagged;
/// - **armed actors**: sector `non-state-armed`, or any actor tagged `security`;
/// - a **trusted channel** is a pair with positive combined trust in at least one direction (a channel
///   carries communication both ways); **trust** proper is directed: `u` trusts `v` when `u`'s own combined
///   trust toward `v` is positive;
/// - **power** ties are directed (from has power over to); **competition** ties undirected;
/// - an actor is **surveyed** on a layer (trust, power, competition) when it has a tie of that layer in
///   either direction, or the analyst rated it (power, legitimacy or accountability: a rated actor was
///   looked at): only then is the absence of a tie evidence (see `wasSurveyed`).
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
    /// Undirected trusted channels with their strength (positive combined trust, the larger direction).
    let channels: Graph
    /// Directed trust: `u → v` when `u`'s combined trust toward `v` is positive, weight = that trust.
    let trusts: Graph
    /// Directed power ties, weight = combined power.
    let power: Graph
    /// Each actor's summed power over others and others' summed power over it (strengths of `power`).
    let powerOut: [Double]
    let powerIn: [Double]
    /// Competition ties per actor: (rival, combined weight), one per rival.
    let rivals: [[(Int, Double)]]
    /// Combined trust ties into each actor.
    let trustIn: [[TrustReceived]]
    /// Groups in the map (from `represents`), in first-appearance order, and their members.
    let groups: [String]
    let members: [[Int]]
    let hasPowerTies: Bool
    let hasCompetitionTies: Bool
    let hasTrustTies: Bool
    /// Per built-in layer, whether each actor was surveyed on it (a tie of it in either direction, or a rating).
    let surveyed: [BuiltInRelation: [Bool]]
    /// Per built-in layer, whether each actor has a tie of it in either direction (ratings aside).
    let tied: [BuiltInRelation: [Bool]]

    /// - Parameters:
    ///   - map: the map to screen (its repeated reports are combined here).
    ///   - surveyMap: the map that decides who was surveyed on which layer, when it is not `map` itself (a
    ///     Monte Carlo draw drops ties by chance; that does not make an actor unsurveyed).
    init(_ original: StakeholderMap, surveyMap: StakeholderMap? = nil) throws {
        let map = original.combiningRepeatedReports()
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

        var trustIn = [[TrustReceived]](repeating: [], count: n)
        var trustBuilder = GraphBuilder(nodeCount: n, directed: true, weightKind: .strength)
        var channelBuilder = GraphBuilder(nodeCount: n, directed: false, weightKind: .strength)
        var powerBuilder = GraphBuilder(nodeCount: n, directed: true, weightKind: .strength)
        var rivals = [[(Int, Double)]](repeating: [], count: n)
        for r in map.relations {
            guard let u = index[r.from], let v = index[r.to], u != v, let type = map.relationType(named: r.type)
            else { continue }
            let pairs = r.isMutual && type.isDirected ? [(u, v), (v, u)] : [(u, v)]
            switch type.builtIn {
            case .trust:
                let sources = r.reports.isEmpty ? [r.source].compactMap { $0 } : r.reports.compactMap(\.source)
                for (a, b) in pairs {
                    trustIn[b].append(
                        TrustReceived(
                            from: a, weight: r.weight, reportCount: max(1, r.reports.count),
                            sources: Array(Set(sources)).sorted()))
                    if r.weight > 0 {
                        trustBuilder.addEdge(a, b, weight: r.weight)
                        channelBuilder.addEdge(a, b, weight: r.weight)
                    }
                }
            case .power:
                for (a, b) in pairs { powerBuilder.addEdge(a, b, weight: r.weight) }
            case .competition:
                rivals[u].append((v, r.weight))
                rivals[v].append((u, r.weight))
            case nil:
                break
            }
        }
        trusts = try trustBuilder.build(parallelEdges: .max, selfLoops: .drop)
        channels = try channelBuilder.build(parallelEdges: .max, selfLoops: .drop)
        power = try powerBuilder.build(parallelEdges: .max, selfLoops: .drop)
        let powerStrength = DegreeMeasures(power)
        powerOut = powerStrength.outStrength
        powerIn = powerStrength.inStrength
        self.rivals = rivals
        self.trustIn = trustIn
        tied = Self.surveyedActors(surveyMap ?? map)
        var surveyed = tied
        let rated = map.actors.map { $0.power != nil || $0.legitimacy != nil || $0.accountability != nil }
        for layer in BuiltInRelation.allCases {
            for i in 0 ..< n where rated[i] { surveyed[layer]![i] = true }
        }
        self.surveyed = surveyed
        let tied = Self.surveyedActors(map)
        hasTrustTies = tied[.trust]!.contains(true)
        hasPowerTies = tied[.power]!.contains(true)
        hasCompetitionTies = tied[.competition]!.contains(true)

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

    /// Whether each actor (in `map`'s order) has a tie of each built-in layer, in either direction.
    private static func surveyedActors(_ map: StakeholderMap) -> [BuiltInRelation: [Bool]] {
        let index = map.actorIndex()
        var result = Dictionary(
            uniqueKeysWithValues: BuiltInRelation.allCases.map {
                ($0, [Bool](repeating: false, count: map.actors.count))
            })
        for r in map.relations {
            guard let layer = map.relationType(named: r.type)?.builtIn, let u = index[r.from], let v = index[r.to]
            else { continue }
            result[layer]![u] = true
            result[layer]![v] = true
        }
        return result
    }

    /// Whether actor `i` was surveyed on `layer` (a tie of it in either direction, or any analyst rating).
    func wasSurveyed(_ i: Int, on layer: BuiltInRelation) -> Bool { surveyed[layer]![i] }

    /// Whether actor `i` has a tie of `layer` in either direction.
    func hasTie(_ i: Int, on layer: BuiltInRelation) -> Bool { tied[layer]![i] }

    /// Actor `i`'s declared rivals (competition ties), as indices.
    func rivalSet(of i: Int) -> Set<Int> { Set(rivals[i].map(\.0)) }

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
