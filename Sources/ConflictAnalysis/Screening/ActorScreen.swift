import ActorModel
import Foundation
import NetworkCore

/// Computes every actor's co-optation risk factors, flags, score and band. Each factor's definition is in
/// the methodology document (docs/METHODOLOGY.md §4); the doc comment of each function repeats its formula.
struct ActorScreen {
    let context: ScreeningContext

    /// The results for every actor, in model order.
    func run() -> [ActorRisk] {
        let c = context
        let gatekeeping = gatekeepingShares()
        let maxPowerOut = c.powerOut.max() ?? 0
        return (0 ..< c.n).map { i in
            var factors: [FactorValue] = []
            var flags: [RiskFlag] = []
            factors.append(capture(i, maxPowerOut: maxPowerOut))
            let (gate, cut) = gatekeeping[i]
            factors.append(gate)
            if !cut.isEmpty {
                let one = cut.count == 1
                flags.append(
                    RiskFlag(
                        kind: .soleGatekeeper, actors: [c.ids[i]] + cut.map { c.ids[$0] },
                        message: "Removing \(c.ids[i]) cuts \(c.list(cut)) off from every state actor: "
                            + "\(one ? "its" : "their") only trusted channel\(one ? "" : "s") to the state "
                            + "run\(one ? "s" : "") through \(c.ids[i])."))
            }
            let (legitimacy, communityView) = legitimacyDeficit(i)
            factors.append(legitimacy)
            if let view = communityView, view.mean < 0 {
                flags.append(
                    RiskFlag(
                        kind: .lowCommunityTrust, actors: [c.ids[i]],
                        message: "Community actors distrust \(c.ids[i]) on average (mean trust \(signed(view.mean)) "
                            + "on −2 … +2, from \(view.reports) report\(view.reports == 1 ? "" : "s") by "
                            + "\(view.actors) community actor\(view.actors == 1 ? "" : "s")"
                            + "\(view.rivalsLeftOut ? "; its rivals' views are not counted" : "")).")
                )
            }
            let (unchecked, uncheckedFlag) = uncheckedPower(i)
            factors.append(unchecked)
            if let flag = uncheckedFlag { flags.append(flag) }
            factors.append(divisiveness(i))
            let (coercion, armedFlag) = self.coercion(i)
            factors.append(coercion)
            if let flag = armedFlag { flags.append(flag) }
            factors.append(exclusion(i))
            return Self.score(
                id: c.ids[i], name: c.map.actors[i].name, factors: factors, flags: flags, settings: c.settings)
        }
    }

    /// Turns factors and flags into a score, bands and an explanation.
    ///
    /// Score = 100 × Σ wᵢ·fᵢ / Σ wᵢ over the factors with data; confidence = that weight's share of all
    /// factor weight. The band is the rounded score's; when the confidence is below
    /// ``ScreeningSettings/minimumKnownShare`` the score is *partial* and the band at least `unknown` (which
    /// ranks above medium: too little data is never shown as low); flags then raise it.
    static func score(id: String, name: String, factors: [FactorValue], flags: [RiskFlag], settings: ScreeningSettings)
        -> ActorRisk
    {
        let totalWeight = factors.reduce(0) { $0 + $1.weight }
        let known = factors.filter { $0.value != nil }
        let knownWeight = known.reduce(0) { $0 + $1.weight }
        let score = knownWeight > 0 ? 100 * known.reduce(0) { $0 + $1.weight * $1.value! } / knownWeight : 0
        let confidence = totalWeight > 0 ? knownWeight / totalWeight : 0
        let isPartial = confidence < settings.minimumKnownShare - 1e-12
        let scoreBand = settings.band(for: score)
        var band = isPartial ? max(scoreBand, .unknown) : scoreBand
        var raisedBy: [RiskFlagKind] = []
        for flag in flags {
            if let minimum = settings.flagMinimumBand[flag.kind], minimum > band {
                band = minimum
                raisedBy.append(flag.kind)
            }
        }
        let top = known.filter { $0.weight > 0 }.sorted { ($0.weight * $0.value!) > ($1.weight * $1.value!) }.prefix(2)
            .filter { $0.value! > 0 }.map {
                "\($0.factor.rawValue.replacingOccurrences(of: "_", with: " ")) \(short($0.value!))"
            }
        let missing = factors.filter { $0.value == nil }.map {
            $0.evidence.replacingOccurrences(of: "unknown: ", with: "")
        }
        var explanation = "Score \(Int(score.rounded())) (\(scoreBand.rawValue))"
        if isPartial { explanation = "Partial score \(Int(score.rounded()))" }
        explanation +=
            top.isEmpty ? ": no risk factor is present." : ", mostly from " + top.joined(separator: " and ") + "."
        if isPartial {
            explanation +=
                " Too little is recorded to judge (\(Int((confidence * 100).rounded()))% of the factor "
                + "weight has data; \(Int((settings.minimumKnownShare * 100).rounded()))% is needed): "
                + "\(missing.joined(separator: "; ")). Band: \(max(scoreBand, .unknown).rawValue)."
        }
        if !raisedBy.isEmpty {
            let names = raisedBy.map(\.rawValue).joined(separator: " and ")
            explanation += " Raised to \(band.rawValue) by the \(names) flag\(raisedBy.count == 1 ? "" : "s")."
        }
        let unknown = factors.filter { $0.value == nil }.map {
            $0.factor.rawValue.replacingOccurrences(of: "_", with: " ")
        }
        if !unknown.isEmpty && !isPartial {
            explanation +=
                " Unknown: \(unknown.joined(separator: ", ")) (confidence \(Int((confidence * 100).rounded()))%)."
        }
        return ActorRisk(
            id: id, name: name, risk: score, scoreBand: scoreBand, band: band, confidence: confidence,
            isPartial: isPartial, raisedBy: raisedBy, missing: missing, factors: factors, flags: flags,
            explanation: explanation, bandShares: nil)
    }

    private func weight(_ f: RiskFactor) -> Double { context.settings.weights[f] ?? 0 }

    /// The factor unknown for `i`, with what is missing.
    private func unknown(_ factor: RiskFactor, _ missing: String) -> FactorValue {
        FactorValue(factor: factor, value: nil, weight: weight(factor), evidence: "unknown: \(missing)")
    }

    // MARK: Capture capacity

    /// Capture capacity: `structural = (s_out/max s_out + reach)/2`, `reach` the share of other actors
    /// reachable over power ties; averaged with the power rating/5 when rated. The structural part counts
    /// only for an actor with a power tie in either direction: a rated actor without one is judged by its
    /// rating alone, and one with neither is unknown, not 0.
    private func capture(_ i: Int, maxPowerOut: Double) -> FactorValue {
        let c = context
        let rating = c.map.actors[i].power
        var parts: [Double] = []
        var evidence: [String] = []
        if c.hasTie(i, on: .power) {
            let out = c.powerOut[i]
            let relative = maxPowerOut > 0 ? out / maxPowerOut : 0
            let reached = BreadthFirstSearch.reachable(in: c.power, from: [i]).lazy.filter { $0 }.count - 1
            let reach = c.n > 1 ? Double(reached) / Double(c.n - 1) : 0
            parts.append((relative + reach) / 2)
            let direct = c.power.successors(of: i).map { c.ids[Int($0)] }
            if direct.isEmpty {
                evidence.append("no recorded power over other actors (only others' power over it)")
            } else {
                evidence.append(
                    "power over \(direct.count) actor\(direct.count == 1 ? "" : "s") directly (strength "
                        + "\(short(out)), \(Int((relative * 100).rounded()))% of the strongest) and \(reached) in all "
                        + "through chains of power (\(Int((reach * 100).rounded()))% of the map)")
            }
        }
        if let r = rating {
            parts.append(r / 5)
            evidence.append("power rated \(short(r))/5")
        }
        guard !parts.isEmpty else {
            return unknown(.capture, "no power ties recorded for \(c.ids[i]); no power rating")
        }
        return FactorValue(
            factor: .capture, value: parts.reduce(0, +) / Double(parts.count), weight: weight(.capture),
            evidence: evidence.joined(separator: "; ").capitalizedFirst + ".")
    }

    // MARK: Gatekeeping

    /// Gatekeeping: for each community actor `c` that has a trusted channel to the state, the share of its
    /// shortest channels to the nearest state actor that pass through `X` (`1 − σ_{G−X}(c)/σ_G(c)` when
    /// the distance is unchanged, 1 when removing X lengthens or cuts it); the factor is the mean over
    /// those community actors. State actors are not gatekeepers (they are the other side). Unknown for an
    /// actor with no trust tie in either direction (not surveyed on trust). Also returns the community
    /// actors that removing X cuts off from every state actor.
    private func gatekeepingShares() -> [(FactorValue, [Int])] {
        let c = context
        let state = (0 ..< c.n).filter { c.isState[$0] }
        let communities = (0 ..< c.n).filter { c.isCommunity[$0] && !c.isState[$0] }
        guard c.hasTrustTies, !state.isEmpty, !communities.isEmpty else {
            let why =
                !c.hasTrustTies
                ? "no trust ties in the map"
                : state.isEmpty ? "no state actors in the map" : "no community actors in the map"
            return (0 ..< c.n).map { _ in (unknown(.gatekeeping, why), []) }
        }
        let base = c.shortestPaths(from: state)
        let connected = communities.filter { base.distance[$0] > 0 }
        return (0 ..< c.n).map { x in
            if c.isState[x] {
                return (
                    FactorValue(
                        factor: .gatekeeping, value: 0, weight: weight(.gatekeeping),
                        evidence: "A state actor: the other side of community–state channels, not an intermediary."), []
                )
            }
            guard c.wasSurveyed(x, on: .trust) else {
                return (unknown(.gatekeeping, "no trust ties recorded for \(c.ids[x])"), [])
            }
            let others = connected.filter { $0 != x }
            guard !others.isEmpty else {
                return (
                    FactorValue(
                        factor: .gatekeeping, value: 0, weight: weight(.gatekeeping),
                        evidence: "No other community actor has a trusted channel to the state."), []
                )
            }
            let without = c.shortestPaths(from: state, removing: x)
            var share = 0.0
            var cut: [Int] = []
            var through: [Int] = []
            for v in others {
                let fraction: Double
                if without.distance[v] < 0 {
                    fraction = 1
                    cut.append(v)
                } else if without.distance[v] > base.distance[v] {
                    fraction = 1
                } else {
                    fraction = 1 - without.count[v] / base.count[v]
                }
                share += fraction
                if fraction > 0.5 { through.append(v) }
            }
            share /= Double(others.count)
            let withChannel = "of the \(others.count) community actors with a trusted channel to the state"
            var evidence: String
            if share == 0 {
                evidence = "None \(withChannel) rely on \(c.ids[x])"
            } else if through.isEmpty && cut.isEmpty {
                evidence = "Few \(withChannel) rely on \(c.ids[x])"
            } else {
                evidence =
                    "\(through.count) \(withChannel) reach it mostly through \(c.ids[x]) (\(c.list(through)))"
            }
            if !cut.isEmpty {
                evidence += "; \(cut.count) reach\(cut.count == 1 ? "es" : "") it only through \(c.ids[x])"
            }
            if share == 0 {
                evidence += ": none of their shortest trusted paths to the nearest state actor pass through it."
            } else {
                evidence +=
                    ". On average \(Int((share * 100).rounded()))% of their shortest trusted paths to the "
                    + "nearest state actor pass through \(c.ids[x])."
            }
            return (
                FactorValue(factor: .gatekeeping, value: share, weight: weight(.gatekeeping), evidence: evidence), cut
            )
        }
    }

    // MARK: Legitimacy deficit

    /// What community actors other than an actor's rivals report about trusting it.
    struct CommunityView {
        let mean: Double
        let reports: Int
        let actors: Int
        let rivalsLeftOut: Bool
    }

    /// Legitimacy deficit: `(2 − m)/4` with `m` the mean combined trust toward X reported by community
    /// actors other than X's declared rivals (ties from actors representing marginalised groups count
    /// twice), averaged with `1 − legitimacy/5` when rated. Unknown with neither. A rival's distrust is
    /// the rivalry speaking: it counts under divisiveness, not here, so a minority distrusted only by the
    /// majority it competes with is not read as illegitimate. Adding distrust never lowers it.
    private func legitimacyDeficit(_ i: Int) -> (FactorValue, CommunityView?) {
        let c = context
        let rivals = c.rivalSet(of: i)
        var sum = 0.0
        var weightSum = 0.0
        var reports = 0
        var from: [String] = []
        var rivalsLeftOut = false
        for tie in c.trustIn[i] where c.isCommunity[tie.from] && tie.from != i {
            if rivals.contains(tie.from) {
                rivalsLeftOut = true
                continue
            }
            let w = c.representsMarginalised(tie.from) ? 2.0 : 1.0
            sum += w * tie.weight
            weightSum += w
            reports += tie.reportCount
            let by = tie.sources.isEmpty ? "" : " (\(tie.sources.joined(separator: ", ")))"
            from.append(c.ids[tie.from] + " " + signedOrZero(tie.weight) + by)
        }
        var parts: [Double] = []
        var evidence: [String] = []
        var view: CommunityView?
        if weightSum > 0 {
            let m = sum / weightSum
            view = CommunityView(mean: m, reports: reports, actors: from.count, rivalsLeftOut: rivalsLeftOut)
            parts.append((2 - m) / 4)
            evidence.append(
                "trust from community actors: \(from.prefix(6).joined(separator: ", "))\(from.count > 6 ? " …" : "")"
                    + " — weighted mean \(signedOrZero(m)) on −2 … +2 (marginalised groups count double"
                    + "\(rivalsLeftOut ? "; its rivals' views count under divisiveness" : ""))")
        }
        if let r = c.map.actors[i].legitimacy {
            parts.append(1 - r / 5)
            evidence.append("legitimacy rated \(short(r))/5")
        }
        guard !parts.isEmpty else {
            let rivalsOnly = rivalsLeftOut ? " other than its rivals" : ""
            return (
                unknown(
                    .legitimacyDeficit,
                    "no trust in \(c.ids[i]) recorded from community actors\(rivalsOnly); no legitimacy rating"), nil
            )
        }
        return (
            FactorValue(
                factor: .legitimacyDeficit, value: parts.reduce(0, +) / Double(parts.count),
                weight: weight(.legitimacyDeficit), evidence: evidence.joined(separator: "; ").capitalizedFirst + "."),
            view
        )
    }

    // MARK: Unchecked power

    /// Unchecked power: for an actor with power over others, `1` when nobody has power over it, else
    /// `s_out/(s_out + s_in)`; averaged with `1 − accountability/5` when rated. 0 for an actor surveyed on
    /// power without power over others. For an actor with no power tie in either direction: from its power
    /// and accountability ratings (`power/5 · (1 − accountability/5)`) when both are given, else unknown.
    private func uncheckedPower(_ i: Int) -> (FactorValue, RiskFlag?) {
        let c = context
        let accountability = c.map.actors[i].accountability
        guard c.hasTie(i, on: .power) else {
            if let a = accountability, let p = c.map.actors[i].power {
                let v = (p / 5) * (1 - a / 5)
                return (
                    FactorValue(
                        factor: .uncheckedPower, value: v, weight: weight(.uncheckedPower),
                        evidence: "No power ties recorded for \(c.ids[i]); power rated \(short(p))/5 with "
                            + "accountability \(short(a))/5."), nil
                )
            }
            return (
                unknown(.uncheckedPower, "no power ties recorded for \(c.ids[i]); no power and accountability ratings"),
                nil
            )
        }
        let out = c.powerOut[i]
        let incoming = c.powerIn[i]
        guard out > 0 else {
            return (
                FactorValue(
                    factor: .uncheckedPower, value: 0, weight: weight(.uncheckedPower),
                    evidence: "No recorded power over other actors, so none to check."), nil
            )
        }
        let structural = incoming == 0 ? 1 : out / (out + incoming)
        var parts = [structural]
        let holders = c.list(c.power.predecessors(of: i).map { Int($0) })
        var evidence =
            incoming == 0
            ? "Power over others (strength \(short(out))) and nobody recorded with power over \(c.ids[i])"
            : "Power over others (strength \(short(out))) against power over it (strength \(short(incoming)) "
                + "from \(holders))"
        if let a = accountability {
            parts.append(1 - a / 5)
            evidence += "; accountability rated \(short(a))/5"
        } else {
            evidence += "; accountability not rated"
        }
        let value = parts.reduce(0, +) / Double(parts.count)
        var flag: RiskFlag?
        if incoming == 0 && (accountability ?? 0) <= 2 {
            let count = c.power.outDegree(i)
            flag = RiskFlag(
                kind: .uncheckedPower, actors: [c.ids[i]],
                message: "\(c.ids[i]) has power over \(count) actor\(count == 1 ? "" : "s"), nobody has power over "
                    + "it, and its accountability is \(accountability.map { "rated \(short($0))/5" } ?? "not rated").")
        }
        return (
            FactorValue(
                factor: .uncheckedPower, value: value, weight: weight(.uncheckedPower), evidence: evidence + "."),
            flag
        )
    }

    // MARK: Divisiveness

    /// Divisiveness (a "divider", Wallace 2015): `0.7 · max w/5 + 0.3 · min(1, Σ w/10)` over the actor's
    /// combined competition ties; 0 for an actor surveyed without rivalries. Unknown when the map records no
    /// competition at all, or for an actor with no competition tie and no rating (not surveyed on rivalry).
    /// Distrust toward the actor from its rivals is named here: it is the rivalry, not the community's view.
    private func divisiveness(_ i: Int) -> FactorValue {
        let c = context
        let ties = c.rivals[i]
        guard c.hasCompetitionTies else { return unknown(.divisiveness, "the map records no competition ties") }
        guard !ties.isEmpty else {
            guard c.wasSurveyed(i, on: .competition) else {
                return unknown(.divisiveness, "no competition ties recorded for \(c.ids[i])")
            }
            return FactorValue(
                factor: .divisiveness, value: 0, weight: weight(.divisiveness), evidence: "No recorded rivalries.")
        }
        let top = ties.map(\.1).max()!
        let total = ties.map(\.1).reduce(0, +)
        let value = 0.7 * top / 5 + 0.3 * min(1, total / 10)
        let listing = ties.sorted { $0.1 > $1.1 }.map { "\(c.ids[$0.0]) (\(short($0.1)))" }.joined(separator: ", ")
        let rivals = c.rivalSet(of: i)
        let rivalDistrust = c.trustIn[i].filter { rivals.contains($0.from) && $0.weight < 0 }
            .map { "\(c.ids[$0.from]) \(signed($0.weight))" }
        var evidence = "Rivalries on 1 (mild) … 5 (violent): \(listing)."
        if !rivalDistrust.isEmpty { evidence += " Its rivals distrust it: \(rivalDistrust.joined(separator: ", "))." }
        evidence += " Engaging \(c.ids[i]) without its rivals takes sides."
        return FactorValue(factor: .divisiveness, value: value, weight: weight(.divisiveness), evidence: evidence)
    }

    // MARK: Coercion

    /// Coercion: for an armed actor (non-state armed, or tagged `security`), the strongest power tie over a
    /// community actor / 5, or 0.2 for armed capacity without recorded power over communities; 0 otherwise.
    /// Unknown for an armed actor with no power tie in either direction: whether it coerces is not recorded.
    private func coercion(_ i: Int) -> (FactorValue, RiskFlag?) {
        let c = context
        guard c.isArmed[i] else {
            return (
                FactorValue(
                    factor: .coercion, value: 0, weight: weight(.coercion),
                    evidence: "Not an armed or security actor."),
                nil
            )
        }
        let kind = c.map.actors[i].sector == .nonStateArmed ? "a non-state armed actor" : "a security actor"
        guard c.hasPowerTies && c.wasSurveyed(i, on: .power) else {
            return (unknown(.coercion, "\(kind), but no power ties recorded for \(c.ids[i])"), nil)
        }
        var over: [(Int, Double)] = []
        for (v, weight) in c.power.outTies(of: i) where c.isCommunity[v] { over.append((v, weight)) }
        guard let strongest = over.map(\.1).max() else {
            return (
                FactorValue(
                    factor: .coercion, value: 0.2, weight: weight(.coercion),
                    evidence: "\(kind.capitalizedFirst), with no recorded power over community actors."), nil
            )
        }
        let listing = over.map { "\(c.ids[$0.0]) (\(short($0.1)))" }.joined(separator: ", ")
        let flag = RiskFlag(
            kind: .armedActor, actors: [c.ids[i]] + over.map { c.ids[$0.0] },
            message: "\(c.ids[i]) is \(kind) with power over community actors: \(listing).")
        return (
            FactorValue(
                factor: .coercion, value: strongest / 5, weight: weight(.coercion),
                evidence: "\(kind.capitalizedFirst) with power over community actors: \(listing)."), flag
        )
    }

    // MARK: Exclusion

    /// Exclusion: the share of marginalised groups present in the map none of whose actors has a trusted
    /// channel (path) to X. Unknown when the map has no actor representing a marginalised group, or when X
    /// has no trust tie in either direction (not surveyed on trust).
    private func exclusion(_ i: Int) -> FactorValue {
        let c = context
        let marginal = c.groups.indices.filter { c.isMarginalised(c.groups[$0]) }
        guard !marginal.isEmpty else {
            let groups = c.settings.marginalisedGroups.joined(separator: ", ")
            return unknown(.exclusion, "no actor represents a marginalised group (\(groups))")
        }
        guard c.wasSurveyed(i, on: .trust) else {
            return unknown(.exclusion, "no trust ties recorded for \(c.ids[i])")
        }
        let reach = c.reachable(from: [i])
        let excluded = marginal.filter { g in !c.members[g].contains { reach[$0] } }
        let value = Double(excluded.count) / Double(marginal.count)
        let evidence =
            excluded.isEmpty
            ? "Every marginalised group in the map (\(marginal.map { c.groups[$0] }.joined(separator: ", "))) "
                + "has a trusted channel to \(c.ids[i])."
            : "No trusted channel from \(excluded.map { c.groups[$0] }.joined(separator: ", ")) to \(c.ids[i]) "
                + "(\(excluded.count) of \(marginal.count) marginalised groups)."
        return FactorValue(factor: .exclusion, value: value, weight: weight(.exclusion), evidence: evidence)
    }
}

/// A number for messages: at most two decimals.
func short(_ x: Double) -> String {
    if x == x.rounded() { return String(Int(x)) }
    var s = String(format: "%.2f", x)
    while s.hasSuffix("0") { s.removeLast() }
    return s
}

/// `+1`, `−2`.
func signed(_ x: Double) -> String { x > 0 ? "+" + short(x) : "−" + short(-x) }

/// `+1`, `−2`, or `0` (reports that cancel out).
func signedOrZero(_ x: Double) -> String { x == 0 ? "0" : signed(x) }

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
