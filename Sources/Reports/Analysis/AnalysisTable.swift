import ConflictAnalysis

/// `actormap analyze --format table`: per layer a summary line, the graph values, and the top actors of
/// each measure on one aligned line each; then the signed block.
public enum AnalysisTable {
    /// How many actors to list per measure.
    public static let top = 5

    /// Measures shown in the table (the CSV and JSON have them all), in display order.
    static let shown: [Measure] = [
        .degreeCentrality, .strength, .inDegreeCentrality, .outDegreeCentrality, .closeness, .harmonic,
        .betweenness, .eigenvector, .pagerank, .katz, .hubs, .authorities, .bonacich, .constraint,
        .effectiveSize, .coreNumber, .clustering, .brokerageTotal, .brokerageGatekeeper,
    ]

    public static func text(_ report: NetworkAnalysisReport) -> String {
        var out = ""
        if report.layers.isEmpty && report.signed == nil {
            return "no ties to analyse: the map has actors but no relations (of the types asked for)\n"
        }
        for layer in report.layers {
            out += layerText(layer) + "\n"
        }
        if let s = report.signed { out += signedText(s) }
        return out
    }

    static func layerText(_ l: LayerReport) -> String {
        let name = l.relations.joined(separator: " + ")
        func g(_ key: String) -> String { tableNumber(l.graphValue(key) ?? nil) }
        var out = "\(name) — \(l.directed ? "directed" : "undirected"), weights: \(l.weights.optionName)\n"
        var summary = "  \(g("nodes")) actors, \(g("edges")) ties, density \(g("density")), \(g("weak_components")) weak component\(g("weak_components") == "1" ? "" : "s")"
        if l.directed { summary += ", \(g("strong_components")) strong" }
        if let d = l.graphValue("diameter") { summary += ", diameter \(tableNumber(d))" }
        out += summary + "\n"
        var extras: [String] = []
        for key in ["transitivity", "average_clustering", "communities", "modularity", "degree_centralization", "betweenness_centralization", "negative_ties_excluded"] {
            if let v = l.graphValue(key) { extras.append("\(key.replacingOccurrences(of: "_", with: " ")) \(tableNumber(v))") }
        }
        if !extras.isEmpty { out += "  " + extras.joined(separator: ", ") + "\n" }
        out += ranking(l.actorIDs, l.columns)
        return out
    }

    static func ranking(_ ids: [String], _ columns: [MeasureColumn]) -> String {
        var table = TextColumns()
        for measure in shown {
            guard let values = columns.first(where: { $0.measure == measure })?.values else { continue }
            let low = measure.direction == .lowerStandsOut
            let ranked = topActors(values, lowest: low)
            // A measure where every actor scores 0 says nothing worth a line.
            guard let best = ranked.first, best.value != 0 || low else { continue }
            let label = low ? "\(measure.key) (lowest)" : measure.key
            table.add([label] + ranked.map { "\(ids[$0.index]) \(tableNumber($0.value))" })
        }
        return table.render(indent: "  ")
    }

    /// The `top` actors by value (ties broken by model order).
    static func topActors(_ values: [Double?], lowest: Bool) -> [(index: Int, value: Double)] {
        var ranked: [(index: Int, value: Double)] = []
        for (i, v) in values.enumerated() { if let v { ranked.append((i, v)) } }
        ranked.sort { a, b in
            if a.value != b.value { return lowest ? a.value < b.value : a.value > b.value }
            return a.index < b.index
        }
        return Array(ranked.prefix(top))
    }

    static func signedText(_ s: SignedReport) -> String {
        var out = "signed (positive and negative ties)\n"
        out += "  " + s.values.map { "\($0.key.replacingOccurrences(of: "_", with: " ")) \(tableNumber($0.value))" }
            .joined(separator: ", ") + "\n"
        for note in s.notes { out += "  \(note)\n" }
        for (i, faction) in s.factions.enumerated() {
            out += "  faction \(i + 1): " + faction.joined(separator: ", ") + "\n"
        }
        var table = TextColumns()
        for measure in [Measure.pn, .pnIn, .pnOut] {
            guard let values = s.column(measure) else { continue }
            let ranked = topActors(values, lowest: false)
            table.add([measure.key] + ranked.map { "\(s.actorIDs[$0.index]) \(tableNumber($0.value))" })
        }
        out += table.render(indent: "  ")
        return out
    }
}
