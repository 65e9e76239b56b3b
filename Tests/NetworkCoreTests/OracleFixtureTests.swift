import Foundation
import Testing

@testable import NetworkCore

/// The reference data itself: every fixture is there, none is skipped, and every networkx measure in it is
/// compared by the suite of the concept that computes it.
@Suite("Oracle fixtures")
struct OracleFixtureTests {
    /// Every per-node measure some concept suite compares with networkx.
    static let measuresWithASuite: [String: String] = {
        let suites: [(String, OracleMeasures)] = [
            ("DegreeCentralityTests", DegreeCentralityTests.oracle), ("PageRankTests", PageRankTests.oracle),
            ("EigenvectorCentralityTests", EigenvectorCentralityTests.oracle),
            ("KatzCentralityTests", KatzCentralityTests.oracle),
            ("HITSTests", HITSTests.oracle), ("BetweennessTests", BetweennessTests.oracle),
            ("ClosenessTests", ClosenessTests.oracle),
            ("StructuralHolesTests", StructuralHolesTests.oracle), ("ClusteringTests", ClusteringTests.oracle),
            ("CoreNumberTests", CoreNumberTests.oracle),
        ]
        var owner: [String: String] = [:]
        for (suite, measures) in suites { for key in measures.keys { owner[key] = suite } }
        return owner
    }()

    @Test(arguments: OracleFixture.names)
    func everyMeasureHasASuite(fixture: String) throws {
        let f = try OracleFixture(fixture)
        #expect(!f.nodeValues.isEmpty)
        let unknown = f.nodeValues.keys.sorted().filter { Self.measuresWithASuite[$0] == nil }
        #expect(unknown.isEmpty, "measures without an implementation: \(unknown)")
    }

    @Test func aMissingFixtureIsAnErrorNamingItsPath() {
        let path = FixtureFiles.folder.appendingPathComponent("no_such_graph.values.json").path
        #expect(throws: FixtureError.missingFile(path)) { try OracleFixture("no_such_graph") }
        #expect(throws: FixtureError.missingFile(FixtureFiles.folder.appendingPathComponent("nowhere.csv").path)) {
            try FixtureFiles.csvRows("nowhere.csv")
        }
    }

    /// A fixture added to `Fixtures/` but not to `OracleFixture.names` would be compared by no suite.
    @Test func everyFixtureInTheFolderIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FixtureFiles.folder.path)
        let onDisk = Set(
            files.filter { $0.hasSuffix(".values.json") }.map { String($0.dropLast(".values.json".count)) })
        #expect(onDisk == Set(OracleFixture.names))
    }

    /// Gahuku-Gama and Padgett's families, the published-value datasets, load with their full size.
    @Test func publishedDatasetsLoad() throws {
        let gg = try GahukuGama.load()
        #expect(gg.names.count == 16 && gg.signed.positive.edgeCount == 29 && gg.signed.negative.edgeCount == 29)
        #expect(try PadgettFlorentine.graph("marriage").1.count == 16)
        #expect(try BorgattiHolesExample.load().names.contains("G"))
    }
}
