import ActorModel
import ConflictAnalysis

extension DiagramViews {
    /// Faction colours (Okabe–Ito) and the light tints of their boxes.
    static let factionColors: [(node: String, box: String)] = [
        (DiagramStyle.Palette.skyBlue, "#DCEFFB"), (DiagramStyle.Palette.orange, "#FAE9C2"),
        (DiagramStyle.Palette.bluishGreen, "#C6EBE0"), (DiagramStyle.Palette.reddishPurple, "#F3DDE9"),
    ]

    /// The signed partition (the Doreian–Mrvar factions of ``NetworkAnalysis/signedAnalysis(_:options:)``):
    /// each faction's aligned actors (a positive tie to a member of their faction) in a box of the faction's
    /// colour and filled with it; the unaligned actors (placed in a faction only because they must be
    /// somewhere) in a dashed grey box of their own. Draws the signed types (every type but power and neutral
    /// types) unless `options.relations` says otherwise. A map with no hostile tie has no factions: it is drawn
    /// without boxes, with a warning.
    ///
    /// - Throws: ``NetworkAnalysis/Failure``, ``DiagramError``.
    public static func factions(_ map: StakeholderMap, options: DiagramOptions, analysis: AnalysisOptions)
        throws -> ViewDiagram
    {
        var o = options
        if o.relations == nil {
            o.relations = map.relationTypesInUse.filter { $0.builtIn != .power && $0.polarity != .neutral }.map(\.name)
            if o.relations?.isEmpty == true { o.relations = nil }
        }
        _ = try DOTWriter(options: o).chosenTypes(in: map)
        let (found, warnings) = try NetworkAnalysis.signedAnalysis(map, options: analysis)
        var shown = map
        guard let report = found, !report.factions.isEmpty, let aligned = report.aligned else {
            shown.name = "\(map.name) — factions: none (no hostile ties)"
            return ViewDiagram(
                map: shown, options: o,
                warnings: warnings + [
                    "the map has no hostile ties (distrust, competition or another negative type), so it has no "
                        + "factions; the diagram shows every actor without faction boxes"
                ])
        }
        o.fillsBySector = false
        let position = Dictionary(uniqueKeysWithValues: report.actorIDs.enumerated().map { ($1, $0) })
        var rows: [LegendRow] = []
        var unaligned: [String] = []
        for (k, members) in report.factions.enumerated() {
            let colors = factionColors[k % factionColors.count]
            let inside = members.filter { position[$0].map { aligned[$0] } ?? false }
            unaligned += members.filter { !inside.contains($0) }
            for id in inside { o.nodeMarks[id] = NodeMark(fill: colors.node, fontColor: "#000000") }
            o.groups.append(
                NodeGroup(
                    label: "Faction \(k + 1) (\(inside.count))", fill: colors.box, outline: colors.node,
                    members: inside))
            rows.append(LegendRow(symbol: "■", color: colors.node, text: "faction \(k + 1)"))
        }
        unaligned.sort { (position[$0] ?? 0) < (position[$1] ?? 0) }
        if !unaligned.isEmpty {
            for id in unaligned { o.nodeMarks[id] = NodeMark(fill: "#FFFFFF", fontColor: "#000000") }
            o.groups.append(
                NodeGroup(
                    label: "Unaligned (\(unaligned.count))", fill: "#FFFFFF", outline: DiagramStyle.Palette.grey,
                    style: "filled,dashed", members: unaligned))
            rows.append(
                LegendRow(
                    symbol: "□", color: DiagramStyle.Palette.grey,
                    text: "unaligned: no positive tie within its faction"))
        }
        o.viewLegend = ("Factions (signed partition, Doreian–Mrvar)", rows)
        shown.name = "\(map.name) — \(report.factions.count) factions"
        return ViewDiagram(map: shown, options: o, warnings: warnings)
    }
}
