import ActorModel
import ConflictAnalysis

/// What a report says about change (`actormap report NEW --baseline OLD [--baseline LATER ...]`): the
/// difference between the programme's baseline (the first `--baseline`) and the map reported on, and the
/// programme indicators of every snapshot in order, oldest first, ending with the map itself.
public struct ReportChange: Sendable {
    /// The baseline's label (its date, else its file name) and the map's.
    public var baseline: String
    public var current: String
    public var diff: SnapshotDiff
    /// Every snapshot's indicators, oldest first; the last is the map's.
    public var chart: IndicatorChart
    /// Actor id → name, over every snapshot (an actor removed since the baseline keeps its name).
    public var names: [String: String]

    public init(baseline: String, current: String, diff: SnapshotDiff, chart: IndicatorChart, names: [String: String]) {
        self.baseline = baseline
        self.current = current
        self.diff = diff
        self.chart = chart
        self.names = names
    }
}

extension ReportDocument {
    /// The section "Change since the baseline": counts, the indicators over time (table and chart), then
    /// every tie that changed, risk bands that moved, trust centrality shifts and factions formed or dissolved.
    static func change(_ c: ReportChange) -> [Block] {
        let d = c.diff
        func name(_ id: String) -> String { c.names[id] ?? id }
        func count(_ change: SnapshotDiff.TieChange) -> Int { d.ties.filter { $0.change == change }.count }
        var b: [Block] = [.heading(level: 2, text: "Change since the baseline (\(c.baseline))")]
        let actors =
            d.actorsAdded.isEmpty && d.actorsRemoved.isEmpty
            ? "the same actors"
            : "\(d.actorsAdded.count) actor\(d.actorsAdded.count == 1 ? "" : "s") added, "
                + "\(d.actorsRemoved.count) removed"
        b.append(
            .paragraph(
                "\(c.current) compared with the baseline \(c.baseline) (actors matched by id): \(actors); ties: "
                    + "\(count(.added)) added, \(count(.removed)) removed, \(count(.signChanged)) changed sign, "
                    + "\(count(.reweighted)) re-weighted."))
        var items: [String] = []
        if !d.actorsAdded.isEmpty { items.append("Actors added: " + d.actorsAdded.map(name).joined(separator: ", ")) }
        if !d.actorsRemoved.isEmpty {
            items.append("Actors removed: " + d.actorsRemoved.map(name).joined(separator: ", "))
        }
        if !items.isEmpty { b.append(.list(items)) }

        b.append(.heading(level: 3, text: "Programme indicators"))
        let series = zip(c.chart.snapshots, c.chart.indicators)
        b.append(
            .table(
                header: ["Snapshot", "Trusted path to the state", "Community → state trust", "Behind one gatekeeper"],
                rows: series.map { label, i in
                    [
                        label, i.trustedPathShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "—",
                        i.communityStateTrust.map(signedNumber) ?? "—", String(i.singleGatekeeperCommunities),
                    ]
                }, numeric: [1, 2, 3]))
        b.append(
            .paragraph(
                "Trusted path: the share of community actors with a path of trust (as the community side reports "
                    + "it) to security and justice providers. Community → state trust: the mean trust of community "
                    + "actors in state actors (−2 … +2). Behind one gatekeeper: community actors that reach the "
                    + "state only through one actor. '—' means the map records nothing to compute it from."))
        b.append(.chart(c.chart))

        b.append(.heading(level: 3, text: "Ties that changed"))
        if d.ties.isEmpty {
            b.append(.paragraph("No tie changed."))
        } else {
            let labels: [SnapshotDiff.TieChange: String] = [
                .added: "added", .removed: "removed", .signChanged: "sign changed", .reweighted: "re-weighted",
            ]
            let order: [SnapshotDiff.TieChange] = [.signChanged, .added, .removed, .reweighted]
            let rows = order.flatMap { change in
                d.ties.filter { $0.change == change }.map { t in
                    [
                        labels[change]!, t.type, name(t.from), name(t.to), t.before.map(signedNumber) ?? "—",
                        t.after.map(signedNumber) ?? "—",
                    ]
                }
            }
            b.append(.table(header: ["Change", "Type", "From", "To", "Before", "After"], rows: rows, numeric: [4, 5]))
        }

        b.append(.heading(level: 3, text: "Risk bands that moved"))
        b.append(
            d.bandChanges.isEmpty
                ? .paragraph("No screened actor changed band.")
                : .table(
                    header: ["Actor", "Before", "After", "Risk before", "Risk after"],
                    rows: d.bandChanges.map {
                        [
                            name($0.actor), $0.before.rawValue, $0.after.rawValue,
                            String(Int($0.riskBefore.rounded())), String(Int($0.riskAfter.rounded())),
                        ]
                    }, numeric: [3, 4]))

        let shifts = d.shifts.prefix(10)
        if !shifts.isEmpty {
            b.append(.heading(level: 3, text: "Trust centrality shifts (largest first)"))
            b.append(
                .table(
                    header: ["Actor", "Measure", "Before", "After"],
                    rows: shifts.map {
                        [name($0.actor), $0.measure.key, tableNumber($0.before), tableNumber($0.after)]
                    },
                    numeric: [2, 3]))
        }

        b.append(.heading(level: 3, text: "Factions"))
        var factions: [String] = []
        for (label, list) in [("Formed", d.factionsFormed), ("Dissolved", d.factionsDissolved)] {
            for f in list { factions.append("\(label): " + f.map(name).joined(separator: ", ")) }
        }
        b.append(factions.isEmpty ? .paragraph("No faction formed or dissolved.") : .list(factions))
        return b
    }
}
