import Testing

@testable import NetworkCore

/// Betweenness from `PathMeasures` (Paths/PathMeasures.swift and its sweep kernels).
@Suite("Betweenness")
struct BetweennessTests {
    static let oracle: OracleMeasures = [
        "betweenness": {
            try #require(try PathMeasures.compute(try $0.graph(.unweighted), options: .init(threads: 2)).betweenness)
        },
        "betweenness_raw": {
            try #require(try PathMeasures.compute(try $0.graph(.unweighted), options: .init(threads: 2)).betweennessRaw)
        },
        "betweenness_weighted": {
            try #require(try PathMeasures.compute(try $0.graph(.length), options: .init(threads: 2)).betweenness)
        },
        "betweenness_weighted_raw": {
            try #require(try PathMeasures.compute(try $0.graph(.length), options: .init(threads: 2)).betweennessRaw)
        },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }

    /// Padgett & Ansell (1993): on business ties Barbadori, not Medici, brokers most.
    @Test func florentineBusinessBarbadoriAboveMedici() throws {
        let (g, nodes) = try PadgettFlorentine.graph("business")
        let raw = try #require(try PathMeasures.compute(g).betweennessRaw)
        #expect(raw[nodes.firstIndex(of: "Barbadori")!] == 25)
        #expect(raw[nodes.firstIndex(of: "Medici")!] == 24)
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        #expect(try PathMeasures.compute(try testGraph(0, []), options: .init(eccentricity: true)).betweenness == [])
    }

    @Test func isolatesGetZero() throws {
        //   0 — 1    2
        #expect(try PathMeasures.compute(try testGraph(3, unitEdges([(0, 1)]))).betweenness! == [0, 0, 0])
    }

    @Test func selfLoopsAreNeverOnAShortestPath() throws {
        //   0 — 1 — 2, with a loop at 1
        let withLoop = try testGraph(3, unitEdges([(0, 1), (1, 2), (1, 1)]))
        #expect(try PathMeasures.compute(withLoop).betweennessRaw == [0, 1, 0])
    }

    /// A tie of zero strength has an infinite length: no shortest path crosses it, in either pass. Brandes'
    /// backward pass once took it for a step on a shortest path (∞ is "within 1e-10 relative" of any
    /// length), so the path's second and fifth actors were credited with 6 instead of 4.
    @Test func aZeroStrengthTieIsNeverOnAShortestPath() throws {
        //   0 — 1 — 2 — 3 — 4 — 5, and 1 — 4 of strength 0
        let path = [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 4, 1.0), (4, 5, 1.0)]
        let crossed = try testGraph(6, kind: .strength, path + [(1, 4, 0.0)])
        let plain = try testGraph(6, kind: .strength, path)
        let expected: [Double] = [0, 4, 6, 6, 4, 0]
        for threads in [1, 2] {
            #expect(try PathMeasures.compute(crossed, options: .init(threads: threads)).betweennessRaw! == expected)
            #expect(try PathMeasures.compute(plain, options: .init(threads: threads)).betweennessRaw! == expected)
        }
    }

    @Test func nearTieWeightsCountAsEqualShortestPaths() throws {
        // Two routes from 0 to 3: 0–1–3 of length 0.1 + 0.2 and 0–2–3 of length 0.3. In floating point
        // 0.1 + 0.2 ≠ 0.3, but both are shortest within the tolerance, so 1 and 2 share the brokerage.
        let g = try testGraph(4, kind: .length, [(0, 1, 0.1), (1, 3, 0.2), (0, 2, 0.15), (2, 3, 0.15)])
        let raw = try #require(try PathMeasures.compute(g).betweennessRaw)
        #expect(raw[1] == 0.5 && raw[2] == 0.5)
        let strictlyShorter = try testGraph(
            4, kind: .length, [(0, 1, 0.1), (1, 3, 0.2), (0, 2, 0.15), (2, 3, 0.1500001)])
        // Now only 0–1–3 is shortest (node 0 also brokers 1 and 2 in both graphs).
        #expect(try PathMeasures.compute(strictlyShorter).betweennessRaw! == [1, 1, 0, 0])
    }

    @Test func gridPathCountsDoNotOverflow() throws {
        // 37×37 grid: corner-to-corner shortest paths number C(72, 36) ≈ 4.4e20 > Int64.max.
        let side = 37
        var pairs: [(Int, Int)] = []
        for r in 0 ..< side {
            for c in 0 ..< side {
                let v = r * side + c
                if c + 1 < side { pairs.append((v, v + 1)) }
                if r + 1 < side { pairs.append((v, v + side)) }
            }
        }
        let g = try testGraph(side * side, unitEdges(pairs))
        let raw = try #require(try PathMeasures.compute(g, options: .init(closeness: false)).betweennessRaw)
        #expect(raw.allSatisfy { $0.isFinite && $0 >= 0 })
        // Symmetry of the grid: the four corners are equal, and the centre is the largest.
        let corners = [0, side - 1, side * (side - 1), side * side - 1].map { raw[$0] }
        #expect(corners.allSatisfy { abs($0 - corners[0]) <= 1e-9 * corners[0] })
        let centre = (side / 2) * side + side / 2
        #expect(raw[centre] == raw.max())
    }

    @Test func disconnectedDirectedGraphs() throws {
        // 0 → 1 → 2    3 → 4
        let g = try testGraph(5, directed: true, unitEdges([(0, 1), (1, 2), (3, 4)]))
        #expect(try PathMeasures.compute(g, options: .init(eccentricity: true)).betweennessRaw! == [0, 1, 0, 0, 0])
    }
}
