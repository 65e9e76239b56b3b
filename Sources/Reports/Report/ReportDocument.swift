import ActorModel
import ConflictAnalysis

/// The report's content once, as blocks of plain (unescaped) text that ``HTMLReport`` and ``MarkdownReport``
/// each write in their own syntax, escaping every string; so both say the same thing.
public struct ReportDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case list([String])
        /// A table: a header row, then rows of the same width; `numeric` columns are right-aligned. When
        /// `actors` is not empty, row i is about the actor with id `actors[i]` (the HTML page links the row to
        /// the actor's panel).
        case table(header: [String], rows: [[String]], numeric: Set<Int>, actors: [String] = [])
        /// The diagram at this index of ``ReportInput/diagrams``.
        case diagram(Int)
        /// The programme indicators over time (HTML inline; Markdown links `chart-indicators.svg`).
        case chart(IndicatorChart)
    }

    public var title: String
    public var blocks: [Block]
    /// One line that traces a printed page to its data: model name, date, file hash, ActorMap version.
    public var traceability: String
}

/// One diagram of the report: the SVG text Graphviz drew (shown inline in the HTML) and, when rendered,
/// the PNG and PDF files written beside it.
public struct ReportDiagram: Sendable {
    /// The file name stem (`overview`, `trust`, ...); in file names only ASCII letters, digits, `-` and `_`
    /// are kept (``ReportBuilder`` makes them unique).
    public var stem: String
    public var title: String
    public var svg: String
    public var png: [UInt8]?
    public var pdf: [UInt8]?

    public init(stem: String, title: String, svg: String, png: [UInt8]? = nil, pdf: [UInt8]? = nil) {
        self.stem = stem
        self.title = title
        self.svg = svg
        self.png = png
        self.pdf = pdf
    }

    /// The SVG's file name in the report folder.
    public var fileStem: String {
        let kept = String(
            stem.unicodeScalars.map { s -> Character in
                (s.properties.isAlphabetic && s.isASCII) || ("0" ... "9").contains(s) || s == "-" || s == "_"
                    ? Character(s) : "-"
            })
        return "diagram-" + (kept.isEmpty ? "layer" : kept)
    }
}

/// What a report is made from: everything already computed, on the map as shown (redacted when the report
/// is).
public struct ReportInput: Sendable {
    public var map: StakeholderMap
    public var analysis: NetworkAnalysisReport
    public var screen: ScreenReport
    public var diagrams: [ReportDiagram]
    /// SHA-256 of the model file's bytes.
    public var sha256: String
    public var version: String
    /// Change since a baseline, when the report is given one.
    public var change: ReportChange?

    public init(
        map: StakeholderMap, analysis: NetworkAnalysisReport, screen: ScreenReport, diagrams: [ReportDiagram],
        sha256: String, version: String = ActorMapVersion.current, change: ReportChange? = nil
    ) {
        self.change = change
        self.map = map
        self.analysis = analysis
        self.screen = screen
        self.diagrams = diagrams
        self.sha256 = sha256
        self.version = version
    }
}

extension ReportDocument {
    /// The report of `input`: what the map covers, the key findings, the diagrams, the measure and risk
    /// tables and the methodology, in that order.
    public init(_ input: ReportInput) {
        let map = input.map
        title = map.name.isEmpty ? "Stakeholder map" : map.name
        traceability =
            "Model '\(title)', dated \(map.date ?? "undated"), file SHA-256 \(input.sha256), "
            + "ActorMap \(input.version)" + (map.isRedacted ? ", redacted" : "")
        var b: [Block] = []
        if let d = map.description, !d.isEmpty { b.append(.paragraph(d)) }
        b.append(.paragraph(traceability + "."))
        if map.isRedacted {
            b.append(
                .paragraph(
                    "Redacted for sharing: every sensitive actor is shown as 'Sensitive actor N', its notes and "
                        + "attributes are left out, and every tie source is shown as 'source-N'."))
        }
        b += Self.coverage(map)
        b += Self.findings(input)
        if let change = input.change { b += Self.change(change) }
        if !input.diagrams.isEmpty {
            b.append(.heading(level: 2, text: "Diagrams"))
            b.append(
                .paragraph(
                    "Shape and colour give the sector; blue arrows trust, dashed vermillion arrows distrust, "
                        + "black arrows power, dotted vermillion lines rivalry; line width is strength; a dashed "
                        + "outline marks a sensitive actor."))
            for (i, d) in input.diagrams.enumerated() {
                b.append(.heading(level: 3, text: d.title))
                b.append(.diagram(i))
            }
        }
        b += Self.measureTables(input.analysis)
        b += Self.riskTable(input.screen, map: map)
        b += Self.methodology
        blocks = b
    }

