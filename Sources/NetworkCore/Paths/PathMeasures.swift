/// Which shortest-path measures to compute in one sweep over all sources.
public struct PathMeasureOptions: Sendable {
    /// Brandes betweenness.
    public var betweenness: Bool
    /// Closeness (incoming and outgoing) and harmonic centrality.
    public var closeness: Bool
    /// Eccentricity (outgoing), for the diameter.
    public var eccentricity: Bool
    /// Threads to use (results do not depend on it).
    public var threads: Int
    /// Cancellation and progress.
    public var control: ComputationControl?

    public init(
        betweenness: Bool = true, closeness: Bool = true, eccentricity: Bool = false,
        threads: Int = ParallelLanes.defaultThreadCount, control: ComputationControl? = nil
    ) {
        self.betweenness = betweenness
        self.closeness = closeness
        self.eccentricity = eccentricity
        self.threads = threads
        self.control = control
    }
}

/// Shortest-path centralities, by node.
public struct PathMeasureResult: Sendable {
    /// Betweenness as networkx's `normalized=False`: ordered pairs on directed graphs, each unordered pair
    /// once on undirected graphs (igraph's value).
    public var betweennessRaw: [Double]?
    /// Betweenness divided by the number of pairs not involving the node: (n−1)(n−2) directed,
    /// (n−1)(n−2)/2 undirected (networkx `normalized=True`); raw when n ≤ 2.
    public var betweenness: [Double]?
    /// Closeness from incoming distances (networkx's directed convention; the only one when undirected).
    public var closeness: [Double]?
    /// Closeness from outgoing distances.
    public var closenessOut: [Double]?
    /// Harmonic centrality from incoming distances: Σ_{v≠u} 1/d(v,u), not normalised.
    public var harmonic: [Double]?
    /// Harmonic centrality from outgoing distances.
    public var harmonicOut: [Double]?
    /// Largest outgoing distance; `.infinity` when some node is unreachable.
    public var eccentricity: [Double]?
}

/// Betweenness, closeness, harmonic centrality and eccentricity from one sweep of single-source searches.
///
/// - **Betweenness** (Brandes 2001): `b(v) = Σ_{s≠v≠t} σ_st(v)/σ_st`, accumulated from each source in
///   reverse distance order, `δ(v) = Σ_{w: v ∈ pred(w)} σ_v/σ_w (1 + δ(w))`. Predecessors are found again
///   from the incoming arcs rather than stored (no per-node lists). Path counts are `Double`.
/// - **Closeness** (Freeman 1979) with the Wasserman–Faust correction for disconnected graphs, exactly as
///   networkx's `closeness_centrality` (`wf_improved=True`): `C(u) = (r−1)/Σ d · (r−1)/(n−1)` where `r`
///   counts the nodes that reach `u` (itself included) and `Σ d` their distances to `u`; 0 when `r = 1`.
///   Directed graphs use incoming distances (networkx); `closenessOut` uses outgoing ones.
/// - **Harmonic** (Marchiori & Latora 2000): `H(u) = Σ_{v≠u} 1/d(v,u)`, unreachable pairs adding 0.
///
/// Lengths come from the graph's ``WeightKind`` (unweighted: breadth-first search; strength: 1/w;
/// length: w). Self-loops never lie on a shortest path; parallel edges should be merged by the projection
/// (kept parallel edges each count as a path).
///
/// Parallelism: sources are dealt to a fixed number of lanes; each lane runs serially with its own
/// workspace and partial sums, and lanes are added in lane order, so results are identical for any
/// thread count.
///
/// - Complexity: O(n·m) unweighted, O(n·(n + m) log n) weighted; memory O(n) per lane.
public enum PathMeasures {
    public static func compute(_ graph: Graph, options: PathMeasureOptions = PathMeasureOptions()) throws
        -> PathMeasureResult
    {
        let n = graph.nodeCount
        let outLengths = try graph.outArcLengths()
        var result = PathMeasureResult()
        guard n > 0 else {
            if options.betweenness {
                result.betweenness = []
                result.betweennessRaw = []
            }
            if options.closeness {
                result.closeness = []
                result.closenessOut = []
                result.harmonic = []
                result.harmonicOut = []
            }
            if options.eccentricity { result.eccentricity = [] }
            return result
        }
        let lanes = ParallelLanes.laneCount
        let directed = graph.isDirected
        let needIn = options.closeness && directed
        // Per-lane accumulators for per-target sums: betweenness, and (directed) incoming distances.
        let perLane = (options.betweenness ? 1 : 0) + (needIn ? 3 : 0)
        // never empty: lanes take its base address
        var laneSums = [Double](repeating: 0, count: max(1, lanes * perLane * n))
        // Per-source values are written straight into their slot.
        var outDistanceSum = [Double](repeating: 0, count: options.closeness ? n : 0)
        var outReach = [Double](repeating: 0, count: options.closeness ? n : 0)
        var outHarmonic = [Double](repeating: 0, count: options.closeness ? n : 0)
        var ecc = [Double](repeating: 0, count: options.eccentricity ? n : 0)
        options.control?.begin(total: n)
        let control = options.control

        laneSums.withUnsafeMutableBufferPointer { sums in
            outDistanceSum.withUnsafeMutableBufferPointer { outSum in
                outReach.withUnsafeMutableBufferPointer { outR in
                    outHarmonic.withUnsafeMutableBufferPointer { outH in
                        ecc.withUnsafeMutableBufferPointer { eccentricity in
                            ParallelLanes.run(lanes: lanes, threads: options.threads) { lane in
                                // Lane layout in `sums`: [betweenness?][incoming sum, reach, harmonic]? × n.
                                let base = sums.baseAddress! + lane * perLane * n
                                let incoming = base + (options.betweenness ? n : 0)
                                let out = LaneOutputs(
                                    n: n, betweenness: base,
                                    inSum: needIn ? incoming : nil, inReach: needIn ? incoming + n : nil,
                                    inHarmonic: needIn ? incoming + 2 * n : nil,
                                    outSum: outSum, outReach: outR, outHarmonic: outH, eccentricity: eccentricity,
                                    wantsCloseness: options.closeness, wantsEccentricity: options.eccentricity)
                                if let outLengths {
                                    weightedLane(
                                        graph, outLengths: outLengths, lane: lane, lanes: lanes, options: options,
                                        out: out)
                                } else {
                                    unweightedLane(graph, lane: lane, lanes: lanes, options: options, out: out)
                                }
                            }
                        }
                    }
                }
            }
        }
        if control?.isCancelled == true { throw ComputationCancelled() }

        func laneTotal(_ offset: Int) -> [Double] {
            var total = [Double](repeating: 0, count: n)
            for lane in 0 ..< lanes {
                let base = lane * perLane * n + offset
                for v in 0 ..< n { total[v] += laneSums[base + v] }
            }
            return total
        }

        if options.betweenness {
            var raw = laneTotal(0)
            if !directed { for v in 0 ..< n { raw[v] *= 0.5 } }
            result.betweennessRaw = raw
            if n > 2 {
                let pairs = Double(n - 1) * Double(n - 2) / (directed ? 1 : 2)
                result.betweenness = raw.map { $0 / pairs }
            } else {
                result.betweenness = raw
            }
        }
        if options.closeness {
            let outCloseness = (0 ..< n).map { closeness(sum: outDistanceSum[$0], reach: outReach[$0], n: n) }
            result.closenessOut = outCloseness
            result.harmonicOut = outHarmonic
            if directed {
                let offset = options.betweenness ? n : 0
                let inSum = laneTotal(offset)
                let inReach = laneTotal(offset + n)
                let inHarm = laneTotal(offset + 2 * n)
                result.closeness = (0 ..< n).map { closeness(sum: inSum[$0], reach: inReach[$0] + 1, n: n) }
                result.harmonic = inHarm
            } else {
                result.closeness = outCloseness
                result.harmonic = outHarmonic
            }
        }
        if options.eccentricity { result.eccentricity = ecc }
        return result
    }

