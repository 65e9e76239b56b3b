import Foundation
import Testing
@testable import NetworkCore

/// Published values for the real datasets (copied from the project's shared reference data, which
/// cites Padgett & Ansell 1993, Borgatti 1997 and Bonacich 1987).
@Suite("Published values: Padgett's Florentine families and Borgatti's structural holes")
struct PublishedValuesTests {
    /// Padgett's 16 families; marriage ties (Pucci is an isolate), or business ties.
    static func florentine(_ relation: String) throws -> (Graph, [String]) {
        let folder = OracleFixture.folder
        let nodes = try String(contentsOf: folder.appendingPathComponent("padgett_florentine_nodes.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[1]) }
        var index: [String: Int] = [:]
        for (i, n) in nodes.enumerated() { index[n] = i }
        var b = GraphBuilder(nodeCount: nodes.count, directed: false)
        for line in try String(contentsOf: folder.appendingPathComponent("padgett_florentine_edges.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            if f[2] == relation { b.addEdge(index[f[0]]!, index[f[1]]!) }
        }
        return (try b.build(), nodes)
    }

    @Test func bonacichPowerMatchesPublishedValues() throws {
        let (g, nodes) = try Self.florentine("marriage")
        let i = { (name: String) in nodes.firstIndex(of: name)! }
        #expect(abs(SpectralRadius.estimate(g) - 3.256104) < 1e-6)
        let negative = try BonacichPower.compute(g, beta: -0.25)
        let expectedNegative: [String: Double] = ["Medici": 2.841969, "Guadagni": 1.773717, "Strozzi": 1.380026,
                                                  "Acciaiuoli": -0.189174, "Pucci": 0, "Castellani": 0.990499]
        for (name, value) in expectedNegative { #expect(abs(negative[i(name)] - value) < 1e-6, "\(name)") }
        let positive = try BonacichPower.compute(g, beta: 0.25)
        let expectedPositive: [String: Double] = ["Medici": 1.784311, "Strozzi": 1.389432, "Pazzi": 0.223247, "Pucci": 0]
        for (name, value) in expectedPositive { #expect(abs(positive[i(name)] - value) < 1e-6, "\(name)") }
        // Σ c² = n.
        #expect(abs(positive.reduce(0) { $0 + $1 * $1 } - 16) < 1e-9)
        #expect(throws: SpectralError.self) { try BonacichPower.compute(g, beta: 0.5) }
    }

    @Test func businessBetweennessBarbadoriAboveMedici() throws {
        let (g, nodes) = try Self.florentine("business")
        let raw = try #require(try PathMeasures.compute(g).betweennessRaw)
        #expect(raw[nodes.firstIndex(of: "Barbadori")!] == 25)
        #expect(raw[nodes.firstIndex(of: "Medici")!] == 24)
    }

    @Test func marriageMediciIsTheBroker() throws {
        let (g, nodes) = try Self.florentine("marriage")
        let medici = nodes.firstIndex(of: "Medici")!
        let holes = StructuralHoles(g, weighted: false)
        #expect(abs(holes.constraint[medici]! - 0.2099) < 5e-5)
        #expect(abs(holes.effectiveSize[medici]! - 5.667) < 5e-4)
        #expect(holes.constraint[nodes.firstIndex(of: "Pucci")!] == nil)  // an isolate has no contacts
        #expect(holes.constraint.compactMap { $0 }.min() == holes.constraint[medici])
    }

    @Test func borgattiExampleUsesTheFormulaNotNetworkxsVectorisedPath() throws {
        let text = try String(contentsOf: OracleFixture.folder.appendingPathComponent("borgatti_holes_example_edges.csv"), encoding: .utf8)
        var names: [String] = []
        var edges: [(String, String, Double)] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            edges.append((f[0], f[1], Double(f[2])!))
            for n in f[0 ... 1] where !names.contains(n) { names.append(n) }
        }
        func graph(_ kind: WeightKind) throws -> Graph {
            var b = GraphBuilder(nodeCount: names.count, directed: false, weightKind: kind)
            for (u, v, w) in edges { b.addEdge(names.firstIndex(of: u)!, names.firstIndex(of: v)!, weight: w) }
            return try b.build()
        }
        let plain = StructuralHoles(try graph(.unweighted), weighted: false)
        let weighted = StructuralHoles(try graph(.strength), weighted: true)
        let at = { (n: String) in names.firstIndex(of: n)! }
        // Borgatti (1997) as quoted in the shared reference data, to the published 3 digits.
        #expect(abs(plain.constraint[at("G")]! - 0.400) < 5e-4 && abs(plain.constraint[at("A")]! - 0.595) < 5e-4)
        #expect(abs(plain.effectiveSize[at("G")]! - 4.67) < 5e-3 && plain.effectiveSize[at("A")]! == 2.5)
        #expect(abs(weighted.constraint[at("G")]! - 0.299) < 5e-4 && abs(weighted.constraint[at("A")]! - 0.795) < 5e-4)
        #expect(abs(weighted.effectiveSize[at("G")]! - 5.47) < 5e-3 && abs(weighted.effectiveSize[at("A")]! - 2.47) < 5e-3)
        #expect(plain.constraint[at("C")]! == 1 && plain.effectiveSize[at("C")]! == 1)
        #expect(plain.efficiency[at("C")]! == 1 && plain.hierarchy[at("C")] == nil)
    }
}
