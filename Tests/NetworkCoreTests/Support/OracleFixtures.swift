import Foundation
import Testing

@testable import NetworkCore

/// The folder of reference data next to the tests (`Tests/NetworkCoreTests/Fixtures/`, see its README).
enum FixtureFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fixture file's URL; a missing file is an error that names its path, never a skipped test.
    static func url(_ file: String) throws -> URL {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { throw FixtureError.missingFile(url.path) }
        return url
    }

    static func text(_ file: String) throws -> String { try String(contentsOf: url(file), encoding: .utf8) }

    /// The data rows of a CSV fixture (UTF-8, header row, no quoted fields), split into fields.
    static func csvRows(_ file: String) throws -> [[String]] {
        try text(file).split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").map(String.init) }
    }
}

enum FixtureError: Error, Equatable, CustomStringConvertible {
    case missingFile(String)
    case malformed(String)

    var description: String {
        switch self {
        case .missingFile(let path): "missing fixture file \(path) (see Tests/NetworkCoreTests/Fixtures/README.md)"
        case .malformed(let what): "malformed fixture: \(what)"
        }
    }
}

/// A networkx reference fixture: `NAME.edges.csv` + `NAME.values.json` (see Fixtures/README.md).
struct OracleFixture {
    /// Every networkx fixture. Each concept suite (BetweennessTests, StructuralHolesTests, …) runs over all of
    /// them and compares the measures it owns; a fixture listed here but missing fails those tests.
    static let names = [
        "karate_club", "florentine_families", "directed_weighted", "undirected_disconnected", "grid_37x37",
        "borgatti_holes", "borgatti_directed", "karate_extra",
    ]

    let name: String
    let directed: Bool
    let nodes: [String]
    let edges: [(Int, Int, Double)]
    let nodeValues: [String: [String: Any]]
    let graphValues: [String: Any]
    let parameters: [String: Any]

    init(_ name: String) throws {
        self.name = name
        let json = try Data(contentsOf: FixtureFiles.url("\(name).values.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        directed = object["directed"] as? Bool ?? false
        nodes = try #require(object["nodes"] as? [Any]).map { "\($0)" }
        nodeValues = object["node_values"] as? [String: [String: Any]] ?? [:]
        graphValues = object["graph_values"] as? [String: Any] ?? [:]
        parameters = object["parameters"] as? [String: Any] ?? [:]
        var index: [String: Int] = [:]
        for (i, v) in nodes.enumerated() { index[v] = i }
        var edges: [(Int, Int, Double)] = []
        for f in try FixtureFiles.csvRows("\(name).edges.csv") {
            let u = try #require(index[f[0]], "unknown node \(f[0])")
            let v = try #require(index[f[1]], "unknown node \(f[1])")
            edges.append((u, v, f.count > 2 ? Double(f[2]) ?? 1 : 1))
        }
        self.edges = edges
    }

    /// The fixture's graph with weights of the given meaning.
    func graph(_ kind: WeightKind) throws -> Graph {
        var b = GraphBuilder(nodeCount: nodes.count, directed: directed, weightKind: kind)
        for (u, v, w) in edges { b.addEdge(u, v, weight: w) }
        return try b.build(parallelEdges: .first)
    }

    /// Expected values of `measure` in node order (`nil` where networkx gave NaN/None).
    func expected(_ measure: String) -> [Double?]? {
        guard let values = nodeValues[measure] else { return nil }
        return nodes.map { (values[$0] as? NSNumber)?.doubleValue }
    }

    func graphValue(_ key: String) -> Double? { (graphValues[key] as? NSNumber)?.doubleValue }

    /// A numeric parameter of the fixture's networkx calls (`ALPHA`, `ALPHA_W`, …).
    func parameter(_ key: String) -> Double? { (parameters[key] as? NSNumber)?.doubleValue }

    /// Compares every per-node measure of this fixture that `measures` knows how to compute (the fixture's
    /// key → ActorMap's computation). Keys of other concepts are left to their own suites;
    /// `OracleFixtureTests` checks that every key of every fixture belongs to some suite.
    /// With `ignoringNetworkxNaN`, nodes where networkx gives NaN/None are not compared (see StructuralHoles).
    func expectNodeValues(
        _ measures: OracleMeasures, ignoringNetworkxNaN: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for key in nodeValues.keys.sorted() {
            guard let compute = measures[key], let expected = expected(key) else { continue }
            var actual = try compute(self)
            if ignoringNetworkxNaN {
                actual = zip(actual, expected).map { a, e in e == nil ? nil : a }
            }
            expectClose(actual, expected, "\(name).\(key)", sourceLocation: sourceLocation)
        }
    }

    /// Compares a graph-level value when the fixture has one (and does nothing otherwise).
    func expectGraphValue(
        _ key: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ value: () throws -> Double
    ) rethrows {
        guard let expected = graphValue(key) else { return }
        expectClose([try value()], [expected], "\(name).\(key)", sourceLocation: sourceLocation)
    }
}

/// How a concept suite computes the per-node measures it owns: fixture key → values in node order.
/// `plain` = unweighted graph; `length` = weights as distances in path measures and strengths elsewhere
/// (networkx's convention).
typealias OracleMeasures = [String: @Sendable (OracleFixture) throws -> [Double?]]

/// Checks a score vector against reference values: 1e-9 relative, 1e-12 absolute near zero.
func expectClose(
    _ actual: [Double?], _ expected: [Double?], _ what: String,
    relative: Double = 1e-9, absolute: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
        sourceLocation: sourceLocation)
    var failures: [String] = []
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        switch (a, e) {
        case (nil, nil): continue
        case (let x?, let y?):
            if abs(x - y) > max(absolute, relative * max(abs(x), abs(y))) { failures.append("[\(i)] \(x) ≠ \(y)") }
        default:
            failures.append("[\(i)] \(String(describing: a)) ≠ \(String(describing: e))")
        }
    }
    #expect(failures.isEmpty, "\(what): \(failures.prefix(5).joined(separator: ", "))", sourceLocation: sourceLocation)
}

