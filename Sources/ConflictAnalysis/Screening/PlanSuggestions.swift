import ActorModel

/// Suggestions for an engagement plan that do no harm (docs/METHODOLOGY.md §4.7).
///
/// Greedy, in this order:
/// 1. for each group no partner reaches, then each community actor still unreached, the lowest-risk actor
///    outside the plan (not armed, not a sole gatekeeper) with a trusted channel path to it: `add` it when it
///    is safe alongside every partner, otherwise `separate` (reach the gap through it in a separate track);
/// 2. for each rivalry of weight ≥ `rivalry_threshold` with one side in the plan: `pair` (engage both or
///    neither); when the partner is an armed actor with power over its rival, `separate` (the rival's group
///    is not reached without that partner) or `reconsider` the partner; nothing when the rival outside is
///    an armed actor with power over the partner.
///
/// "Safe alongside a partner": the partner is not an armed actor with a power tie over the actor, and the
/// actor's trust in the partner (averaged over its reports) is not the trust scale's minimum. Every
/// suggestion is checked before it is made: the plan with it applied is screened again by the same
/// ``PlanScreen``, and it is kept only if the plan's risk goes down or a coverage gap closes, and no flag
/// appears that the plan does not already carry (same kind and actors).
///
/// - Complexity: O(n) re-screens of the plan at most per gap and one per rivalry.
struct PlanSuggestions {
    let screen: PlanScreen
    /// The plan as it is (without suggestions).
    let plan: PlanAssessment
    let partners: [Int]
    /// Who the plan reaches through trusted channels.
    let reach: [Bool]

    private var c: ScreeningContext { screen.context }
    private var actors: [ActorRisk] { screen.actors }

    func make() -> [PlanSuggestion] {
        var result: [PlanSuggestion] = []
        func keep(_ s: PlanSuggestion?) {
            guard let s else { return }
            if !result.contains(where: { $0.action == s.action && Set($0.actors) == Set(s.actors) }) {
                result.append(s)
            }
        }
        var covered = reach
        for (g, group) in c.groups.enumerated() where c.members[g].allSatisfy({ !reach[$0] }) {
            guard c.members[g].allSatisfy({ !covered[$0] }) else { continue }
            keep(fill(group, members: c.members[g], covered: &covered))
        }
        for v in 0 ..< c.n where c.isCommunity[v] && !covered[v] {
            keep(fill(c.ids[v], members: [v], covered: &covered))
        }
        for rivalry in plan.unevenRivalries where rivalry.weight >= c.settings.rivalryThreshold {
            guard let p = c.index[rivalry.partner], let r = c.index[rivalry.rival] else { continue }
            keep(balance(partner: p, rival: r, weight: rivalry.weight))
        }
        return result
    }

    // MARK: Coverage gaps

    /// The lowest-risk actor outside the plan that closes a gap (a group, or one community actor):
    /// added when it is safe alongside every partner, reached through a separate track otherwise.
    private func fill(_ label: String, members: [Int], covered: inout [Bool]) -> PlanSuggestion? {
        let inPlan = Set(partners)
        let candidates = (0 ..< c.n).filter {
            !inPlan.contains($0) && !c.isArmed[$0] && !actors[$0].flags.contains { $0.kind == .soleGatekeeper }
        }
        .sorted { actors[$0].risk != actors[$1].risk ? actors[$0].risk < actors[$1].risk : $0 < $1 }
        for x in candidates where conflicts(x, pairing: false).isEmpty {
            let xReach = c.reachable(from: [x])
            guard members.contains(where: { xReach[$0] }) else { continue }
            let check = rescreen(partners + [x])
            guard check.passes else { continue }
            let closes = gaps(reachedBy: xReach, covered: covered)
            for v in 0 ..< c.n where xReach[v] { covered[v] = true }
            return PlanSuggestion(
                action: .add, actors: [c.ids[x]],
                text: "Add \(describe(x)): it has trusted channels to \(closes), which the plan does not reach"
                    + " — re-screened: \(check.summary).")
        }
        // Only actors that must be kept apart from a partner reach the gap: a separate track, whose reach
        // counts only when it gets there without passing through those partners.
        for x in candidates {
            let apart = conflicts(x, pairing: false)
            guard !apart.isEmpty else { continue }
            let xReach = apart.map { c.reachable(from: [x], removing: $0.partner) }
            guard members.contains(where: { v in xReach.allSatisfy { $0[v] } }) else { continue }
            let check = rescreen(partners + [x])
            guard check.passes else { continue }
            let closes = gaps(reachedBy: xReach[0], covered: covered)
            for v in 0 ..< c.n where xReach.allSatisfy({ $0[v] }) { covered[v] = true }
            let others = c.list(apart.map(\.partner))
            return PlanSuggestion(
                action: .separate, actors: [c.ids[x]],
                text: "Reach \(label) through \(describe(x)) in a separate track, not alongside \(others): "
                    + apart.map(\.reason).joined(separator: "; ")
                    + ". It has trusted channels to \(closes) that do not pass through \(others)"
                    + " — re-screened with \(c.ids[x]) engaged: \(check.summary).")
        }
        return nil
    }

