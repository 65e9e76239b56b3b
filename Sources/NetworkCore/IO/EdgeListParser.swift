/// A fast reader of large numeric edge lists: lines `u,v` or `u,v,w` (also tab- or space-separated), node
/// ids non-negative integers, an optional header line, `#` comments. For benchmarks and very large inputs;
/// model files and named edge lists go through `ActorModel` with full diagnostics.
///
/// - Complexity: O(bytes); no allocation per line except the text of a weight; the edge arrays are handed
///   to the graph builder without a copy.
public enum EdgeListParser {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case badLine(line: Int)
        public var description: String {
            switch self {
            case .badLine(let line): return "line \(line): expected 'source,target[,weight]' with integer ids"
            }
        }
    }

    /// Parses `bytes` into a graph on `max id + 1` nodes.
    public static func parse(_ bytes: [UInt8], directed: Bool, weighted: Bool, weightKind: WeightKind = .strength)
        throws -> Graph
    {
        try bytes.withUnsafeBufferPointer {
            try parse($0, directed: directed, weighted: weighted, weightKind: weightKind)
        }
    }

    /// The same, reading the bytes in place (a memory-mapped or `Data` buffer, without a copy).
    public static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, directed: Bool, weighted: Bool, weightKind: WeightKind = .strength
    ) throws -> Graph {
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        let estimate = bytes.count / 12
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        if weighted { weights.reserveCapacity(estimate) }
        var maxID: Int32 = -1
        var i = 0
        var line = 1
        let n = bytes.count
        @inline(__always) func isSeparator(_ c: UInt8) -> Bool { c == 44 || c == 9 || c == 32 }  // , \t space
        while i < n {
            // Skip blank lines and comments.
            if bytes[i] == 10 {
                i += 1
                line += 1
                continue
            }
            if bytes[i] == 13 {
                i += 1
                continue
            }
            if bytes[i] == 35 {
                while i < n && bytes[i] != 10 { i += 1 }
                continue
            }
            // Header line: starts with a letter.
            if line == 1 && (bytes[i] | 0x20) >= 97 && (bytes[i] | 0x20) <= 122 {
                while i < n && bytes[i] != 10 { i += 1 }
                continue
            }
            var first: Int64 = 0
            var second: Int64 = 0
            var weight = 1.0
            for f in 0 ..< 2 {
                var value: Int64 = 0
                var digits = 0
                while i < n && bytes[i] >= 48 && bytes[i] <= 57 {
                    value = value * 10 + Int64(bytes[i] - 48)
                    i += 1
                    digits += 1
                    if value > Int64(Int32.max - 1) { throw ParseError.badLine(line: line) }
                }
                if digits == 0 { throw ParseError.badLine(line: line) }
                if f == 0 {
                    first = value
                    guard i < n && isSeparator(bytes[i]) else { throw ParseError.badLine(line: line) }
                    while i < n && isSeparator(bytes[i]) { i += 1 }
                } else {
                    second = value
                }
            }
            // Optional weight.
            while i < n && isSeparator(bytes[i]) { i += 1 }
            if i < n && bytes[i] != 10 && bytes[i] != 13 {
                let start = i
                while i < n && bytes[i] != 10 && bytes[i] != 13 && !isSeparator(bytes[i]) { i += 1 }
                if weighted {
                    guard
                        let w = Double(
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< i]), as: UTF8.self)),
                        w.isFinite
                    else {
                        throw ParseError.badLine(line: line)
                    }
                    weight = w
                }
                while i < n && bytes[i] != 10 { i += 1 }
            }
            let u = Int32(first)
            let v = Int32(second)
            sources.append(u)
            targets.append(v)
            if weighted { weights.append(weight) }
            maxID = max(maxID, max(u, v))
        }
        if !weighted { weights = [Double](repeating: 1, count: sources.count) }
        // The builder takes the arrays over: no second copy of the edge list.
        let builder = GraphBuilder(
            nodeCount: Int(maxID) + 1, directed: directed, weightKind: weighted ? weightKind : .unweighted,
            sources: consume sources, targets: consume targets, weights: consume weights)
        return try builder.build(parallelEdges: .first, selfLoops: .drop)
    }
}
