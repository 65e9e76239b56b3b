/// An immutable graph in compressed-sparse-row (CSR) form.
///
/// Storage invariant (checked by `checkInvariants()` in debug builds):
/// - nodes are `0 ..< nodeCount`;
/// - `outOffsets` has `nodeCount + 1` non-decreasing entries starting at 0; the arcs leaving `u` are
///   `outOffsets[u] ..< outOffsets[u + 1]` in `outNeighbors`, `outWeights` and `outEdges`, which are
///   parallel arrays ("in the same order"), with neighbours sorted ascending;
/// - for a directed graph `inOffsets`/`inNeighbors`/`inWeights`/`inEdges` hold the reversed arcs in the
///   same layout; for an undirected graph they are the same arrays as the outgoing ones (shared storage,
///   no copy), because every undirected edge `{u, v}` appears as the arc `u→v` and the arc `v→u`;
/// - edges are numbered `0 ..< edgeCount` in `(source, target)` order, and `edgeSources`,
///   `edgeTargets`, `edgeWeights` are indexed by edge id; undirected edges are stored once with
///   `source <= target`;
/// - a self-loop `u–u` is one edge and one arc (in `u`'s list once). Measures state how they count it
///   (networkx counts an undirected self-loop twice in a degree).
///
/// Weights are always stored as given; `weightKind` says what they mean, and path measures convert
/// explicitly (see ``WeightKind``).
///
/// Offsets and neighbour ids are `Int32`: up to 2³¹ − 1 nodes and arcs.
///
/// The storage arrays are `package`: algorithms in this package read them directly (in hot loops, through
/// unsafe buffers); code outside reads a graph through the accessors below (`successors(of:)`,
/// `outTies(of:)`, `edge(_:)`, …), so the layout can change without breaking it.
///
/// Build one with ``GraphBuilder``.
public struct Graph: Sendable {
    /// Number of nodes; nodes are `0 ..< nodeCount`.
    public let nodeCount: Int
    /// Whether edges are ordered pairs.
    public let isDirected: Bool
    /// What the stored weights mean.
    public let weightKind: WeightKind

    /// Source of each edge, by edge id.
    @usableFromInline package let edgeSources: [Int32]
    /// Target of each edge, by edge id.
    @usableFromInline package let edgeTargets: [Int32]
    /// Weight of each edge, by edge id.
    @usableFromInline package let edgeWeights: [Double]

    /// Start of each node's outgoing arcs; `nodeCount + 1` entries.
    @usableFromInline package let outOffsets: [Int32]
    /// Head of each outgoing arc.
    @usableFromInline package let outNeighbors: [Int32]
    /// Weight of each outgoing arc.
    @usableFromInline package let outWeights: [Double]
    /// Edge id of each outgoing arc.
    @usableFromInline package let outEdges: [Int32]

    /// Start of each node's incoming arcs (same arrays as `outOffsets` when undirected).
    @usableFromInline package let inOffsets: [Int32]
    /// Tail of each incoming arc.
    @usableFromInline package let inNeighbors: [Int32]
    /// Weight of each incoming arc.
    @usableFromInline package let inWeights: [Double]
    /// Edge id of each incoming arc.
    @usableFromInline package let inEdges: [Int32]

