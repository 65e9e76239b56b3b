/// A reusable single-source shortest-path search with path counts: breadth-first on unit lengths,
/// Dijkstra with an indexed binary heap otherwise.
///
/// The workspace is allocated once per graph and reset only where the previous search went, so an
/// all-sources sweep allocates nothing per source (igraph's and NetworKit's habit).
///
/// Conventions:
/// - path counts `sigma` are `Double` (integer counts overflow on a 37×37 grid);
/// - two weighted path lengths are tied when they differ by at most `tieTolerance` relative
///   (1e-10, as igraph), so near-equal alternatives (0.1 + 0.2 vs 0.3) count as shortest paths both;
///   networkx compares exactly, which only differs on such near-ties;
/// - arcs are followed outgoing; a node is reached when its distance is finite.
struct ShortestPathSearch {
    let graph: Graph
    /// Length of each outgoing arc (same order as `graph.outNeighbors`), or `nil` for unit lengths (BFS).
    let outLengths: [Double]?
    /// Length of each incoming arc (same order as `graph.inNeighbors`), or `nil` for unit lengths.
    let inLengths: [Double]?

    /// Distance from the last source; `.infinity` where not reached.
    private(set) var distance: [Double]
    /// Number of shortest paths from the last source.
    private(set) var sigma: [Double]
    /// Nodes reached by the last search, in non-decreasing distance (the source first).
    private(set) var order: [Int32]
    private(set) var reachedCount = 0

    private var heap: [Int32]
    private var heapPosition: [Int32]

    static let tieTolerance = 1e-10

    init(graph: Graph, outLengths: [Double]?, inLengths: [Double]?) {
        self.graph = graph
        self.outLengths = outLengths
        self.inLengths = inLengths
        let n = graph.nodeCount
        distance = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        order = [Int32](repeating: 0, count: n)
        heap = outLengths == nil ? [] : [Int32](repeating: 0, count: n)
        heapPosition = outLengths == nil ? [] : [Int32](repeating: -1, count: n)
    }

    /// Clears what the last search touched.
    private mutating func reset() {
        for i in 0 ..< reachedCount {
            let v = Int(order[i])
            distance[v] = .infinity
            sigma[v] = 0
        }
        reachedCount = 0
    }

    /// Runs the search from `source`, filling `distance`, `sigma` and `order`.
    ///
    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted, touching only what is reached.
    mutating func run(from source: Int) {
        reset()
        if outLengths == nil { breadthFirst(from: source) } else { dijkstra(from: source) }
    }

    /// Whether `v` precedes `w` on a shortest path over an arc of length `length`.
    @inline(__always)
    func isPredecessor(distanceOfV dv: Double, length: Double, distanceOfW dw: Double) -> Bool {
        if outLengths == nil { return dv + 1 == dw }
        let alt = dv + length
        return abs(alt - dw) <= Self.tieTolerance * max(alt, dw)
    }