    static func coverage(_ map: StakeholderMap) -> [Block] {
        var b: [Block] = [.heading(level: 2, text: "What the map covers")]
        let counts = map.relationCounts
        var summary =
            "\(map.actors.count) actor\(map.actors.count == 1 ? "" : "s"), "
            + "\(map.relations.count) tie\(map.relations.count == 1 ? "" : "s"), "
            + "\(map.engagementPlans.count) engagement plan\(map.engagementPlans.count == 1 ? "" : "s")"
        if let date = map.date { summary += "; dated \(date)" }
        if let source = map.source, !source.isEmpty { summary += "; source: \(source)" }
        // The source is the analyst's text; it may already end a sentence.
        b.append(
            .paragraph(
                summary.hasSuffix(".") || summary.hasSuffix("?") || summary.hasSuffix("!") ? summary : summary + "."))
        var sectorRows: [[String]] = []
        for sector in Sector.allCases {
            let n = map.actors.filter { $0.sector == sector }.count
            if n > 0 { sectorRows.append([sector.label, String(n)]) }
        }
        let noSector = map.actors.filter { $0.sector == nil }.count
        if noSector > 0 { sectorRows.append(["not given", String(noSector)]) }
        b.append(.table(header: ["Sector", "Actors"], rows: sectorRows, numeric: [1]))
        var levels = map.levels
        for a in map.actors { if let l = a.level, !levels.contains(l) { levels.append(l) } }
        var levelRows = levels.compactMap { level -> [String]? in
            let n = map.actors.filter { $0.level == level }.count
            return n > 0 ? [level, String(n)] : nil
        }
        let noLevel = map.actors.filter { $0.level == nil }.count
        if noLevel > 0 { levelRows.append(["not given", String(noLevel)]) }
        b.append(.table(header: ["Level", "Actors"], rows: levelRows, numeric: [1]))
        if !counts.isEmpty {
            b.append(
                .table(
                    header: ["Relation type", "Ties"], rows: counts.map { [$0.type, String($0.count)] }, numeric: [1])
            )
        }
        var sources: [String] = []
        for r in map.relations { if let s = r.source, !sources.contains(s) { sources.append(s) } }
        b.append(
            .paragraph(
                sources.isEmpty
                    ? "No tie names its source (informant group)."
                    : "Tie sources (informant groups): \(sources.joined(separator: ", "))."))
        return b
    }

