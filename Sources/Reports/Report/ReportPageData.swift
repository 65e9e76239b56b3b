import ActorModel
import ConflictAnalysis

/// The data `report.html`'s script reads: every actor with its measures, risk factors (with their evidence),
/// flags and ties; the relation layers; the plan's partners. Written as JSON inside
/// `<script type="application/json" id="actormap-data">`, from the map as shown (redacted when the report
/// is), so it holds nothing the page's text does not.
///
/// Actors and layers are keyed by ``ElementSlug`` of their ids and type names, the same names the diagrams'
/// nodes (`a-<key>`) and edges (`rel-<key>`) carry. Numbers are the page's own text (`tableNumber`).
///
/// Escaping: the JSON text has `<`, `>`, `&`, `/`, U+2028 and U+2029 written as `\uXXXX` escapes (or `\/`),
/// so no user string can end the script element (`</script>`), open a comment (`<!--`) or break the page's
/// XML syntax; `JSON.parse` reads them back unchanged. Complexity: O(actors × layers + relations).
public struct ReportPageData: Sendable, Equatable {
    /// The JSON text, escaped for the script element.
    public var json: String
    /// The relation types in use (a switch each).
    public var layers: [String]
    /// The screened plan's name, when there is one (a switch that highlights its partners).
    public var plan: String?

    public init(_ input: ReportInput) {
        json = Self.escapeForScript(Self.value(input).text())
        layers = input.map.relationTypesInUse.map(\.name)
        plan = input.screen.plan?.name
    }

    static func value(_ input: ReportInput) -> JSONValue {
        let map = input.map
        let risks = Dictionary(input.screen.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let partners = Set(input.screen.plan?.partners ?? [])
        var names: [String: String] = [:]
        for a in map.actors { names[a.id] = a.name.isEmpty ? a.id : a.name }
        // Measures per actor: the measures of each layer's table, then the signed analysis's pn.
        var measures: [String: [JSONValue]] = [:]
        for layer in input.analysis.layers {
            var keys: [Measure] = []
            for q in AnalysisTable.questions(relations: layer.relations, directed: layer.directed)
            where layer.column(q.measure) != nil && !keys.contains(q.measure) {
                keys.append(q.measure)
            }
            let columns = keys.map { layer.column($0)! }
            for (i, id) in layer.actorIDs.enumerated() {
                let values = zip(keys, columns).map { k, c in
                    JSONValue.array([.string(k.key), .string(tableNumber(c[i]))])
                }
                measures[id, default: []].append(
                    .object([("layer", .string(layer.relations.joined(separator: " + "))), ("values", .array(values))]))
            }
        }
        if let s = input.analysis.signed, let pn = s.column(.pn) {
            for (i, id) in s.actorIDs.enumerated() {
                measures[id, default: []].append(
                    .object([
                        ("layer", .string("signed")),
                        ("values", .array([.array([.string("pn"), .string(tableNumber(pn[i]))])])),
                    ]))
            }
        }
        var ties: [String: [JSONValue]] = [:]
        for r in map.relations {
            let directed = map.relationType(named: r.type)?.isDirected ?? true
            func tie(other: String, direction: String) -> JSONValue {
                .object([
                    ("type", .string(r.type)), ("direction", .string(direction)),
                    ("other", .string(ElementSlug.of(other))), ("otherName", .string(names[other] ?? other)),
                    ("weight", .string(tableNumber(r.weight))), ("source", r.source.map { .string($0) } ?? .null),
                ])
            }
            let both = !directed || r.isMutual
            ties[r.from, default: []].append(tie(other: r.to, direction: both ? (directed ? "both" : "none") : "out"))
            if r.to != r.from {
                ties[r.to, default: []].append(
                    tie(other: r.from, direction: both ? (directed ? "both" : "none") : "in"))
            }
        }
        let actors = map.actors.map { a -> JSONValue in
            var fields: [(String, JSONValue)] = [
                ("key", .string(ElementSlug.of(a.id))), ("name", .string(names[a.id]!)),
                ("sector", a.sector.map { .string($0.label) } ?? .null),
                ("level", a.level.map { .string($0) } ?? .null),
                ("partner", .bool(partners.contains(a.id))),
            ]
            fields.append(("risk", risks[a.id].map(risk) ?? .null))
            fields.append(("measures", .array(measures[a.id] ?? [])))
            fields.append(("ties", .array(ties[a.id] ?? [])))
            return .object(fields)
        }
        let layers = map.relationTypesInUse.map { t -> JSONValue in
            .object([("key", .string(ElementSlug.of(t.name))), ("name", .string(t.name))])
        }
        let plan: JSONValue =
            input.screen.plan.map { p in
                .object([
                    ("name", .string(p.name)), ("partners", .array(p.partners.map { .string(ElementSlug.of($0)) })),
                ])
            } ?? .null
        return .object([("actors", .array(actors)), ("layers", .array(layers)), ("plan", plan)])
    }

    static func risk(_ a: ActorRisk) -> JSONValue {
        .object([
            ("score", .string((a.isPartial ? "~" : "") + String(Int(a.risk.rounded())))),
            ("band", .string(a.band.rawValue)),
            ("raisedBy", .array(a.raisedBy.map { .string($0.rawValue) })),
            ("confidence", .string("\(Int((a.confidence * 100).rounded()))%")),
            ("explanation", .string(a.explanation)),
            ("factors", .array(a.factors.map { .array(ReportDocument.factorRow($0).map(JSONValue.string)) })),
            ("flags", .array(a.flags.map { .string("[\($0.kind.rawValue)] \($0.message)") })),
            ("missing", .array(a.missing.map(JSONValue.string))),
        ])
    }

    /// JSON text made safe inside an HTML (and XML) script element: see the type's comment. Only string
    /// contents can hold these characters, where the escapes mean the same.
    public static func escapeForScript(_ json: String) -> String {
        json.escapingScalars { u in
            switch u {
            case "<": return "\\u003c"
            case ">": return "\\u003e"
            case "&": return "\\u0026"
            case "/": return "\\/"
            case "\u{2028}": return "\\u2028"
            case "\u{2029}": return "\\u2029"
            // Characters XML does not allow, even escaped in JSON they would be written raw: never in a page.
            case _ where (0x7F ... 0x9F).contains(u.value) || u.value == 0xFFFE || u.value == 0xFFFF:
                return "\\ufffd"
            default: return nil
            }
        }
    }
}
