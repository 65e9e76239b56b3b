/// Renumbers arbitrary labels `0 ..< labelBound` to `0 ..< count` in order of first appearance: the
/// label of node 0 becomes 0, the next new label met in node order becomes 1, and so on. Communities,
/// components and factions are numbered this way, so a partition's numbers never depend on how a search
/// happened to name its groups.
///
/// - Parameters:
///   - labels: one label per node, each in `0 ..< labelBound`.
///   - labelBound: an upper bound on the labels (the old label count, or the node count).
/// - Returns: the new labels and how many distinct labels there are.
/// - Complexity: O(n + labelBound).
public func renumberedByFirstAppearance<Label: FixedWidthInteger & SignedInteger>(
    _ labels: [Label], labelBound: Int
) -> (labels: [Label], count: Int) {
    var renumber = [Label](repeating: -1, count: max(labelBound, 1))
    var next: Label = 0
    var result = [Label](repeating: 0, count: labels.count)
    for (i, label) in labels.enumerated() {
        let old = Int(label)
        if renumber[old] < 0 {
            renumber[old] = next
            next += 1
        }
        result[i] = renumber[old]
    }
    return (result, Int(next))
}
