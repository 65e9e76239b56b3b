import Foundation
import Testing
@testable import NetworkCore

/// A networkx reference fixture: `NAME.edges.csv` + `NAME.values.json` (see Fixtures/README.md).
struct OracleFixture {
    let name: String
    let directed: Bool
    let nodes: [String]
    let edges: [(Int, Int, Double)]
    let nodeValues: [String: [String: Any]]
    let graphValues: [String: Any]
    let parameters: [String: Any]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    init(_ name: String) throws {
        self.name = name
        let json = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).values.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        directed = object["directed"] as? Bool ?? false
        nodes = try #require(object["nodes"] as? [Any]).map { "\($0)" }
        nodeValues = object["node_values"] as? [String: [String: Any]] ?? [:]
        graphValues = object["graph_values"] as? [String: Any] ?? [:]
        parameters = object["parameters"] as? [String: Any] ?? [:]
        var index: [String: Int] = [:]
        for (i, v) in nodes.enumerated() { index[v] = i }
        let csv = try String(contentsOf: Self.folder.appendingPathComponent("\(name).edges.csv"), encoding: .utf8)
        var edges: [(Int, Int, Double)] = []
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            let u = try #require(index[f[0]], "unknown node \(f[0])"), v = try #require(index[f[1]], "unknown node \(f[1])")
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

    static func available(_ names: [String]) -> [String] {
        names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0).values.json").path) }
    }
}

/// Checks a score vector against reference values: 1e-9 relative, 1e-12 absolute near zero.
func expectClose(_ actual: [Double?], _ expected: [Double?], _ what: String,
                 relative: Double = 1e-9, absolute: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    var failures: [String] = []
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        switch (a, e) {
        case (nil, nil): continue
        case let (x?, y?):
            if abs(x - y) > max(absolute, relative * max(abs(x), abs(y))) { failures.append("[\(i)] \(x) ≠ \(y)") }
        default:
            failures.append("[\(i)] \(String(describing: a)) ≠ \(String(describing: e))")
        }
    }
    #expect(failures.isEmpty, "\(what): \(failures.prefix(5).joined(separator: ", "))", sourceLocation: sourceLocation)
}

func expectClose(_ actual: [Double], _ expected: [Double?], _ what: String,
                 relative: Double = 1e-9, absolute: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation) {
    expectClose(actual.map { Optional($0) }, expected, what, relative: relative, absolute: absolute, sourceLocation: sourceLocation)
}
