import ActorModel

/// What moved between two snapshots of a map (`actormap diff OLD NEW`); actors are matched by id.
///
/// - actors added and removed;
/// - ties (after combining each snapshot's reports, ``StakeholderMap/combiningRepeatedReports()``; a tie is
///   its type, ends and, for a directed type, direction) added, removed, re-weighted, or changing sign;
/// - centrality shifts: each actor's trust betweenness and trust in-strength (the largest changes first);
/// - factions formed and dissolved: a faction of one snapshot with no faction of the other sharing at least
///   half of its members (Jaccard ≥ 0.5);
/// - risk band changes of the co-optation screen;
/// - the programme indicators before and after (``ProgrammeIndicators``).
public struct SnapshotDiff: Sendable {
    public enum TieChange: String, Sendable {
        case added, removed, reweighted
        case signChanged = "sign-changed"
    }

    public struct TieDiff: Sendable {
        public let change: TieChange
        public let type: String
        public let from: String
        public let to: String
        public let before: Double?
        public let after: Double?
    }

    public struct Shift: Sendable {
        public let actor: String
        public let measure: Measure
        public let before: Double
        public let after: Double
    }

    public struct BandChange: Sendable {
        public let actor: String
        public let before: RiskBand
        public let after: RiskBand
        public let riskBefore: Double
        public let riskAfter: Double
    }

    public let actorsAdded: [String]
    public let actorsRemoved: [String]
    public let ties: [TieDiff]
    public let shifts: [Shift]
    public let factionsFormed: [[String]]
    public let factionsDissolved: [[String]]
    public let bandChanges: [BandChange]
    public let before: ProgrammeIndicators
    public let after: ProgrammeIndicators

    public init(old: StakeholderMap, new: StakeholderMap) throws {
        let oldIDs = old.actors.map(\.id)
        let newIDs = new.actors.map(\.id)
        actorsAdded = newIDs.filter { !Set(oldIDs).contains($0) }
        actorsRemoved = oldIDs.filter { !Set(newIDs).contains($0) }

        let a = Self.tieWeights(old)
        let b = Self.tieWeights(new)
        var ties: [TieDiff] = []
        for (key, w) in a.order.map({ ($0, a.weights[$0]!) }) {
            let t = a.ties[key]!
            if let v = b.weights[key] {
                if (w > 0) != (v > 0) && w != 0 && v != 0 {
                    ties.append(TieDiff(change: .signChanged, type: t.0, from: t.1, to: t.2, before: w, after: v))
                } else if abs(w - v) > 1e-12 {
                    ties.append(TieDiff(change: .reweighted, type: t.0, from: t.1, to: t.2, before: w, after: v))
                }
            } else {
                ties.append(TieDiff(change: .removed, type: t.0, from: t.1, to: t.2, before: w, after: nil))
            }
        }
        for key in b.order where a.weights[key] == nil {
            let t = b.ties[key]!
            ties.append(TieDiff(change: .added, type: t.0, from: t.1, to: t.2, before: nil, after: b.weights[key]))
        }
        self.ties = ties

        let options = AnalysisOptions(measures: [.degree, .betweenness], threads: 1)
        let oldAnalysis = try NetworkAnalysis.run(old, options: options)
        let newAnalysis = try NetworkAnalysis.run(new, options: options)
        var shifts: [Shift] = []
        if let lo = oldAnalysis.layers.first(where: { $0.relations == ["trust"] }),
            let ln = newAnalysis.layers.first(where: { $0.relations == ["trust"] })
        {
            for measure in [Measure.betweenness, .inStrength] {
                guard let vo = lo.column(measure), let vn = ln.column(measure) else { continue }
                for (j, id) in ln.actorIDs.enumerated() {
                    guard let i = lo.actorIDs.firstIndex(of: id), let x = vo[i], let y = vn[j], abs(x - y) > 1e-9
                    else { continue }
                    shifts.append(Shift(actor: id, measure: measure, before: x, after: y))
                }
            }
        }
        self.shifts = shifts.sorted { abs($0.after - $0.before) > abs($1.after - $1.before) }

        let oldFactions = oldAnalysis.signed?.factions ?? []
        let newFactions = newAnalysis.signed?.factions ?? []
        func matched(_ f: [String], in others: [[String]]) -> Bool {
            others.contains { g in
                let union = Set(f).union(g).count
                return union > 0 && Double(Set(f).intersection(g).count) / Double(union) >= 0.5
            }
        }
        factionsFormed = newFactions.filter { !matched($0, in: oldFactions) }
        factionsDissolved = oldFactions.filter { !matched($0, in: newFactions) }

        // One screen per snapshot serves both the band changes and the indicators.
        let oldScreen = try CooptationScreen.run(old)
        let newScreen = try CooptationScreen.run(new)
        let oldRisk = Dictionary(uniqueKeysWithValues: oldScreen.actors.map { ($0.id, $0) })
        let newRisk = Dictionary(uniqueKeysWithValues: newScreen.actors.map { ($0.id, $0) })
        var changes: [BandChange] = []
        for id in newIDs {
            guard let r = newRisk[id], let o = oldRisk[id], o.band != r.band else { continue }
            changes.append(
                BandChange(actor: id, before: o.band, after: r.band, riskBefore: o.risk, riskAfter: r.risk))
        }
        bandChanges = changes
        before = ProgrammeIndicators(old, screen: oldScreen)
        after = ProgrammeIndicators(new, screen: newScreen)
    }

    /// Each combined tie's weight by key, in first-appearance order (a mutual tie of a directed type is a tie
    /// each way).
    private static func tieWeights(_ map: StakeholderMap) -> (
        order: [String], weights: [String: Double], ties: [String: (String, String, String)]
    ) {
        var order: [String] = []
        var weights: [String: Double] = [:]
        var ties: [String: (String, String, String)] = [:]
        for r in map.combiningRepeatedReports().relations {
            for direction in map.tieDirections(of: r) {
                let key = direction.key
                if weights[key] == nil { order.append(key) }
                weights[key] = r.weight
                ties[key] = (r.type, direction.keyFrom, direction.keyTo)
            }
        }
        return (order, weights, ties)
    }
}
