/// The inner loop of the all-sources sweep on weighted graphs: Dijkstra with path counts (an indexed
/// binary heap whose keys sit beside the node ids), then Brandes' accumulation, over raw buffers allocated
/// once per lane.
///
/// Ties: two path lengths within `ShortestPaths.tieTolerance` (1e-10 relative) are equal. Lengths are
/// positive (``Graph/outArcLengths()`` rejects zero and negative ones); arcs of infinite length (zero
/// strength) are not crossed.
///
/// Speed: a heap entry keeps its key and node together (one 16-byte record), the slot after the last entry
/// holds an infinite key so the sift-down needs no bounds test for the second child, and the smaller child
/// is chosen by arithmetic rather than an unpredictable branch; the backward pass adds `δ(x)` times a 0/1
/// factor (see ``UnweightedSweepKernel``). The heap's order of operations, and so every result, is that of
/// the plain binary heap.
struct WeightedSweepKernel {
    struct HeapEntry {
        var key: Double
        var node: Int32
    }

    let n: Int
    private let distance: UnsafeMutablePointer<Double>
    private let sigma: UnsafeMutablePointer<Double>
    private let delta: UnsafeMutablePointer<Double>
    private let order: UnsafeMutablePointer<Int32>
    /// The binary heap, `count` entries then an infinite-key sentinel (capacity n + 1).
    private let heap: UnsafeMutablePointer<HeapEntry>
    private let position: UnsafeMutablePointer<Int32>  // −1 not in heap; −2 settled
    /// `[0.0, 1.0]`, as in ``UnweightedSweepKernel``.
    private let unit: UnsafeMutablePointer<Double>
    private static let sentinel = HeapEntry(key: .infinity, node: -1)

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
        heap = .allocate(capacity: c + 1)
        heap.initialize(repeating: Self.sentinel, count: c + 1)
        unit = .allocate(capacity: 2)
        unit.initialize(to: 0)
        (unit + 1).initialize(to: 1)
        position = .allocate(capacity: c)
        position.initialize(repeating: -1, count: c)
    }

    func deallocate() {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        heap.deallocate()
        unit.deallocate()
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
            let v = Int(heap[0].node)
            let dv = heap[0].key
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
                    heap[p].key = alt
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
                let alt = dw + lengths[a]
                // Both lengths finite: an infinite one is "within 1e-10 relative" of anything (∞ ≤ ∞), and an
                // arc of zero strength (infinite length) is on no shortest path.
                let successor = bit(x != w) & bit(alt != .infinity) & bit(dx != .infinity) & bit(isTie(alt, dx))
                gathered += delta[x] * unit[Int(successor)]
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
        heap[count] = HeapEntry(key: key, node: v)
        position[Int(v)] = Int32(truncatingIfNeeded: count)
        count &+= 1
        heap[count] = Self.sentinel
        siftUp(count &- 1)
    }

    @inline(__always) private func popMin(_ count: inout Int) {
        count &-= 1
        if count > 0 {
            heap[0] = heap[count]
            heap[count] = Self.sentinel
            position[Int(heap[0].node)] = 0
            siftDown(0, count)
        } else {
            heap[0] = Self.sentinel
        }
    }

    @inline(__always) private func siftUp(_ start: Int) {
        var i = start
        let entry = heap[i]
        while i > 0 {
            let parent = (i &- 1) >> 1
            if heap[parent].key <= entry.key { break }
            heap[i] = heap[parent]
            position[Int(heap[i].node)] = Int32(truncatingIfNeeded: i)
            i = parent
        }
        heap[i] = entry
        position[Int(entry.node)] = Int32(truncatingIfNeeded: i)
    }

    /// The second child of a node with one child is the sentinel (infinite key), never the smaller.
    @inline(__always) private func siftDown(_ start: Int, _ count: Int) {
        var i = start
        let entry = heap[i]
        while true {
            var child = 2 &* i &+ 1
            if child >= count { break }
            child &+= Int(bit(heap[child &+ 1].key < heap[child].key))
            if heap[child].key >= entry.key { break }
            heap[i] = heap[child]
            position[Int(heap[i].node)] = Int32(truncatingIfNeeded: i)
            i = child
        }
        heap[i] = entry
        position[Int(entry.node)] = Int32(truncatingIfNeeded: i)
    }
}
