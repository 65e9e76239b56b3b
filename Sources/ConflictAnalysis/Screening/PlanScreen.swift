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
                            "No actor representing \(group) (\(c.list(members))) has a trusted channel to any "
                            + "partner of '\(name)'."
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
                                "\(group.capitalizedFirst) (\(c.list(before))) reach\(before.count == 1 ? "es" : "") "
                                + "the plan's other partners only through \(c.ids[x])."
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
                                    "Partner \(c.ids[i]) has a rivalry of \(short(w))/5 with \(c.ids[rival]), "
                                    + "who is not in the plan: engaging one side of a rivalry takes sides."
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

        // Risk: each term with its weight, value and what it says.
        var terms: [(weight: Double, value: Double, label: String)] = []
        if let worst = p.max(by: { actors[$0].risk < actors[$1].risk }) {
            terms.append((0.5, actors[worst].risk / 100, "riskiest partner \(c.ids[worst])"))
        }
        if let cc = communityCoverage {
            terms.append((0.2, 1 - cc, "\(Int(((1 - cc) * 100).rounded()))% of community actors not reached"))
        }
        if let lowest = groupCoverage.min(by: { $0.share < $1.share }) {
            terms.append((0.15, 1 - lowest.share, "\(lowest.group) \(Int((lowest.share * 100).rounded()))% reached"))
        }
        // Partners without rivalries in a map that records rivalries: no division taken on, which is known.
        if partnerRivalries > 0 || c.hasCompetitionTies {
            let share = partnerRivalries > 0 ? Double(uneven.count) / Double(partnerRivalries) : 0
            terms.append((0.15, share, "\(uneven.count) of \(partnerRivalries) partner rivalries engaged on one side"))
        }
        let weightSum = terms.reduce(0) { $0 + $1.weight }
        let risk = weightSum > 0 ? 100 * terms.reduce(0) { $0 + $1.weight * $1.value } / weightSum : 0
        let scoreBand = c.settings.band(for: risk)
        var band = scoreBand
        // A partner too little is known about makes the plan at least unknown (precaution).
        let unknownPartners = p.filter { actors[$0].band == .unknown }
        if !unknownPartners.isEmpty { band = max(band, .unknown) }
        var raisedBy: [String] = []
        for flag in flags {
            if let minimum = c.settings.flagMinimumBand[flag.kind], minimum > band {
                band = minimum
                if !raisedBy.contains(flag.kind.rawValue) { raisedBy.append(flag.kind.rawValue) }
            }
        }
        let drivers = terms.filter { $0.value > 0 }
            .sorted { $0.weight * $0.value > $1.weight * $1.value }
            .map { "\($0.label) (\(Int((100 * $0.weight * $0.value / weightSum).rounded())) points)" }
        var explanation = "Plan score \(Int(risk.rounded())) (\(scoreBand.rawValue))"
        explanation += drivers.isEmpty ? "." : " from " + drivers.joined(separator: ", ") + "."
        if let worst = p.max(by: { actors[$0].risk < actors[$1].risk }) {
            explanation +=
                " Riskiest partner: \(c.ids[worst]) (\(Int(actors[worst].risk.rounded())), "
                + "\(actors[worst].band.rawValue))."
        }
        if !unknownPartners.isEmpty {
            explanation +=
                " Too little is recorded about \(c.list(unknownPartners)) to judge "
                + "\(unknownPartners.count == 1 ? "it" : "them"): the plan is at least unknown."
        }
        if !raisedBy.isEmpty {
            explanation +=
                " Raised to \(band.rawValue) by the \(raisedBy.joined(separator: " and ")) flag"
                + "\(raisedBy.count == 1 ? "" : "s")."
        }

        var assessment = PlanAssessment(
            name: name, partners: partners, risk: risk, band: band, flags: flags, communityCoverage: communityCoverage,
            groupCoverage: groupCoverage, powerConcentration: concentration, unevenRivalries: uneven,
            unknownPartners: unknownPartners.map { c.ids[$0] }, suggestions: [], explanation: explanation)
        if suggesting {
            assessment.suggestions = PlanSuggestions(screen: self, plan: assessment, partners: p, reach: reach).make()
        }
        return assessment
    }
}
