import Testing

@testable import ActorModel

/// A valid base model; each case below breaks one thing and expects one located error.
let baseActors = """
    actormap: 1
    name: Test
    actors:
      - id: chief-north
        sector: customary
        level: district
      - id: police-district
        sector: state
      - id: womens-assoc
        sector: community

    """

func load(_ yaml: String, path: String = "m.yaml") -> ModelLoader.Result {
    ModelLoader.parse(text: yaml, path: path)
}

func errors(_ yaml: String) -> [String] {
    load(yaml).diagnostics.filter { $0.severity == .error }.map(\.description)
}

@Suite("Model validation: every error path with its exact location")
struct ModelValidationTests {
    @Test func baseModelIsValid() throws {
        let r = load(baseActors)
        #expect(r.diagnostics.isEmpty)
        let map = try #require(r.validMap)
        #expect(map.actors.map(\.id) == ["chief-north", "police-district", "womens-assoc"])
        #expect(map.summary == "3 actors, 0 relations")
    }

    @Test(
        arguments: [
            // (extra YAML appended to the base, expected diagnostic)
            (
                "relations:\n  - {type: trust, from: womens-assoc, to: police-distrct, weight: -2}\n",
                "m.yaml:12:43: error: unknown actor 'police-distrct'; did you mean 'police-district'?"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, to: chief-north}\n",
                "m.yaml:12:42: error: an actor cannot have a relation with itself ('chief-north')"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, to: womens-assoc, weight: 3}\n",
                "m.yaml:12:64: error: trust weight must be between -2 and 2, found 3"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, to: womens-assoc, weight: 0}\n",
                "m.yaml:12:64: error: a trust weight of 0 is no tie; leave the relation out, or use -1 or 1"
            ),
            (
                "relations:\n  - {type: power, from: chief-north, to: womens-assoc, weight: 6}\n",
                "m.yaml:12:64: error: power weight must be between 1 and 5, found 6"
            ),
            (
                "relations:\n  - {type: competition, between: [chief-north, womens-assoc], weight: 0.5}\n",
                "m.yaml:12:71: error: competition weight must be between 1 and 5, found 0.5"
            ),
            (
                "relations:\n  - {type: power, from: chief-north, to: womens-assoc, weight: high}\n",
                "m.yaml:12:64: error: 'weight' must be a number, found 'high'"
            ),
            (
                "relations:\n  - {type: power, from: chief-north, to: womens-assoc, weight: \"4\"}\n",
                "m.yaml:12:64: error: 'weight' must be a number, found the text \"4\""
            ),
            (
                "relations:\n  - {type: power, from: chief-north, to: womens-assoc, weight: .nan}\n",
                "m.yaml:12:64: error: 'weight' must be a number, found '.nan'"
            ),
            (
                "relations:\n  - {type: power, from: chief-north, to: womens-assoc, weight: .inf}\n",
                "m.yaml:12:64: error: 'weight' must be a number, found '.inf'"
            ),
            (
                "relations:\n  - {type: power, from: chief-north, to: womens-assoc, weight: [1]}\n",
                "m.yaml:12:64: error: 'weight' must be a number, found a list"
            ),
            (
                "relations:\n  - {type: competiton, between: [chief-north, womens-assoc]}\n",
                "m.yaml:12:12: error: unknown relation type 'competiton'; declare it under 'relation_types:' or use "
                    + "one of trust, power, competition; did you mean 'competition'?"
            ),
            (
                "relations:\n  - {type: marriage, between: [chief-north, womens-assoc]}\n",
                "m.yaml:12:12: error: unknown relation type 'marriage'; declare it under 'relation_types:' or use "
                    + "one of trust, power, competition"
            ),
            (
                "relations:\n  - {from: chief-north, to: womens-assoc}\n",
                "m.yaml:12:5: error: this relation has no 'type' (trust, power, competition or a declared type)"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north}\n",
                "m.yaml:12:5: error: this relation has no 'to'; give 'from' and 'to', or 'between: [a, b]'"
            ),
            (
                "relations:\n  - {type: trust, between: [chief-north, womens-assoc, police-district]}\n",
                "m.yaml:12:28: error: 'between' takes exactly two actor ids, found 3"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, between: [chief-north, womens-assoc]}\n",
                "m.yaml:12:38: error: give either 'from'/'to' or 'between', not both"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, to: womens-assoc, confidence: 1.5}\n",
                "m.yaml:12:68: error: confidence must be between 0 and 1, found 1.5"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, to: womens-assoc, date: 2026-02-30}\n",
                "m.yaml:12:62: error: 'date' must be a date written YYYY-MM-DD, found '2026-02-30'"
            ),
            (
                "relations:\n  - {type: trust, from: chief-north, to: womens-assoc, wieght: 1}\n",
                "m.yaml:12:56: error: unknown key 'wieght' in a relation; did you mean 'weight'?"
            ),
            (
                "relations:\n  - just text\n",
                "m.yaml:12:5: error: expected a relation as a mapping of 'key: value' lines, found 'just text'"
            ),
            (
                "relations: {type: trust}\n",
                "m.yaml:11:12: error: 'relations' must be a list (lines starting with '- ', or [a, b]), found a mapping"
            ),
            (
                "relation_types:\n  marriage: {polarity: positive}\n",
                "m.yaml:12:13: error: relation type 'marriage' needs 'directed: true' or 'directed: false'"
            ),
            (
                "relation_types:\n  marriage: {directed: false, polarity: postive}\n",
                "m.yaml:12:41: error: unknown polarity 'postive'; use one of positive, negative, signed, neutral; "
                    + "did you mean 'positive'?"
            ),
            (
                "relation_types:\n  trust: {directed: true}\n",
                "m.yaml:12:3: error: 'trust' is a built-in relation type and cannot be redeclared"
            ),
            (
                "relation_types:\n  marriage: {directed: maybe}\n",
                "m.yaml:12:24: error: 'directed' must be true or false, found 'maybe'"
            ),
            (
                "relation_types:\n  feud: {directed: false, polarity: positive}\nrelations:\n"
                    + "  - {type: feud, between: [chief-north, womens-assoc], weight: -1}\n",
                "m.yaml:14:64: error: feud is not signed, so its weight cannot be negative, found -1"
            ),
            (
                "engagement:\n  - {name: Phase 1, partners: [womens-assoc, lppb]}\n",
                "m.yaml:12:46: error: unknown actor 'lppb'"
            ),
            (
                "engagement:\n  - {partners: [womens-assoc]}\n",
                "m.yaml:12:5: error: this engagement plan has no 'name'"
            ),
            (
                "engagement:\n  - {name: A, partners: []}\n",
                "m.yaml:12:25: error: plan 'A' has no partners"
            ),
            (
                "engagement:\n  - {name: A, partners: [womens-assoc]}\n  - {name: A, partners: [chief-north]}\n",
                "m.yaml:13:12: error: duplicate engagement plan name 'A'"
            ),
            (
                "colour: red\n",
                "m.yaml:11:1: error: unknown key 'colour' in the model"
            ),
            (
                "levels: []\n",
                "m.yaml:11:9: error: 'levels' is empty; list at least one level, most local first"
            ),
            (
                "date: March 2026\n",
                "m.yaml:11:7: error: 'date' must be a date written YYYY-MM-DD, found 'March 2026'"
            ),
        ] as [(String, String)])
    func relationAndPlanErrorsAreLocated(extra: String, expected: String) {
        #expect(errors(baseActors + extra) == [expected])
    }

    @Test(
        arguments: [
            (
                "  - id: chief-rival\n    sector: customry\n",
                "m.yaml:12:13: error: unknown sector 'customry'; use one of state, customary, community, "
                    + "civil-society, non-state-armed, private, international; did you mean 'customary'?"
            ),
            (
                "  - id: x\n    level: distric\n",
                "m.yaml:12:12: error: unknown level 'distric'; the model's levels are community, district, national, "
                    + "international; did you mean 'district'?"
            ),
            ("  - id: x\n    power: 7\n", "m.yaml:12:12: error: 'power' is a rating from 0 to 5, found 7"),
            ("  - id: x\n    legitimacy: -1\n", "m.yaml:12:17: error: 'legitimacy' is a rating from 0 to 5, found -1"),
            (
                "  - id: x\n    accountability: lots\n",
                "m.yaml:12:21: error: 'accountability' must be a number, found 'lots'"
            ),
            ("  - id: x\n    sensitive: yes\n", "m.yaml:12:16: error: 'sensitive' must be true or false, found 'yes'"),
            (
                "  - id: x\n    legitimcy: 3\n",
                "m.yaml:12:5: error: unknown key 'legitimcy' in an actor; did you mean 'legitimacy'?"
            ),
            (
                "  - id: x\n    represents: women\n",
                "m.yaml:12:17: error: 'represents' must be a list (lines starting with '- ', or [a, b]), found 'women'"
            ),
            (
                "  - id: bad id!\n",
                "m.yaml:11:9: error: actor id 'bad id!' may contain only letters, digits, '-', '_' and '.'"
            ),
            ("  - name: No Id\n", "m.yaml:11:5: error: this actor has no 'id'"),
            ("  - id: womens-assoc\n", "m.yaml:11:9: error: duplicate actor id 'womens-assoc'"),
        ] as [(String, String)])
    func actorErrorsAreLocated(extraActor: String, expected: String) {
        // The actors list ends the base model, so an appended item extends it (from line 11).
        #expect(errors(baseActors + extraActor) == [expected])
    }

    @Test func duplicateIdPointsBackToTheFirstDefinition() throws {
        let r = load(baseActors + "  - id: chief-north\n")
        let d = try #require(r.diagnostics.first)
        #expect(d.description == "m.yaml:11:9: error: duplicate actor id 'chief-north'")
        #expect(d.notes.map(\.description) == ["m.yaml:4:9: note: 'chief-north' is first defined here"])
    }

    @Test func declaredGroupsAreChecked() {
        let yaml =
            baseActors.replacingOccurrences(of: "name: Test\n", with: "name: Test\ngroups: [women, youth]\n")
            + "    represents: [women, yuoth]\n"
        #expect(
            errors(yaml) == [
                "m.yaml:12:25: error: group 'yuoth' is not in the model's 'groups' list; did you mean 'youth'?"
            ])
    }

    @Test func everyProblemIsReportedInFileOrder() {
        let yaml =
            baseActors + """
                relations:
                  - {type: trust, from: nobody, to: womens-assoc, weight: 9}
                  - {type: power, from: chief-north, to: ghost}
                engagement:
                  - {name: P, partners: [phantom]}

                """
        let found = errors(yaml)
        #expect(found.count == 4)
        #expect(found.map { $0.split(separator: ":")[1] } == ["12", "12", "13", "15"])
    }

    @Test func missingVersionAndActors() {
        #expect(
            errors("name: x\n") == [
                "m.yaml:1:1: error: missing the format version: add 'actormap: 1' as the first line",
                "m.yaml:1:1: error: the model has no 'actors:' list",
            ])
        #expect(
            errors("actormap: 2\nactors: []\n") == [
                "m.yaml:1:11: error: unsupported format version 2; this ActorMap reads version 1"
            ])
        #expect(errors("") == ["m.yaml:1:1: error: the file is empty; a model starts with 'actormap: 1'"])
    }

    @Test func yamlSyntaxErrorsKeepLibyamlsPosition() throws {
        let r = load("actormap: 1\nactors:\n  - id: a\n   bad: [\n")
        let d = try #require(r.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.description.hasPrefix("m.yaml:"))
        #expect(d.description.contains("invalid YAML"))
    }

    @Test func duplicateKeysAreAnError() throws {
        let r = load("actormap: 1\nactors: []\nactors: []\n")
        #expect(r.diagnostics.first?.description.contains("duplicate key 'actors'") == true)
    }

    @Test func duplicateTiesAreAWarningNotAnError() throws {
        let yaml =
            baseActors + """
                relations:
                  - {type: trust, from: chief-north, to: womens-assoc}
                  - {type: trust, from: chief-north, to: womens-assoc, weight: 2}
                  - {type: trust, from: chief-north, to: womens-assoc, source: women's FGD}

                """
        let r = load(yaml)
        #expect(r.validMap != nil)
        #expect(
            r.diagnostics.map(\.description) == [
                "m.yaml:13:5: warning: the same trust tie between 'chief-north' and 'womens-assoc' is recorded twice; "
                    + "analyses use the mean of its reports"
            ])
    }

    @Test func tooManyErrorsStopEarly() {
        var yaml = baseActors + "relations:\n"
        for _ in 0 ..< 300 { yaml += "  - {type: trust, from: x, to: y}\n" }
        let r = load(yaml)
        #expect(r.diagnostics.errorCount == ModelBuilder.maximumErrors)
        #expect(r.diagnostics.last?.severity == .note)
    }
}
