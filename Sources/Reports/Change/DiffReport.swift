import ActorModel
import ConflictAnalysis

/// `actormap diff`: what moved between two snapshots, and the programme indicators over a series; as text
/// (within `width`) or JSON.
public enum DiffReport {
    public static func text(_ d: SnapshotDiff, old: String, new: String, width: Int = 100, top: Int = 10) -> String {
        func line(_ text: String, indent: String = "") -> String {
            TextWrap.wrap(text, width: width, prefix: indent, continuation: indent + "    ")
        }
        var out = line("FROM \(old) TO \(new)")
        out += "\nINDICATORS (before → after)\n"
        out += indicatorsTable([(old, d.before), (new, d.after)], width: width)
        out += "\nACTORS\n"
        out += line("added: " + (d.actorsAdded.isEmpty ? "none" : d.actorsAdded.joined(separator: ", ")), indent: "  ")
        out += line(
            "removed: " + (d.actorsRemoved.isEmpty ? "none" : d.actorsRemoved.joined(separator: ", ")),
            indent: "  ")
        out += "\nTIES\n"
        let labels: [(SnapshotDiff.TieChange, String)] = [
            (.added, "added"), (.removed, "removed"), (.signChanged, "sign changed"), (.reweighted, "re-weighted"),
        ]
        for (change, label) in labels {
            let list = d.ties.filter { $0.change == change }
            out += line("\(label) (\(list.count))" + (list.isEmpty ? "" : ":"), indent: "  ")
            for t in list.prefix(top) {
                let weights = [t.before, t.after].map { $0.map(signedNumber) ?? "—" }.joined(separator: " → ")
                out += line("\(t.type) \(t.from) → \(t.to) \(weights)", indent: "    ")
            }
            if list.count > top { out += line("… \(list.count - top) more (see --format json)", indent: "    ") }
        }
        out += "\nRISK BANDS THAT CHANGED\n"
        if d.bandChanges.isEmpty { out += "  none\n" }
        for b in d.bandChanges {
            out += line(
                "\(b.actor): \(b.before.rawValue) → \(b.after.rawValue) (risk \(Int(b.riskBefore.rounded())) → "
                    + "\(Int(b.riskAfter.rounded())))", indent: "  ")
        }
        out += "\nTRUST CENTRALITY SHIFTS (largest first)\n"
        if d.shifts.isEmpty { out += "  none\n" }
        for measure in [Measure.betweenness, .inStrength] {
            let list = d.shifts.filter { $0.measure == measure }
            guard !list.isEmpty else { continue }
            let items = list.prefix(top).map { "\($0.actor) \(tableNumber($0.before)) → \(tableNumber($0.after))" }
            out += TextWrap.wrapList(
                items + (list.count > top ? ["… \(list.count - top) more"] : []), width: width,
                prefix: "  \(measure.key): ", continuation: "      ")
        }
        out += "\nFACTIONS\n"
        for (label, factions) in [("formed", d.factionsFormed), ("dissolved", d.factionsDissolved)] {
            let listed = factions.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: "; ")
            out += line("\(label): " + (factions.isEmpty ? "none" : listed), indent: "  ")
        }
        return out
    }

    /// The indicators of every snapshot, one row each.
    public static func indicatorsTable(_ series: [(name: String, indicators: ProgrammeIndicators)], width: Int = 100)
        -> String
    {
        var table = TextColumns(rightAligned: [1, 2, 3])
        table.add(["snapshot", "trusted path", "trust to state", "one gatekeeper"])
        for (name, i) in series {
            table.add([
                name, i.trustedPathShare.map { "\(Int(($0 * 100).rounded()))%" } ?? "—",
                i.communityStateTrust.map(signedNumber) ?? "—", String(i.singleGatekeeperCommunities),
            ])
        }
        let legend =
            "trusted path: share of community actors with a trusted path to security and justice providers; "
            + "trust to state: mean trust of community actors in state actors (−2 … +2); one gatekeeper: "
            + "community actors that reach the state only through one actor"
        return table.render(indent: "  ", width: width)
            + TextWrap.wrap(legend, width: width, prefix: "  (", continuation: "   ").dropLast() + ")\n"
    }

    public static func json(_ i: ProgrammeIndicators) -> JSONValue {
        .object([
            ("trusted_path_share", .optional(i.trustedPathShare)),
            ("community_state_trust", .optional(i.communityStateTrust)),
            ("single_gatekeeper_communities", .number(Double(i.singleGatekeeperCommunities))),
        ])
    }

    public static func json(_ d: SnapshotDiff, old: String, new: String) -> JSONValue {
        .object([
            ("old", .string(old)), ("new", .string(new)),
            ("indicators", .object([("before", json(d.before)), ("after", json(d.after))])),
            ("actors_added", .array(d.actorsAdded.map { .string($0) })),
            ("actors_removed", .array(d.actorsRemoved.map { .string($0) })),
            (
                "ties",
                .array(
                    d.ties.map { t in
                        .object([
                            ("change", .string(t.change.rawValue)), ("type", .string(t.type)),
                            ("from", .string(t.from)), ("to", .string(t.to)),
                            ("before", .optional(t.before)), ("after", .optional(t.after)),
                        ])
                    })
            ),
            (
                "band_changes",
                .array(
                    d.bandChanges.map { b in
                        .object([
                            ("actor", .string(b.actor)), ("before", .string(b.before.rawValue)),
                            ("after", .string(b.after.rawValue)),
                        ])
                    })
            ),
            (
                "centrality_shifts",
                .array(
                    d.shifts.map { s in
                        .object([
                            ("actor", .string(s.actor)), ("measure", .string(s.measure.key)),
                            ("before", .number(s.before)), ("after", .number(s.after)),
                        ])
                    })
            ),
            ("factions_formed", .array(d.factionsFormed.map { .array($0.map { .string($0) }) })),
            ("factions_dissolved", .array(d.factionsDissolved.map { .array($0.map { .string($0) }) })),
        ])
    }
}
