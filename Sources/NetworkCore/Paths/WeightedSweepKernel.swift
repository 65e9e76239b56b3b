/// The inner loop of the all-sources sweep on weighted graphs: Dijkstra with path counts (an indexed
/// binary heap whose keys sit beside the node ids), then Brandes' accumulation, over raw buffers allocated
/// once per lane.
///
/// Ties: two path lengths within `ShortestPaths.tieTolerance` (1e-10 relative) are equal. Lengths are
/// positive (``Graph/outArcLengths()`` rejects zero and negative ones); arcs of infinite length (zero
/// strength) are not crossed.
struct WeightedSweepKernel {
    let n: Int
    private let distance: UnsafeMutablePointer<Double>
    private let sigma: UnsafeMutablePointer<Double>
    private let delta: UnsafeMutablePointer<Double>
    private let order: UnsafeMutablePointer<Int32>
    private let heapNode: UnsafeMutablePointer<Int32>
    private let heapKey: UnsafeMutablePointer<Double>
    private let position: UnsafeMutablePointer<Int32>  // −1 not in heap; −2 settled

    init(nodeCount: Int) {
        n = nodeCount
        let c = max(1, n)
        distance = .allocate(capacity: c)
        distance.initialize(repeating: .infinity, count: c)
        sigma = .allocate(capacity: c)
        sigma.initialize(repeating: 0, count: c)
        delta = .allocate(capacity: c)
        delta.initialize(repeating: 0, count: c)
        order = .allocate(capacity: c)
        order.initialize(repeating: 0, count: c)
        heapNode = .allocate(capacity: c)
        heapNode.initialize(repeating: 0, count: c)
        heapKey = .allocate(capacity: c)
        heapKey.initialize(repeating: 0, count: c)
        position = .allocate(capacity: c)
        position.initialize(repeating: -1, count: c)
    }

    func deallocate() {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        heapNode.deallocate()
        heapKey.deallocate()
        position.deallocate()
    }

    @inline(__always) func reached(_ i: Int) -> Int { Int(order[i]) }
    @inline(__always) func distance(of v: Int) -> Double { distance[v] }

    @inline(__always) private func isTie(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= ShortestPaths.tieTolerance * max(a, b)
    }

    /// Runs Dijkstra from `source`; returns the number of nodes settled (in `order`).
    func search(
        from source: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>, lengths: UnsafePointer<Double>
    ) -> Int {
        var count = 0
        distance[source] = 0
        sigma[source] = 1
        push(Int32(source), 0, &count)
        var settled = 0
        while count > 0 {
            let v = Int(heapNode[0])
            let dv = heapKey[0]
            popMin(&count)
            position[v] = -2
            order[settled] = Int32(truncatingIfNeeded: v)
            settled &+= 1
            let sv = sigma[v]
            var a = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while a < end {
                let w = Int(neighbors[a])
                let alt = dv + lengths[a]
                a &+= 1
                if alt == .infinity || position[w] == -2 { continue }
                let dw = distance[w]
                if dw == .infinity {
                    distance[w] = alt
                    sigma[w] = sv
                    push(Int32(truncatingIfNeeded: w), alt, &count)
                } else if isTie(alt, dw) {
                    sigma[w] += sv
                } else if alt < dw {
                    distance[w] = alt
                    sigma[w] = sv
                    let p = Int(position[w])
                    heapKey[p] = alt
                    siftUp(p)
                }
            }
        }
        return settled
    }

    /// Brandes' accumulation for the last search, in the successor form of ``UnweightedSweepKernel``:
    /// `x` is a successor of `w` on a shortest path when `dist[w] + len(w, x)` ties `dist[x]`.
    func accumulate(
        count: Int, offsets: UnsafePointer<Int32>, neighbors: UnsafePointer<Int32>, lengths: UnsafePointer<Double>,
        into sums: UnsafeMutablePointer<Double>
    ) {
        var i = count &- 1
        while i > 0 {
            let w = Int(order[i])
            let dw = distance[w]
            var gathered = 0.0
            var a = Int(offsets[w])
            let end = Int(offsets[w &+ 1])
            while a < end {
                let x = Int(neighbors[a])
                let dx = distance[x]
                if x != w && dx != .infinity && isTie(dw + lengths[a], dx) { gathered += delta[x] }
                a &+= 1
            }
            let dependency = sigma[w] * gathered
            sums[w] += dependency
            delta[w] = (1 + dependency) / sigma[w]  // from now on: w's coefficient for its predecessors
            i &-= 1
        }
    }

    func finish(count: Int) {
        for i in 0 ..< count {
            let v = Int(order[i])
            distance[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            position[v] = -1
        }
    }

    // MARK: Heap

    @inline(__always) private func push(_ v: Int32, _ key: Double, _ count: inout Int) {
        heapNode[count] = v
        heapKey[count] = key
        position[Int(v)] = Int32(truncatingIfNeeded: count)
        count &+= 1
        siftUp(count &- 1)
    }

    @inline(__always) private func popMin(_ count: inout Int) {
        count &-= 1
        if count > 0 {
            heapNode[0] = heapNode[count]
            heapKey[0] = heapKey[count]
            position[Int(heapNode[0])] = 0
            siftDown(0, count)
        }
    }

    @inline(__always) private func siftUp(_ start: Int) {
        var i = start
        let v = heapNode[i]
        let key = heapKey[i]
        while i > 0 {
            let parent = (i &- 1) >> 1
            if heapKey[parent] <= key { break }
            heapNode[i] = heapNode[parent]
            heapKey[i] = heapKey[parent]
            position[Int(heapNode[i])] = Int32(truncatingIfNeeded: i)
            i = parent
        }
        heapNode[i] = v
        heapKey[i] = key
        position[Int(v)] = Int32(truncatingIfNeeded: i)
    }

    @inline(__always) private func siftDown(_ start: Int, _ count: Int) {
        var i = start
        let v = heapNode[i]
        let key = heapKey[i]
        while true {
            var child = 2 &* i &+ 1
            if child >= count { break }
            if child &+ 1 < count && heapKey[child &+ 1] < heapKey[child] { child &+= 1 }
            if heapKey[child] >= key { break }
            heapNode[i] = heapNode[child]
            heapKey[i] = heapKey[child]
            position[Int(heapNode[i])] = Int32(truncatingIfNeeded: i)
            i = child
        }
        heapNode[i] = v
        heapKey[i] = key
        position[Int(v)] = Int32(truncatingIfNeeded: i)
    }
}
