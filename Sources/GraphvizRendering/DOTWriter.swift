import ActorModel
import Foundation

/// Errors in what was asked of a diagram (distinct from Graphviz failures).
public enum DiagramError: Error, Equatable, CustomStringConvertible {
    /// `--relations` names a type the map does not have.
    case unknownRelationType(String, suggestion: String?)
    /// A view names an actor the map does not have.
    case unknownActor(String, suggestion: String?)
    /// A view's parameter is missing or out of range.
    case invalidView(String)

    public var description: String {
        switch self {
        case .unknownRelationType(let name, let suggestion):
            return "the map has no relation type '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownActor(let id, let suggestion):
            return "the map has no actor '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invalidView(let message):
            return message
        }
    }
}

/// Writes a stakeholder map as Graphviz DOT text, in pure Swift.
///
/// The text is the whole diagram: Graphviz only lays it out and draws it, so the DOT text is what tests
/// check. Node ids are `n0`, `n1`, ... by actor position, never actor ids (which might identify someone in a
/// redacted diagram). Output is deterministic: file order throughout.
///
/// Layout conventions:
/// - `dot`: one rank per level, the most international at the top and community at the bottom, with the
///   level names in a column on the left; actors without a level float.
/// - `neato`/`fdp`: hostile ties (distrust, competition, negative custom types) get a preferred length
///   `len` 2.5 times the engine's default, so rivals sit apart; `weight` is never used for hostility
///   (Graphviz requires weight ≥ 0).
/// - every layout: a legend listing only the sectors, tie kinds and markers actually drawn.
public struct DOTWriter: Sendable {
    public var options: DiagramOptions

    public init(options: DiagramOptions = DiagramOptions()) {
        self.options = options
    }

