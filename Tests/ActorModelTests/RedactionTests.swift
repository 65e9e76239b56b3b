import Testing

@testable import ActorModel

@Suite("Redaction of sensitive actors")
struct RedactionTests {
    static let yaml = """
        actormap: 1
        actors:
          - {id: chief, name: Chief Bakari, sector: customary}
          - {id: informant, name: Amina Yusuf, sensitive: true, notes: lives near the market, \
        attributes: {phone: "555"}}
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
        // analysis keeps what it needs
        #expect(redacted.actors[2].sector == .nonStateArmed && redacted.actors[2].tags == ["security"])
        #expect(
            redacted.relations.map { "\($0.from)>\($0.to)" } == [
                "sensitive-1>chief", "sensitive-2>chief", "chief>sensitive-2",
            ])
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
        #expect(
            redaction.redactingText("the same trust tie between 'informant' and 'chief'; Amina Yusuf said so")
                == "the same trust tie between 'sensitive-1' and 'chief'; Sensitive actor 1 said so")
        // "militia" inside a longer word or id is left alone; the word itself is replaced, also before a full stop.
        #expect(
            redaction.redactingText("militias, militia-x, xmilitia, militia.")
                == "militias, militia-x, xmilitia, sensitive-2.")
    }

    @Test func labelsAreNeverSearchedAgain() throws {
        // The first sensitive actor's own id is 'sensitive-2'; the second becomes 'sensitive-2'.
        let yaml =
            "actormap: 1\nactors:\n  - {id: sensitive-2, sensitive: true}\n"
            + "  - {id: night-watch, name: actor, sensitive: true}\n"
        let map = try #require(ModelLoader.parse(text: yaml, path: "m.yaml").validMap)
        let (_, redaction) = map.redactingSensitiveActors()
        #expect(
            redaction.redactingText("between 'night-watch' and 'sensitive-2'")
                == "between 'sensitive-2' and 'sensitive-1'")
        // A short original ('actor', a name) is not found inside a label written before it.
        #expect(redaction.redactingText("'sensitive-2' is an actor") == "'sensitive-1' is an Sensitive actor 2")
    }

    @Test func anActorNamedLikeItsIdIsShownByItsNewId() throws {
        let map = try #require(
            ModelLoader.parse(text: "actormap: 1\nactors:\n  - {id: spy, name: spy, sensitive: true}\n", path: "m.yaml")
                .validMap)
        let (_, redaction) = map.redactingSensitiveActors()
        #expect(redaction.ids["spy"] == "sensitive-1" && redaction.names["spy"] == "Sensitive actor 1")
        #expect(redaction.redactingText("unknown 'spy'") == "unknown 'sensitive-1'")
    }

    @Test func rejectedSensitiveActorsAreWithheld() {
        let yaml =
            "actormap: 1\nactors:\n  - {id: Night Watch, name: The Watch, sensitive: true}\n"
            + "  - {id: x, name: Juma, sensitive: maybe}\n  - {id: y, sensitive: false}\n"
        let result = ModelLoader.parse(text: yaml, path: "m.yaml")
        #expect(result.validMap == nil)
        #expect(Set(result.withheld) == ["Night Watch", "The Watch", "x", "Juma"])
    }

    @Test func aMapWithoutSensitiveActorsIsUnchanged() throws {
        let map = try #require(ModelLoader.parse(text: "actormap: 1\nactors:\n  - {id: a}\n", path: "m.yaml").validMap)
        let (redacted, ids) = map.redactingSensitiveActors()
        #expect(ids.ids.isEmpty && redacted.actors == map.actors)
    }
}
