import Testing

@testable import ActorModel

/// The builder on its own: calls with locations, no file syntax, give the diagnostics a reader would.
@Suite("Model builder")
struct ModelBuilderTests {
    func at(_ line: Int, _ column: Int) -> ActorModel.SourceLocation {
        ActorModel.SourceLocation(path: "m.yaml", line: line, column: column)
    }

    func name(_ value: String, _ line: Int, _ column: Int) -> Located<String> {
        Located(value, at: at(line, column))
    }

    /// A builder with actors `a`, `b` and `police`, each defined on its own line.
    func builderWithActors(_ conventions: ModelBuilder.Conventions = .modelFile) -> ModelBuilder {
        var builder = ModelBuilder(name: "m", conventions: conventions)
        for (i, id) in ["a", "b", "police"].enumerated() {
            builder.addActor(.init(id: name(id, i + 1, 9)))
        }
        return builder
    }

    func tie(
        _ type: String, _ from: String, _ to: String, line: Int, weight: Double? = nil,
        mutual: Bool = false
    ) -> ModelBuilder.RelationInput {
        ModelBuilder.RelationInput(
            type: name(type, line, 12), ends: [name(from, line, 20), name(to, line, 30)], isMutual: mutual,
            weight: weight.map { Located($0, at: at(line, 40)) }, location: at(line, 5))
    }

