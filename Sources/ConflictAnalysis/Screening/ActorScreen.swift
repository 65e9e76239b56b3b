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
                flags.append(
                    RiskFlag(
                        kind: .soleGatekeeper, actors: [c.ids[i]] + cut.map { c.ids[$0] },
                        message:
                            "Removing \(c.ids[i]) cuts \(c.list(cut)) off from every state actor: \(cut.count == 1 ? "its" : "their") only trusted channel\(cut.count == 1 ? "" : "s") to the state run\(cut.count == 1 ? "s" : "") through \(c.ids[i])."
                    ))
            }
            let (legitimacy, meanCommunityTrust) = legitimacyDeficit(i)
            factors.append(legitimacy)
            if let m = meanCommunityTrust, m < 0 {
                flags.append(
                    RiskFlag(
                        kind: .lowCommunityTrust, actors: [c.ids[i]],
                        message:
                            "Community actors distrust \(c.ids[i]) on average (mean trust \(signed(m)) on −2 … +2)."))
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
    static func score(id: String, name: String, factors: [FactorValue], flags: [RiskFlag], settings: ScreeningSettings)
        -> ActorRisk
    {
        let totalWeight = factors.reduce(0) { $0 + $1.weight }
        let known = factors.filter { $0.value != nil }
        let knownWeight = known.reduce(0) { $0 + $1.weight }
        let score = knownWeight > 0 ? 100 * known.reduce(0) { $0 + $1.weight * $1.value! } / knownWeight : 0
        let scoreBand = settings.band(for: score)
        var band = scoreBand
        var raisedBy: [String] = []
        for flag in flags {
            if let minimum = settings.flagMinimumBand[flag.kind], minimum > band {
                band = minimum
                raisedBy.append(flag.kind.rawValue)
            }
        }
        let confidence = totalWeight > 0 ? knownWeight / totalWeight : 0
        let top = known.filter { $0.weight > 0 }.sorted { ($0.weight * $0.value!) > ($1.weight * $1.value!) }.prefix(2)
            .filter { $0.value! > 0 }.map {
                "\($0.factor.rawValue.replacingOccurrences(of: "_", with: " ")) \(short($0.value!))"
            }
        var explanation = "Score \(Int(score.rounded())) (\(scoreBand.rawValue))"
        explanation +=
            top.isEmpty ? ": no risk factor is present." : ", mostly from " + top.joined(separator: " and ") + "."
        if !raisedBy.isEmpty {
            explanation +=
                " Raised to \(band.rawValue) by the \(raisedBy.joined(separator: " and ")) flag\(raisedBy.count == 1 ? "" : "s")."
        }
        let unknown = factors.filter { $0.value == nil }.map {
            $0.factor.rawValue.replacingOccurrences(of: "_", with: " ")
        }
        if !unknown.isEmpty {
            explanation +=
                " Unknown: \(unknown.joined(separator: ", ")) (confidence \(Int((confidence * 100).rounded()))%)."
        }
        return ActorRisk(
            id: id, name: name, risk: score, scoreBand: scoreBand, band: band, confidence: confidence,
            factors: factors, flags: flags, explanation: explanation, bandShares: nil)
    }

    private func weight(_ f: RiskFactor) -> Double { context.settings.weights[f] ?? 0 }

    // MARK: Capture capacity

    /// Capture capacity: `structural = (s_out/max s_out + reach)/2`, `reach` the share of other actors
    /// reachable over power ties; averaged with the power rating/5 when rated. Unknown when the map has no
    /// power ties and the actor no power rating.
    private func capture(_ i: Int, maxPowerOut: Double) -> FactorValue {
        let c = context
        let rating = c.map.actors[i].power
        var parts: [Double] = []
        var evidence: [String] = []
        if c.hasPowerTies {
            let out = c.powerOut[i]
            let relative = maxPowerOut > 0 ? out / maxPowerOut : 0
            let reached = BreadthFirstSearch.reachable(in: c.power, from: [i]).lazy.filter { $0 }.count - 1
            let reach = c.n > 1 ? Double(reached) / Double(c.n - 1) : 0
            parts.append((relative + reach) / 2)
            let direct = c.power.successors(of: i).map { c.ids[Int($0)] }
            if direct.isEmpty {
                evidence.append("no recorded power over other actors")
            } else {
                evidence.append(
                    "power over \(direct.count) actor\(direct.count == 1 ? "" : "s") directly (strength \(short(out)), \(Int((relative * 100).rounded()))% of the strongest) and \(reached) in all through chains of power (\(Int((reach * 100).rounded()))% of the map)"
                )
            }
        }
        if let r = rating {
            parts.append(r / 5)
            evidence.append("power rated \(short(r))/5")
        }
        guard !parts.isEmpty else {
            return FactorValue(
                factor: .capture, value: nil, weight: weight(.capture),
                evidence: "unknown: no power ties in the map and no power rating")
        }
        return FactorValue(
            factor: .capture, value: parts.reduce(0, +) / Double(parts.count), weight: weight(.capture),
            evidence: evidence.joined(separator: "; ").capitalizedFirst + ".")
    }

    // MARK: Gatekeeping

    /// Gatekeeping: for each community actor `c` that has a trusted channel to the state, the share of its
    /// shortest channels to the nearest state actor that pass through `X` (`1 − σ_{G−X}(c)/σ_G(c)` when
    /// the distance is unchanged, 1 when removing X lengthens or cuts it); the factor is the mean over
    /// those community actors. State actors are not gatekeepers (they are the other side). Also returns
    /// the community actors that removing X cuts off from every state actor.
    private func gatekeepingShares() -> [(FactorValue, [Int])] {
        let c = context
        let state = (0 ..< c.n).filter { c.isState[$0] }
        let communities = (0 ..< c.n).filter { c.isCommunity[$0] && !c.isState[$0] }
        guard c.hasTrustTies, !state.isEmpty, !communities.isEmpty else {
            let why =
                !c.hasTrustTies
                ? "no trust ties in the map"
                : state.isEmpty ? "no state actors in the map" : "no community actors in the map"
            return (0 ..< c.n).map { _ in
                (
                    FactorValue(
                        factor: .gatekeeping, value: nil, weight: weight(.gatekeeping), evidence: "unknown: \(why)"), []
                )
            }
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
            var evidence: String
            if share == 0 {
                evidence =
                    "None of the \(others.count) community actors with a trusted channel to the state rely on \(c.ids[x])"
            } else if through.isEmpty && cut.isEmpty {
                evidence =
                    "Few of the \(others.count) community actors with a trusted channel to the state rely on \(c.ids[x])"
            } else {
                evidence =
                    "\(through.count) of \(others.count) community actors with a trusted channel to the state reach it mostly through \(c.ids[x]) (\(c.list(through)))"
            }
            if !cut.isEmpty {
                evidence += "; \(cut.count) reach\(cut.count == 1 ? "es" : "") it only through \(c.ids[x])"
            }
            if share == 0 {
                evidence += ": none of their shortest trusted paths to the nearest state actor pass through it."
            } else {
                evidence +=
                    ". On average \(Int((share * 100).rounded()))% of their shortest trusted paths to the nearest state actor pass through \(c.ids[x])."
            }
            return (
                FactorValue(factor: .gatekeeping, value: share, weight: weight(.gatekeeping), evidence: evidence), cut
            )
        }
    }

    // MARK: Legitimacy deficit

    /// Legitimacy deficit: `(2 − m)/4` with `m` the mean trust toward X reported by community actors
    /// (each tie and perspective counted, ties from actors representing marginalised groups twice), averaged
    /// with `1 − legitimacy/5` when rated. Unknown with neither. Adding distrust never lowers it.
    private func legitimacyDeficit(_ i: Int) -> (FactorValue, Double?) {
        let c = context
        var sum = 0.0
        var weightSum = 0.0
        var from: [String] = []
        var negative: [String] = []
        for tie in c.trustIn[i] where c.isCommunity[tie.from] && tie.from != i {
            let w = c.representsMarginalised(tie.from) ? 2.0 : 1.0
            sum += w * tie.weight
            weightSum += w
            let label = c.ids[tie.from] + " " + signed(tie.weight) + (tie.source.map { " (\($0))" } ?? "")
            from.append(label)
            if tie.weight < 0 { negative.append(label) }
        }
        var parts: [Double] = []
        var evidence: [String] = []
        var mean: Double?
        if weightSum > 0 {
            let m = sum / weightSum
            mean = m
            parts.append((2 - m) / 4)
            evidence.append(
                "trust from community actors: \(from.prefix(6).joined(separator: ", "))\(from.count > 6 ? " …" : "") — weighted mean \(m == 0 ? "0" : signed(m)) on −2 … +2 (marginalised groups count double)"
            )
        }
        if let r = c.map.actors[i].legitimacy {
            parts.append(1 - r / 5)
            evidence.append("legitimacy rated \(short(r))/5")
        }
        guard !parts.isEmpty else {
            return (
                FactorValue(
                    factor: .legitimacyDeficit, value: nil, weight: weight(.legitimacyDeficit),
                    evidence:
                        "unknown: no community actor's trust in \(c.ids[i]) is recorded and there is no legitimacy rating"
                ), nil
            )
        }
        return (
            FactorValue(
                factor: .legitimacyDeficit, value: parts.reduce(0, +) / Double(parts.count),
                weight: weight(.legitimacyDeficit),
                evidence: evidence.joined(separator: "; ").capitalizedFirst + "."), mean
        )
    }

    // MARK: Unchecked power

    /// Unchecked power: for an actor with power over others, `1` when nobody has power over it, else
    /// `s_out/(s_out + s_in)`; averaged with `1 − accountability/5` when rated. 0 without power over others.
    private func uncheckedPower(_ i: Int) -> (FactorValue, RiskFlag?) {
        let c = context
        let accountability = c.map.actors[i].accountability
        guard c.hasPowerTies else {
            if let a = accountability, let p = c.map.actors[i].power {
                let v = (p / 5) * (1 - a / 5)
                return (
                    FactorValue(
                        factor: .uncheckedPower, value: v, weight: weight(.uncheckedPower),
                        evidence:
                            "No power ties in the map; power rated \(short(p))/5 with accountability \(short(a))/5."),
                    nil
                )
            }
            return (
                FactorValue(
                    factor: .uncheckedPower, value: nil, weight: weight(.uncheckedPower),
                    evidence: "unknown: no power ties in the map and no power and accountability ratings"), nil
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
        var evidence =
            incoming == 0
            ? "Power over others (strength \(short(out))) and nobody recorded with power over \(c.ids[i])"
            : "Power over others (strength \(short(out))) against power over it (strength \(short(incoming)) from \(c.list(c.power.predecessors(of: i).map { Int($0) })))"
        if let a = accountability {
            parts.append(1 - a / 5)
            evidence += "; accountability rated \(short(a))/5"
        } else {
            evidence += "; accountability not rated"
        }
        let value = parts.reduce(0, +) / Double(parts.count)
        var flag: RiskFlag?
        if incoming == 0 && (accountability ?? 0) <= 2 {
            flag = RiskFlag(
                kind: .uncheckedPower, actors: [c.ids[i]],
                message:
                    "\(c.ids[i]) has power over \(c.power.outDegree(i)) actor\(c.power.outDegree(i) == 1 ? "" : "s"), nobody has power over it, and its accountability is \(accountability.map { "rated \(short($0))/5" } ?? "not rated")."
            )
        }
        return (
            FactorValue(
                factor: .uncheckedPower, value: value, weight: weight(.uncheckedPower), evidence: evidence + "."), flag
        )
    }

    // MARK: Divisiveness

    /// Divisiveness (a "divider", Wallace 2015): `0.7 · max w/5 + 0.3 · min(1, Σ w/10)` over the actor's
    /// competition ties. Unknown when the map records no competition at all.
    private func divisiveness(_ i: Int) -> FactorValue {
        let c = context
        guard c.hasCompetitionTies else {
            return FactorValue(
                factor: .divisiveness, value: nil, weight: weight(.divisiveness),
                evidence: "unknown: the map records no competition ties")
        }
        let ties = c.rivals[i]
        guard !ties.isEmpty else {
            return FactorValue(
                factor: .divisiveness, value: 0, weight: weight(.divisiveness), evidence: "No recorded rivalries.")
        }
        let top = ties.map(\.1).max()!
        let total = ties.map(\.1).reduce(0, +)
        let value = 0.7 * top / 5 + 0.3 * min(1, total / 10)
        let listing = ties.sorted { $0.1 > $1.1 }.map { "\(c.ids[$0.0]) (\(short($0.1)))" }.joined(separator: ", ")
        return FactorValue(
            factor: .divisiveness, value: value, weight: weight(.divisiveness),
            evidence:
                "Rivalries on 1 (mild) … 5 (violent): \(listing). Engaging \(c.ids[i]) without its rivals takes sides.")
    }

    // MARK: Coercion

    /// Coercion: for an armed actor (non-state armed, or tagged `security`), the strongest power tie over a
    /// community actor / 5, or 0.2 for armed capacity without recorded power over communities; 0 otherwise.
    private func coercion(_ i: Int) -> (FactorValue, RiskFlag?) {
        let c = context
        guard c.isArmed[i] else {
            return (
                FactorValue(
                    factor: .coercion, value: 0, weight: weight(.coercion), evidence: "Not an armed or security actor."),
                nil
            )
        }
        var over: [(Int, Double)] = []
        for (v, weight) in c.power.outTies(of: i) where c.isCommunity[v] { over.append((v, weight)) }
        let kind = c.map.actors[i].sector == .nonStateArmed ? "a non-state armed actor" : "a security actor"
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
    /// channel (path) to X. Unknown when the map has no actor representing a marginalised group.
    private func exclusion(_ i: Int) -> FactorValue {
        let c = context
        let marginal = c.groups.indices.filter { c.isMarginalised(c.groups[$0]) }
        guard !marginal.isEmpty else {
            return FactorValue(
                factor: .exclusion, value: nil, weight: weight(.exclusion),
                evidence:
                    "unknown: no actor represents a marginalised group (\(c.settings.marginalisedGroups.joined(separator: ", ")))"
            )
        }
        let reach = c.reachable(from: [i])
        let excluded = marginal.filter { g in !c.members[g].contains { reach[$0] } }
        let value = Double(excluded.count) / Double(marginal.count)
        let evidence =
            excluded.isEmpty
            ? "Every marginalised group in the map (\(marginal.map { c.groups[$0] }.joined(separator: ", "))) has a trusted channel to \(c.ids[i])."
            : "No trusted channel from \(excluded.map { c.groups[$0] }.joined(separator: ", ")) to \(c.ids[i]) (\(excluded.count) of \(marginal.count) marginalised groups)."
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

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
