/// The inner loop of the all-sources sweep on unweighted graphs: breadth-first search with path counts,
/// then Brandes' dependency accumulation, over raw buffers allocated once per lane.
///
/// Distances are `Int32` (−1 = unreached), path counts `Double`. Predecessors are recognised in the
/// backward pass by `dist[v] == dist[w] − 1` over `w`'s incoming arcs, so no predecessor lists are kept.
/// Each source visits every reachable arc twice (forward and backward), the minimum for Brandes.
struct UnweightedSweepKernel {
    let n: Int
    private let distance: UnsafeMutablePointer<Int32>
    private let sigma: UnsafeMutablePointer<Double>
    private let delta: UnsafeMutablePointer<Double>
    private let queue: UnsafeMutablePointer<Int32>

    init(nodeCount: Int) {
        n = nodeCount
        distance = .allocate(capacity: max(1, n)); distance.initialize(repeating: -1, count: n)
        sigma = .allocate(capacity: max(1, n)); sigma.initialize(repeating: 0, count: n)
        delta = .allocate(capacity: max(1, n)); delta.initialize(repeating: 0, count: n)
        queue = .allocate(capacity: n + 1); queue.initialize(repeating: 0, count: n + 1)  // +1: the branch-free loop writes one past the last node
    }

    func deallocate() {
        distance.deallocate(); sigma.deallocate(); delta.deallocate(); queue.deallocate()
    }

    /// Runs from `source`; returns the number of nodes reached. Afterwards `reached(i)` and `distance(of:)`
    /// describe the search until the next `finish()`.
    @inline(__always)
    func search(from source: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>) -> Int {
        distance[source] = 0
        sigma[source] = 1
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(queue[head])
            head &+= 1
            let next = distance[v] &+ 1
            let sv = sigma[v]
            var a = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            // Branch-avoiding form (Green, Dukhan & Vuduc 2015): the outcome of each test is data-dependent
            // and mispredicts often, so every arc does the same stores and selects instead of branching.
            while a < end {
                let w = Int(neighbors[a])
                let dw = distance[w]
                let isNew = dw < 0
                queue[tail] = Int32(truncatingIfNeeded: w)
                tail &+= isNew ? 1 : 0
                distance[w] = isNew ? next : dw
                sigma[w] += (isNew || dw == next) ? sv : 0
                a &+= 1
            }
        }
        return tail
    }

    @inline(__always) func reached(_ i: Int) -> Int { Int(queue[i]) }
    @inline(__always) func distance(of v: Int) -> Int32 { distance[v] }

    /// Brandes' accumulation for the last search (`count` nodes reached), adding δ into `into[w]`.
    @inline(__always)
    func accumulate(count: Int, inOffsets: UnsafePointer<Int32>, inNeighbors: UnsafePointer<Int32>,
                    into sums: UnsafeMutablePointer<Double>) {
        var i = count &- 1
        while i > 0 {
            let w = Int(queue[i])
            let previous = distance[w] &- 1
            let coefficient = (1 + delta[w]) / sigma[w]
            var a = Int(inOffsets[w])
            let end = Int(inOffsets[w &+ 1])
            while a < end {
                let v = Int(inNeighbors[a])
                delta[v] += distance[v] == previous ? sigma[v] * coefficient : 0
                a &+= 1
            }
            sums[w] += delta[w]
            i &-= 1
        }
    }

    /// Clears what the last search touched.
    @inline(__always)
    func finish(count: Int) {
        for i in 0 ..< count {
            let v = Int(queue[i])
            distance[v] = -1
            sigma[v] = 0
            delta[v] = 0
        }
    }
}