func expectClose(
    _ actual: [Double], _ expected: [Double?], _ what: String,
    relative: Double = 1e-9, absolute: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectClose(
        actual.map { Optional($0) }, expected, what, relative: relative, absolute: absolute,
        sourceLocation: sourceLocation)
}

/// Whether two vectors agree entry by entry within an absolute tolerance.
func isClose(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

/// Padgett's 16 Florentine families (`padgett_florentine_*.csv`): marriage ties (Pucci is an isolate) or
/// business ties, with family names in node order.
enum PadgettFlorentine {
    static func graph(_ relation: String) throws -> (Graph, [String]) {
        let nodes = try FixtureFiles.csvRows("padgett_florentine_nodes.csv").map { $0[1] }
        var index: [String: Int] = [:]
        for (i, n) in nodes.enumerated() { index[n] = i }
        var b = GraphBuilder(nodeCount: nodes.count, directed: false)
        for f in try FixtureFiles.csvRows("padgett_florentine_edges.csv") where f[2] == relation {
            b.addEdge(try #require(index[f[0]]), try #require(index[f[1]]))
        }
        return (try b.build(), nodes)
    }
}

/// Borgatti's (1997) structural-holes example (`borgatti_holes_example_edges.csv`): node names in order of
/// appearance and the weighted edges.
struct BorgattiHolesExample {
    let names: [String]
    let edges: [(String, String, Double)]

    static func load() throws -> BorgattiHolesExample {
        var names: [String] = []
        var edges: [(String, String, Double)] = []
        for f in try FixtureFiles.csvRows("borgatti_holes_example_edges.csv") {
            edges.append((f[0], f[1], try #require(Double(f[2]))))
            for n in f[0 ... 1] where !names.contains(n) { names.append(n) }
        }
        return BorgattiHolesExample(names: names, edges: edges)
    }

    func node(_ name: String) -> Int { names.firstIndex(of: name)! }

    func graph(_ kind: WeightKind) throws -> Graph {
        var b = GraphBuilder(nodeCount: names.count, directed: false, weightKind: kind)
        for (u, v, w) in edges { b.addEdge(node(u), node(v), weight: w) }
        return try b.build()
    }
}
