import ConflictAnalysis

/// `actormap analyze --format csv`: one row per actor per layer (and per actor for the signed block,
/// layer `signed`); columns `layer,id,name` then every measure key that any layer produced, in order.
public enum AnalysisCSV {
    public static func text(_ report: NetworkAnalysisReport, names: [String: String]) -> String {
        var keys: [String] = []
        let allColumns = report.layers.flatMap { $0.columns.map(\.key) } + (report.signed?.columns.map(\.key) ?? [])
        for k in allColumns where !keys.contains(k) { keys.append(k) }
        var out = CSVWriter.row(["layer", "id", "name"] + keys)
        func rows(_ layer: String, _ ids: [String], _ columns: [MeasureColumn]) {
            var byKey: [String: [Double?]] = [:]
            for c in columns { byKey[c.key] = c.values }
            for (i, id) in ids.enumerated() {
                out += CSVWriter.row(
                    [layer, id, names[id] ?? id] + keys.map { CSVWriter.number(byKey[$0]?[i] ?? nil) })
            }
        }
        for l in report.layers { rows(l.relations.joined(separator: "+"), l.actorIDs, l.columns) }
        if let s = report.signed { rows("signed", s.actorIDs, s.columns) }
        return out
    }
}
