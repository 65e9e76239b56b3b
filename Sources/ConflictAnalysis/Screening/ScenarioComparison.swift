import ActorModel

/// What a what-if scenario changes in the screen: risks, bands and flags before and after.
public struct ScenarioComparison: Sendable {
    public struct Change: Sendable, Equatable {
        public var id: String
        public var riskBefore: Double
        public var riskAfter: Double
        public var bandBefore: RiskBand
        public var bandAfter: RiskBand
    }

    public var name: String
    /// Actors whose score moved by at least half a point or whose band changed, largest move first.
    public var changes: [Change]
    /// Actors the scenario removes.
    public var removedActors: [String]
    public var flagsAdded: [RiskFlag]
    public var flagsRemoved: [RiskFlag]
    public var planBefore: (risk: Double, band: RiskBand)?
    public var planAfter: (risk: Double, band: RiskBand)?

    public init(name: String, before: ScreenReport, after: ScreenReport, removedActors: [String]) {
        self.name = name
        self.removedActors = removedActors
        var changes: [Change] = []
        for a in after.actors {
            guard let b = before.actors.first(where: { $0.id == a.id }) else { continue }
            if abs(a.risk - b.risk) >= 0.5 || a.band != b.band {
                changes.append(
                    Change(id: a.id, riskBefore: b.risk, riskAfter: a.risk, bandBefore: b.band, bandAfter: a.band))
            }
        }
        self.changes = changes.sorted { abs($0.riskAfter - $0.riskBefore) > abs($1.riskAfter - $1.riskBefore) }
        func flags(_ r: ScreenReport) -> [RiskFlag] { r.actors.flatMap(\.flags) + (r.plan?.flags ?? []) }
        let beforeFlags = flags(before)
        let afterFlags = flags(after)
        func same(_ x: RiskFlag, _ y: RiskFlag) -> Bool { x.kind == y.kind && x.actors == y.actors }
        var added: [RiskFlag] = []
        var removed: [RiskFlag] = []
        for f in afterFlags
        where !beforeFlags.contains(where: { same($0, f) }) && !added.contains(where: { same($0, f) }) {
            added.append(f)
        }
        for f in beforeFlags
        where !afterFlags.contains(where: { same($0, f) }) && !removed.contains(where: { same($0, f) }) {
            removed.append(f)
        }
        flagsAdded = added
        flagsRemoved = removed
        planBefore = before.plan.map { ($0.risk, $0.band) }
        planAfter = after.plan.map { ($0.risk, $0.band) }
    }
}
