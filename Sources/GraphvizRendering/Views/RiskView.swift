import ActorModel
import ConflictAnalysis

extension DiagramViews {
    /// How an actor of each band is filled: a sequence of Okabe–Ito colours from calm to alarming (sky blue,
    /// yellow, orange, vermillion); `unknown` is a grey fading fill with a dotted outline and a "?" before
    /// the name, so it never reads as low (the screen could not score the actor: data are missing).
    public static func riskMark(for band: RiskBand) -> NodeMark {
        switch band {
        case .low: return NodeMark(fill: DiagramStyle.Palette.skyBlue, fontColor: "#000000")
        case .medium: return NodeMark(fill: DiagramStyle.Palette.yellow, fontColor: "#000000")
        case .high: return NodeMark(fill: DiagramStyle.Palette.orange, fontColor: "#000000")
        case .critical: return NodeMark(fill: DiagramStyle.Palette.vermillion, fontColor: "#FFFFFF")
        case .unknown:
            return NodeMark(
                fill: "#FFFFFF:#A0A0A0", fontColor: "#000000", outline: "#444444", style: "dotted", penWidth: 2,
                prefix: "?")
        }
    }

    /// Legend text of each band.
    static func riskLegend(for band: RiskBand) -> (symbol: String, color: String, text: String) {
        switch band {
        case .low: return ("■", DiagramStyle.Palette.skyBlue, "low risk")
        case .medium: return ("■", DiagramStyle.Palette.yellow, "medium risk")
        case .high: return ("■", DiagramStyle.Palette.orange, "high risk")
        case .critical: return ("■", DiagramStyle.Palette.vermillion, "critical risk")
        case .unknown:
            return ("▨ ?", "#444444", "unknown: too little data to score (not low); grey, dotted outline")
        }
    }

    /// The flag put before a flagged actor's name.
    public static let flagSymbol = "⚑"

    /// Actors filled by their band in `screen` (the co-optation screen of `map`): flagged actors carry
    /// ``flagSymbol``, the plan's partners a heavy black double outline; the legend lists the bands drawn.
    public static func risk(_ map: StakeholderMap, screen: ScreenReport, options: DiagramOptions) -> ViewDiagram {
        var o = options
        o.fillsBySector = false
        var bands = Set<RiskBand>()
        var anyFlag = false
        for actor in screen.actors {
            var mark = riskMark(for: actor.band)
            bands.insert(actor.band)
            if !actor.flags.isEmpty {
                mark = mark.merging(NodeMark(prefix: flagSymbol))
                anyFlag = true
            }
            o.nodeMarks[actor.id] = mark
        }
        let partners = screen.plan?.partners ?? []
        for id in partners {
            o.nodeMarks[id] = (o.nodeMarks[id] ?? NodeMark()).merging(
                NodeMark(outline: DiagramStyle.Palette.black, penWidth: 4, peripheries: 2))
        }
        // Score bands from calm to alarming, then `unknown` apart.
        var rows = [RiskBand.low, .medium, .high, .critical, .unknown].filter(bands.contains).map {
            let l = riskLegend(for: $0)
            return LegendRow(symbol: l.symbol, color: l.color, text: l.text)
        }
        if anyFlag {
            rows.append(
                LegendRow(
                    symbol: flagSymbol, color: DiagramStyle.Palette.black,
                    text: "flagged by the screen (e.g. sole gatekeeper)"))
        }
        if let plan = screen.plan, !partners.isEmpty {
            rows.append(
                LegendRow(
                    symbol: "◎", color: DiagramStyle.Palette.black,
                    text: "heavy double outline: partner in plan '\(plan.name)'"))
        }
        o.viewLegend = ("Co-optation risk (screen band)", rows)
        var shown = map
        shown.name = "\(map.name) — co-optation risk" + (screen.plan.map { " and plan '\($0.name)'" } ?? "")
        return ViewDiagram(map: shown, options: o)
    }

    /// As ``risk(_:screen:options:)``, running the screen (``CooptationScreen/run(_:options:)``) with `plan`.
    public static func risk(
        _ map: StakeholderMap, plan: (name: String, partners: [String])?, options: DiagramOptions
    ) throws -> ViewDiagram {
        let screen = try CooptationScreen.run(map, options: ScreenOptions(plan: plan))
        return risk(map, screen: screen, options: options)
    }
}
