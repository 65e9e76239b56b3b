import CGraphviz
import Foundation

/// The layout of a diagram drawn in groups (Graphviz clusters, e.g. the factions view) when `fdp` is asked
/// for: each group laid out on its own by `neato`, the groups packed in rows (``GroupPacking``), then every
/// actor pinned where it landed and the ties routed by Graphviz's `nop` engine (neato's `-n`), the groups'
/// boxes drawn from their `bb`.
///
/// Why not `fdp` itself: in Graphviz 2.43 `fdp` does not place the nodes the same way twice with the same
/// input, so a report's factions diagram changed from run to run. (cgraph orders subgraphs by an id taken
/// from the address of their interned name, and allocations made by the text-measuring library's threads
/// move those addresses: without the pango plugin fdp comes out the same every time.)
/// `neato` is deterministic, and so is this layout: same input, same bytes. Each group keeps its internal
/// structure; ties between groups are drawn across the gaps between the boxes.
///
/// Only `GraphvizRenderer` calls this, holding its lock.
enum GroupedLayout {
    /// Space around a group's actors inside its box, and between boxes (points).
    static let padding = 14.0
    /// Room for a group's label at the top of its box (points).
    static let labelHeight = 20.0

    /// Lays `graph` out as described above when it has clusters; `false` (nothing done) when it has none.
    ///
    /// - Throws: ``GraphvizError/layoutFailed(engine:message:)``.
    static func layOut(_ graph: UnsafeMutablePointer<Agraph_t>, gvc: OpaquePointer) throws -> Bool {
        var clusters: [UnsafeMutablePointer<Agraph_t>] = []
        var sub = agfstsubg(graph)
        while let s = sub {
            if String(cString: agnameof(UnsafeMutableRawPointer(s))).hasPrefix("cluster") { clusters.append(s) }
            sub = agnxtsubg(s)
        }
        guard !clusters.isEmpty else { return false }
        // cgraph keeps subgraphs ordered by an id drawn from string addresses, which change from run to run
        // (a cause of fdp's varying drawings too): order them by name, numbers in numeric order.
        clusters.sort {
            let a = String(cString: agnameof(UnsafeMutableRawPointer($0)))
            let b = String(cString: agnameof(UnsafeMutableRawPointer($1)))
            return (a.count, a) < (b.count, b)
        }

        // The groups' members, in file order; then every other node (the legend) as a last, boxless group.
        var groups: [[UnsafeMutablePointer<Agnode_t>]] = clusters.map { cluster in
            var members: [UnsafeMutablePointer<Agnode_t>] = []
            var n = agfstnode(cluster)
            while let node = n {
                members.append(node)
                n = agnxtnode(cluster, node)
            }
            return members
        }
        let grouped = Set(groups.joined().map { UnsafeMutableRawPointer($0) })
        var others: [UnsafeMutablePointer<Agnode_t>] = []
        var n = agfstnode(graph)
        while let node = n {
            if !grouped.contains(UnsafeMutableRawPointer(node)) { others.append(node) }
            n = agnxtnode(graph, node)
        }
        if !others.isEmpty { groups.append(others) }

        // Each group on its own: positions (inches, from the group's lower left) and size (inches).
        var layouts: [(size: GroupPacking.Box, positions: [String: (Double, Double)])] = []
        for members in groups {
            layouts.append(try layOutAlone(members, of: graph, gvc: gvc))
        }
        let boxes = layouts.enumerated().map { k, layout in
            let isCluster = k < clusters.count
            return GroupPacking.Box(
                width: layout.size.width * 72 + 2 * padding,
                height: layout.size.height * 72 + 2 * padding + (isCluster ? labelHeight : 0))
        }
        let origins = GroupPacking.pack(boxes, gap: padding * 2)
        for (k, members) in groups.enumerated() {
            let origin = origins[k]
            for node in members {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(node)))
                guard let (x, y) = layouts[k].positions[name] else { continue }
                set(node, "pos", "\(points(origin.x + padding + x * 72)),\(points(origin.y + padding + y * 72))")
            }
            if k < clusters.count {
                let box = boxes[k]
                set(
                    clusters[k], "bb",
                    "\(points(origin.x)),\(points(origin.y)),\(points(origin.x + box.width)),"
                        + "\(points(origin.y + box.height))")
            }
        }
        // Positions are final: no overlap removal moves them.
        set(graph, "overlap", "true")
        guard gvLayout(gvc, graph, "nop") == 0 else {
            throw GraphvizError.layoutFailed(engine: "fdp (grouped)", message: "Graphviz could not route the ties")
        }
        drawClustersInNameOrder(graph)
        return true
    }

    /// Puts the laid-out graph's list of clusters (GD_clust, 1-based, which the renderers draw in order) in
    /// name order: the layout lists them in cgraph's address-dependent order.
    private static func drawClustersInNameOrder(_ graph: UnsafeMutablePointer<Agraph_t>) {
        guard let data = graph.pointee.base.data else { return }
        let info = UnsafeMutableRawPointer(data).assumingMemoryBound(to: Agraphinfo_t.self)
        let count = Int(info.pointee.n_cluster)
        guard count > 1, let list = info.pointee.clust else { return }
        let name = { (g: UnsafeMutablePointer<Agraph_t>?) -> String in
            g.map { String(cString: agnameof(UnsafeMutableRawPointer($0))) } ?? ""
        }
        let sorted = (1 ... count).map { list[$0] }.sorted {
            let (a, b) = (name($0), name($1))
            return (a.count, a) < (b.count, b)
        }
        for (i, cluster) in sorted.enumerated() { list[i + 1] = cluster }
    }

    /// `members` of `graph` with the ties among them, laid out by neato in a graph of their own.
    private static func layOutAlone(
        _ members: [UnsafeMutablePointer<Agnode_t>], of graph: UnsafeMutablePointer<Agraph_t>, gvc: OpaquePointer
    ) throws -> (size: GroupPacking.Box, positions: [String: (Double, Double)]) {
        let directed = agisdirected(graph) != 0
        // Agdirected or Agundirected (C globals Swift 6 does not let us read): a main graph, directed or not.
        var description = Agdesc_t()
        description.directed = directed ? 1 : 0
        description.maingraph = 1
        let opened = "group".withCString { agopen(UnsafeMutablePointer(mutating: $0), description, nil) }
        guard let alone = opened else { throw GraphvizError.unavailable }
        defer { agclose(alone) }
        // The same node and edge attributes (declared with the same defaults), so each actor has its size.
        for kind in [AGNODE, AGEDGE] {
            var sym = agnxtattr(graph, Int32(kind), nil)
            while let s = sym {
                _ = agattr(alone, Int32(kind), s.pointee.name, s.pointee.defval)
                sym = agnxtattr(graph, Int32(kind), s)
            }
        }
        set(alone, "overlap", "false")
        set(alone, "splines", "false")
        var copies: [UnsafeMutableRawPointer: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in members {
            guard let copy = agnode(alone, agnameof(UnsafeMutableRawPointer(node)), 1) else { continue }
            _ = agcopyattr(UnsafeMutableRawPointer(node), UnsafeMutableRawPointer(copy))
            copies[UnsafeMutableRawPointer(node)] = copy
        }
        for node in members {
            var e = agfstout(graph, node)
            while let edge = e {
                if let tail = copies[UnsafeMutableRawPointer(node)],
                    let head = copies[UnsafeMutableRawPointer(edge.pointee.node)],
                    let copy = agedge(alone, tail, head, nil, 1)
                {
                    _ = agcopyattr(UnsafeMutableRawPointer(edge), UnsafeMutableRawPointer(copy))
                }
                e = agnxtout(graph, edge)
            }
        }
        guard gvLayout(gvc, alone, "neato") == 0 else {
            throw GraphvizError.layoutFailed(engine: "neato", message: "a group could not be laid out")
        }
        // Not freed with gvFreeLayout (see GraphvizRenderer); agclose frees the graph.
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, alone, "plain", &buffer, &length) == 0, let bytes = buffer else {
            throw GraphvizError.layoutFailed(engine: "neato", message: "no positions for a group")
        }
        defer { gvFreeRenderData(bytes) }
        let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
        var size = GroupPacking.Box(width: 0, height: 0)
        var positions: [String: (Double, Double)] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 6)
            if fields.count >= 4, fields[0] == "graph", let w = Double(fields[2]), let h = Double(fields[3]) {
                size = GroupPacking.Box(width: w, height: h)
            } else if fields.count >= 4, fields[0] == "node", let x = Double(fields[2]), let y = Double(fields[3]) {
                positions[String(fields[1])] = (x, y)
            }
        }
        return (size, positions)
    }

    /// Sets attribute `name` of `object` to `value` (declared with an empty default when new; Graphviz copies
    /// the strings).
    private static func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(
                        object, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v),
                        UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    private static func set<T>(_ object: UnsafeMutablePointer<T>, _ name: String, _ value: String) {
        set(UnsafeMutableRawPointer(object), name, value)
    }

    /// A coordinate in points, as Graphviz writes them.
    private static func points(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
