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

    /// Without a map, a scenario's shape and the rules that need no map are checked; actors, custom types
    /// and the ties it changes are not (a map would be needed to know them).
    @Test func withoutAMapOnlyTheRulesThatNeedNoMapApply() throws {
        let good = """
            actormap-scenario: 1
            name: Alone
            remove_actors: [zed]
            add_relations:
              - {type: trust, from: x, to: y, weight: 2}
              - {type: marriage, between: [x, y], weight: 9}
            change_relations:
              - {type: power, from: y, to: x, weight: 4}
            """
        let loaded = ModelLoader.parseScenario(text: good, path: "s.yaml", base: nil)
        #expect(loaded.diagnostics.isEmpty)
        let scenario = try #require(loaded.scenario)
        #expect(scenario.name == "Alone")
        #expect(scenario.removeActors == ["zed"])
        #expect(scenario.addRelations.count == 2 && scenario.changeRelations.count == 1)

        let bad = """
            actormap-scenario: 1
            remove_actors: [x]
            add_relations:
              - {type: trust, from: x, to: y}
              - {type: trust, from: y, to: z, weight: 7}
              - {type: trust, from: y, to: y}
              - {type: trust, from: y, to: z, confidence: 2}
            wishes: []
            """
        let broken = ModelLoader.parseScenario(text: bad, path: "s.yaml", base: nil)
        #expect(
            broken.diagnostics.filter { $0.severity == .error }.map(\.description) == [
                "s.yaml:4:5: error: 'add_relations' names 'x', which this scenario removes in 'remove_actors'",
                "s.yaml:5:43: error: trust weight must be between -2 and 2, found 7",
                "s.yaml:6:32: error: an actor cannot have a relation with itself ('y')",
                "s.yaml:7:47: error: confidence must be between 0 and 1, found 2",
                "s.yaml:8:1: error: unknown key 'wishes' in the scenario",
            ])
    }

    @Test(
        arguments: [
            ("actormap-scenario: 1\nname: x\n", true),
            ("# a what-if\n\n---\nactormap-scenario: 1\n", true),
            ("{\"actormap-scenario\": 1, \"name\": \"x\"}", true),
            ("{\n  \"actormap-scenario\" : 1\n}", true),
            ("\u{FEFF}actormap-scenario: 1\n", true),
            ("actormap: 1\nactors: []\n", false),
            ("{\"actormap\": 1}", false),
            ("name: x\nactormap-scenario: 1\n", false),
            ("actormap-scenarios: 1\n", false),
            ("", false),
        ])
    func aScenarioIsRecognisedByItsFirstKey(text: String, isScenario: Bool) {
        #expect(ModelLoader.isScenario(text: text) == isScenario)
    }
}
