import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// NetworkCore's networkx fixtures (`Tests/NetworkCoreTests/Fixtures/`).
let networkCoreFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("NetworkCoreTests/Fixtures")
/// The shipped models (`models/`).
let modelsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("models")

/// The map of a model file that must be valid.
func loadValidMap(_ url: URL) throws -> StakeholderMap {
    let result = try ModelLoader.load(path: url.path)
    return try #require(result.validMap, "\(result.diagnostics)")
}

/// Expected values from a networkx fixture, by actor id.
func networkxValues(_ graph: String, _ measure: String) throws -> [String: Double] {
    let data = try Data(contentsOf: networkCoreFixtures.appendingPathComponent("\(graph).values.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let values = try #require((json["node_values"] as? [String: Any])?[measure] as? [String: Any])
    return values.compactMapValues { ($0 as? NSNumber)?.doubleValue }
}

/// The map of a model text that must be valid (its diagnostics are the failure message otherwise).
func parseValidMap(_ yaml: String) throws -> StakeholderMap {
    let r = ModelLoader.parse(text: yaml, path: "test.yaml")
    return try #require(r.validMap, "\(r.diagnostics)")
}

/// A small district. Two villages trust only the chief, who alone is trusted by the police; the women's
/// association is trusted by everyone and accountable; two chiefs are violent rivals; a militia has power
/// over a village; the youth group trusts nobody in the plan.
///
///   village-a ─┐                       women ──── police
///   village-b ─┴─ chief-north ── police    (trusted by both villages)
///   chief-north ~~5~~ chief-south      militia ──power──▶ village-b
let testDistrictModel = """
    actormap: 1
    name: Test district
    groups: [women, youth, elders]
    actors:
      - {id: village-a, sector: community, level: community, represents: [elders]}
      - {id: village-b, sector: community, level: community}
      - {id: women, sector: community, level: community, represents: [women], power: 2, legitimacy: 5, \
    accountability: 5}
      - {id: youth, sector: community, level: community, represents: [youth]}
      - {id: chief-north, sector: customary, level: district, power: 5, legitimacy: 2, accountability: 1}
      - {id: chief-south, sector: customary, level: district, power: 3, legitimacy: 3, accountability: 3}
      - {id: police, sector: state, level: district, tags: [security], power: 4, accountability: 2}
      - {id: militia, sector: non-state-armed, level: community, power: 3, accountability: 0}
    relations:
      - {type: trust, from: village-a, to: chief-north, weight: 2}
      - {type: trust, from: village-b, to: chief-north, weight: 1}
      - {type: trust, between: [chief-north, police], weight: 1}
      - {type: trust, from: village-a, to: women, weight: 2}
      - {type: trust, from: village-b, to: women, weight: 2}
      - {type: trust, from: women, to: police, weight: 1}
      - {type: trust, from: youth, to: police, weight: -2}
      - {type: trust, from: youth, to: chief-north, weight: -1}
      - {type: trust, from: women, to: chief-north, weight: -1}
      - {type: power, from: chief-north, to: village-a, weight: 5}
      - {type: power, from: chief-north, to: village-b, weight: 4}
      - {type: power, from: police, to: youth, weight: 3}
      - {type: power, from: militia, to: village-b, weight: 4}
      - {type: competition, between: [chief-north, chief-south], weight: 5}
    engagement:
      - {name: Chief only, partners: [chief-north]}
      - {name: Balanced, partners: [women, chief-north, chief-south]}

    """

/// The co-optation screen of a model text (the test district by default), with one of its plans.
func screenTestDistrict(_ yaml: String = testDistrictModel, plan: String? = nil, samples: Int = 0) throws
    -> ScreenReport
{
    let m = try parseValidMap(yaml)
    let p = plan.flatMap { name in m.engagementPlans.first { $0.name == name } }.map { ($0.name, $0.partners) }
    return try CooptationScreen.run(m, options: .init(plan: p, samples: samples, seed: 7))
}

/// One actor's results in a screen.
func actorRisk(_ r: ScreenReport, _ id: String) throws -> ActorRisk { try #require(r.actors.first { $0.id == id }) }
