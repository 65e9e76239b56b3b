/// The ties of one relation list, for the warning about a tie recorded twice.
///
/// Rule (every format): two ties are the same when they have the same type, the same ends (in either
/// order when the type is undirected), the same form (a directed type's `between` is not its `from`/`to`)
/// and the same source. The same tie twice is allowed (analyses combine the reports of a tie into one, with
/// their mean weight: ``StakeholderMap/combiningRepeatedReports()``) but said, with a note where it was first
/// recorded.
struct TieIndex {
    private var first: [String: SourceLocation] = [:]

    /// Records `relation` (of `type`); returns where the same tie was first recorded, if it was.
    mutating func record(_ relation: Relation, type: RelationType) -> SourceLocation? {
        var (a, b) = (relation.from, relation.to)
        if !type.isDirected && b < a { swap(&a, &b) }
        let form = relation.isMutual && type.isDirected ? "<->" : "->"
        let key = [type.name, a, b, form, relation.source ?? ""].joined(separator: "\u{1F}")
        if let earlier = first[key] { return earlier }
        first[key] = relation.location
        return nil
    }

    /// The warning's text for the second `relation` of `type`, in `wording`.
    static func message(_ relation: Relation, type: RelationType, wording: ModelBuilder.TieWording) -> String {
        var (a, b) = (relation.from, relation.to)
        let named: String
        switch wording {
        case .sortedEnds:
            if !type.isDirected && b < a { swap(&a, &b) }
            named = type.name + " "
        case .asWritten:
            named = type.name == "tie" ? "" : type.name + " "
        }
        return "the same \(named)tie between '\(a)' and '\(b)' is recorded twice"
            + (relation.source.map { " by '\($0)'" } ?? "") + "; analyses use the mean of its reports"
    }
}