    /// The DOT text for `map`, drawn for `format` (PNG gets the resolution).
    ///
    /// - Throws: ``DiagramError`` when `options.relations` names an unknown type.
    /// - Complexity: O(actors + relations).
    public func write(_ original: StakeholderMap, for format: DiagramFormat = .svg) throws -> String {
        // One edge per tie: reports of the same tie by several informant groups are combined first.
        let map = original.combiningRepeatedReports()
        let drawnTypes = try chosenTypes(in: map)
        let drawnNames = Set(drawnTypes.map(\.name))
        let customTypes = map.relationTypes.filter { !$0.isBuiltIn }
        let index = map.actorIndex()
        let relations = map.relations.filter {
            drawnNames.contains($0.type) && index[$0.from] != nil && index[$0.to] != nil
        }

        // Which actors are drawn.
        var hasTie = [Bool](repeating: false, count: map.actors.count)
        for r in relations {
            hasTie[index[r.from]!] = true
            hasTie[index[r.to]!] = true
        }
        let drawn = map.actors.indices.filter { options.showIsolates || hasTie[$0] }

        var out = "digraph actormap {\n"
        out += graphAttributes(map, format: format, drawnActors: drawn.count)
        out +=
            "  node [fontname=\(quote(DiagramStyle.fontName)), fontsize=11, style=filled, color=\"#333333\", "
            + "penwidth=1.2, margin=\"0.12,0.06\"];\n"
        out += "  edge [fontname=\(quote(DiagramStyle.fontName)), fontsize=\(Self.number(smallFont)), arrowsize=0.7];\n"

        // Levels as ranks (dot only), unless the view draws groups: dot's ranks and clusters together can take
        // minutes to lay out.
        var lastAnchor: String?
        var rowOf: [Int: String] = [:]
        if options.layout == .dot && options.groups.isEmpty {
            let (text, rows, last) = levelRanks(map, drawn: drawn)
            out += text
            rowOf = rows
            lastAnchor = last
        }

        // Actors. A redacted map (``StakeholderMap/redactingSensitiveActors()``) already carries its
        // aliases: this writer draws whatever names it is given.
        var sectorsDrawn = Set<Int>()
        var anySensitive = false
        for i in drawn {
            let actor = map.actors[i]
            let look = DiagramStyle.look(for: actor.sector)
            sectorsDrawn.insert(actor.sector.map { Sector.allCases.firstIndex(of: $0)! } ?? Sector.allCases.count)
            if actor.sensitive { anySensitive = true }
            let mark = options.nodeMarks[actor.id]
            let name = Self.wrap(Self.label(actor.name), width: 18)
            var attrs = [
                "label=\(quote(mark?.prefix.map { $0 + " " + name } ?? name))",
                "shape=\(look.shape)",
                "fillcolor=\(quote(mark?.fill ?? look.fill))",
                "fontcolor=\(quote(mark?.fontColor ?? look.fontColor))",
            ]
            var styles = ["filled"]
            if actor.sensitive { styles.append("dashed") }
            if let extra = mark?.style { styles += extra.split(separator: ",").map(String.init) }
            if styles.count > 1 { attrs.append("style=\(quote(styles.joined(separator: ",")))") }
            if let fill = mark?.fill, fill.contains(":") { attrs.append("gradientangle=90") }
            if let outline = mark?.outline { attrs.append("color=\(quote(outline))") }
            if let width = mark?.penWidth { attrs.append("penwidth=\(Self.number(width))") }
            if let count = mark?.peripheries { attrs.append("peripheries=\(count)") }
            if let size = mark?.fontSize { attrs.append("fontsize=\(Self.number(max(size, Self.smallestFontSize)))") }
            if options.elementNames { attrs.append("class=\"actor\", id=\"a-\(ElementSlug.of(actor.id))\"") }
            out += "  n\(i) [\(attrs.joined(separator: ", "))];\n"
        }
        out += clusters(map, drawn: drawn)

        // Ties.
        var magnitudeRange: [String: ClosedRange<Double>] = [:]
        for r in relations {
            let m = abs(r.weight)
            if let range = magnitudeRange[r.type] {
                magnitudeRange[r.type] = min(range.lowerBound, m) ... max(range.upperBound, m)
            } else {
                magnitudeRange[r.type] = m ... m
            }
        }
        var looksDrawn: [DiagramStyle.EdgeLook] = []
        var anyDisputed = false
        // Hostile ties within one row, one gap per pair of actors (see below).
        var gaps: [(from: Int, to: Int, row: String)] = []
        var pairsWithAGap = Set<[Int]>()
        for r in relations {
            let type = map.relationType(named: r.type)!
            let customIndex = customTypes.firstIndex(of: type) ?? 0
            let signed = type.signedWeight(r.weight)
            var look = DiagramStyle.look(for: type, signedWeight: signed, customIndex: customIndex)
            let mark =
                options.tieMarks[TieMark.Key(type: r.type, from: r.from, to: r.to)]
                ?? (type.isDirected && !r.isMutual
                    ? nil : options.tieMarks[TieMark.Key(type: r.type, from: r.to, to: r.from)])
            if let mark {
                look.color = mark.color
                look.style = mark.style
                look.label = mark.legend
            }
            if !looksDrawn.contains(look) { looksDrawn.append(look) }
            let range: ClosedRange<Double>
            if let builtIn = type.weightRange {
                range =
                    (builtIn.lowerBound < 0 ? 1 : builtIn.lowerBound)
                    ... max(abs(builtIn.lowerBound), builtIn.upperBound)
            } else {
                range = magnitudeRange[r.type]!
            }
            let penWidth = mark?.penWidth ?? DiagramStyle.penWidth(magnitude: abs(r.weight), range: range)
            var attrs = ["color=\(quote(look.color))", "penwidth=\(Self.number(penWidth))"]
            if look.style != "solid" { attrs.append("style=\(look.style)") }
            if !type.isDirected {
                attrs.append("dir=none")
            } else {
                attrs.append("arrowhead=\(look.arrowhead)")
                if r.isMutual { attrs.append("dir=both, arrowtail=\(look.arrowhead)") }
            }
            var label: String?
            if let text = mark?.label {
                label = text
            } else if r.reportsDisagreeInSign {
                // Informant groups disagree on the sign: marked on the edge and explained in the legend.
                label = "±"
                anyDisputed = true
            }
            if look.isHostile, let row = rowOf[index[r.from]!], row == rowOf[index[r.to]!],
                pairsWithAGap.insert([index[r.from]!, index[r.to]!].sorted()).inserted
            {
                gaps.append((index[r.from]!, index[r.to]!, row))
            }
            if let label {
                let color = mark == nil && r.reportsDisagreeInSign ? DiagramStyle.Palette.vermillion : look.color
                attrs.append("label=\(quote(label)), fontcolor=\(quote(color))")
            }
            if options.elementNames { attrs.append("class=\"rel-\(ElementSlug.of(r.type))\"") }
            if options.layout.honoursEdgeLength {
                let factor = look.isHostile ? 2.5 : 1.0
                attrs.append("len=\(Self.number(factor * options.layout.defaultEdgeLength))")
            }
            out += "  n\(index[r.from]!) -> n\(index[r.to]!) [\(attrs.joined(separator: ", "))];\n"
        }
        // Rivals in one row: an invisible point between them, in their row and in their order, so the tie is
        // never drawn across the narrow gap of neighbours (a dotted line there read as two dots): dot routes
        // it as an arc over the point. Not ports looping below the boxes, nor a label widening the gap:
        // Graphviz 2.43 lays out the first differently in every process between neighbours, and its flat-edge
        // label code crashed on the second.
        for (k, gap) in gaps.enumerated() {
            out += "  { rank=same; \(gap.row); gap\(k) [label=\"\", shape=point, style=invis, width=0.3]; }\n"
            out += "  n\(gap.from) -> gap\(k) -> n\(gap.to) [style=invis];\n"
        }

        if options.showLegend && !drawn.isEmpty {
            out += legend(
                sectors: sectorsDrawn.sorted(), looks: looksDrawn, sensitive: anySensitive,
                namesWithheld: map.isRedacted, disputed: anyDisputed)
            // Below the lowest level, so that it widens no row (rank=sink alone does not hold with newrank).
            if let lastAnchor { out += "  \(lastAnchor) -> legend [style=invis];\n" }
        }
        out += "}\n"
        return out
    }

