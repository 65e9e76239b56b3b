import ActorModel
import ConflictAnalysis

/// `actormap screen --format table`: flags first, then the highest-risk actors with their main factors,
/// then the plan and the social contract, within 100 columns.
public enum ScreenTable {
    public static func text(_ report: ScreenReport, top: Int = 12) -> String {
        var out = ""
        if let c = report.scenario {
            out += "WHAT-IF '\(c.name)' (the screen below is with the scenario applied)\n"
            if !c.removedActors.isEmpty { out += "  removed: \(c.removedActors.joined(separator: ", "))\n" }
            if let b = c.planBefore, let a = c.planAfter {
                out += "  plan risk \(Int(b.risk.rounded())) (\(b.band.rawValue)) → \(Int(a.risk.rounded())) (\(a.band.rawValue))\n"
            }
            var t = TextColumns(rightAligned: [1, 3])
            for ch in c.changes.prefix(10) {
                t.add([ch.id, String(Int(ch.riskBefore.rounded())), "→", String(Int(ch.riskAfter.rounded())),
                       ch.bandBefore == ch.bandAfter ? ch.bandAfter.rawValue : "\(ch.bandBefore.rawValue) → \(ch.bandAfter.rawValue)"])
            }
            out += c.changes.isEmpty ? "  no actor's risk changes\n" : t.render(indent: "  ")
            for f in c.flagsRemoved { out += "  − [\(f.kind.rawValue)] \(f.message)\n" }
            for f in c.flagsAdded { out += "  + [\(f.kind.rawValue)] \(f.message)\n" }
            out += "\n"
        }
        let flags = report.actors.flatMap(\.flags)
        if !flags.isEmpty {
            out += "FLAGS\n"
            for f in flags { out += "  [\(f.kind.rawValue)] \(f.message)\n" }
            out += "\n"
        }
        out += "HIGHEST RISK (score 0–100; band after flags; confidence = share of factor weight with data)\n"
        var table = TextColumns(rightAligned: [1])
        var header = ["actor", "risk", "band", "conf.", "main factors"]
        if report.samples != nil { header.insert("bands in draws", at: 4) }
        table.add(header)
        for a in report.actors.prefix(top) {
            let main = a.factors.filter { ($0.value ?? 0) > 0 }.sorted { $0.weight * $0.value! > $1.weight * $1.value! }
                .prefix(3).map { "\($0.factor.rawValue) \(tableNumber($0.value, digits: 2))" }.joined(separator: ", ")
            var row = [a.id, String(Int(a.risk.rounded())), a.band.rawValue, "\(Int((a.confidence * 100).rounded()))%", main]
            if let shares = a.bandShares {
                let text = RiskBand.allCases.compactMap { b -> String? in
                    let s = shares[b] ?? 0
                    return s > 0 ? "\(b.rawValue.prefix(4)) \(Int((s * 100).rounded()))%" : nil
                }.joined(separator: " ")
                row.insert(text, at: 4)
            }
            table.add(row)
        }
        out += table.render(indent: "  ")
        if report.actors.count > top { out += "  … \(report.actors.count - top) more (see --format json for every actor and its evidence)\n" }
        if let samples = report.samples {
            let stability = report.rankingStability.map { "; ranking stability (mean Spearman ρ) \(tableNumber($0, digits: 3))" } ?? ""
            out += "  Monte Carlo: \(samples) draw\(samples == 1 ? "" : "s"), seed \(report.seed ?? 0)\(stability)\n"
        }
        if let p = report.plan {
            out += "\nPLAN '\(p.name)' — risk \(Int(p.risk.rounded())), \(p.band.rawValue)\n"
            out += "  partners: \(p.partners.joined(separator: ", "))\n"
            out += "  \(p.explanation)\n"
            if !p.groupCoverage.isEmpty {
                out += "  groups reached: " + p.groupCoverage.map { "\($0.group) \(Int(($0.share * 100).rounded()))%" }.joined(separator: ", ") + "\n"
            }
            if let c = p.powerConcentration { out += "  partners hold \(Int((c * 100).rounded()))% of all recorded power over others\n" }
            let planFlags = p.flags.filter { f in !report.actors.contains { $0.flags.contains(f) } }
            for f in planFlags { out += "  [\(f.kind.rawValue)] \(f.message)\n" }
            for s in p.suggestions { out += "  → \(s)\n" }
        }
        if !report.socialContract.isEmpty {
            out += "\nSOCIAL CONTRACT (strongest trusted path from each community actor to security and justice providers)\n"
            var t = TextColumns(rightAligned: [1])
            for s in report.socialContract {
                t.add([s.community, s.strength.map { tableNumber($0) } ?? "none", s.path.isEmpty ? "no trusted path" : s.path.joined(separator: " → ")])
            }
            out += t.render(indent: "  ")
        }
        return out
    }
}
