/// A partition of the nodes into components, labelled `0 ..< count` in order of each component's
/// smallest node.
public struct Components: Sendable, Equatable {
    /// Component of each node.
    public let label: [Int32]
    /// Number of components.
    public let count: Int

    /// Nodes per component.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for l in label { sizes[Int(l)] += 1 }
        return sizes
    }

    /// Weakly connected components (ties in either direction; the components of an undirected graph).
    ///
    /// - Complexity: O(n + m), breadth-first search over in- and out-arcs.
    public static func weak(_ graph: Graph) -> Components {
        let n = graph.nodeCount
        var label = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        let directed = graph.isDirected
        graph.outOffsets.withUnsafeBufferPointer { outOffsets in
            graph.outNeighbors.withUnsafeBufferPointer { outNeighbors in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    graph.inNeighbors.withUnsafeBufferPointer { inNeighbors in
                        label.withUnsafeMutableBufferPointer { label in
                            queue.withUnsafeMutableBufferPointer { queue in
                                for start in 0 ..< n where label[start] < 0 {
                                    label[start] = count
                                    queue[0] = Int32(start)
                                    var head = 0
                                    var tail = 1
                                    while head < tail {
                                        let v = Int(queue[head])
                                        head += 1
                                        for a in Int(outOffsets[v]) ..< Int(outOffsets[v + 1]) {
                                            let w = Int(outNeighbors[a])
                                            if label[w] < 0 {
                                                label[w] = count
                                                queue[tail] = Int32(w)
                                                tail += 1
                                            }
                                        }
                                        if directed {
                                            for a in Int(inOffsets[v]) ..< Int(inOffsets[v + 1]) {
                                                let w = Int(inNeighbors[a])
                                                if label[w] < 0 {
                                                    label[w] = count
                                                    queue[tail] = Int32(w)
                                                    tail += 1
                                                }
                                            }
                                        }
                                    }
                                    count += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return Components(label: label, count: Int(count))
    }

    /// Strongly connected components (Tarjan 1972, iterative); equal to ``weak(_:)`` when undirected.
    ///
    /// - Complexity: O(n + m).
    public static func strong(_ graph: Graph) -> Components {
        guard graph.isDirected else { return weak(graph) }
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var rawLabel = [Int32](repeating: -1, count: n)
        var callStack: [(node: Int32, arc: Int32)] = []
        var nextIndex: Int32 = 0
        var components: Int32 = 0
        for root in 0 ..< n where index[root] < 0 {
            callStack.append((Int32(root), graph.outOffsets[root]))
            index[root] = nextIndex
            low[root] = nextIndex
            nextIndex += 1
            stack.append(Int32(root))
            onStack[root] = true
            while let (v32, arc) = callStack.last {
                let v = Int(v32)
                if arc < graph.outOffsets[v + 1] {
                    callStack[callStack.count - 1].arc = arc + 1
                    let w = Int(graph.outNeighbors[Int(arc)])
                    if index[w] < 0 {
                        index[w] = nextIndex
                        low[w] = nextIndex
                        nextIndex += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        callStack.append((Int32(w), graph.outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    callStack.removeLast()
                    if let parent = callStack.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            rawLabel[Int(w)] = components
                            if Int(w) == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        // Relabel in order of smallest node, for determinism independent of the search.
        let label = renumberedByFirstAppearance(rawLabel, labelBound: Int(components)).labels
        return Components(label: label, count: Int(components))
    }
}
