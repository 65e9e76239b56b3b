import Testing

@testable import NetworkCore

/// Burt's constraint, effective size, efficiency and hierarchy (Structure/StructuralHoles.swift), against
/// networkx and the published values of Borgatti (1997) and Padgett's families.
@Suite("Structural holes")
struct StructuralHolesTests {
    static let oracle: OracleMeasures = [
        "constraint": { StructuralHoles(try $0.graph(.unweighted), weighted: false).constraint },
        "constraint_weighted": { StructuralHoles(try $0.graph(.length), weighted: true).constraint },
        "effective_size": { StructuralHoles(try $0.graph(.unweighted), weighted: false).effectiveSize },
        "effective_size_weighted": { StructuralHoles(try $0.graph(.length), weighted: true).effectiveSize },
        "effective_size_formula": { StructuralHoles(try $0.graph(.unweighted), weighted: false).effectiveSize },
        "effective_size_formula_weighted": { StructuralHoles(try $0.graph(.length), weighted: true).effectiveSize },
    ]

    /// networkx's NaN for directed nodes with incoming ties only is a networkx artefact (see
    /// StructuralHoles); compare where networkx gives a value.
    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle, ignoringNetworkxNaN: true)
    }

    @Test func florentineMarriagesMediciIsTheBroker() throws {
        let (g, nodes) = try PadgettFlorentine.graph("marriage")
        let medici = nodes.firstIndex(of: "Medici")!
        let holes = StructuralHoles(g, weighted: false)
        #expect(abs(holes.constraint[medici]! - 0.2099) < 5e-5)
        #expect(abs(holes.effectiveSize[medici]! - 5.667) < 5e-4)
        #expect(holes.constraint[nodes.firstIndex(of: "Pucci")!] == nil)  // an isolate has no contacts
        #expect(holes.constraint.compactMap { $0 }.min() == holes.constraint[medici])
    }

    @Test func borgattiExampleUsesTheFormulaNotNetworkxsVectorisedPath() throws {
        let example = try BorgattiHolesExample.load()
        let plain = StructuralHoles(try example.graph(.unweighted), weighted: false)
        let weighted = StructuralHoles(try example.graph(.strength), weighted: true)
        let at = example.node
        // Borgatti (1997) as quoted in the shared reference data, to the published 3 digits.
        #expect(abs(plain.constraint[at("G")]! - 0.400) < 5e-4 && abs(plain.constraint[at("A")]! - 0.595) < 5e-4)
        #expect(abs(plain.effectiveSize[at("G")]! - 4.67) < 5e-3 && plain.effectiveSize[at("A")]! == 2.5)
        #expect(abs(weighted.constraint[at("G")]! - 0.299) < 5e-4 && abs(weighted.constraint[at("A")]! - 0.795) < 5e-4)
        #expect(
            abs(weighted.effectiveSize[at("G")]! - 5.47) < 5e-3 && abs(weighted.effectiveSize[at("A")]! - 2.47) < 5e-3)
        #expect(plain.constraint[at("C")]! == 1 && plain.effectiveSize[at("C")]! == 1)
        #expect(plain.efficiency[at("C")]! == 1 && plain.hierarchy[at("C")] == nil)
    }

    @Test func anIsolateHasNoConstraint() throws {
        //   0 — 1    2
        #expect(StructuralHoles(try testGraph(3, unitEdges([(0, 1)])), weighted: false).constraint[2] == nil)
    }
}
