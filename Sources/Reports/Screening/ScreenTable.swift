import ActorModel
import ConflictAnalysis

/// `actormap screen --format table`: flags first, then the highest-risk actors with their main factors,
/// then the plan and the social contract, within 100 columns.
public enum ScreenTable {
    public static func text(_ report: ScreenReport, top: Int = 12, width: Int = 100) -> String {
        func line(_ text: String, indent: String = "") -> String {
            TextWrap.wrap(text, width: width, prefix: indent, continuation: indent + "    ")
        }
        var out = ""
        if let c = report.scenario {
            out += line("WHAT-IF '\(c.name)' (the screen below is with the scenario applied)")
            if !c.removedActors.isEmpty {
                out += line("removed: \(c.removedActors.joined(separator: ", "))", indent: "  ")
            }
            if let b = c.planBefore, let a = c.planAfter {
                out +=
                    "  plan risk \(Int(b.risk.rounded())) (\(b.band.rawValue)) → \(Int(a.risk.rounded())) "
                    + "(\(a.band.rawValue))\n"
            }
            var t = TextColumns(rightAligned: [1, 3])
            for ch in c.changes.prefix(10) {
                t.add([
                    ch.id, String(Int(ch.riskBefore.rounded())), "→", String(Int(ch.riskAfter.rounded())),
                    ch.bandBefore == ch.bandAfter
                        ? ch.bandAfter.rawValue : "\(ch.bandBefore.rawValue) → \(ch.bandAfter.rawValue)",
                ])
            }
            out += c.changes.isEmpty ? "  no actor's risk changes\n" : t.render(indent: "  ", width: width)
            for f in c.flagsRemoved { out += line("− [\(f.kind.rawValue)] \(f.message)", indent: "  ") }
            for f in c.flagsAdded { out += line("+ [\(f.kind.rawValue)] \(f.message)", indent: "  ") }
            out += "\n"
        }
        let flags = report.actors.flatMap(\.flags)
        if !flags.isEmpty {
            out += "FLAGS\n"
            for f in flags { out += line("[\(f.kind.rawValue)] \(f.message)", indent: "  ") }
            out += "\n"
        }
        out += line(
            "HIGHEST RISK (score 0–100, partial when under "
                + "\(Int((report.settings.minimumKnownShare * 100).rounded()))% "
                + "of the factor weight has data; band after flags, with the flag that raised it; "
                + "confidence = share of factor weight with data)")
        var table = TextColumns(rightAligned: [1])
        table.lastColumnSeparator = ", "
        var header = ["actor", "risk", "band", "conf.", "main factors"]
        if report.samples != nil { header.insert("bands in draws", at: 4) }
        table.add(header)
        for a in report.actors.prefix(top) {
            let main = a.factors.filter { ($0.value ?? 0) > 0 }.sorted { $0.weight * $0.value! > $1.weight * $1.value! }
                .prefix(3).map { "\($0.factor.rawValue) \(tableNumber($0.value, digits: 2))" }.joined(separator: ", ")
            let band = a.raisedBy.isEmpty ? a.band.rawValue : "\(a.band.rawValue) (\(a.raisedBy.last!.rawValue))"
            var row = [
                a.id, (a.isPartial ? "~" : "") + String(Int(a.risk.rounded())), band,
                "\(Int((a.confidence * 100).rounded()))%", main,
            ]
            if let shares = a.bandShares {
                let percents = wholePercents(RiskBand.allCases.map { shares[$0] ?? 0 })
                let text = zip(RiskBand.allCases, percents).compactMap { band, percent -> String? in
                    (shares[band] ?? 0) > 0 ? "\(band.rawValue.prefix(4)) \(percent)%" : nil
                }.joined(separator: " ")
                row.insert(text, at: 4)
            }
            table.add(row)
        }
        out += table.render(indent: "  ", width: width)
        let unknowns = report.actors.dropFirst(top).filter { $0.band == .unknown }.map(\.id)
        if !unknowns.isEmpty {
            out += TextWrap.wrapList(
                unknowns, width: width, prefix: "  Also unknown (too little recorded to judge): ",
                continuation: "      ")
        }
        if report.actors.count > top {
            out += line(
                "… \(report.actors.count - top) more (see --format json for every actor and its evidence)", indent: "  "
            )
        }
        if let samples = report.samples {
            let stability =
                report.rankingStability.map { "; ranking stability (mean Spearman ρ) \(tableNumber($0, digits: 3))" }
                ?? ""
            out += line(
                "Monte Carlo: \(samples) draw\(samples == 1 ? "" : "s"), seed \(report.seed ?? 0)\(stability)",
                indent: "  ")
        }
        if let p = report.plan {
            out += "\n" + line("PLAN '\(p.name)' — risk \(Int(p.risk.rounded())), \(p.band.rawValue)")
            out += line("partners: \(p.partners.joined(separator: ", "))", indent: "  ")
            out += line(p.explanation, indent: "  ")
            if !p.groupCoverage.isEmpty {
                out += line(
                    "groups reached: "
                        + p.groupCoverage.map { "\($0.group) \(Int(($0.share * 100).rounded()))%" }
                        .joined(separator: ", "), indent: "  ")
            }
            if let c = p.powerConcentration {
                out += line(
                    "partners hold \(Int((c * 100).rounded()))% of all recorded power over others", indent: "  ")
            }
            let planFlags = p.flags.filter { f in !report.actors.contains { $0.flags.contains(f) } }
            for f in planFlags { out += line("[\(f.kind.rawValue)] \(f.message)", indent: "  ") }
            for s in p.suggestions { out += line("→ \(s.text)", indent: "  ") }
        }
        if !report.socialContract.isEmpty {
            out +=
                "\n"
                + line(
                    "SOCIAL CONTRACT (strongest trusted path from each community actor to security and justice "
                        + "providers; each step is trust the community side itself reports)")
            var t = TextColumns(rightAligned: [1])
            t.lastColumnSeparator = " → "
            t.add(["community actor", "weakest link", "strongest trusted path"])
            for s in report.socialContract {
                t.add([
                    s.community, s.strength.map { tableNumber($0) } ?? "none",
                    s.path.isEmpty
                        ? (s.oneSidedPath.isEmpty
                            ? "no trusted path"
                            : "no trusted path; one-sided channel " + s.oneSidedPath.joined(separator: " → "))
                        : s.path.joined(separator: " → "),
                ])
            }
            out += t.render(indent: "  ", width: width)
        }
        return out
    }
}

/// Shares as whole percentages that add up to 100 as printed (largest-remainder rounding), where a share
/// above 0 is never printed as 0% (it gets at least 1%, taken from the largest).
func wholePercents(_ shares: [Double]) -> [Int] {
    let total = shares.reduce(0, +)
    guard total > 0 else { return shares.map { _ in 0 } }
    let exact = shares.map { 100 * $0 / total }
    var result = exact.map { Int($0.rounded(.down)) }
    let order = exact.indices.sorted {
        let a = exact[$0] - Double(result[$0])
        let b = exact[$1] - Double(result[$1])
        return a != b ? a > b : $0 < $1
    }
    for k in order.prefix(100 - result.reduce(0, +)) { result[k] += 1 }
    for k in result.indices where result[k] == 0 && shares[k] > 0 {
        if let largest = result.indices.max(by: { result[$0] < result[$1] }), result[largest] > 1 {
            result[largest] -= 1
            result[k] = 1
        }
    }
    return result
}
