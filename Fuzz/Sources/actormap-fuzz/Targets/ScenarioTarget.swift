import ActorModel
import ConflictAnalysis

extension FuzzTarget {
    /// Bytes as a scenario file over a fixed base map; a valid scenario is screened against it.
    static let scenario = FuzzTarget(
        name: "scenario", summary: "scenario file bytes → YAMLScenarioReader over a base map → screen with it"
    ) { bytes in
        let source = text(of: bytes)
        let result = ModelLoader.parseScenario(text: source, path: "scenario.yaml", base: ScenarioBase.map)
        checkLocations(result.diagnostics, text: source, path: "scenario.yaml")
        if let scenario = result.scenario, !result.diagnostics.containsErrors {
            let plan = ScenarioBase.map.engagementPlans.first.map { (name: $0.name, partners: $0.partners) }
            _ = try? CooptationScreen.run(ScenarioBase.map, scenario: scenario, options: ScreenOptions(plan: plan))
        }
    }
}

/// The map scenarios are read against: small, with every built-in type, a plan and a sensitive actor.
enum ScenarioBase {
    static let yaml = """
        actormap: 1
        name: Scenario base
        groups: [women, youth]
        actors:
          - {id: chief, sector: customary, level: district, power: 5, legitimacy: 2, accountability: 1}
          - {id: police, sector: state, level: district, power: 4, legitimacy: 1.5}
          - {id: youth, sector: community, level: community, represents: [youth]}
          - {id: women, sector: civil-society, level: community, represents: [women]}
          - {id: militia, sector: non-state-armed, level: community, sensitive: true}
        relations:
          - {type: trust, between: [chief, police], weight: 2}
          - {type: trust, from: youth, to: police, weight: -2, source: youth FGD}
          - {type: trust, from: women, to: chief, weight: -1, source: women's FGD}
          - {type: power, from: chief, to: youth, weight: 4}
          - {type: competition, between: [militia, police], weight: 5}
        engagement:
          - {name: Phase 1, partners: [chief, police]}
        """
    static let map: StakeholderMap = {
        guard let map = ModelLoader.parse(text: yaml, path: "base.yaml").validMap else {
            fuzzFailure("the scenario target's base map is not valid")
        }
        return map
    }()
}