    /// Where one lane writes: its own betweenness and incoming-distance sums, and the per-source slots
    /// (closeness, harmonic and eccentricity of the sources it runs, which no other lane touches).
    struct LaneOutputs {
        let n: Int
        let betweenness: UnsafeMutablePointer<Double>
        /// Incoming distance sums, reach counts and harmonic sums (directed graphs only).
        let inSum: UnsafeMutablePointer<Double>?
        let inReach: UnsafeMutablePointer<Double>?
        let inHarmonic: UnsafeMutablePointer<Double>?
        let outSum: UnsafeMutableBufferPointer<Double>
        let outReach: UnsafeMutableBufferPointer<Double>
        let outHarmonic: UnsafeMutableBufferPointer<Double>
        let eccentricity: UnsafeMutableBufferPointer<Double>
        let wantsCloseness: Bool
        let wantsEccentricity: Bool

        /// Adds the distance `d` from the current source to `t` into `t`'s incoming sums.
        @inline(__always) func addIncoming(_ t: Int, _ d: Double) {
            guard let inSum else { return }
            inSum[t] += d
            inReach![t] += 1
            inHarmonic![t] += 1 / d
        }

        /// Records one search: the reached nodes `1 ..< reached` (the source is 0) and their distances.
        @inline(__always) func record(source: Int, reached: Int, _ at: (Int) -> (node: Int, distance: Double)) {
            guard wantsCloseness || wantsEccentricity else { return }
            var total = 0.0
            var harmonic = 0.0
            var farthest = 0.0
            for i in 1 ..< max(1, reached) {
                let (t, d) = at(i)
                total += d
                harmonic += 1 / d
                farthest = max(farthest, d)
                addIncoming(t, d)
            }
            finish(source: source, reached: reached, total: total, harmonic: harmonic, farthest: farthest)
        }

        /// Stores a source's outgoing totals.
        @inline(__always) func finish(source: Int, reached: Int, total: Double, harmonic: Double, farthest: Double) {
            if wantsCloseness {
                outSum[source] = total
                outReach[source] = Double(reached)
                outHarmonic[source] = harmonic
            }
            if wantsEccentricity { eccentricity[source] = reached == n ? farthest : .infinity }
        }
    }

