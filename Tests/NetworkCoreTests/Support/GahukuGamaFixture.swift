import Foundation
import Testing

@testable import NetworkCore

/// The Gahuku-Gama alliance (*rova*) and enmity (*hina*) network of 16 subtribes (Read 1954; Hage & Harary
/// 1983; UCINET `gama.dat`), loaded from `Fixtures/` next to this file.
struct GahukuGama {
    /// Subtribe names in file order (node i = row i).
    let names: [String]
    /// The `cluster3` column: the published optimal 3-faction partition (labels 1, 2, 3).
    let cluster3: [Int32]
    /// Alliances (positive) and enmities (negative), undirected, unweighted.
    let signed: SignedGraph

    /// Node index of a subtribe.
    func node(_ name: String) -> Int { names.firstIndex(of: name)! }

    /// Loads the fixture CSVs (UTF-8, header row, no quoted fields); a missing file throws with its path.
    static func load(directed: Bool = false) throws -> GahukuGama {
        func rows(_ file: String) throws -> [[String]] { try FixtureFiles.csvRows(file) }
        let nodeRows = try rows("gahuku_gama_nodes.csv")  // id,name,konect_id,cluster3
        let names = nodeRows.map { $0[1] }
        let cluster3 = try nodeRows.map { try #require(Int32($0[3])) }
        var positive = GraphBuilder(nodeCount: names.count, directed: directed)
        var negative = GraphBuilder(nodeCount: names.count, directed: directed)
        for row in try rows("gahuku_gama_edges.csv") {  // source,target,sign
            let u = try #require(names.firstIndex(of: row[0]))
            let v = try #require(names.firstIndex(of: row[1]))
            if row[2] == "1" {
                positive.addEdge(u, v)
                if directed { positive.addEdge(v, u) }
            } else {
                negative.addEdge(u, v)
                if directed { negative.addEdge(v, u) }
            }
        }
        return GahukuGama(
            names: names, cluster3: cluster3,
            signed: try SignedGraph(positive: positive.build(), negative: negative.build())
        )
    }
}

/// Published per-node values for Gahuku-Gama (`reference_values.json`, computed with numpy 2.4.6 /
/// networkx 3.6.1 and checked against signnet's vignettes), six decimals.
struct GahukuGamaNodeReference: Sendable {
    let name: String
    let positiveDegree: Int
    let negativeDegree: Int
    let netDegree: Int
    let degreeRatio: Double
    let pn: Double
    /// Gould–Fernandez roles on the alliance ties grouped by `cluster3`. The json keys map as
    /// coordinator_wI, itinerant_wO, gatekeeper_bIO, representative_bOI, liaison_bO, total.
    let brokerage: (coordinator: Int, itinerant: Int, gatekeeper: Int, representative: Int, liaison: Int, total: Int)

    static let all: [GahukuGamaNodeReference] = [
        .init(
            name: "GAVEV", positiveDegree: 3, negativeDegree: 5, netDegree: -2, degreeRatio: 0.375, pn: 0.752661,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "KOTUN", positiveDegree: 3, negativeDegree: 5, netDegree: -2, degreeRatio: 0.375, pn: 0.764224,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "OVE", positiveDegree: 4, negativeDegree: 2, netDegree: 2, degreeRatio: 0.666667, pn: 1.041977,
            brokerage: (4, 0, 0, 0, 0, 4)),
        .init(
            name: "ALIKA", positiveDegree: 2, negativeDegree: 1, netDegree: 1, degreeRatio: 0.666667, pn: 1.022604,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "NAGAM", positiveDegree: 3, negativeDegree: 4, netDegree: -1, degreeRatio: 0.428571, pn: 0.902669,
            brokerage: (2, 0, 2, 2, 0, 6)),
        .init(
            name: "GAHUK", positiveDegree: 5, negativeDegree: 5, netDegree: 0, degreeRatio: 0.5, pn: 0.905457,
            brokerage: (4, 0, 0, 0, 0, 4)),
        .init(
            name: "MASIL", positiveDegree: 7, negativeDegree: 0, netDegree: 7, degreeRatio: 1.0, pn: 1.223561,
            brokerage: (4, 2, 10, 10, 0, 26)),
        .init(
            name: "UKUDZ", positiveDegree: 6, negativeDegree: 1, netDegree: 5, degreeRatio: 0.857143, pn: 1.141460,
            brokerage: (12, 0, 0, 0, 0, 12)),
        .init(
            name: "NOTOH", positiveDegree: 3, negativeDegree: 4, netDegree: -1, degreeRatio: 0.428571, pn: 0.874085,
            brokerage: (4, 0, 0, 0, 0, 4)),
        .init(
            name: "KOHIK", positiveDegree: 2, negativeDegree: 3, netDegree: -1, degreeRatio: 0.4, pn: 0.903383,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "GEHAM", positiveDegree: 4, negativeDegree: 5, netDegree: -1, degreeRatio: 0.444444, pn: 0.865317,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "ASARO", positiveDegree: 4, negativeDegree: 4, netDegree: 0, degreeRatio: 0.5, pn: 0.934095,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "UHETO", positiveDegree: 4, negativeDegree: 4, netDegree: 0, degreeRatio: 0.5, pn: 0.915856,
            brokerage: (4, 0, 3, 3, 0, 10)),
        .init(
            name: "SEUVE", positiveDegree: 2, negativeDegree: 3, netDegree: -1, degreeRatio: 0.4, pn: 0.874613,
            brokerage: (2, 0, 0, 0, 0, 2)),
        .init(
            name: "NAGAD", positiveDegree: 3, negativeDegree: 6, netDegree: -3, degreeRatio: 0.333333, pn: 0.714686,
            brokerage: (0, 0, 0, 0, 0, 0)),
        .init(
            name: "GAMA", positiveDegree: 3, negativeDegree: 6, netDegree: -3, degreeRatio: 0.333333, pn: 0.714519,
            brokerage: (0, 0, 0, 0, 0, 0)),
    ]
}
