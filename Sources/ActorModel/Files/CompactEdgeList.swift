/// A valid CSV edge list kept compact: each actor id interned once (in order of first appearance) and each
/// tie as two actor numbers and a weight, instead of a ``StakeholderMap`` of `Actor` and `Relation` values.
///
/// ``ModelLoader`` gives one (``ModelLoader/Result/edgeList``) for an edge list that the fast reader
/// (``CSVEdgeListFastReader``) could take whole: every tie of the one type `tie`, no problem to report
/// (no error, no warning, not even a duplicate tie), no negative weight. Such a file means exactly this
/// much; ``stakeholderMap(name:path:)`` gives the map the general reader builds from it, for the commands
/// that need one.
public struct CompactEdgeList: Sendable {
    /// The one relation type of an edge list without a `type` column.
    public static let typeName = "tie"

    /// Actor ids (and names), in order of first appearance.
    public let ids: [String]
    /// Each tie's first end (an index into ``ids``), in file order.
    public let sources: [Int32]
    /// Each tie's second end.
    public let targets: [Int32]
    /// Each tie's weight; `nil` when the file has no weight column (every weight is 1).
    public let weights: [Double]?
    /// Whether the ties are directed (`--directed`).
    public let isDirected: Bool

    /// Number of actors.
    public var actorCount: Int { ids.count }
    /// Number of ties.
    public var tieCount: Int { sources.count }

    /// The relation type of the ties (positive: a compact edge list has no negative weight).
    public var relationType: RelationType {
        RelationType(name: Self.typeName, isDirected: isDirected, polarity: .positive)
    }

    /// The map's one-line summary, as ``StakeholderMap/summary`` gives it.
    public var summary: String {
        let actors = "\(actorCount) actor\(actorCount == 1 ? "" : "s")"
        return "\(actors), " + (tieCount == 1 ? "1 relation" : "\(tieCount) relations")
    }

    /// The map the general reader builds from the same file: actors in order of first appearance, one
    /// relation per row (row `i` on line `i + 2`: the fast reader takes only files without blank lines).
    public func stakeholderMap(name: String, path: String) -> StakeholderMap {
        var map = StakeholderMap(name: name)
        map.actors = ids.map { Actor(id: $0) }
        map.relations.reserveCapacity(tieCount)
        for e in 0 ..< tieCount {
            map.relations.append(
                Relation(
                    type: Self.typeName, from: ids[Int(sources[e])], to: ids[Int(targets[e])],
                    weight: weights?[e] ?? 1, location: SourceLocation(path: path, line: e + 2, column: 1)))
        }
        if tieCount > 0 { map.relationTypes.append(relationType) }
        return map
    }
}
