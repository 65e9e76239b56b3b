import Testing

@testable import ActorModel

@Suite("What-if scenario files")
struct ScenarioTests {
    static let base = """
        actormap: 1
        actors:
          - {id: a, sector: community}
          - {id: b, sector: customary}
          - {id: c, sector: state}
        relations:
          - {type: trust, from: a, to: b, weight: 1}
          - {type: trust, between: [b, c], weight: 1, source: elders}
          - {type: competition, between: [a, c], weight: 3}
        engagement:
          - {name: P, partners: [a, b]}
        """

    func baseMap() throws -> StakeholderMap {
        try #require(ModelLoader.parse(text: Self.base, path: "m.yaml").validMap)
    }

    @Test func aScenarioIsAppliedInOrder() throws {
        let text = """
            actormap-scenario: 1
            name: Test
            remove_actors: [b]
            add_relations:
              - {type: trust, from: a, to: c, weight: 2}
            change_relations:
              - {type: competition, between: [c, a], weight: 5}
            """
        let loaded = ModelLoader.parseScenario(text: text, path: "s.yaml", base: try baseMap())
        #expect(loaded.diagnostics.isEmpty)
        let after = try #require(loaded.scenario).applied(to: try baseMap())
        #expect(after.actors.map(\.id) == ["a", "c"])
        #expect(after.engagementPlans[0].partners == ["a"])
        #expect(
            after.relations.map { "\($0.type) \($0.from) \($0.to) \($0.weight)" } == [
                "competition a c 5.0", "trust a c 2.0",
            ])
    }

    @Test func removingATieMatchesItsSourceWhenGiven() throws {
        let text = "actormap-scenario: 1\nremove_relations:\n  - {type: trust, between: [c, b], source: elders}\n"
        let loaded = ModelLoader.parseScenario(text: text, path: "s.yaml", base: try baseMap())
        #expect(loaded.diagnostics.isEmpty)
        #expect(try #require(loaded.scenario).applied(to: try baseMap()).relations.count == 2)
    }

    @Test(
        arguments: [
            (
                "actormap-scenario: 1\nremove_actors: [bb]\n",
                "s.yaml:2:17: error: unknown actor 'bb'; did you mean 'b'?"
            ),
            (
                "actormap-scenario: 1\nadd_relations:\n  - {type: trust, from: a, to: d, weight: 1}\n",
                "s.yaml:3:32: error: unknown actor 'd'"
            ),
            (
                "actormap-scenario: 1\nadd_relations:\n  - {type: power, from: a, to: b, weight: 9}\n",
                "s.yaml:3:43: error: power weight must be between 1 and 5, found 9"
            ),
            (
                "actormap-scenario: 1\nchange_relations:\n  - {type: trust, from: c, to: a, weight: 2}\n",
                "s.yaml:3:5: error: the map has no trust tie from 'c' to 'a' to change"
            ),
            (
                "actormap-scenario: 1\nremove_relations:\n  - {type: trust, between: [b, c], source: women}\n",
                "s.yaml:3:5: error: the map has no trust tie between 'b' and 'c' reported by 'women' to remove"
            ),
            (
                "name: x\n",
                "s.yaml:1:1: error: missing the format version: add 'actormap-scenario: 1' as the first line"
            ),
            (
                "actormap-scenario: 1\nadd_relation: []\n",
                "s.yaml:2:1: error: unknown key 'add_relation' in the scenario; did you mean 'add_relations'?"
            ),
        ] as [(String, String)])
    func errorsAreLocated(text: String, expected: String) throws {
        let loaded = ModelLoader.parseScenario(text: text, path: "s.yaml", base: try baseMap())
        #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.description) == [expected])
    }
}
