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

/// Everything that decides how a map is drawn.
public struct DiagramOptions: Sendable {
    /// Ties drawn by a view's rule instead of their type's style (an undirected tie may be keyed either way).
    public var tieMarks: [TieMark.Key: TieMark] = [:]
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
