import ActorModel
import Foundation
import NetworkCore
import Testing

@testable import ConflictAnalysis

/// A large generated edge list through the product path (file → fast reader → compact edge list →
/// analysis) against NetworkCore run directly on the same ties, and against the analysis of the map the
/// general reader's rules give.
@Suite("Large edge lists: the product path gives the core's values")
struct LargeEdgeListTests {
    /// 200 000 distinct ties on 30 000 nodes in two parts (so there are several components), ids written
    /// as numbers or, for every seventh node, as `n<number>` (the dictionary path of the interner); some
    /// nodes are never named (no isolated actor in an edge list).
    static let generated: (text: String, pairs: [(Int, Int)], nodeCount: Int) = {
        var random = SplitMix64(seed: 2026)
        let nodeCount = 30_000
        var seen = Set<Int>()
        var pairs: [(Int, Int)] = []
        while pairs.count < 200_000 {
            // Most ties inside 0 ..< 25 000, a few inside 25 000 ..< 30 000: at least two components.
            let inSmall = random.next() % 40 == 0
            let base = inSmall ? 25_000 : 0
            let size = inSmall ? 5_000 : 25_000
            let u = base + Int(random.next() % UInt64(size))
            let v = base + Int(random.next() % UInt64(size))
            guard u != v, seen.insert(min(u, v) * nodeCount + max(u, v)).inserted else { continue }
            pairs.append((u, v))
        }
        func id(_ k: Int) -> String { k % 7 == 0 ? "n\(k)" : "\(k)" }
        var text = "source,target\n"
        for (u, v) in pairs { text += "\(id(u)),\(id(v))\n" }
        return (text, pairs, nodeCount)
    }()

    static func load() throws -> ModelLoader.Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-large-\(getpid()).csv").path
        try generated.text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ModelLoader.load(path: path)
    }

    static func number(of id: String) -> Int { Int(id.hasPrefix("n") ? id.dropFirst() : Substring(id))! }

    @Test func productPathMatchesTheCoreOnTheSameTies() throws {
        let result = try Self.load()
        let edges = try #require(result.edgeList, "a large plain edge list is read compactly")
        #expect(result.diagnostics.isEmpty)
        #expect(edges.tieCount == 200_000)
        var options = AnalysisOptions(weights: .unweighted, measures: [.pagerank, .core, .components])
        options.threads = 2
        let report = try NetworkAnalysis.run(edges, name: "large", path: "large.csv", options: options)
        let layer = try #require(report.layers.first)
        #expect(report.layers.count == 1 && layer.relations == ["tie"])

        // The harness path: NetworkCore on the generated pairs, nodes numbered by their value.
        var builder = GraphBuilder(nodeCount: Self.generated.nodeCount, directed: false)
        for (u, v) in Self.generated.pairs { builder.addEdge(u, v) }
        let g = try builder.build()
        let named = Set(Self.generated.pairs.flatMap { [$0.0, $0.1] })
        // Nodes never named are isolated in the core's graph, absent from the edge list: PageRank's
        // teleport is spread over every node, so compare on a graph of the named nodes only.
        let renumber = Dictionary(uniqueKeysWithValues: named.sorted().enumerated().map { ($1, $0) })
        var compactBuilder = GraphBuilder(nodeCount: named.count, directed: false)
        for (u, v) in Self.generated.pairs { compactBuilder.addEdge(renumber[u]!, renumber[v]!) }
        let core = try compactBuilder.build()
        #expect(layer.actorIDs.count == named.count && g.edgeCount == 200_000)
        let pagerank = try PageRank.compute(core)
        let coreNumbers = CoreNumber.compute(core, threads: 1)
        let components = Components.weak(core)

        let pr = try #require(layer.column(.pagerank))
        let kc = try #require(layer.column(.coreNumber))
        let cc = try #require(layer.column(.component))
        var partner: [Int: Int] = [:]
        var seenLabels = Set<Int>()
        for (i, id) in layer.actorIDs.enumerated() {
            let k = renumber[Self.number(of: id)]!
            #expect(abs(pr[i]! - pagerank[k]) <= 1e-9 * pagerank[k], "\(id)")
            #expect(Int(kc[i]!) == coreNumbers[k], "\(id)")
            // The same partition, numbered by first appearance in the file.
            let label = Int(cc[i]!)
            if let p = partner[label] {
                #expect(p == Int(components.label[k]), "\(id)")
            } else {
                partner[label] = Int(components.label[k])
                #expect(label == seenLabels.count, "components are numbered by first appearance")
                seenLabels.insert(label)
            }
        }
        #expect(Set(cc.map { Int($0!) }).count == components.count && components.count >= 2)
    }

    @Test func compactAndMapPathsGiveTheSameReport() throws {
        let result = try Self.load()
        let edges = try #require(result.edgeList)
        let map = try #require(result.map, "a compact edge list still gives its map")
        #expect(map.actors.count == edges.actorCount && map.relations.count == edges.tieCount)
        #expect(map.summary == edges.summary)
        // The general reader on the same text gives that map, without a diagnostic.
        let general = ModelLoader.parse(text: Self.generated.text, path: "large.csv")
        #expect(general.diagnostics.isEmpty && general.edgeList == nil)
        #expect(general.map?.actors.map(\.id) == map.actors.map(\.id))
        #expect(general.map?.relations == map.relations)
        for weights in [WeightKind.unweighted, .strength] {
            let options = AnalysisOptions(weights: weights, measures: [.pagerank, .core, .components, .degree])
            let compact = try NetworkAnalysis.run(edges, name: map.name, path: "large.csv", options: options)
            let viaMap = try NetworkAnalysis.run(map, options: options)
            let (a, b) = (compact.layers[0], viaMap.layers[0])
            #expect(a.columns.map(\.key) == b.columns.map(\.key))
            for (x, y) in zip(a.columns, b.columns) { #expect(x.values == y.values, "\(x.key)") }
            #expect(a.graph.map(\.key) == b.graph.map(\.key) && a.graph.map(\.value) == b.graph.map(\.value))
            #expect(a.actorIDs == b.actorIDs && compact.warnings == viaMap.warnings)
        }
    }
}