    /// The relation types to draw, in type order.
    func chosenTypes(in map: StakeholderMap) throws -> [RelationType] {
        guard let wanted = options.relations else { return map.relationTypesInUse }
        let names = map.relationTypes.map(\.name)
        for name in wanted where !names.contains(name) {
            throw DiagramError.unknownRelationType(name, suggestion: NearMiss.suggestion(for: name, among: names))
        }
        return map.relationTypes.filter { wanted.contains($0.name) }
    }

    private func graphAttributes(_ map: StakeholderMap, format: DiagramFormat, drawnActors: Int) -> String {
        var title = map.name
        if let date = map.date { title += " (\(date))" }
        // A long title (a view's) is wrapped rather than widening the drawing.
        title = Self.wrap(title, width: Self.titleWidth)
        var attrs = [
            "fontname=\(quote(DiagramStyle.fontName))",
            "label=\(quote(title))",
            "labelloc=t",
            "fontsize=18",
            "bgcolor=white",
            "pad=\(Self.number(Self.padding))",
            "outputorder=edgesfirst",
        ]
        switch options.layout {
        case .dot:
            let (nodesep, ranksep) = options.forPage ? ("0.1", "0.6") : ("0.2", "0.9")
            attrs += ["rankdir=TB", "newrank=true", "nodesep=\(nodesep)", "ranksep=\(ranksep)", "splines=true"]
        case .neato, .fdp, .sfdp:
            attrs += ["overlap=false", "sep=\"+8\"", "splines=true"]
        case .circo, .twopi:
            attrs += ["overlap=false", "splines=true"]
        }
        // Larger maps: straight ties, and components packed in rows (largest first). Routing curves around
        // every node and polyomino packing take minutes on a few thousand actors (see RenderingLimits).
        if !RenderingLimits.curvedTies(actors: drawnActors, layout: options.layout) {
            attrs = attrs.map { $0 == "splines=true" ? "splines=false" : $0 }
        }
        if drawnActors > RenderingLimits.packedInRowsAbove && options.layout != .dot {
            attrs += ["pack=true", "packmode=array"]
        }
        if drawnActors > RenderingLimits.scaledOverlapAbove {
            // Overlaps removed by scaling the whole layout: Voronoi-based prism takes minutes here.
            attrs = attrs.map { $0 == "overlap=false" ? "overlap=scale" : $0 }
        }
        if format == .png { attrs.append("dpi=\(options.dpi)") }
        if let fit = options.pageFit {
            // Graphviz shrinks the drawing (padding included) into `size`; the margins make the canvas the
            // page (PDF) or the text area (the others).
            let margins = fit.margins(for: format)
            attrs.append("size=\"\(Self.inches(fit.page.textWidth)),\(Self.inches(fit.page.textHeight))\"")
            attrs.append("margin=\"\(Self.inches(margins.x)),\(Self.inches(margins.y))\"")
        }
        return "  graph [\(attrs.joined(separator: ", "))];\n"
    }

