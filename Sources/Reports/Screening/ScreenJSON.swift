import ActorModel
import ConflictAnalysis

/// `actormap screen --format json`.
public enum ScreenJSON {
    public static func text(_ report: ScreenReport) -> String { value(report).text() + "\n" }

    public static func value(_ report: ScreenReport) -> JSONValue {
        var fields: [(String, JSONValue)] = [("actors", .array(report.actors.map(actor)))]
        if let plan = report.plan { fields.append(("plan", value(plan))) }
        fields.append(
            (
                "social_contract",
                .array(
                    report.socialContract.map { p in
                        .object([
                            ("community", .string(p.community)),
                            ("path", .array(p.path.map { .string($0) })),
                            ("brokers", .array(p.brokers.map { .string($0) })),
                            ("strength", .optional(p.strength)),
                            ("one_sided_path", .array(p.oneSidedPath.map { .string($0) })),
                        ])
                    })
            ))
        if let c = report.scenario {
            var block: [(String, JSONValue)] = [
                ("name", .string(c.name)),
                ("removed_actors", .array(c.removedActors.map { .string($0) })),
                (
                    "changes",
                    .array(
                        c.changes.map { ch in
                            .object([
                                ("id", .string(ch.id)), ("risk_before", .number(round1(ch.riskBefore))),
                                ("risk_after", .number(round1(ch.riskAfter))),
                                ("band_before", .string(ch.bandBefore.rawValue)),
                                ("band_after", .string(ch.bandAfter.rawValue)),
                            ])
                        })
                ),
                ("flags_added", .array(c.flagsAdded.map(flag))),
                ("flags_removed", .array(c.flagsRemoved.map(flag))),
            ]
            if let b = c.planBefore, let a = c.planAfter {
                block.append(
                    (
                        "plan",
                        .object([
                            ("risk_before", .number(round1(b.risk))), ("risk_after", .number(round1(a.risk))),
                            ("band_before", .string(b.band.rawValue)), ("band_after", .string(a.band.rawValue)),
                        ])
                    ))
            }
            fields.append(("scenario", .object(block)))
        }
        if let samples = report.samples {
            fields.append(
                (
                    "monte_carlo",
                    .object([
                        ("samples", .number(Double(samples))),
                        ("seed", .string(String(report.seed ?? 0))),
                        ("ranking_stability", .optional(report.rankingStability)),
                    ])
                ))
        }
        return .object(fields)
    }

    static func flag(_ f: RiskFlag) -> JSONValue {
        .object([
            ("kind", .string(f.kind.rawValue)), ("actors", .array(f.actors.map { .string($0) })),
            ("message", .string(f.message)),
        ])
    }

    static func actor(_ a: ActorRisk) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(a.id)), ("name", .string(a.name)),
            ("risk", .number(round1(a.risk))), ("band", .string(a.band.rawValue)),
            ("score_band", .string(a.scoreBand.rawValue)),
            ("confidence", .number(round1(a.confidence * 100) / 100)),
            ("partial", .bool(a.isPartial)),
            ("raised_by", .array(a.raisedBy.map { .string($0.rawValue) })),
            ("missing", .array(a.missing.map { .string($0) })),
            (
                "factors",
                .array(
                    a.factors.map { f in
                        .object([
                            ("name", .string(f.factor.rawValue)),
                            ("value", f.value.map { .number(round3($0)) } ?? .null),
                            ("weight", .number(f.weight)),
                            ("evidence", .string(f.evidence)),
                        ])
                    })
            ),
            ("flags", .array(a.flags.map(flag))),
            ("explanation", .string(a.explanation)),
        ]
        if let shares = a.bandShares {
            fields.append(("bands", .object(RiskBand.allCases.map { ($0.rawValue, .number(round3(shares[$0] ?? 0))) })))
        }
        return .object(fields)
    }

    static func value(_ p: PlanAssessment) -> JSONValue {
        .object([
            ("name", .string(p.name)),
            ("partners", .array(p.partners.map { .string($0) })),
            ("risk", .number(round1(p.risk))),
            ("band", .string(p.band.rawValue)),
            ("flags", .array(p.flags.map(flag))),
            (
                "coverage",
                .object([
                    ("community", p.communityCoverage.map { .number(round3($0)) } ?? .null),
                    ("groups", .object(p.groupCoverage.map { ($0.group, .number(round3($0.share))) })),
                ])
            ),
            ("power_concentration", p.powerConcentration.map { .number(round3($0)) } ?? .null),
            ("unknown_partners", .array(p.unknownPartners.map { .string($0) })),
            (
                "uneven_rivalries",
                .array(
                    p.unevenRivalries.map {
                        .object([
                            ("partner", .string($0.partner)), ("rival", .string($0.rival)),
                            ("weight", .number($0.weight)),
                        ])
                    })
            ),
            (
                "suggestions",
                .array(
                    p.suggestions.map { s in
                        .object([
                            ("action", .string(s.action.rawValue)), ("actors", .array(s.actors.map { .string($0) })),
                            ("text", .string(s.text)),
                        ])
                    })
            ),
            ("explanation", .string(p.explanation)),
        ])
    }

    static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
