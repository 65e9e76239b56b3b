import ConflictAnalysis

/// `actormap analyze --format table`: for each layer a summary, then short answers to the analyst's
/// questions for that relation type, each naming the measure behind it; then the signed block.
///
/// The default view answers, per layer (docs/METHODOLOGY.md §3 says which measure answers which question):
/// - **trust**: who is most trusted (in-strength), who bridges otherwise separate groups (betweenness), who
///   brokers between groups (Gould–Fernandez, all roles), who spans structural holes (lowest constraint);
/// - **power**: who holds power over many (out-strength), whose power reaches furthest through chains
///   (harmonic centrality over outgoing paths), who is under the power of many (in-strength);
/// - **competition**: who is most contested (strength: summed rivalry intensity) and has most rivals
///   (degree centrality);
/// - **other types and unions**: the generic set (strength, betweenness, constraint, k-core).
/// `all` (`--all`, or any `--measures`) lists every computed measure instead; measures that depend on
/// direction (PageRank, Katz, hubs, authorities) are left out on undirected layers, with the reason in a
/// footnote. JSON and CSV always have every measure.
///
/// Honest lists: an actor whose value is 0 is never in a "top" list (for the lowest-first constraint, an
/// undefined value is never shown); actors with equal values are shown as a tie, and a tie that crosses the
/// cut is shown whole, by count when it has more than five actors; every line fits `width`.
public enum AnalysisTable {
    /// How many actors a list shows before it stops (a tie that crosses the cut is shown whole).
    public static let top = 5

    /// One line of the default view: a question in plain words and the measure that answers it.
    struct Question {
        let text: String
        let measure: Measure
    }

    /// The default questions for a layer made of `relations`.
    static func questions(relations: [String], directed: Bool) -> [Question] {
        switch relations {
        case ["trust"]:
            return [
                Question(text: "Most trusted", measure: .inStrength),
                Question(text: "Bridges otherwise separate groups", measure: .betweenness),
                Question(text: "Brokers between groups", measure: .brokerageTotal),
                Question(text: "Spans structural holes", measure: .constraint),
            ]
        case ["power"]:
            return [
                Question(text: "Holds power over many", measure: .outStrength),
                Question(text: "Power reaches furthest through chains", measure: .harmonicOut),
                Question(text: "Under the power of many", measure: .inStrength),
            ]
        case ["competition"]:
            return [
                Question(text: "Most contested", measure: .strength),
                Question(text: "Most rivals", measure: .degreeCentrality),
            ]
        default:
            let strength =
                directed
                ? [
                    Question(text: "Most ties received", measure: .inStrength),
                    Question(text: "Most ties sent", measure: .outStrength),
                ]
                : [Question(text: "Strongest ties", measure: .strength)]
            return strength + [
                Question(text: "Bridges otherwise separate groups", measure: .betweenness),
                Question(text: "Spans structural holes", measure: .constraint),
                Question(text: "Most embedded, in the deepest k-core", measure: .coreNumber),
            ]
        }
    }

    /// Measures listed with `all`, in display order.
    static let shown: [Measure] = [
        .degreeCentrality, .strength, .inDegreeCentrality, .outDegreeCentrality, .inStrength, .outStrength,
        .closeness, .closenessOut, .harmonic, .harmonicOut, .betweenness, .eigenvector, .pagerank, .katz, .hubs,
        .authorities, .bonacich, .constraint, .effectiveSize, .efficiency, .hierarchy, .coreNumber, .clustering,
        .brokerageTotal, .brokerageCoordinator, .brokerageItinerant, .brokerageGatekeeper,
        .brokerageRepresentative, .brokerageLiaison,
    ]

    /// Measures that only mean something with direction: left out of the table on undirected layers.
    static let directionBased: [Measure] = [.pagerank, .katz, .hubs, .authorities]

    public static func text(_ report: NetworkAnalysisReport, width: Int = 100, all: Bool = false) -> String {
        if report.layers.isEmpty && report.signed == nil {
            return TextWrap.wrap(
                "no ties to analyse: the map has actors but no relations (of the types asked for)",
                width: width)
        }
        var out = ""
        var undirectedOmissions: [String] = []
        for layer in report.layers {
            out +=
                layerText(
                    layer, grouping: report.brokerageGrouping, width: width, all: all,
                    omitted: &undirectedOmissions) + "\n"
        }
        if let s = report.signed { out += signedText(s, width: width, all: all) }
        if !undirectedOmissions.isEmpty {
            out +=
                "\n"
                + TextWrap.wrap(
                    "Note: on undirected layers (\(undirectedOmissions.joined(separator: ", "))) "
                        + directionBased.map(\.key).joined(separator: ", ")
                        + " are left out: without direction they restate degree and eigenvector centrality."
                        + " JSON and CSV have them.",
                    width: width, continuation: "  ")
        }
        return out
    }