    /// One lane of the sweep on an unweighted graph, through ``UnweightedSweepKernel`` with 16-bit distances
    /// when they fit, 32-bit otherwise.
    private static func unweightedLane(
        _ graph: Graph, lane: Int, lanes: Int, options: PathMeasureOptions, out: LaneOutputs
    ) {
        if graph.nodeCount < Int(UInt16.max) {
            unweightedLane(
                UnweightedSweepKernel<UInt16>(nodeCount: graph.nodeCount), graph, lane: lane, lanes: lanes,
                options: options, out: out)
        } else {
            unweightedLane(
                UnweightedSweepKernel<UInt32>(nodeCount: graph.nodeCount), graph, lane: lane, lanes: lanes,
                options: options, out: out)
        }
    }

    @inline(__always)
    private static func unweightedLane<D>(
        _ kernel: UnweightedSweepKernel<D>, _ graph: Graph, lane: Int, lanes: Int, options: PathMeasureOptions,
        out: LaneOutputs
    ) {
        let n = graph.nodeCount
        defer { kernel.deallocate() }
        let control = options.control
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outNeighbors.withUnsafeBufferPointer { neighbors in
                var processed = 0
                var s = lane
                var levels: [Int] = []
                levels.reserveCapacity(64)
                while s < n {
                    if processed & 63 == 0 && control?.isCancelled == true { return }
                    if !options.betweenness {
                        // Distances only: closeness and eccentricity need no path counts, and from level sizes
                        // the sums are Σ d·count(d) and Σ count(d)/d.
                        let reached = kernel.distances(
                            from: s, offsets: offsets.baseAddress!, neighbors: neighbors.baseAddress!,
                            levelSizes: &levels)
                        var total = 0.0
                        var harmonic = 0.0
                        for (index, size) in levels.enumerated() {
                            let d = Double(index + 1)
                            total += d * Double(size)
                            harmonic += Double(size) / d
                        }
                        if out.inSum != nil {
                            for i in 1 ..< max(1, reached) {
                                let t = kernel.reached(i)
                                out.addIncoming(t, Double(kernel.distance(of: t)))
                            }
                        }
                        out.finish(
                            source: s, reached: reached, total: total, harmonic: harmonic,
                            farthest: Double(levels.count))
                        kernel.finishDistances(count: reached)
                        processed += 1
                        if processed & 63 == 0 { control?.advance(by: 64) }
                        s += lanes
                        continue
                    }
                    let reached = kernel.search(
                        from: s, offsets: offsets.baseAddress!, neighbors: neighbors.baseAddress!)
                    out.record(source: s, reached: reached) { i in
                        let t = kernel.reached(i)
                        return (t, Double(kernel.distance(of: t)))
                    }
                    kernel.accumulate(
                        count: reached, offsets: offsets.baseAddress!, neighbors: neighbors.baseAddress!,
                        into: out.betweenness)
                    kernel.finish(count: reached)
                    processed += 1
                    if processed & 63 == 0 { control?.advance(by: 64) }
                    s += lanes
                }
                control?.advance(by: processed & 63)
            }
        }
    }

    /// One lane of the sweep on a weighted graph, through ``WeightedSweepKernel``.
    private static func weightedLane(
        _ graph: Graph, outLengths: [Double], lane: Int, lanes: Int, options: PathMeasureOptions, out: LaneOutputs
    ) {
        let n = graph.nodeCount
        let kernel = WeightedSweepKernel(nodeCount: n)
        defer { kernel.deallocate() }
        let control = options.control
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outNeighbors.withUnsafeBufferPointer { neighbors in
                outLengths.withUnsafeBufferPointer { lengths in
                    var processed = 0
                    var s = lane
                    while s < n {
                        if processed & 63 == 0 && control?.isCancelled == true { return }
                        let reached = kernel.search(
                            from: s, offsets: offsets.baseAddress!, neighbors: neighbors.baseAddress!,
                            lengths: lengths.baseAddress!)
                        out.record(source: s, reached: reached) { i in
                            let t = kernel.reached(i)
                            return (t, kernel.distance(of: t))
                        }
                        if options.betweenness {
                            kernel.accumulate(
                                count: reached, offsets: offsets.baseAddress!, neighbors: neighbors.baseAddress!,
                                lengths: lengths.baseAddress!, into: out.betweenness)
                        }
                        kernel.finish(count: reached)
                        processed += 1
                        if processed & 63 == 0 { control?.advance(by: 64) }
                        s += lanes
                    }
                    control?.advance(by: processed & 63)
                }
            }
        }
    }

    /// Wasserman–Faust closeness: `(r−1)/sum · (r−1)/(n−1)`, 0 when nothing is reached.
    static func closeness(sum: Double, reach: Double, n: Int) -> Double {
        guard sum > 0, n > 1 else { return 0 }
        let r1 = reach - 1
        return (r1 / sum) * (r1 / Double(n - 1))
    }
}
