import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/ScenarioComparison.swift: what a what-if scenario changes.
@Suite("Scenario comparison")
struct ScenarioComparisonTests {
    @Test func addingThePlannedTrustTiesLowersTheGatekeepersScore() throws {
        let yaml = testDistrictModel.replacingOccurrences(
            of: "  - {type: trust, from: women, to: police, weight: 1}\n", with: "")
        let m = try parseValidMap(yaml)
        let scenarioText = """
            actormap-scenario: 1
            name: Villages meet the police
            add_relations:
              - {type: trust, between: [village-a, police], weight: 1}
              - {type: trust, between: [village-b, police], weight: 1}
            """
        let loaded = ModelLoader.parseScenario(text: scenarioText, path: "s.yaml", base: m)
        let scenario = try #require(loaded.scenario)
        #expect(loaded.diagnostics.isEmpty)
        let r = try CooptationScreen.run(m, scenario: scenario)
        let change = try #require(r.scenario?.changes.first { $0.id == "chief-north" })
        #expect(change.riskAfter < change.riskBefore)
        #expect(r.scenario!.flagsRemoved.contains { $0.kind == .soleGatekeeper && $0.actors.first == "chief-north" })
        #expect(try actorRisk(r, "chief-north").factor(.gatekeeping)?.value == 0)
    }
}
