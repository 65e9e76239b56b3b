import ActorModel
import NetworkCore

/// Options for ``CooptationScreen``.
public struct ScreenOptions: Sendable {
    /// The engagement plan to assess: its partners, and a name for messages.
    public var plan: (name: String, partners: [String])?
    /// Monte Carlo draws (0 = none).
    public var samples: Int
    /// Seed of the draws.
    public var seed: UInt64

    public init(plan: (name: String, partners: [String])? = nil, samples: Int = 0, seed: UInt64 = 42) {
        self.plan = plan
        self.samples = samples
        self.seed = seed
    }
}

/// The co-optation risk screen (Do No Harm): per actor, factors with evidence, flags, a score and a band;
/// per plan, coverage, flags and suggestions; the social contract paths; and, with samples, how robust
/// each band is to uncertain ratings and ties. The method is in docs/METHODOLOGY.md §4.
public enum CooptationScreen {
    public static func run(_ map: StakeholderMap, options: ScreenOptions = ScreenOptions()) throws -> ScreenReport {
        let context = try ScreeningContext(map)
        let actors = ActorScreen(context: context).run()
        var plan: PlanAssessment?
        if let p = options.plan {
            plan = PlanScreen(context: context, actors: actors).run(name: p.name, partners: p.partners)
        }
        var ranked = actors
        var stability: Double?
        if options.samples > 0 {
            let (shares, rho) = try MonteCarlo.run(map, base: actors, samples: options.samples, seed: options.seed)
            for i in ranked.indices { ranked[i].bandShares = shares[i] }
            stability = map.actors.count >= 2 ? rho : nil  // a ranking of fewer than two actors cannot change
        }
        let order = ranked.indices.sorted {
            ranked[$0].risk != ranked[$1].risk ? ranked[$0].risk > ranked[$1].risk : $0 < $1
        }
        return ScreenReport(
            actors: order.map { ranked[$0] }, plan: plan, socialContract: SocialContract.paths(context),
            samples: options.samples > 0 ? options.samples : nil, seed: options.samples > 0 ? options.seed : nil,
            rankingStability: stability, settings: map.screening, scenario: nil)
    }

    /// Screens the map with `scenario` applied, and says what changed against the map as it is.
    /// The plan keeps its partners, less any actor the scenario removes.
    public static func run(_ map: StakeholderMap, scenario: Scenario, options: ScreenOptions = ScreenOptions()) throws
        -> ScreenReport
    {
        let before = try run(map, options: ScreenOptions(plan: options.plan, samples: 0, seed: options.seed))
        var afterOptions = options
        if let plan = options.plan {
            afterOptions.plan = (plan.name, plan.partners.filter { !scenario.removeActors.contains($0) })
        }
        var after = try run(scenario.applied(to: map), options: afterOptions)
        after.scenario = ScenarioComparison(
            name: scenario.name, before: before, after: after, removedActors: scenario.removeActors)
        return after
    }

    /// The actor results alone, in model order (used by the Monte Carlo and by what-if comparisons).
    /// `surveyMap` decides who was surveyed on which layer (the map a Monte Carlo draw was taken from).
    static func actorRisks(_ map: StakeholderMap, surveyMap: StakeholderMap? = nil) throws -> [ActorRisk] {
        ActorScreen(context: try ScreeningContext(map, surveyMap: surveyMap)).run()
    }
}
