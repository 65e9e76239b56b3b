import ActorModel
import NetworkCore
import Testing

@testable import ConflictAnalysis

/// NetworkAnalysis/Measure.swift: the one list of measures, families and weight names.
@Suite("Measures: keys, families, directions")
struct MeasureTests {
    @Test func everyFamilyHasMeasuresAndEveryKeyIsUnique() {
        for family in MeasureFamily.allCases { #expect(!family.measures.isEmpty, "\(family)") }
        let keys = Measure.allCases.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(MeasureFamily.allKeys.count == Measure.allCases.filter { $0.family != nil }.count)
        #expect(Measure.allCases.allSatisfy { !$0.meaning.isEmpty })
    }

    @Test func familiesAreFoundByNameOrByKey() {
        #expect(MeasureFamily.named("holes") == .holes)
        #expect(MeasureFamily.named("betweenness_raw") == .betweenness)
        #expect(MeasureFamily.named("in_strength") == .degree)
        // The signed block has no family: its keys are not --measures names.
        #expect(MeasureFamily.named("pn") == nil)
        #expect(MeasureFamily.named("nonsense") == nil)
    }

    @Test func onlyConstraintStandsOutWhenLow() {
        #expect(Measure.allCases.filter { $0.direction == .lowerStandsOut } == [.constraint])
        #expect(Measure.allCases.filter { $0.direction == .label } == [.community, .component, .faction])
    }

    @Test func weightNamesRoundTrip() {
        for kind in WeightKind.allCases { #expect(WeightKind.named(kind.optionName) == kind) }
        #expect(WeightKind.named("none") == .unweighted)
        #expect(WeightKind.unweighted.optionName == "none")
        #expect(WeightKind.named("heavy") == nil)
    }

    @Test func builtInRelationTypesAreTyped() {
        #expect(RelationType.builtIns.map(\.builtIn) == [.trust, .power, .competition])
        #expect(BuiltInRelation.allCases.map(\.type.name) == ["trust", "power", "competition"])
        // A model's own type is never mistaken for a built-in, whatever its name.
        #expect(RelationType(name: "alliance", isDirected: false, polarity: .positive).builtIn == nil)
    }
}
