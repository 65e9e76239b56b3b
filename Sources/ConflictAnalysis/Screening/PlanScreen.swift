import ActorModel

/// Assesses an engagement plan: coverage through trusted channels, power concentration, rivals engaged
/// unevenly, groups excluded, partners that are sole gatekeepers for a group, and suggestions.
///
/// Plan risk (0–100) = 100 × (0.5 · highest partner risk/100 + 0.2 · (1 − community coverage)
/// + 0.15 · (1 − lowest group coverage) + 0.15 · share of partners' rivalries left uneven); terms whose
/// data is missing drop out and the rest are re-weighted. Flags raise the band as for actors.
struct PlanScreen {
    let context: ScreeningContext
    let actors: [ActorRisk]

    /// - Parameter suggesting: whether to make suggestions; the re-screens behind them pass `false`.
    func run(name: String, partners: [String], suggesting: Bool = true) -> PlanAssessment {
        let c = context
        let p = partners.compactMap { c.index[$0] }
        let inPlan = Set(p)
        let reach = c.reachable(from: p)
        var flags: [RiskFlag] = []

        // Partner flags carry over.
        for i in p { flags += actors[i].flags }

        // Coverage.
        let communities = (0 ..< c.n).filter { c.isCommunity[$0] }
        let communityCoverage =
            communities.isEmpty ? nil : Double(communities.filter { reach[$0] }.count) / Double(communities.count)
        var groupCoverage: [(group: String, share: Double)] = []
        for (g, group) in c.groups.enumerated() {
            let members = c.members[g]
            let share = Double(members.filter { reach[$0] }.count) / Double(members.count)
            groupCoverage.append((group, share))
            if share == 0 {
                flags.append(
                    RiskFlag(
                        kind: .excludedGroup, actors: members.map { c.ids[$0] },
                        message:
                            "No actor representing \(group) (\(c.list(members))) has a trusted channel to any partner of '\(name)'."
                    ))
            }
        }

        // Sole gatekeepers between a group and the plan.
        for x in p {
            let others = p.filter { $0 != x }
            guard !others.isEmpty else { continue }
            let without = c.reachable(from: others, removing: x)
            for (g, group) in c.groups.enumerated() {
                let members = c.members[g].filter { $0 != x && !inPlan.contains($0) }
                let before = members.filter { reach[$0] }
                if !before.isEmpty && before.allSatisfy({ !without[$0] }) {
                    flags.append(
                        RiskFlag(
                            kind: .soleGatekeeper, actors: [c.ids[x]] + before.map { c.ids[$0] },
                            message:
                                "\(group.capitalizedFirst) (\(c.list(before))) reach\(before.count == 1 ? "es" : "") the plan's other partners only through \(c.ids[x])."
                        ))
                }
            }
        }

        // Rivals engaged unevenly.
        var uneven: [(partner: String, rival: String, weight: Double)] = []
        var partnerRivalries = 0
        for i in p {
            // A rivalry between two partners is one rivalry, counted once.
            for (rival, w) in c.rivals[i] where !inPlan.contains(rival) || rival > i {
                partnerRivalries += 1
                if !inPlan.contains(rival) {
                    uneven.append((c.ids[i], c.ids[rival], w))
                    if w >= c.settings.rivalryThreshold {
                        flags.append(
                            RiskFlag(
                                kind: .rivalNotEngaged, actors: [c.ids[i], c.ids[rival]],
                                message:
                                    "Partner \(c.ids[i]) has a rivalry of \(short(w))/5 with \(c.ids[rival]), who is not in the plan: engaging one side of a rivalry takes sides."
                            ))
                    }
                }
            }
        }

        // Power concentration.
        var total = 0.0
        var partnersShare = 0.0
        for i in 0 ..< c.n {
            let out = c.powerOut[i]
            total += out
            if inPlan.contains(i) { partnersShare += out }
        }
        let concentration = total > 0 ? partnersShare / total : nil

        // Risk.
        var terms: [(Double, Double)] = []
        if let worst = p.map({ actors[$0].risk }).max() { terms.append((0.5, worst / 100)) }
        if let cc = communityCoverage { terms.append((0.2, 1 - cc)) }
        if let lowest = groupCoverage.map(\.share).min() { terms.append((0.15, 1 - lowest)) }
        if partnerRivalries > 0 { terms.append((0.15, Double(uneven.count) / Double(partnerRivalries))) }
        let weightSum = terms.reduce(0) { $0 + $1.0 }
        let risk = weightSum > 0 ? 100 * terms.reduce(0) { $0 + $1.0 * $1.1 } / weightSum : 0
        var band = c.settings.band(for: risk)
        var raisedBy: [String] = []
        for flag in flags {
            if let minimum = c.settings.flagMinimumBand[flag.kind], minimum > band {
                band = minimum
                if !raisedBy.contains(flag.kind.rawValue) { raisedBy.append(flag.kind.rawValue) }
            }
        }
        var explanation = "Plan score \(Int(risk.rounded())) (\(c.settings.band(for: risk).rawValue))"
        if let worst = p.max(by: { actors[$0].risk < actors[$1].risk }) {
            explanation +=
                "; riskiest partner \(c.ids[worst]) (\(Int(actors[worst].risk.rounded())), \(actors[worst].band.rawValue))"
        }
        if let cc = communityCoverage {
            explanation += "; reaches \(Int((cc * 100).rounded()))% of community actors through trusted channels"
        }
        explanation += "."
        if !raisedBy.isEmpty {
            explanation +=
                " Raised to \(band.rawValue) by the \(raisedBy.joined(separator: " and ")) flag\(raisedBy.count == 1 ? "" : "s")."
        }

        var assessment = PlanAssessment(
            name: name, partners: partners, risk: risk, band: band, flags: flags, communityCoverage: communityCoverage,
            groupCoverage: groupCoverage, powerConcentration: concentration, unevenRivalries: uneven,
            suggestions: [], explanation: explanation)
        if suggesting {
            assessment.suggestions = PlanSuggestions(screen: self, plan: assessment, partners: p, reach: reach).make()
        }
        return assessment
    }
}