    static func layerText(
        _ l: LayerReport, grouping: String, width: Int, all: Bool,
        omitted: inout [String]
    ) -> String {
        let name = l.relations.joined(separator: " + ")
        func g(_ key: String) -> String { tableNumber(l.graphValue(key) ?? nil) }
        var out = TextWrap.wrap(
            "\(name) — \(l.directed ? "directed" : "undirected"), weights: \(l.weights.optionName)",
            width: width, continuation: "  ")
        var summary =
            "\(g("nodes")) actors, \(g("edges")) ties, density \(g("density")), "
            + "\(g("weak_components")) weak component\(g("weak_components") == "1" ? "" : "s")"
        if l.directed { summary += ", \(g("strong_components")) strong" }
        if let d = l.graphValue("diameter") { summary += ", diameter \(tableNumber(d))" }
        var extras: [String] = []
        for key in [
            "transitivity", "average_clustering", "communities", "modularity", "degree_centralization",
            "betweenness_centralization", "negative_ties_excluded",
        ] {
            if let v = l.graphValue(key) {
                extras.append("\(key.replacingOccurrences(of: "_", with: " ")) \(tableNumber(v))")
            }
        }
        out += TextWrap.wrap(summary, width: width, prefix: "  ", continuation: "    ")
        if !extras.isEmpty { out += TextWrap.wrapList(extras, width: width, prefix: "  ", continuation: "    ") }
        if all {
            var leftOut = false
            for measure in shown {
                guard let values = l.column(measure) else { continue }
                if !l.directed && directionBased.contains(measure) {
                    leftOut = true
                    continue
                }
                let label = measure.direction == .lowerStandsOut ? "\(measure.key) (lowest)" : measure.key
                out += rankingLine(label: label, ids: l.actorIDs, values: values, measure: measure, width: width)
            }
            if leftOut { omitted.append(name) }
        } else {
            for q in questions(relations: l.relations, directed: l.directed) {
                guard let values = l.column(q.measure) else { continue }
                var source = q.measure.key
                if q.measure == .brokerageTotal { source = "Gould–Fernandez brokerage by \(grouping)" }
                if q.measure.direction == .lowerStandsOut { source += ", lowest" }
                out += rankingLine(
                    label: "\(q.text) (\(source))", ids: l.actorIDs, values: values, measure: q.measure,
                    width: width)
            }
        }
        return out
    }

    /// `label: item, item, …` wrapped under the label, or `label: none` when no actor has a value worth
    /// listing.
    static func rankingLine(label: String, ids: [String], values: [Double?], measure: Measure, width: Int) -> String {
        let items = rankedItems(ids: ids, values: values, lowest: measure.direction == .lowerStandsOut)
        return TextWrap.wrapList(
            items.isEmpty ? ["none"] : items, width: width, prefix: "  \(label): ",
            continuation: "      ")
    }

    /// The top actors by value as display items: `name value`; a tie of two to five actors as
    /// `a = b = c value`; a tie of more than five as `N actors at value (a, b, c, d, e and M more)`.
    /// Zeros are left out of a highest-first list; a tie crossing the cut is shown whole.
    static func rankedItems(ids: [String], values: [Double?], lowest: Bool) -> [String] {
        var ranked: [(index: Int, value: Double)] = []
        for (i, v) in values.enumerated() {
            if let v, lowest || v != 0 { ranked.append((i, v)) }
        }
        ranked.sort { a, b in
            if a.value != b.value { return lowest ? a.value < b.value : a.value > b.value }
            return a.index < b.index
        }
        var items: [String] = []
        var shownCount = 0
        var i = 0
        while i < ranked.count && shownCount < top {
            var j = i
            while j < ranked.count && ranked[j].value == ranked[i].value { j += 1 }
            let names = ranked[i ..< j].map { ids[$0.index] }
            let value = tableNumber(ranked[i].value)
            if names.count == 1 {
                items.append("\(names[0]) \(value)")
            } else if names.count <= top {
                items.append(names.joined(separator: " = ") + " \(value)")
            } else {
                let listed = names.prefix(top).joined(separator: ", ")
                items.append("\(names.count) actors at \(value) (\(listed) and \(names.count - top) more)")
            }
            shownCount += names.count
            i = j
        }
        return items
    }

    static func signedText(_ s: SignedReport, width: Int, all: Bool) -> String {
        var out = "signed (positive and negative ties)\n"
        out += TextWrap.wrapList(
            s.values.map { "\($0.key.replacingOccurrences(of: "_", with: " ")) \(tableNumber($0.value))" },
            width: width, prefix: "  ", continuation: "    ")
        for note in s.notes { out += TextWrap.wrap(note, width: width, prefix: "  ", continuation: "    ") }
        let index = Dictionary(uniqueKeysWithValues: s.actorIDs.enumerated().map { ($1, $0) })
        var unaligned: [String] = []
        for (i, faction) in s.factions.enumerated() {
            let members = faction.filter { id in s.aligned.map { $0[index[id]!] } ?? true }
            unaligned += faction.filter { !members.contains($0) }
            let label = "  faction \(i + 1) (\(members.count) actor\(members.count == 1 ? "" : "s")): "
            out += TextWrap.wrapList(
                members.isEmpty ? ["none aligned"] : members, width: width, prefix: label,
                continuation: "      ")
        }
        if !unaligned.isEmpty {
            out += TextWrap.wrapList(
                unaligned, width: width,
                prefix: "  not aligned (no positive tie inside their faction, placed by the criterion only): ",
                continuation: "      ")
        }
        let pn: [(Measure, String)] =
            all
            ? [(.pn, "pn"), (.pnIn, "pn_in"), (.pnOut, "pn_out")]
            : [(.pn, "Standing from positive ties, less negative ones (pn)")]
        for (measure, label) in pn {
            guard let values = s.column(measure) else { continue }
            out += rankingLine(label: label, ids: s.actorIDs, values: values, measure: measure, width: width)
        }
        return out
    }
}
