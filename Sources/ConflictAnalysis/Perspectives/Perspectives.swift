import ActorModel

/// How a consensus network is formed from several informant groups' views (Krackhardt 1987).
public enum ConsensusRule: String, CaseIterable, Sendable {
    /// A tie is in when any group reports it.
    case union
    /// A tie is in when every group reports it.
    case intersection
    /// A tie is in when more than half of the groups report it (Krackhardt's "central graph" at 50%): a tie
    /// reported by exactly half of the groups is *not* a majority.
    case majority
}

/// The map seen by each informant group (`source`), and the map they agree on.
///
/// Conventions:
/// - the groups are the distinct `source`s of the map's relations, in order of first appearance;
/// - a tie with no `source` counts as reported by every group (it is the analyst's own record);
/// - a tie is identified by its type, its ends and, for a directed type, its direction (a `between:` tie of a
///   directed type is a report in each direction), as in ``StakeholderMap/combiningRepeatedReports()``;
/// - a group's view keeps the ties it reported and the ties with no source; every view and every consensus is
///   an ordinary map, so every command reads it.
///
/// - Complexity: O(relations · groups).
public struct Perspectives: Sendable {
    /// A tie and, per group that reports it, the mean weight it gives.
    public struct Tie: Sendable {
        public let type: String
        public let from: String
        public let to: String
        /// Mean weight per group, for the groups that report it (every group when `everyone`).
        public let weights: [String: Double]
        /// Whether a report with no source makes every group report it.
        public let everyone: Bool
    }

    public let map: StakeholderMap
    /// The informant groups, in order of first appearance.
    public let sources: [String]
    /// Every tie, in order of first appearance.
    public let ties: [Tie]

    public init(_ map: StakeholderMap) {
        self.map = map
        var sources: [String] = []
        var order: [String] = []
        var reports: [String: (type: String, from: String, to: String, bySource: [String: [Double]], plain: [Double])] =
            [:]
        for r in map.relations {
            if let s = r.source, !sources.contains(s) { sources.append(s) }
            for direction in map.tieDirections(of: r) {
                let key = direction.key
                if reports[key] == nil {
                    order.append(key)
                    reports[key] = (r.type, direction.keyFrom, direction.keyTo, [:], [])
                }
                if let s = r.source {
                    reports[key]!.bySource[s, default: []].append(r.weight)
                } else {
                    reports[key]!.plain.append(r.weight)
                }
            }
        }
        self.sources = sources
        ties = order.map { key in
            let r = reports[key]!
            var weights = r.bySource.mapValues { $0.reduce(0, +) / Double($0.count) }
            if !r.plain.isEmpty {
                for s in sources {
                    let all = (r.bySource[s] ?? []) + r.plain
                    weights[s] = all.reduce(0, +) / Double(all.count)
                }
            }
            return Tie(type: r.type, from: r.from, to: r.to, weights: weights, everyone: !r.plain.isEmpty)
        }
    }

    /// The groups that report `tie`.
    public func reporters(of tie: Tie) -> [String] { sources.filter { tie.weights[$0] != nil } }

    /// The map as `source` reports it: its own ties and those recorded without a source.
    public func view(of source: String) -> StakeholderMap {
        var view = map
        view.relations = map.relations.filter { $0.source == nil || $0.source == source }
        view.name = "\(map.name) — \(source)'s view"
        return view
    }

    /// The ties the groups agree on by `rule`, each with the mean of its reports; the map unchanged when it
    /// names no group.
    public func consensus(_ rule: ConsensusRule) -> StakeholderMap {
        guard !sources.isEmpty else { return map }
        let needed: Int
        switch rule {
        case .union: needed = 1
        case .intersection: needed = sources.count
        case .majority: needed = sources.count / 2 + 1
        }
        var included = Set<String>()
        for t in ties where t.weights.count >= needed { included.insert(Self.key(t.type, t.from, t.to)) }
        var result = map
        result.relations = []
        for r in map.relations {
            let directed = map.relationType(named: r.type)?.isDirected ?? true
            let forward = directed || r.from <= r.to ? Self.key(r.type, r.from, r.to) : Self.key(r.type, r.to, r.from)
            if directed && r.isMutual {
                let back = Self.key(r.type, r.to, r.from)
                switch (included.contains(forward), included.contains(back)) {
                case (true, true): result.relations.append(r)
                case (true, false): result.relations.append(Self.oneWay(r, reversed: false))
                case (false, true): result.relations.append(Self.oneWay(r, reversed: true))
                case (false, false): break
                }
            } else if included.contains(forward) {
                result.relations.append(r)
            }
        }
        result.name = "\(map.name) — \(rule.rawValue) of \(sources.count) informant groups"
        return result
    }

    private static func key(_ type: String, _ from: String, _ to: String) -> String {
        [type, from, to].joined(separator: "\u{1F}")
    }

    private static func oneWay(_ r: Relation, reversed: Bool) -> Relation {
        var one = r
        one.isMutual = false
        if reversed { (one.from, one.to) = (r.to, r.from) }
        return one
    }
}