    /// Invisible chain of level labels, top = most international, and `rank=same` rows per level; with the
    /// row (its label's node name) of each actor in a row, by actor index.
    ///
    /// A level with more than `options.maxPerRow` actors is split into several rows (in file order), so
    /// a crowded community level makes the picture taller, not unreadably wide. Each row of a split level
    /// carries the level's name and the row's number ("COMMUNITY 2/3"), so the rows read as one level, not
    /// as levels of their own. (A shared background box per level was tried: dot then routes every edge
    /// around the box, and the drawing fills with long detours.)
    private func levelRanks(_ map: StakeholderMap, drawn: [Int]) -> (text: String, rows: [Int: String], last: String?) {
        var members = [[Int]](repeating: [], count: map.levels.count)
        for i in drawn {
            if let level = map.actors[i].level, let l = map.levels.firstIndex(of: level) { members[l].append(i) }
        }
        let used = map.levels.indices.filter { !members[$0].isEmpty }
        guard !used.isEmpty else { return ("", [:], nil) }
        var out = ""
        var anchors: [String] = []
        var rows: [(anchor: String, members: [Int])] = []
        for l in used.reversed() {
            let perRow = max(1, options.maxPerRow)
            let rowCount = (members[l].count + perRow - 1) / perRow
            // Spread evenly: 13 actors at 8 per row make rows of 7 and 6, not 8 and 5.
            let size = (members[l].count + rowCount - 1) / rowCount
            for r in 0 ..< rowCount {
                let anchor = r == 0 ? "level\(l)" : "level\(l)_\(r)"
                let label = map.levels[l].uppercased() + (rowCount > 1 ? " \(r + 1)/\(rowCount)" : "")
                out +=
                    "  \(anchor) [label=\(quote(label)), shape=plaintext, style=\"\", fontcolor=\"#777777\", "
                    + "fontsize=12];\n"
                anchors.append(anchor)
                rows.append((anchor, Array(members[l][(r * size) ..< min((r + 1) * size, members[l].count)])))
            }
        }
        if anchors.count > 1 {
            out += "  " + anchors.joined(separator: " -> ") + " [style=invis];\n"
        }
        var rowOf: [Int: String] = [:]
        for row in rows {
            out += "  { rank=same; \(row.anchor); " + row.members.map { "n\($0);" }.joined(separator: " ") + " }\n"
            for i in row.members { rowOf[i] = row.anchor }
        }
        return (out, rowOf, anchors.last)
    }

    /// The view's groups of actors as boxes (Graphviz clusters), with the members that are drawn.
    private func clusters(_ map: StakeholderMap, drawn: [Int]) -> String {
        let index = map.actorIndex()
        let shown = Set(drawn)
        var out = ""
        for (k, group) in options.groups.enumerated() {
            let members = group.members.compactMap { index[$0] }.filter { shown.contains($0) }
            guard !members.isEmpty else { continue }
            out +=
                "  subgraph cluster_group\(k) { label=\(quote(group.label)); "
                + "fontname=\(quote(DiagramStyle.fontName)); fontsize=12; labeljust=l; "
                + "style=\(quote(group.style)); fillcolor=\(quote(group.fill)); color=\(quote(group.outline)); "
                + "penwidth=1.5; " + members.map { "n\($0);" }.joined(separator: " ") + " }\n"
        }
        return out
    }

