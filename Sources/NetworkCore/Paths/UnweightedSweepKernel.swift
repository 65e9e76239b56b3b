/// The inner loop of the all-sources sweep on unweighted graphs: breadth-first search with path counts,
/// then Brandes' dependency accumulation, over raw buffers allocated once per lane.
///
/// Memory layout for cache locality: distances sit in their own array of the narrowest integer type that
/// can hold them (`UInt16` when the graph has fewer than 65,535 nodes, so 10,000 nodes fit in 20 KB of L1
/// cache), because every arc tests a distance; path counts σ and dependencies δ have an array each
/// (`Double`). The backward pass recognises shortest-path successors by `dist[x] == dist[w] + 1`, so no
/// predecessor lists are kept; each source visits every reachable arc twice, the minimum for Brandes.
///
/// Both passes are branch-free per arc: whether a neighbour is new, on a shortest path or neither is
/// unpredictable (a BFS level's neighbours lie one level up, on the same level or one level down), so the
/// arc loop always stores the neighbour's distance (the smaller of the old one and `d + 1`), always writes
/// the queue slot (advancing the tail only for a new node) and always adds `σ(v)·[on path]` to `σ(w)`; the
/// backward pass adds `δ(x)·[successor]`. The flags become factors 0.0 or 1.0 through a two-entry table:
/// the compiler turns a select, or a conversion of a comparison to a double, back into a branch. `σ` and
/// `δ` are finite and non-negative, so a product with 0 is `0.0` and adding it leaves a sum bit for bit
/// unchanged: the results equal those of the branching form exactly.
struct UnweightedSweepKernel<Distance: FixedWidthInteger & UnsignedInteger> {
    let n: Int
    private let distance: UnsafeMutablePointer<Distance>
    private let sigma: UnsafeMutablePointer<Double>
    private let delta: UnsafeMutablePointer<Double>
    /// One slot more than the nodes: the arc loop writes the slot after the tail even when all are queued.
    private let queue: UnsafeMutablePointer<Int32>
    /// `[0.0, 1.0]`: a 0/1 flag turned into a factor by a load, which the compiler cannot turn back into a
    /// branch (it does so with a select or an integer-to-double conversion of a comparison).
    private let unit: UnsafeMutablePointer<Double>
    /// The "not reached" distance.
    private let unreached = Distance.max

    init(nodeCount: Int) {
        precondition(nodeCount < Int(Distance.max), "distance type too narrow")
        n = nodeCount
        let c = max(1, n)
        distance = .allocate(capacity: c)
        distance.initialize(repeating: Distance.max, count: c)
        sigma = .allocate(capacity: c)
        sigma.initialize(repeating: 0, count: c)
        delta = .allocate(capacity: c)
        delta.initialize(repeating: 0, count: c)
        queue = .allocate(capacity: c + 1)
        queue.initialize(repeating: 0, count: c + 1)
        unit = .allocate(capacity: 2)
        unit.initialize(to: 0)
        (unit + 1).initialize(to: 1)
    }

    func deallocate() {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        queue.deallocate()
        unit.deallocate()
    }

    /// Runs from `source`; returns the number of nodes reached. Afterwards `reached(i)` and `distance(of:)`
    /// describe the search until the next `finish()`.
    ///
    /// Per arc `v → w` (v at distance d): a new `w` (distance "unreached") gets d + 1 and joins the queue; a
    /// `w` at d + 1, new or not, adds σ(v) to σ(w). Distances only ever hold values ≤ d + 1 or
    /// "unreached" here, so `dist[w] ≥ d + 1` is the shortest-path test and `min(dist[w], d + 1)` the new
    /// distance.
    @inline(__always)
    func search(from source: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>) -> Int {
        distance[source] = 0
        sigma[source] = 1
        queue[0] = Int32(truncatingIfNeeded: source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(queue[head])
            head &+= 1
            let next = distance[v] &+ 1
            let sv = sigma[v]
            var a = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while a < end {
                let w = Int(neighbors[a])
                let dw = distance[w]
                distance[w] = Swift.min(dw, next)
                queue[tail] = Int32(truncatingIfNeeded: w)
                tail &+= Int(truncatingIfNeeded: bit(dw == unreached))
                sigma[w] += sv * unit[Int(bit(dw >= next))]
                a &+= 1
            }
        }
        return tail
    }

    /// Breadth-first distances only (no path counts), for closeness and eccentricity: touches only the
    /// distance array and the queue. Returns the number of nodes reached; `levelSizes` receives how many
    /// nodes lie at each distance 1, 2, … (its count is the eccentricity).
    @inline(__always)
    func distances(
        from source: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>,
        levelSizes: inout [Int]
    ) -> Int {
        levelSizes.removeAll(keepingCapacity: true)
        distance[source] = 0
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        var levelEnd = 1
        while head < tail {
            let v = Int(queue[head])
            head &+= 1
            let next = distance[v] &+ 1
            var a = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while a < end {
                let w = Int(neighbors[a])
                if distance[w] == unreached {
                    distance[w] = next
                    queue[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= 1
                }
                a &+= 1
            }
            if head == levelEnd && tail > levelEnd {
                levelSizes.append(tail - levelEnd)
                levelEnd = tail
            }
        }
        return tail
    }

    /// Clears the distances of the last ``distances(from:offsets:neighbors:levelSizes:)``.
    @inline(__always)
    func finishDistances(count: Int) {
        for i in 0 ..< count { distance[Int(queue[i])] = unreached }
    }

    @inline(__always) func reached(_ i: Int) -> Int { Int(queue[i]) }
    @inline(__always) func distance(of v: Int) -> Int { Int(distance[v]) }

    /// Brandes' accumulation for the last search (`count` nodes reached), adding δ into `into[w]`.
    ///
    /// Successor form: in reverse BFS order each node gathers `δ(w) = σ(w) Σ_{x: succ} (1 + δ(x))/σ(x)` from
    /// its successors on the DAG, whose coefficient `(1 + δ(x))/σ(x)` was stored when `x` was finished. Every
    /// write goes to the node being finished; the arcs only read (a neighbour not yet finished is never a
    /// successor, so its stale coefficient is read and discarded). Same result as the textbook predecessor
    /// form (Brandes 2001, eq. 6) up to the order of floating-point additions.
    @inline(__always)
    func accumulate(
        count: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>,
        into sums: UnsafeMutablePointer<Double>
    ) {
        var i = count &- 1
        while i > 0 {
            let w = Int(queue[i])
            let successorDistance = distance[w] &+ 1
            var gathered = 0.0
            var a = Int(offsets[w])
            let end = Int(offsets[w &+ 1])
            while a < end {
                let x = Int(neighbors[a])
                gathered += delta[x] * unit[Int(bit(distance[x] == successorDistance))]
                a &+= 1
            }
            let sigmaW = sigma[w]
            let dependency = sigmaW * gathered
            sums[w] += dependency
            delta[w] = (1 + dependency) / sigmaW  // from now on: w's coefficient for its predecessors
            i &-= 1
        }
    }

    /// Clears what the last search touched (δ needs no clearing: it is written before it is used).
    @inline(__always)
    func finish(count: Int) {
        for i in 0 ..< count {
            let v = Int(queue[i])
            distance[v] = unreached
            sigma[v] = 0
        }
    }
}

/// 1 for `true`, 0 for `false`, as arithmetic rather than a branch or select.
@inline(__always) func bit(_ condition: Bool) -> UInt8 { unsafeBitCast(condition, to: UInt8.self) }
