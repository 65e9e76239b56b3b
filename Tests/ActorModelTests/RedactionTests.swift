import Testing
@testable import ActorModel

@Suite("Redaction of sensitive actors")
struct RedactionTests {
    static let yaml = """
        actormap: 1
        actors:
          - {id: chief, name: Chief Bakari, sector: customary}
          - {id: informant, name: Amina Yusuf, sensitive: true, notes: lives near the market, attributes: {phone: "555"}}
          - {id: militia, name: Night Watch, sector: non-state-armed, sensitive: true, tags: [security]}
        relations:
          - {type: trust, from: informant, to: chief, weight: -1, note: fears him}
          - {type: power, from: militia, to: chief, weight: 3}
          - {type: trust, from: chief, to: militia, weight: 1, note: pays them}
        engagement:
          - {name: P, partners: [chief, informant]}
        """

    @Test func sensitiveActorsBecomeAnonymousEverywhere() throws {
        let map = try #require(ModelLoader.parse(text: Self.yaml, path: "m.yaml").validMap)
        let (redacted, ids) = map.redactingSensitiveActors()
        #expect(ids.ids == ["informant": "sensitive-1", "militia": "sensitive-2"])
        #expect(redacted.actors.map(\.id) == ["chief", "sensitive-1", "sensitive-2"])
        #expect(redacted.actors.map(\.name) == ["Chief Bakari", "Sensitive actor 1", "Sensitive actor 2"])
        #expect(redacted.actors[1].notes == nil && redacted.actors[1].attributes.isEmpty)
        #expect(redacted.actors[2].sector == .nonStateArmed && redacted.actors[2].tags == ["security"])  // analysis keeps what it needs
        #expect(redacted.relations.map { "\($0.from)>\($0.to)" } == ["sensitive-1>chief", "sensitive-2>chief", "chief>sensitive-2"])
        #expect(redacted.relations.allSatisfy { $0.note == nil })
        #expect(redacted.engagementPlans[0].partners == ["chief", "sensitive-1"])
        let text = "\(redacted.actors) \(redacted.relations) \(redacted.engagementPlans)"
        for secret in ["Amina", "informant", "Night Watch", "militia", "market", "555", "fears", "pays"] {
            #expect(!text.contains(secret), "\(secret) leaked")
        }
    }

    @Test func messagesAreRedactedWholeWordsOnly() throws {
        let map = try #require(ModelLoader.parse(text: Self.yaml, path: "m.yaml").validMap)
        let (_, redaction) = map.redactingSensitiveActors()
        #expect(redaction.redactingText("the same trust tie between 'informant' and 'chief'; Amina Yusuf said so")
            == "the same trust tie between 'sensitive-1' and 'chief'; Sensitive actor 1 said so")
        // "militia" inside a longer word or id is left alone; the word itself is replaced, also before a full stop.
        #expect(redaction.redactingText("militias, militia-x, xmilitia, militia.") == "militias, militia-x, xmilitia, sensitive-2.")
    }

    @Test func aMapWithoutSensitiveActorsIsUnchanged() throws {
        let map = try #require(ModelLoader.parse(text: "actormap: 1\nactors:\n  - {id: a}\n", path: "m.yaml").validMap)
        let (redacted, ids) = map.redactingSensitiveActors()
        #expect(ids.ids.isEmpty && redacted.actors == map.actors)
    }
}