    static func findings(_ input: ReportInput) -> [Block] {
        let map = input.map
        var names: [String: String] = [:]
        for a in map.actors { names[a.id] = a.name.isEmpty ? a.id : a.name }
        func name(_ id: String) -> String { names[id] ?? id }
        var b: [Block] = [.heading(level: 2, text: "Key findings")]
        if let c = input.screen.scenario {
            b.append(
                .paragraph(
                    "What-if '\(c.name)' is applied: the measures, diagrams and screen below are of the map with "
                        + "the scenario."))
        }
        for layer in input.analysis.layers {
            var items: [String] = []
            for q in AnalysisTable.questions(relations: layer.relations, directed: layer.directed) {
                guard let values = layer.column(q.measure) else { continue }
                let ranked = AnalysisTable.rankedItems(
                    ids: layer.actorNames, values: values, lowest: q.measure.direction == .lowerStandsOut)
                items.append(
                    "\(q.text) (\(q.measure.key)): " + (ranked.isEmpty ? "none" : ranked.joined(separator: "; ")))
            }
            b.append(.heading(level: 3, text: "Who stands out: \(layer.relations.joined(separator: " + "))"))
            b.append(items.isEmpty ? .paragraph("No measure to report on this layer.") : .list(items))
        }
        if let s = input.analysis.signed {
            b.append(.heading(level: 3, text: "Factions (positive and negative ties)"))
            let index = Dictionary(uniqueKeysWithValues: s.actorIDs.enumerated().map { ($1, $0) })
            var items: [String] = []
            var unaligned: [String] = []
            for (i, faction) in s.factions.enumerated() {
                let members = faction.filter { id in s.aligned.map { $0[index[id]!] } ?? true }
                unaligned += faction.filter { !members.contains($0) }
                items.append(
                    "Faction \(i + 1): "
                        + (members.isEmpty ? "none aligned" : members.map(name).joined(separator: ", ")))
            }
            if !unaligned.isEmpty {
                items.append("Not aligned with any faction: " + unaligned.map(name).joined(separator: ", "))
            }
            b.append(items.isEmpty ? .paragraph("No factions found.") : .list(items))
            for note in s.notes { b.append(.paragraph(note)) }
        }
        let screen = input.screen
        if !screen.socialContract.isEmpty {
            b.append(.heading(level: 3, text: "Social contract"))
            let gaps = screen.socialContract.filter { $0.path.isEmpty }
            var items = gaps.map { s -> String in
                "\(name(s.community)) has no trusted path to security and justice providers"
                    + (s.oneSidedPath.isEmpty
                        ? "" : " (only a one-sided channel: \(s.oneSidedPath.map(name).joined(separator: " → ")))")
            }
            for s in screen.socialContract where !s.path.isEmpty {
                items.append(
                    "\(name(s.community)) reaches them through \(s.path.map(name).joined(separator: " → ")) "
                        + "(weakest link \(tableNumber(s.strength)))")
            }
            b.append(
                .paragraph(
                    gaps.isEmpty
                        ? "Every community actor has a trusted path to security and justice providers."
                        : "\(gaps.count) of \(screen.socialContract.count) community actors have no trusted path "
                            + "to security and justice providers."))
            b.append(.list(items))
        }
        let flags = screen.actors.flatMap(\.flags)
        b.append(.heading(level: 3, text: "Risk flags"))
        b.append(
            flags.isEmpty
                ? .paragraph("No actor is flagged.") : .list(flags.map { "[\($0.kind.rawValue)] \($0.message)" })
        )
        if let p = screen.plan {
            b.append(.heading(level: 3, text: "Engagement plan '\(p.name)'"))
            b.append(
                .paragraph(
                    "Plan risk \(Int(p.risk.rounded())) (\(p.band.rawValue)); partners: "
                        + p.partners.map(name).joined(separator: ", ") + ". " + p.explanation))
            let planFlags = p.flags.filter { f in !screen.actors.contains { $0.flags.contains(f) } }
            let items = planFlags.map { "[\($0.kind.rawValue)] \($0.message)" } + p.suggestions.map { "→ \($0.text)" }
            if !items.isEmpty { b.append(.list(items)) }
        } else {
            b.append(.heading(level: 3, text: "Engagement plan"))
            b.append(.paragraph("The map has no engagement plan to screen."))
        }
        return b
    }

    static func measureTables(_ report: NetworkAnalysisReport) -> [Block] {
        var b: [Block] = [.heading(level: 2, text: "Measures")]
        if report.layers.isEmpty && report.signed == nil {
            b.append(.paragraph("No ties to analyse."))
            return b
        }
        b.append(.paragraph("The measures behind the findings; measures.csv has every measure of every layer."))
        for layer in report.layers {
            let measures = AnalysisTable.questions(relations: layer.relations, directed: layer.directed)
                .map(\.measure).filter { layer.column($0) != nil }
            var keys: [Measure] = []
            for m in measures where !keys.contains(m) { keys.append(m) }
            let columns = keys.map { layer.column($0)! }
            let rows = layer.actorIDs.indices.map { i in [layer.actorNames[i]] + columns.map { tableNumber($0[i]) } }
            b.append(.heading(level: 3, text: layer.relations.joined(separator: " + ")))
            b.append(
                .table(
                    header: ["Actor"] + keys.map(\.key), rows: rows, numeric: Set(1 ... max(keys.count, 1)),
                    actors: layer.actorIDs))
        }
        if let s = report.signed, let pn = s.column(.pn) {
            b.append(.heading(level: 3, text: "signed"))
            let rows = s.actorIDs.indices.map { [s.actorNames[$0], tableNumber(pn[$0])] }
            b.append(.table(header: ["Actor", "pn"], rows: rows, numeric: [1], actors: s.actorIDs))
        }
        return b
    }

