import Testing

@testable import NetworkCore

@Suite("The fast numeric edge-list reader")
struct EdgeListParserTests {
    static func parse(_ text: String, directed: Bool = false, weighted: Bool = false) throws -> Graph {
        try EdgeListParser.parse(Array(text.utf8), directed: directed, weighted: weighted)
    }

    @Test func headerCommentsBlankLinesAndSeparators() throws {
        let g = try Self.parse("source,target\n# a comment\n\n0,1\r\n2\t1\n3 0\n")
        #expect(g.nodeCount == 4 && g.edgeCount == 3 && !g.isDirected)
        // Undirected edges are stored with source ≤ target, in (source, target) order.
        #expect(g.edgeSources == [0, 0, 1] && g.edgeTargets == [1, 3, 2])
        #expect(g.weightKind == .unweighted)
    }

    @Test func weightsSelfLoopsAndRepeatedEdges() throws {
        let g = try Self.parse("0,1,2.5\n1,1,7\n0,1,9\n1,0,4\n", directed: true, weighted: true)
        // The self-loop is dropped, the repeated 0→1 keeps its first weight, 1→0 is its own arc.
        #expect(g.edgeCount == 2)
        #expect(g.edgeSources == [0, 1] && g.edgeTargets == [1, 0] && g.edgeWeights == [2.5, 4])
        #expect(g.weightKind == .strength)
        // Unweighted reading ignores the third column.
        #expect(try Self.parse("0,1,2.5\n", weighted: false).edgeWeights == [1])
    }

    @Test(
        arguments: [
            ("0,1\nx,2\n", 2), ("0,1\n0\n", 2), ("0;1\n", 1), ("0,1\n-1,2\n", 2), ("0,1,abc\n", 1), ("0,1,inf\n", 1),
            ("0,99999999999\n", 1),
        ] as [(String, Int)])
    func badLinesAreNamed(text: String, line: Int) {
        #expect(throws: EdgeListParser.ParseError.badLine(line: line)) { try Self.parse(text, weighted: true) }
    }

    @Test func equalsTheGraphBuilder() throws {
        var rng = SplitMix64(seed: 4)
        var text = ""
        var b = GraphBuilder(nodeCount: 500, directed: false)
        for _ in 0 ..< 3000 {
            let u = Int(rng.next() % 500)
            let v = Int(rng.next() % 500)
            text += "\(u),\(v)\n"
            b.addEdge(u, v)
        }
        b.addEdge(499, 499)  // make sure both have 500 nodes; the loop is dropped by both
        text += "499,499\n"
        let expected = try b.build(parallelEdges: .first, selfLoops: .drop)
        let g = try Self.parse(text)
        #expect(g.nodeCount == expected.nodeCount)
        #expect(g.edgeSources == expected.edgeSources && g.edgeTargets == expected.edgeTargets)
        #expect(g.outOffsets == expected.outOffsets && g.outNeighbors == expected.outNeighbors)
    }
}