    /// The gaps an actor's reach closes, for messages: "youth and women" or "community actor village-b".
    private func gaps(reachedBy xReach: [Bool], covered: [Bool]) -> String {
        var names = c.groups.indices.filter { g in
            c.members[g].allSatisfy { !covered[$0] } && c.members[g].contains { xReach[$0] }
        }
        .map { c.groups[$0] }
        let communities = (0 ..< c.n).filter { c.isCommunity[$0] && !covered[$0] && xReach[$0] }
        if !communities.isEmpty {
            names.append("community actor\(communities.count == 1 ? "" : "s") \(c.list(communities))")
        }
        return names.count <= 1 ? (names.first ?? "") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    // MARK: Rivalries

    /// Engaging both sides of a rivalry, or, when the partner coerces its rival, a separate track for the
    /// rival or reconsidering the partner.
    private func balance(partner p: Int, rival r: Int, weight w: Double) -> PlanSuggestion? {
        // The rival outside coerces the partner: bringing it in puts the partner in the room with its
        // coercer, and dropping the partner abandons the coerced side. The rival-not-engaged flag stays.
        if coercion(by: r, over: p) != nil { return nil }
        let rivalry = "their rivalry is \(short(w))/5"
        guard let power = coercion(by: p, over: r) else {
            // Nor alongside another partner that coerces it, that it coerces, or that it distrusts at the
            // scale's minimum (only its rival's distrust is what pairing addresses).
            guard !conflicts(r, pairing: false).contains(where: { $0.partner != p }) else { return nil }
            let check = rescreen(partners + [r])
            guard check.passes else { return nil }
            return PlanSuggestion(
                action: .pair, actors: [c.ids[r], c.ids[p]],
                text: "Engage \(describe(r)) alongside \(c.ids[p]), or neither: \(rivalry)"
                    + " — re-screened with both engaged: \(check.summary).")
        }
        let why =
            "\(c.ids[p]) is armed and holds power over \(c.ids[r]) (\(short(power))/5) and \(rivalry);"
            + " engaging them together would put \(c.ids[r]) in the room with its coercer"
        if unreachedWithout(p, r) {
            let check = rescreen(partners + [r])
            guard check.passes else { return nil }
            // Every partner it must be kept apart from, not only its rival.
            let apart = [p] + conflicts(r, pairing: false).map(\.partner).filter { $0 != p }
            return PlanSuggestion(
                action: .separate, actors: [c.ids[r]],
                text: "Reach \(describe(r)) through a separate track, not alongside \(c.list(apart)): \(why)."
                    + " Without \(c.ids[p]) the plan does not reach its group"
                    + " — re-screened with \(c.ids[r]) engaged separately: \(check.summary).")
        }
        let check = rescreen(partners.filter { $0 != p })
        guard check.passes else { return nil }
        return PlanSuggestion(
            action: .reconsider, actors: [c.ids[p]],
            text: "Reconsider \(describe(p)): drop it or make its engagement conditional. \(why.capitalizedFirst),"
                + " and the plan reaches \(c.ids[r])'s group without it"
                + " — re-screened without \(c.ids[p]): \(check.summary).")
    }

    /// Whether `r` (or a group it represents) goes unreached when partner `p`'s reach is not counted.
    private func unreachedWithout(_ p: Int, _ r: Int) -> Bool {
        let without = c.reachable(from: partners.filter { $0 != p }, removing: p)
        let groups = c.groups.indices.filter { c.members[$0].contains(r) }
        if groups.isEmpty { return !without[r] }
        return groups.contains { g in c.members[g].allSatisfy { !without[$0] } }
    }

    // MARK: Who must be kept apart

    /// The weight of the power tie of an armed actor `a` over `b`, or `nil` when `a` is not armed or has none.
    func coercion(by a: Int, over b: Int) -> Double? {
        guard c.isArmed[a] else { return nil }
        return c.power.outTies(of: a).first { $0.neighbor == b }?.weight
    }

    /// `a`'s trust in `b`, averaged over every report of it (`nil` when none is recorded).
    func trust(from a: Int, in b: Int) -> Double? {
        let reports = c.trustIn[b].filter { $0.from == a }
        return reports.isEmpty ? nil : reports.reduce(0) { $0 + $1.weight } / Double(reports.count)
    }

    /// The lowest trust the map's trust type allows (−2 for the built-in scale).
    private var trustMinimum: Double {
        (c.map.relationType(named: RelationType.trust.name) ?? .trust).weightRange?.lowerBound ?? -2
    }

    /// The partners `x` must not be engaged alongside, with the reason: an armed partner with power over
    /// `x`, an armed `x` with power over the partner, or (unless `pairing` rivals, whose distrust is the
    /// rivalry itself) a partner `x` distrusts at the scale's minimum.
    private func conflicts(_ x: Int, pairing: Bool) -> [(partner: Int, reason: String)] {
        partners.compactMap { p -> (partner: Int, reason: String)? in
            if let w = coercion(by: p, over: x) {
                return (p, "\(c.ids[p]) is armed and holds power over \(c.ids[x]) (\(short(w))/5)")
            }
            if let w = coercion(by: x, over: p) {
                return (p, "\(c.ids[x]) is armed and holds power over \(c.ids[p]) (\(short(w))/5)")
            }
            if !pairing, let t = trust(from: x, in: p), t <= trustMinimum {
                return (p, "\(c.ids[x]) distrusts \(c.ids[p]) at \(signed(t)), the scale's minimum")
            }
            return nil
        }
    }

    // MARK: Re-screening

    /// What the plan with a suggestion applied looks like against the plan as it is.
    private struct Check {
        let before: PlanAssessment
        let after: PlanAssessment

        /// Flags of the applied plan that the plan as it is does not carry (same kind and actors). A plan's
        /// sole-gatekeeper flag on what was its only partner is not new: the rule needs two partners to
        /// fire, but a lone partner was already every group's only route to the plan.
        var newFlags: [RiskFlag] {
            after.flags.filter { f in
                if f.kind == .soleGatekeeper, before.partners.count == 1, f.actors.first == before.partners[0] {
                    return false
                }
                return !before.flags.contains { $0.kind == f.kind && $0.actors == f.actors }
            }
        }
        var riskDown: Bool { after.risk < before.risk - 1e-9 }
        /// Groups no partner reached before that the applied plan reaches.
        var groupsReached: [String] {
            after.groupCoverage.filter { a in
                a.share > 0 && before.groupCoverage.contains { $0.group == a.group && $0.share == 0 }
            }
            .map(\.group)
        }
        var communityGain: Bool {
            guard let b = before.communityCoverage, let a = after.communityCoverage else { return false }
            return a > b + 1e-9
        }
        var passes: Bool { newFlags.isEmpty && (riskDown || !groupsReached.isEmpty || communityGain) }

        /// "plan risk 47 → 41, reaches youth, community coverage 80% → 100%, no new flag".
        var summary: String {
            var parts = ["plan risk \(Check.pair(before.risk, after.risk))"]
            if !groupsReached.isEmpty { parts.append("reaches \(groupsReached.joined(separator: ", "))") }
            if communityGain, let b = before.communityCoverage, let a = after.communityCoverage {
                parts.append("community coverage \(Int((b * 100).rounded()))% → \(Int((a * 100).rounded()))%")
            }
            parts.append("no new flag")
            return parts.joined(separator: ", ")
        }

        /// Two risks as whole numbers, or to one decimal when they round to the same whole number.
        static func pair(_ a: Double, _ b: Double) -> String {
            if Int(a.rounded()) != Int(b.rounded()) { return "\(Int(a.rounded())) → \(Int(b.rounded()))" }
            return "\(short((a * 10).rounded() / 10)) → \(short((b * 10).rounded() / 10))"
        }
    }

    /// The plan screened again with `newPartners`, by the same screen on the same context and actor results.
    private func rescreen(_ newPartners: [Int]) -> Check {
        let after = screen.run(name: plan.name, partners: newPartners.map { c.ids[$0] }, suggesting: false)
        return Check(before: plan, after: after)
    }

    /// "chief-south (risk 34, medium)".
    private func describe(_ x: Int) -> String {
        "\(c.ids[x]) (risk \(Int(actors[x].risk.rounded())), \(actors[x].band.rawValue))"
    }
}
