import ActorModel

extension DiagramViews {
    /// The largest radius an ego diagram accepts.
    public static let maximumEgoRadius = 10

    /// One actor and every actor within `radius` ties of it, by any drawn tie in either direction (the types
    /// in `options.relations`, else every type), with the ties among them; the focal actor has a heavy double
    /// outline. For partner briefs.
    ///
    /// Method: breadth-first search over the drawn ties taken as undirected, O(actors + ties).
    ///
    /// - Throws: ``DiagramError/unknownActor(_:suggestion:)`` (with a "did you mean" among the map's ids),
    ///   ``DiagramError/invalidView(_:)`` for a radius outside 1 … ``maximumEgoRadius``,
    ///   ``DiagramError/unknownRelationType(_:suggestion:)``.
    public static func ego(_ original: StakeholderMap, actor: String, radius: Int = 1, options: DiagramOptions)
        throws -> ViewDiagram
    {
        guard (1 ... maximumEgoRadius).contains(radius) else {
            throw DiagramError.invalidView("--radius must be between 1 and \(maximumEgoRadius), got \(radius)")
        }
        let map = original.combiningRepeatedReports()
        let index = map.actorIndex()
        guard let focus = index[actor] else {
            throw DiagramError.unknownActor(
                actor, suggestion: NearMiss.suggestion(for: actor, among: map.actors.map(\.id)))
        }
        let types = Set(try DOTWriter(options: options).chosenTypes(in: map).map(\.name))
        let ties = map.relations.filter { types.contains($0.type) && index[$0.from] != nil && index[$0.to] != nil }
        var neighbours = [[Int]](repeating: [], count: map.actors.count)
        for r in ties {
            neighbours[index[r.from]!].append(index[r.to]!)
            neighbours[index[r.to]!].append(index[r.from]!)
        }
        let distance = hops(from: focus, neighbours: neighbours, radius: radius)
        var shown = map
        shown.actors = map.actors.indices.filter { distance[$0] != nil }.map { map.actors[$0] }
        shown.relations = ties.filter { distance[index[$0.from]!] != nil && distance[index[$0.to]!] != nil }
        let focusName = DOTWriter.label(map.actors[focus].name)
        shown.name = "\(map.name) — \(focusName) and the actors within \(radius) tie\(radius == 1 ? "" : "s")"
        var o = options
        o.showIsolates = true
        o.nodeMarks[actor] = NodeMark(outline: DiagramStyle.Palette.black, penWidth: 3, peripheries: 2, fontSize: 13)
        o.viewLegend = (
            "Ego network",
            [
                LegendRow(
                    symbol: "◎", color: DiagramStyle.Palette.black,
                    text: "focal actor (double outline); the others are within \(radius) "
                        + "tie\(radius == 1 ? "" : "s") of it")
            ]
        )
        return ViewDiagram(map: shown, options: o)
    }

    /// Hop distance from `source` to every actor within `radius` (`nil` beyond).
    static func hops(from source: Int, neighbours: [[Int]], radius: Int) -> [Int?] {
        var distance = [Int?](repeating: nil, count: neighbours.count)
        distance[source] = 0
        var frontier = [source]
        var d = 0
        while !frontier.isEmpty && d < radius {
            d += 1
            var next: [Int] = []
            for u in frontier {
                for v in neighbours[u] where distance[v] == nil {
                    distance[v] = d
                    next.append(v)
                }
            }
            frontier = next
        }
        return distance
    }
}