    @Test func aRepeatedActorIDIsAnErrorWithANoteWhereItIsFirstDefined() {
        var builder = builderWithActors()
        builder.addActor(.init(id: name("b", 7, 9)))
        #expect(
            builder.diagnostics == [
                .error(
                    "duplicate actor id 'b'", at: at(7, 9), notes: [.note("'b' is first defined here", at: at(2, 9))])
            ])
        #expect(builder.finish().actors.map(\.id) == ["a", "b", "police"])
        #expect(builder.finish().actors[1].location == at(2, 9))
    }

    @Test func actorValuesAreCheckedAgainstTheMap() {
        var builder = ModelBuilder(name: "m")
        builder.setGroups(["women"])
        var actor = ModelBuilder.ActorInput(id: name("bad id", 1, 9))
        actor.sector = name("stat", 1, 20)
        actor.represents = [name("elders", 1, 40)]
        actor.power = Located(7, at: at(1, 50))
        builder.addActor(actor)
        #expect(
            builder.diagnostics.map(\.description) == [
                "m.yaml:1:9: error: actor id 'bad id' may contain only letters, digits, '-', '_' and '.'",
                "m.yaml:1:20: error: unknown sector 'stat'; use one of state, customary, community, civil-society, "
                    + "non-state-armed, private, international; did you mean 'state'?",
                "m.yaml:1:40: error: group 'elders' is not in the model's 'groups' list",
                "m.yaml:1:50: error: 'power' is a rating from 0 to 5, found 7",
            ])
        #expect(builder.finish().actors.isEmpty)
    }

    @Test func aSensitiveActorsWordsAreWithheldEvenWhenItIsRejected() {
        var builder = ModelBuilder(name: "m")
        builder.addActor(.init(id: name("Night Watch", 1, 9), name: "Watch Militia", sensitive: true))
        builder.addActor(.init(name: "No Id", sensitive: nil))
        builder.addActor(.init(id: name("public", 3, 9), name: "Public"))
        #expect(builder.withheld == ["Night Watch", "Watch Militia", "No Id"])
        #expect(builder.diagnostics.count == 1)
    }

    @Test func anUnknownActorIsReportedWithANearMissHint() {
        var builder = builderWithActors()
        builder.addRelation(tie("trust", "a", "polce", line: 5))
        #expect(builder.diagnostics == [.error("unknown actor 'polce'; did you mean 'police'?", at: at(5, 30))])
        #expect(builder.finish().relations.isEmpty)
    }

    @Test func tieRulesAreReportedAtTheOffendingValue() {
        var builder = builderWithActors()
        builder.addRelation(tie("trust", "a", "a", line: 5))
        builder.addRelation(tie("trust", "a", "b", line: 6, weight: 9))
        builder.addRelation(tie("rivalry", "a", "b", line: 7))
        var unsure = tie("power", "a", "b", line: 8)
        unsure.confidence = Located(1.5, at: at(8, 50))
        unsure.source = "women's FGD"
        builder.addRelation(unsure)
        #expect(
            builder.diagnostics.map(\.description) == [
                "m.yaml:5:30: error: an actor cannot have a relation with itself ('a')",
                "m.yaml:6:40: error: trust weight must be between -2 and 2, found 9",
                "m.yaml:7:12: error: unknown relation type 'rivalry'; declare it under 'relation_types:' or use one "
                    + "of trust, power, competition",
                "m.yaml:8:50: error: confidence must be between 0 and 1, found 1.5",
            ])
        #expect(builder.finish().relations.isEmpty)
        #expect(builder.sourcesRead == ["women's FGD"])
    }

    @Test func theSameTieTwiceIsAWarningWithANote() {
        var builder = builderWithActors()
        builder.addRelation(tie("competition", "b", "a", line: 5, weight: 2))
        builder.addRelation(tie("competition", "a", "b", line: 6, weight: 3))
        builder.addRelation(tie("trust", "a", "b", line: 7))
        builder.addRelation(tie("trust", "b", "a", line: 8))  // the other direction: another tie
        builder.addRelation(tie("trust", "a", "b", line: 9, mutual: true))  // `between`: another form
        #expect(
            builder.diagnostics == [
                .warning(
                    "the same competition tie between 'a' and 'b' is recorded twice; "
                        + "analyses use the mean of its reports",
                    at: at(6, 5), notes: [.note("first recorded here", at: at(5, 5))])
            ])
        #expect(builder.finish().relations.count == 5)
    }

    @Test func edgeListTiesDeclareActorsAndTypesAndWordTheWarningAsWritten() {
        var builder = ModelBuilder(name: "e", conventions: .edgeList(directed: false))
        builder.addRelation(tie("tie", "x", "y", line: 2, weight: -1))
        builder.addRelation(tie("tie", "y", "x", line: 3, weight: 1e300))  // custom types' weights unchecked
        builder.addRelation(tie("bad type", "x", "", line: 4))
        let map = builder.finish()
        #expect(map.actors.map(\.id) == ["x", "y"])
        #expect(map.relationType(named: "tie") == RelationType(name: "tie", isDirected: false, polarity: .signed))
        #expect(
            builder.diagnostics.map(\.description) == [
                "m.yaml:3:5: warning: the same tie between 'y' and 'x' is recorded twice; "
                    + "analyses use the mean of its reports",
                "m.yaml:4:30: error: empty actor id",
                "m.yaml:4:12: error: relation type 'bad type' may contain only letters, digits, '-', '_' and '.'",
            ])
    }

    @Test func errorsStopAtTheCapWithANoteInModelFilesOnly() {
        for conventions in [ModelBuilder.Conventions.modelFile, .edgeList(directed: true)] {
            var builder = builderWithActors(conventions)
            for line in 1 ... 300 { builder.addRelation(tie("trust", "a", "a", line: line, weight: 9)) }
            #expect(builder.diagnostics.errorCount == ModelBuilder.maximumErrors)
            let noted = builder.diagnostics.last == .note("too many errors; stopping after 200", at: at(100, 40))
            #expect(noted == conventions.notesTheErrorCap)
        }
    }

    @Test func plansAreCheckedAgainstTheActors() {
        var builder = builderWithActors()
        let accepted = builder.acceptPlanName(name("Phase 1", 10, 12))
        #expect(accepted)
        let partners = [name("a", 10, 30), name("a", 10, 33), name("polic", 10, 36)]
        builder.addPlan(name: name("Phase 1", 10, 12), partners: Located(partners, at: at(10, 29)), notes: nil)
        let repeated = builder.acceptPlanName(name("Phase 1", 11, 12))
        #expect(!repeated)
        #expect(
            builder.diagnostics.map(\.description) == [
                "m.yaml:10:33: warning: 'a' is listed twice as a partner",
                "m.yaml:10:36: error: unknown actor 'polic'; did you mean 'police'?",
                "m.yaml:11:12: error: duplicate engagement plan name 'Phase 1'",
            ])
        #expect(builder.finish().engagementPlans.map(\.partners) == [["a"]])
    }

    @Test func screeningSettingsKeepTheirRanges() {
        var builder = ModelBuilder(name: "m")
        builder.setBand("medium", from: Located(60, at: at(3, 12)))
        builder.checkBandsRise(at: at(3, 10))
        builder.setRivalryThreshold(Located(0.5, at: at(4, 22)))
        #expect(builder.riskFactor(named: name("captur", 5, 3)) == nil)
        #expect(
            builder.diagnostics.map(\.description) == [
                "m.yaml:3:10: error: bands must rise: medium ≤ high ≤ critical (now 60, 50, 75)",
                "m.yaml:4:22: error: rivalry_threshold is a competition weight from 1 to 5, found 0.5",
                "m.yaml:5:3: error: unknown factor 'captur'; the factors are capture, gatekeeping, legitimacy_deficit, "
                    + "unchecked_power, divisiveness, coercion, exclusion; did you mean 'capture'?",
            ])
    }
}