    static func riskTable(_ screen: ScreenReport, map: StakeholderMap) -> [Block] {
        var b: [Block] = [.heading(level: 2, text: "Co-optation risk")]
        b.append(
            .paragraph(
                "Score 0–100 from named factors (~ marks a partial score); band after flags; confidence is the "
                    + "share of the factor weight with data. screen.csv has every factor's value."))
        let rows = screen.actors.map { a -> [String] in
            let main = a.factors.filter { ($0.value ?? 0) > 0 }.sorted { $0.weight * $0.value! > $1.weight * $1.value! }
                .prefix(3).map { "\($0.factor.rawValue) \(tableNumber($0.value, digits: 2))" }.joined(separator: ", ")
            let band = a.raisedBy.isEmpty ? a.band.rawValue : "\(a.band.rawValue) (\(a.raisedBy.last!.rawValue))"
            return [
                a.name.isEmpty ? a.id : a.name, (a.isPartial ? "~" : "") + String(Int(a.risk.rounded())), band,
                "\(Int((a.confidence * 100).rounded()))%", main,
            ]
        }
        b.append(
            .table(
                header: ["Actor", "Risk", "Band", "Confidence", "Main factors"], rows: rows, numeric: [1, 3],
                actors: screen.actors.map(\.id)))
        b += riskEvidence(screen)
        return b
    }

    /// The factors and evidence behind every high or critical band and every flag, as text that reads
    /// without the page's script and on paper (the page's panel shows any actor's).
    static func riskEvidence(_ screen: ScreenReport) -> [Block] {
        let shown = screen.actors.filter { $0.band >= .high || !$0.flags.isEmpty }
        var b: [Block] = [.heading(level: 3, text: "Evidence behind the high risks and flags")]
        guard !shown.isEmpty else {
            b.append(.paragraph("No actor is high or critical, and none is flagged."))
            return b
        }
        for a in shown {
            let score = (a.isPartial ? "~" : "") + String(Int(a.risk.rounded()))
            b.append(.heading(level: 4, text: "\(a.name.isEmpty ? a.id : a.name): risk \(score), \(a.band.rawValue)"))
            b.append(.paragraph(a.explanation))
            if !a.flags.isEmpty { b.append(.list(a.flags.map { "[\($0.kind.rawValue)] \($0.message)" })) }
            b.append(
                .table(
                    header: ["Factor", "Value", "Weight", "Evidence"], rows: a.factors.map(factorRow),
                    numeric: [1, 2]))
        }
        return b
    }

    /// A factor as table cells: its name in words, value (or "unknown"), weight and evidence.
    static func factorRow(_ f: FactorValue) -> [String] {
        [
            f.factor.rawValue.replacingOccurrences(of: "_", with: " "),
            f.value.map { tableNumber($0, digits: 2) } ?? "unknown", tableNumber(f.weight, digits: 2), f.evidence,
        ]
    }

    static let methodology: [Block] = [
        .heading(level: 2, text: "Methodology"),
        .paragraph(
            "Each relation type is one layer. Trust layers use positive ties only (distrust is left to the "
                + "signed analysis), power layers every tie, rivalry by strength; a strong tie is a short path "
                + "(length = 1/weight). Centrality, brokerage (Gould–Fernandez by sector) and structural holes "
                + "(Burt's constraint) follow their published definitions and match networkx."),
        .paragraph(
            "Factions come from the Doreian–Mrvar signed blockmodel; balance and frustration measure how far "
                + "the positive and negative ties agree. The co-optation screen scores each actor 0–100 from "
                + "named factors (capture, gatekeeping, legitimacy deficit, unchecked power, divisiveness, "
                + "coercion, exclusion), each with its evidence; unknown factors lower the confidence and never "
                + "count as zero; flags can raise the band. The social contract is the strongest path of trust "
                + "the community side itself reports from each community actor to security and justice providers."),
        .paragraph(
            "The full method, with formulas and references, is in METHODOLOGY.md in ActorMap's documentation."),
    ]
}