    private func legend(
        sectors: [Int], looks: [DiagramStyle.EdgeLook], sensitive: Bool, namesWithheld: Bool, disputed: Bool
    ) -> String {
        var rows: [String] = []
        rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>")
        if let view = options.viewLegend {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>\(Self.html(view.title))</I></TD></TR>")
            for row in view.rows {
                rows.append(
                    "<TR><TD><FONT COLOR=\"\(row.color)\" POINT-SIZE=\"14\">\(Self.html(row.symbol))</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(Self.htmlLines(row.text))</TD></TR>")
            }
            if !sectors.isEmpty {
                rows.append(
                    "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>"
                        + (options.fillsBySector ? "Sectors" : "Sectors (by shape)") + "</I></TD></TR>")
            }
        }
        for s in sectors {
            let sector = s < Sector.allCases.count ? Sector.allCases[s] : nil
            let look = DiagramStyle.look(for: sector)
            let name = sector?.label ?? "Sector not given"
            let color = options.fillsBySector ? look.fill : "#555555"
            rows.append(
                "<TR><TD><FONT COLOR=\"\(color)\" POINT-SIZE=\"14\">\(look.glyph)</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(Self.html(name))</TD></TR>")
        }
        var listed: [(String, String, String)] = []
        for look in looks {
            // One row per colour, style and meaning (a view's mark may cover ties with different arrowheads).
            if listed.contains(where: { $0 == (look.color, look.style, look.label) }) { continue }
            listed.append((look.color, look.style, look.label))
            let stroke: String
            switch look.style {
            case "bold": stroke = "████"
            case "dashed": stroke = "╍╍╍╍"
            case "dotted": stroke = "┅┅┅┅"
            default: stroke = "━━━━"
            }
            let head = look.arrowhead == "none" ? "" : "▶"
            rows.append(
                "<TR><TD><FONT COLOR=\"\(look.color)\">\(stroke)\(head)</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(Self.html(look.label))</TD></TR>")
        }
        rows.append(
            "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(Self.number(smallFont))\">"
                + "line width = strength</FONT></TD></TR>"
        )
        if disputed {
            rows.append(
                "<TR><TD><FONT COLOR=\"\(DiagramStyle.Palette.vermillion)\">±</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(Self.number(smallFont))\">"
                    + Self.htmlLines("informant groups disagree on the sign (drawn with the mean of their reports)")
                    + "</FONT></TD></TR>")
        }
        if sensitive {
            let text = namesWithheld ? "dashed outline = sensitive (name withheld)" : "dashed outline = sensitive"
            rows.append(
                "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(Self.number(smallFont))\">"
                    + "\(text)</FONT></TD></TR>"
            )
        }
        var out =
            "  legend [shape=plaintext, style=\"\", fontsize=\(Self.number(max(10, smallFont))), "
            + "label=<<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" "
            + "CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=\"white\">"
        out += rows.joined() + "</TABLE>>];\n"
        if options.layout == .dot { out += "  { rank=sink; legend; }\n" }
        return out
    }

    // MARK: - Sizes and text helpers

    /// The smallest font size this writer uses, in points (edge labels and legend notes); the other
    /// labels are larger (actors 11, levels and boxes 12, title 18).
    public static let smallestFontSize = 9.0

    /// The smallest font size of a drawing made for a page (``DiagramOptions/forPage``): edge labels and legend
    /// notes as large as actors' names, so that the drawing can shrink further before any label reaches 7 pt.
    public static let smallestPageFontSize = 11.0

    /// The size of edge labels and legend notes in this drawing.
    var smallFont: Double { options.forPage ? Self.smallestPageFontSize : Self.smallestFontSize }

    /// Titles longer than this many characters are wrapped at spaces.
    public static let titleWidth = 70

    /// The blank border around every drawing (Graphviz `pad`), in inches.
    public static let padding = 0.3

    /// A length in inches with four decimals (a hundredth of a point), no needless zeros.
    static func inches(_ x: Double) -> String {
        var s = String(format: "%.4f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Breaks `text` into lines of about `width` characters at spaces.
    /// The longest actor name drawn whole; a longer one is cut to this many characters and ends with "…".
    public static let maximumLabelLength = 80

    /// Warnings for the names that ``maximumLabelLength`` cuts, in model order.
    public static func shortenedLabels(in map: StakeholderMap) -> [String] {
        map.actors.filter { $0.name.count > maximumLabelLength }.map {
            "the name of '\($0.id)' has \($0.name.count) characters; the diagram shows its first "
                + "\(maximumLabelLength - 1) and '…'"
        }
    }

    /// `name`, cut to ``maximumLabelLength`` characters.
    static func label(_ name: String) -> String {
        name.count > maximumLabelLength ? String(name.prefix(maximumLabelLength - 1)) + "…" : name
    }

    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n` (centred lines).
    func quote(_ s: String) -> String { Self.quote(s) }

    static func quote(_ s: String) -> String {
        let body = s.escapingScalars { c in
            switch c {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\n": return "\\n"
            case "\r": return ""
            // Other control characters (a NUL would end Graphviz's string) are shown as U+FFFD.
            case _ where c.value < 0x20 || (c.value >= 0x7F && c.value <= 0x9F): return "\u{FFFD}"
            default: return nil
            }
        }
        return "\"" + body + "\""
    }

    /// Legend text wrapped at ``legendWidth`` characters: escaped lines joined by left-aligned breaks.
    static func htmlLines(_ s: String) -> String {
        wrap(s, width: legendWidth).split(separator: "\n").map { html(String($0)) }
            .joined(separator: "<BR ALIGN=\"LEFT\"/>")
    }

    /// Legend lines longer than this many characters are wrapped.
    public static let legendWidth = 40

    /// Text escaped for a Graphviz HTML-like label.
    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A number with at most two decimals and no needless zeros (deterministic text).
    static func number(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        var s = String(format: "%.2f", r)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
