import ConflictAnalysis

/// `actormap analyze --format json`: `{"layers": [...], "signed": {...}}`, keys in a fixed order.
public enum AnalysisJSON {
    public static func value(_ report: NetworkAnalysisReport) -> JSONValue {
        var fields: [(String, JSONValue)] = [("layers", .array(report.layers.map(layer)))]
        if let signed = report.signed { fields.append(("signed", value(signed))) }
        if !report.warnings.isEmpty { fields.append(("warnings", .array(report.warnings.map { .string($0) }))) }
        return .object(fields)
    }

    public static func text(_ report: NetworkAnalysisReport) -> String { value(report).text() + "\n" }

    static func layer(_ l: LayerReport) -> JSONValue {
        .object([
            ("relations", .array(l.relations.map { .string($0) })),
            ("directed", .bool(l.directed)),
            ("weights", .string(l.weights.optionName)),
            ("graph", .object(l.graph.map { ($0.key, .optional($0.value)) })),
            ("actors", .array(actors(l.actorIDs, l.actorNames, l.columns))),
        ])
    }

    /// One object per actor: `id`, `name`, then every measure; `aligned` in the signed block.
    static func actors(
        _ ids: [String], _ names: [String], _ columns: [MeasureColumn],
        aligned: [Bool]? = nil
    ) -> [JSONValue] {
        ids.enumerated().map { i, id in
            var fields: [(String, JSONValue)] = [("id", .string(id)), ("name", .string(names[i]))]
            fields += columns.map { ($0.key, .optional($0.values[i])) }
            if let aligned { fields.append(("aligned", .bool(aligned[i]))) }
            return .object(fields)
        }
    }

    static func value(_ s: SignedReport) -> JSONValue {
        var fields: [(String, JSONValue)] = s.values.map { ($0.key, .optional($0.value)) }
        fields.append(("factions", .array(s.factions.map { .array($0.map { .string($0) }) })))
        if !s.notes.isEmpty { fields.append(("notes", .array(s.notes.map { .string($0) }))) }
        fields.append(("actors", .array(actors(s.actorIDs, s.actorNames, s.columns, aligned: s.aligned))))
        return .object(fields)
    }
}