    private mutating func breadthFirst(from source: Int) {
        distance[source] = 0
        sigma[source] = 1
        order[0] = Int32(source)
        var head = 0
        var tail = 1
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outNeighbors.withUnsafeBufferPointer { neighbors in
                distance.withUnsafeMutableBufferPointer { dist in
                    sigma.withUnsafeMutableBufferPointer { sig in
                        order.withUnsafeMutableBufferPointer { queue in
                            while head < tail {
                                let v = Int(queue[head])
                                head += 1
                                let dv = dist[v] + 1
                                let sv = sig[v]
                                for a in Int(offsets[v]) ..< Int(offsets[v + 1]) {
                                    let w = Int(neighbors[a])
                                    if dist[w] == .infinity {
                                        dist[w] = dv
                                        queue[tail] = Int32(w)
                                        tail += 1
                                        sig[w] = sv
                                    } else if dist[w] == dv {
                                        sig[w] += sv
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        reachedCount = tail
    }

    private mutating func dijkstra(from source: Int) {
        let lengths = outLengths!
        var heapCount = 0
        distance[source] = 0
        sigma[source] = 1
        push(Int32(source), &heapCount)
        var settled = 0
        while heapCount > 0 {
            let v = Int(popMin(&heapCount))
            order[settled] = Int32(v)
            settled += 1
            let dv = distance[v]
            let sv = sigma[v]
            for a in graph.outArcs(of: v) {
                let w = Int(graph.outNeighbors[a])
                let alt = dv + lengths[a]
                if alt == .infinity { continue }  // a zero-strength tie cannot be crossed
                let dw = distance[w]
                if dw == .infinity {
                    distance[w] = alt
                    sigma[w] = sv
                    push(Int32(w), &heapCount)
                } else if heapPosition[w] >= 0 || dw > alt {
                    // w not settled yet (or, with zero-length arcs, settled at a tie): compare.
                    if abs(alt - dw) <= Self.tieTolerance * max(alt, dw) {
                        sigma[w] += sv
                    } else if alt < dw {
                        distance[w] = alt
                        sigma[w] = sv
                        if heapPosition[w] >= 0 { siftUp(Int(heapPosition[w])) }
                        else { push(Int32(w), &heapCount) }
                    }
                }
            }
        }
        reachedCount = settled
    }

    // MARK: Indexed binary heap keyed by `distance`.

    private mutating func push(_ v: Int32, _ count: inout Int) {
        heap[count] = v
        heapPosition[Int(v)] = Int32(count)
        count += 1
        siftUp(count - 1)
    }

    private mutating func popMin(_ count: inout Int) -> Int32 {
        let top = heap[0]
        heapPosition[Int(top)] = -1
        count -= 1
        if count > 0 {
            heap[0] = heap[count]
            heapPosition[Int(heap[0])] = 0
            siftDown(0, count)
        }
        return top
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        let v = heap[i]
        let key = distance[Int(v)]
        while i > 0 {
            let parent = (i - 1) >> 1
            let p = heap[parent]
            if distance[Int(p)] <= key { break }
            heap[i] = p
            heapPosition[Int(p)] = Int32(i)
            i = parent
        }
        heap[i] = v
        heapPosition[Int(v)] = Int32(i)
    }

    private mutating func siftDown(_ start: Int, _ count: Int) {
        var i = start
        let v = heap[i]
        let key = distance[Int(v)]
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count && distance[Int(heap[child + 1])] < distance[Int(heap[child])] { child += 1 }
            let c = heap[child]
            if distance[Int(c)] >= key { break }
            heap[i] = c
            heapPosition[Int(c)] = Int32(i)
            i = child
        }
        heap[i] = v
        heapPosition[Int(v)] = Int32(i)
    }
}

extension Graph {
    /// The length a path measure gives each outgoing arc, or `nil` when the graph is unweighted
    /// (breadth-first search).
    ///
    /// - Throws: ``PathLengthError`` for a negative or NaN length (a zero strength makes an infinite length:
    ///   the tie cannot be crossed).
    public func outArcLengths() throws -> [Double]? {
        try arcLengths(outWeights)
    }

    /// Like ``outArcLengths()`` for the incoming arcs.
    public func inArcLengths() throws -> [Double]? {
        try arcLengths(inWeights)
    }

    private func arcLengths(_ weights: [Double]) throws -> [Double]? {
        guard weightKind != .unweighted else { return nil }
        var lengths = [Double](repeating: 0, count: weights.count)
        for (a, w) in weights.enumerated() {
            let length = weightKind.length(ofWeight: w)
            guard length >= 0 else { throw PathLengthError.negativeLength(weight: w) }
            lengths[a] = length
        }
        return lengths
    }
}

/// A tie that path measures cannot use as a distance.
public enum PathLengthError: Error, Equatable, CustomStringConvertible {
    case negativeLength(weight: Double)

    public var description: String {
        switch self {
        case .negativeLength(let w):
            return "a tie of weight \(w) would have a negative length; path measures need positive weights"
        }
    }
}
