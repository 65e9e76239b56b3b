/// The inner loop of the all-sources sweep on unweighted graphs: breadth-first search with path counts,
/// then Brandes' dependency accumulation, over raw buffers allocated once per lane.
///
/// Memory layout for cache locality: distances sit in their own array of the narrowest integer type that
/// can hold them (`UInt16` when the graph has fewer than 65,535 nodes, so 10,000 nodes fit in 20 KB of L1
/// cache), because most arcs only test a distance; the path count σ and dependency δ of a node share one
/// 16-byte record, touched only for arcs on shortest paths. Path counts are `Double`. The backward pass
/// recognises shortest-path successors by `dist[x] == dist[w] + 1`, so no predecessor lists are kept; each
/// source visits every reachable arc twice, the minimum for Brandes.
struct UnweightedSweepKernel<Distance: FixedWidthInteger & UnsignedInteger> {
    struct PathState {
        var sigma: Double
        var delta: Double
    }

    let n: Int
    private let distance: UnsafeMutablePointer<Distance>
    private let paths: UnsafeMutablePointer<PathState>
    private let queue: UnsafeMutablePointer<Int32>
    /// The "not reached" distance.
    private let unreached = Distance.max

    init(nodeCount: Int) {
        precondition(nodeCount < Int(Distance.max), "distance type too narrow")
        n = nodeCount
        let c = max(1, n)
        distance = .allocate(capacity: c)
        distance.initialize(repeating: Distance.max, count: c)
        paths = .allocate(capacity: c)
        paths.initialize(repeating: PathState(sigma: 0, delta: 0), count: c)
        queue = .allocate(capacity: c)
        queue.initialize(repeating: 0, count: c)
    }

    func deallocate() {
        distance.deallocate()
        paths.deallocate()
        queue.deallocate()
    }

    /// Runs from `source`; returns the number of nodes reached. Afterwards `reached(i)` and `distance(of:)`
    /// describe the search until the next `finish()`.
    @inline(__always)
    func search(from source: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>) -> Int {
        distance[source] = 0
        paths[source].sigma = 1
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(queue[head])
            head &+= 1
            let next = distance[v] &+ 1
            let sv = paths[v].sigma
            var a = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while a < end {
                let w = Int(neighbors[a])
                let dw = distance[w]
                if dw == unreached {
                    distance[w] = next
                    paths[w].sigma = sv
                    queue[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= 1
                } else if dw == next {
                    paths[w].sigma += sv
                }
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
    /// write goes to the node being finished; the arcs only read. Same result as the textbook predecessor
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
                if distance[x] == successorDistance { gathered += paths[x].delta }
                a &+= 1
            }
            let sigma = paths[w].sigma
            let dependency = sigma * gathered
            sums[w] += dependency
            paths[w].delta = (1 + dependency) / sigma  // from now on: w's coefficient for its predecessors
            i &-= 1
        }
    }

    /// Clears what the last search touched.
    @inline(__always)
    func finish(count: Int) {
        for i in 0 ..< count {
            let v = Int(queue[i])
            distance[v] = unreached
            paths[v] = PathState(sigma: 0, delta: 0)
        }
    }
}
