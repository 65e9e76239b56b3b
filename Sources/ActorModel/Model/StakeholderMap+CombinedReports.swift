/// One direction in which a relation reports a tie: its ends as written, and the key that identifies the tie
/// (for an undirected type, the ends in sorted order).
public struct TieDirection: Sendable {
    public let from: String
    public let to: String
    /// The ends that identify the tie: `from`, `to` for a directed type, sorted for an undirected one.
    public let keyFrom: String
    public let keyTo: String
    /// Type and key ends in one string, for dictionaries.
    public let key: String
}

extension StakeholderMap {
    /// The ties `r` reports: one for an undirected type or a one-way tie, one each way for a `between:` tie of
    /// a directed type. The one rule for "the same tie" (type, ends and, when directed, direction) that
    /// combining reports, perspectives and snapshot diffs share.
    public func tieDirections(of r: Relation) -> [TieDirection] {
        let directed = relationType(named: r.type)?.isDirected ?? true
        var ends = [(r.from, r.to)]
        if directed && r.isMutual { ends.append((r.to, r.from)) }
        return ends.map { a, b in
            let (x, y) = directed || a <= b ? (a, b) : (b, a)
            return TieDirection(from: a, to: b, keyFrom: x, keyTo: y, key: [r.type, x, y].joined(separator: "\u{1F}"))
        }
    }

    /// The map with every tie reported more than once combined into one tie, as every analysis reads it.
    ///
    /// Rule (the same for every relation type): reports of the same tie — same type, same ends and, for a
    /// directed type, the same direction — are one tie seen several times, not several ties. The combined
    /// tie's weight is the **mean** of the reported weights (so it stays on the type's scale: two reports of
    /// power 5 and 4 give 4.5, never 9); its `reports` keep every report with its source, so the spread
    /// and a disagreement in sign stay visible. A `between:` tie of a directed type is a report in each
    /// direction. A tie recorded once is kept exactly as written (a `between:` tie stays one mutual tie).
    ///
    /// Other fields of a combined tie: the source when every report shares it (else none), the mean of the
    /// confidences given, the latest date, the first note, the first report's position. Reports that cancel
    /// out (trust +1 and −1) give weight 0: neither a channel nor a hostile tie, and drawn as disputed.
    ///
    /// Combining a combined map changes nothing. Order: a combined tie stands where its first report was.
    ///
    /// - Complexity: O(relations), with one dictionary look-up per report.
    public func combiningRepeatedReports() -> StakeholderMap {
        struct Slot {
            let relation: Int
            let from: String
            let to: String
        }
        var groupOf: [String: Int] = [:]
        var groups: [[Slot]] = []
        var slotsOf = [[Int]](repeating: [], count: relations.count)
        for (i, r) in relations.enumerated() {
            for direction in tieDirections(of: r) {
                let g: Int
                if let existing = groupOf[direction.key] {
                    g = existing
                } else {
                    g = groups.count
                    groupOf[direction.key] = g
                    groups.append([])
                }
                groups[g].append(Slot(relation: i, from: direction.from, to: direction.to))
                slotsOf[i].append(g)
            }
        }
        guard groups.contains(where: { $0.count > 1 }) else { return self }

        var result = self
        result.relations = []
        var emitted = [Bool](repeating: false, count: relations.count)
        for slots in groups {
            let first = slots[0]
            // A tie recorded once, all of whose directions stand alone, is kept as written.
            if slots.count == 1, slotsOf[first.relation].allSatisfy({ groups[$0].count == 1 }) {
                if !emitted[first.relation] {
                    emitted[first.relation] = true
                    result.relations.append(relations[first.relation])
                }
                continue
            }
            let reports = slots.map { slot -> (Relation, TieReport) in
                let r = relations[slot.relation]
                return (r, TieReport(source: r.source, weight: r.weight, location: r.location))
            }
            let original = reports[0].0
            var combined = Relation(
                type: original.type, from: first.from, to: first.to, isMutual: false,
                weight: reports.map(\.1.weight).reduce(0, +) / Double(reports.count),
                source: Set(reports.map(\.1.source)).count == 1 ? original.source : nil,
                confidence: Self.mean(reports.compactMap(\.0.confidence)),
                date: reports.compactMap(\.0.date).max(), note: reports.compactMap(\.0.note).first,
                location: original.location)
            if slots.count > 1 { combined.reports = reports.map(\.1) }
            result.relations.append(combined)
        }
        return result
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