    init(
        nodeCount: Int, isDirected: Bool, weightKind: WeightKind,
        edgeSources: [Int32], edgeTargets: [Int32], edgeWeights: [Double],
        outOffsets: [Int32], outNeighbors: [Int32], outWeights: [Double], outEdges: [Int32],
        inOffsets: [Int32], inNeighbors: [Int32], inWeights: [Double], inEdges: [Int32]
    ) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.weightKind = weightKind
        self.edgeSources = edgeSources
        self.edgeTargets = edgeTargets
        self.edgeWeights = edgeWeights
        self.outOffsets = outOffsets
        self.outNeighbors = outNeighbors
        self.outWeights = outWeights
        self.outEdges = outEdges
        self.inOffsets = inOffsets
        self.inNeighbors = inNeighbors
        self.inWeights = inWeights
        self.inEdges = inEdges
        checkInvariants()
    }

    /// Number of edges (an undirected edge counts once).
    @inlinable public var edgeCount: Int { edgeSources.count }

    /// Number of arcs in the outgoing CSR (`2m − loops` when undirected, `m` when directed).
    @inlinable public var arcCount: Int { outNeighbors.count }

    /// The nodes, `0 ..< nodeCount`.
    @inlinable public var nodes: Range<Int> { 0 ..< nodeCount }

    /// Arc positions of `node`'s outgoing arcs.
    @inlinable public func outArcs(of node: Int) -> Range<Int> {
        Int(outOffsets[node]) ..< Int(outOffsets[node + 1])
    }

    /// Arc positions of `node`'s incoming arcs.
    @inlinable public func inArcs(of node: Int) -> Range<Int> {
        Int(inOffsets[node]) ..< Int(inOffsets[node + 1])
    }

    /// Number of outgoing arcs of `node` (its degree when undirected, a self-loop counting once).
    @inlinable public func outDegree(_ node: Int) -> Int {
        Int(outOffsets[node + 1] - outOffsets[node])
    }

    /// Number of incoming arcs of `node`.
    @inlinable public func inDegree(_ node: Int) -> Int {
        Int(inOffsets[node + 1] - inOffsets[node])
    }

    /// The heads of `node`'s outgoing arcs, ascending.
    @inlinable public func successors(of node: Int) -> ArraySlice<Int32> {
        outNeighbors[outArcs(of: node)]
    }

    /// The tails of `node`'s incoming arcs, ascending.
    @inlinable public func predecessors(of node: Int) -> ArraySlice<Int32> {
        inNeighbors[inArcs(of: node)]
    }

    /// `node`'s outgoing ties as (neighbour, stored weight), neighbours ascending.
    @inlinable public func outTies(of node: Int) -> LazyMapSequence<Range<Int>, (neighbor: Int, weight: Double)> {
        outArcs(of: node).lazy.map { (Int(self.outNeighbors[$0]), self.outWeights[$0]) }
    }

    /// `node`'s incoming ties as (neighbour, stored weight), neighbours ascending.
    @inlinable public func inTies(of node: Int) -> LazyMapSequence<Range<Int>, (neighbor: Int, weight: Double)> {
        inArcs(of: node).lazy.map { (Int(self.inNeighbors[$0]), self.inWeights[$0]) }
    }

    /// Edge `e`'s endpoints and stored weight (undirected edges with `source <= target`).
    @inlinable public func edge(_ e: Int) -> (source: Int, target: Int, weight: Double) {
        (Int(edgeSources[e]), Int(edgeTargets[e]), edgeWeights[e])
    }

    /// The arc position of `u → v`, if present (for undirected graphs, of the edge `{u, v}`).
    ///
    /// - Complexity: O(log deg(u)), binary search in the sorted neighbour list.
    @inlinable public func arc(from u: Int, to v: Int) -> Int? {
        var low = Int(outOffsets[u])
        var high = Int(outOffsets[u + 1])
        let target = Int32(truncatingIfNeeded: v)
        while low < high {
            let mid = (low &+ high) >> 1
            let x = outNeighbors[mid]
            if x == target { return mid }
            if x < target { low = mid &+ 1 } else { high = mid }
        }
        return nil
    }

    /// Whether the arc `u → v` exists (the edge `{u, v}` when undirected).
    @inlinable public func hasArc(from u: Int, to v: Int) -> Bool { arc(from: u, to: v) != nil }

    /// The number of self-loops.
    public var selfLoopCount: Int {
        var count = 0
        for e in 0 ..< edgeCount where edgeSources[e] == edgeTargets[e] { count += 1 }
        return count
    }

    /// Verifies the storage invariant; compiled out of release builds.
    func checkInvariants() {
        #if DEBUG
            precondition(outOffsets.count == nodeCount + 1 && inOffsets.count == nodeCount + 1)
            precondition(outOffsets.first == 0 && Int(outOffsets.last!) == outNeighbors.count)
            precondition(inOffsets.first == 0 && Int(inOffsets.last!) == inNeighbors.count)
            precondition(outNeighbors.count == outWeights.count && outWeights.count == outEdges.count)
            precondition(inNeighbors.count == inWeights.count && inWeights.count == inEdges.count)
            precondition(edgeSources.count == edgeTargets.count && edgeTargets.count == edgeWeights.count)
            for u in 0 ..< nodeCount {
                precondition(outOffsets[u] <= outOffsets[u + 1] && inOffsets[u] <= inOffsets[u + 1])
                let arcs = outArcs(of: u)
                for a in arcs where a > arcs.lowerBound {
                    precondition(outNeighbors[a - 1] <= outNeighbors[a], "neighbours must be sorted")
                }
            }
        #endif
    }
}
