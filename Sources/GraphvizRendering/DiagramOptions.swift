/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical, by level (the default: the hybrid order at a glance).
    case dot
    /// Spring model (stress majorisation); honours `len`, so hostile ties stay long.
    case neato
    /// Force-directed (Fruchterman–Reingold); honours `len`.
    case fdp
    /// Multiscale force-directed, for large maps.
    case sfdp
    case circo
    case twopi

    /// Whether the engine honours an edge's preferred length `len`.
    public var honoursEdgeLength: Bool { self == .neato || self == .fdp }

    /// The engine's default edge length, in inches (`len` scales from it).
    var defaultEdgeLength: Double { self == .fdp ? 0.3 : 1.0 }
}

/// A file format Graphviz renders to.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics, for the web.
    case svg
    /// Bitmap at `DiagramOptions.dpi` (print resolution by default), for Word reports.
    case png
    /// Vector PDF, for print.
    case pdf
    /// The DOT text itself (no Graphviz call).
    case dot

    /// File name extension.
    public var fileExtension: String { rawValue }
}

/// How one tie is drawn in a view that marks ties (what changed between snapshots, which informant groups
/// report it): its colour, line style, legend text and an optional edge label.
public struct TieMark: Sendable, Equatable {
    /// A tie: its type and ends (for a directed type, in its direction).
    public struct Key: Hashable, Sendable {
        public let type: String
        public let from: String
        public let to: String
        public init(type: String, from: String, to: String) {
            self.type = type
            self.from = from
            self.to = to
        }
    }

    public var color: String
    public var style: String
    /// What the legend says of ties drawn this way.
    public var legend: String
    /// Text on the edge, when any (e.g. "−2→+1").
    public var label: String?
    /// A fixed pen width, when the view sets one (faint context, heavy changes); else the tie's strength.
    public var penWidth: Double?

    public init(color: String, style: String, legend: String, label: String? = nil, penWidth: Double? = nil) {
        self.color = color
        self.style = style
        self.legend = legend
        self.label = label
        self.penWidth = penWidth
    }
}

/// How one actor is drawn in a view that marks actors (risk band, focal actor, plan partner, faction).
/// Every field left `nil` keeps the sector's look.
public struct NodeMark: Sendable, Equatable {
    /// Fill colour (a Graphviz colour list `a:b` is a gradient), replacing the sector's.
    public var fill: String?
    public var fontColor: String?
    /// Outline colour.
    public var outline: String?
    /// Extra Graphviz styles besides `filled` (e.g. `dashed`, `dotted`, `bold`).
    public var style: String?
    public var penWidth: Double?
    /// Number of outlines (2 = a double outline).
    public var peripheries: Int?
    /// Text put before the name (e.g. "⚑"), on the label's first line.
    public var prefix: String?
    /// Font size of the label, when the view enlarges it (never below ``DOTWriter/smallestFontSize``).
    public var fontSize: Double?

    public init(
        fill: String? = nil, fontColor: String? = nil, outline: String? = nil, style: String? = nil,
        penWidth: Double? = nil, peripheries: Int? = nil, prefix: String? = nil, fontSize: Double? = nil
    ) {
        self.fill = fill
        self.fontColor = fontColor
        self.outline = outline
        self.style = style
        self.penWidth = penWidth
        self.peripheries = peripheries
        self.prefix = prefix
        self.fontSize = fontSize
    }

    /// This mark with `other`'s fields laid over it (where `other` sets them).
    public func merging(_ other: NodeMark) -> NodeMark {
        NodeMark(
            fill: other.fill ?? fill, fontColor: other.fontColor ?? fontColor, outline: other.outline ?? outline,
            style: other.style ?? style, penWidth: other.penWidth ?? penWidth,
            peripheries: other.peripheries ?? peripheries,
            prefix: [prefix, other.prefix].compactMap { $0 }.joined(separator: " ").nilIfEmpty,
            fontSize: other.fontSize ?? fontSize)
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// A group of actors drawn together in a box (a Graphviz cluster): a faction.
public struct NodeGroup: Sendable, Equatable {
    /// The box's label.
    public var label: String
    /// The box's background.
    public var fill: String
    /// The box's outline colour.
    public var outline: String
    /// Graphviz style of the box (`filled`, `filled,dashed`).
    public var style: String
    /// Actor ids, in model order.
    public var members: [String]

    public init(label: String, fill: String, outline: String, style: String = "filled", members: [String]) {
        self.label = label
        self.fill = fill
        self.outline = outline
        self.style = style
        self.members = members
    }
}

/// One row of a view's own legend: a symbol (plain text, drawn in `color`) and what it means.
public struct LegendRow: Sendable, Equatable {
    public var symbol: String
    public var color: String
    public var text: String

    public init(symbol: String, color: String, text: String) {
        self.symbol = symbol
        self.color = color
        self.text = text
    }
}

/// Everything that decides how a map is drawn.
public struct DiagramOptions: Sendable {
    /// Ties drawn by a view's rule instead of their type's style (an undirected tie may be keyed either way).
    public var tieMarks: [TieMark.Key: TieMark] = [:]
    /// Actors drawn by a view's rule, by actor id.
    public var nodeMarks: [String: NodeMark] = [:]
    /// Groups of actors drawn in boxes (not drawn when empty). An actor belongs to one group at most.
    public var groups: [NodeGroup] = []
    /// A view's own legend section: its title and rows, drawn above the sectors and ties.
    public var viewLegend: (title: String, rows: [LegendRow])?
    /// Whether nodes are filled by sector (the legend then shows the sector colours); a view that fills by
    /// something else sets this to `false`, and the legend shows the sectors' shapes only.
    public var fillsBySector = true
    /// Whether the drawing is made for a page (`render --fit`): small labels as large as actors' names, levels
    /// closer together. Set by ``PageFitting``.
    public var forPage = false
    /// The page the drawing is fitted to (`render --fit`), found by ``PageFitting``; `nil` = natural size.
    public var pageFit: PageFit?
    /// Layout engine.
    public var layout: LayoutEngine
    /// Relation types to draw; `nil` = every type that has ties.
    public var relations: [String]?
    /// Resolution of PNG output, dots per inch.
    public var dpi: Int
    /// Whether to draw the legend.
    public var showLegend: Bool
    /// Whether to draw actors that have no drawn tie.
    public var showIsolates: Bool
    /// In the `dot` layout, the most actors side by side in one row of a level; more make extra rows.
    public var maxPerRow: Int
    /// Whether nodes and edges carry names a page's script can find in the SVG: each actor's node
    /// `class="actor"` and `id="a-<slug>"`, each tie `class="rel-<slug of its type>"` (``ElementSlug``).
    /// Off by default (the report turns it on), so other output is unchanged.
    public var elementNames = false

    public init(
        layout: LayoutEngine = .dot, relations: [String]? = nil, dpi: Int = 150, showLegend: Bool = true,
        showIsolates: Bool = true, maxPerRow: Int = 5
    ) {
        self.layout = layout
        self.relations = relations
        self.dpi = dpi
        self.showLegend = showLegend
        self.showIsolates = showIsolates
        self.maxPerRow = maxPerRow
    }
}
