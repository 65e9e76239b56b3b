// actormap-bench: times the graph core on a numeric edge list, one measure at a time, and prints one
// JSON line per measure. Used by scripts/bench/compare.py to compare with igraph and NetworKit on the
// same files. Not part of `swift test`.
//
//   actormap-bench FILE [--directed] [--weighted] [--measure NAME[,NAME...]] [--threads N] [--repeat R]
//                  [--dump PATH]
//
// --dump PATH writes every value the path measures computed (one `measure node value` line each, shortest
// round-trip decimal) to PATH, to compare two builds bit for bit.
//
// Measures: load, components, pagerank, eigenvector, kcore, louvain, betweenness, betweenness_weighted,
// closeness, closeness_weighted, approx_betweenness (ε = 0.01).
import Foundation
import NetworkCore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("actormap-bench: \(message)\n".utf8))
    exit(64)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first, !path.hasPrefix("-") else {
    fail("usage: actormap-bench FILE [--directed] [--weighted] [--measure a,b] [--threads N] [--repeat R]")
}
arguments.removeFirst()
var directed = false
var weighted = false
var threads = ParallelLanes.defaultThreadCount
var repeats = 1
var measures = ["load", "components", "pagerank", "kcore"]
var dumpPath: String?
while let flag = arguments.first {
    arguments.removeFirst()
    switch flag {
    case "--directed": directed = true
    case "--weighted": weighted = true
    case "--measure":
        measures = (arguments.first ?? "").split(separator: ",").map(String.init)
        arguments.removeFirst()
    case "--threads":
        threads = Int(arguments.first ?? "") ?? threads
        arguments.removeFirst()
    case "--repeat":
        repeats = Int(arguments.first ?? "") ?? 1
        arguments.removeFirst()
    case "--dump":
        dumpPath = arguments.first
        arguments.removeFirst()
    default: fail("unknown option \(flag)")
    }
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
}

let loadStart = now()
guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
let graph: Graph
do {
    graph = try data.withUnsafeBytes { raw in
        try EdgeListParser.parse(
            raw.bindMemory(to: UInt8.self), directed: directed, weighted: weighted, weightKind: .length)
    }
} catch { fail("\(path): \(error)") }
let loadSeconds = now() - loadStart
let plain =
    weighted
    ? try! data.withUnsafeBytes {
        try EdgeListParser.parse($0.bindMemory(to: UInt8.self), directed: directed, weighted: false)
    }
    : graph

@MainActor func report(_ measure: String, _ seconds: Double, _ check: Double) {
    print(
        "{\"tool\": \"actormap\", \"measure\": \"\(measure)\", \"seconds\": \(seconds), \"threads\": \(threads), "
            + "\"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount), \"check\": \(check), "
            + "\"peak_rss_mb\": \(peakRSSMegabytes())}"
    )
}

var dumped = ""
var dumpedMeasures: Set<String> = []

/// Runs the path sweep and keeps every value for `--dump`; returns the largest of `pick`.
@MainActor func paths(
    _ g: Graph, _ name: String, _ options: PathMeasureOptions, _ pick: (PathMeasureResult) -> [Double]?
)
    -> Double
{
    guard let result = try? PathMeasures.compute(g, options: options) else { return .nan }
    if dumpPath != nil, dumpedMeasures.insert(name).inserted {
        let columns: [(String, [Double]?)] = [
            ("betweenness_raw", result.betweennessRaw), ("betweenness", result.betweenness),
            ("closeness", result.closeness), ("closeness_out", result.closenessOut), ("harmonic", result.harmonic),
            ("harmonic_out", result.harmonicOut), ("eccentricity", result.eccentricity),
        ]
        for (column, values) in columns {
            for (v, value) in (values ?? []).enumerated() { dumped += "\(name) \(column) \(v) \(value)\n" }
        }
    }
    return pick(result)?.max() ?? .nan
}

for measure in measures {
    if measure == "load" {
        report("load", loadSeconds, Double(graph.edgeCount))
        continue
    }
    var best = Double.infinity
    var check = 0.0
    for _ in 0 ..< max(1, repeats) {
        let start = now()
        switch measure {
        case "components": check = Double(Components.weak(plain).count)
        case "pagerank": check = (try? PageRank.compute(plain))?.max() ?? .nan  // converged: L1 change < n·1e-15
        case "eigenvector": check = (try? EigenvectorCentrality.compute(plain, tolerance: 1e-10))?.max() ?? .nan
        case "kcore": check = Double(CoreNumber.compute(plain, threads: threads).max() ?? 0)
        case "louvain": check = (try? Louvain.compute(plain, options: .init(threads: threads)))?.modularity ?? .nan
        case "betweenness":
            check = paths(plain, measure, .init(closeness: false, threads: threads)) { $0.betweennessRaw }
        case "betweenness_weighted":
            check = paths(graph, measure, .init(closeness: false, threads: threads)) { $0.betweennessRaw }
        case "closeness":
            check = paths(plain, measure, .init(betweenness: false, threads: threads)) { $0.closeness }
        case "closeness_weighted":
            check = paths(graph, measure, .init(betweenness: false, threads: threads)) { $0.closeness }
        case "all_paths":
            check = paths(plain, measure, .init(eccentricity: true, threads: threads)) { $0.betweennessRaw }
        case "all_paths_weighted":
            check = paths(graph, measure, .init(eccentricity: true, threads: threads)) { $0.betweennessRaw }
        case "approx_betweenness":
            check = (try? ApproximateBetweenness.compute(plain, epsilon: 0.01))?.betweenness.max() ?? .nan
        default: fail("unknown measure \(measure)")
        }
        best = min(best, now() - start)
    }
    report(measure, best, check)
}
if let dumpPath {
    do { try dumped.write(toFile: dumpPath, atomically: true, encoding: .utf8) } catch { fail("\(dumpPath): \(error)") }
}
