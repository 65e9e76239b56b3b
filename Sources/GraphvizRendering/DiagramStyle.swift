import ActorModel

/// The visual vocabulary of ActorMap diagrams: sector by shape and fill, relation type by colour and
/// line style, sign by colour and dash, strength by pen width.
///
/// Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), distinguishable with
/// the common forms of colour blindness; every colour cue is doubled by a shape or a line style.
public enum DiagramStyle {
    /// Okabe–Ito colours.
    public enum Palette {
        public static let black = "#000000"
        public static let orange = "#E69F00"
        public static let skyBlue = "#56B4E9"
        public static let bluishGreen = "#009E73"
        public static let yellow = "#F0E442"
        public static let blue = "#0072B2"
        public static let vermillion = "#D55E00"
        public static let reddishPurple = "#CC79A7"
        public static let grey = "#999999"
    }

    /// How an actor of a sector is drawn.
    public struct NodeLook: Sendable, Equatable {
        public var shape: String
        public var fill: String
        public var fontColor: String
        /// A glyph close to the shape, for the legend.
        public var glyph: String
    }

    /// The look of an actor of `sector` (`nil`: sector unknown).
    public static func look(for sector: Sector?) -> NodeLook {
        switch sector {
        case .state: return NodeLook(shape: "box", fill: Palette.skyBlue, fontColor: "#000000", glyph: "■")
        case .customary: return NodeLook(shape: "house", fill: Palette.orange, fontColor: "#000000", glyph: "⬟")
        case .community: return NodeLook(shape: "ellipse", fill: Palette.bluishGreen, fontColor: "#FFFFFF", glyph: "●")
        case .civilSociety: return NodeLook(shape: "hexagon", fill: Palette.yellow, fontColor: "#000000", glyph: "⬢")
        case .nonStateArmed:
            return NodeLook(shape: "octagon", fill: Palette.vermillion, fontColor: "#FFFFFF", glyph: "⬣")
        case .private:
            return NodeLook(shape: "parallelogram", fill: Palette.reddishPurple, fontColor: "#000000", glyph: "▰")
        case .international: return NodeLook(shape: "box3d", fill: Palette.blue, fontColor: "#FFFFFF", glyph: "▣")
        case nil: return NodeLook(shape: "ellipse", fill: "#DDDDDD", fontColor: "#000000", glyph: "○")
        }
    }

    /// How a tie is drawn.
    public struct EdgeLook: Sendable, Equatable {
        public var color: String
        /// Graphviz `style` (solid, dashed, dotted, with `bold` for emphasis).
        public var style: String
        /// Arrowhead for directed ties.
        public var arrowhead: String
        /// Whether the tie is hostile (negative): drawn long in neato/fdp.
        public var isHostile: Bool
        /// Legend text.
        public var label: String
    }

    /// Colours for custom types, in declaration order (the built-ins take blue, black and vermillion).
    static let customColors = [
        Palette.bluishGreen, Palette.orange, Palette.reddishPurple, Palette.skyBlue, Palette.grey,
    ]

    /// The look of a tie of `type` with signed weight `signedWeight`; `customIndex` is the type's position
    /// among the model's custom types.
    public static func look(for type: RelationType, signedWeight: Double, customIndex: Int) -> EdgeLook {
        var look = baseLook(for: type, signedWeight: signedWeight, customIndex: customIndex)
        if !type.isDirected { look.arrowhead = "none" }
        return look
    }

    private static func baseLook(for type: RelationType, signedWeight: Double, customIndex: Int) -> EdgeLook {
        switch type.builtIn {
        case .trust:
            return signedWeight < 0
                ? EdgeLook(
                    color: Palette.vermillion, style: "dashed", arrowhead: "normal", isHostile: true, label: "distrust")
                : EdgeLook(color: Palette.blue, style: "solid", arrowhead: "normal", isHostile: false, label: "trust")
        case .power:
            return EdgeLook(
                color: Palette.black, style: "solid", arrowhead: "vee", isHostile: false, label: "power over")
        case .competition:
            return EdgeLook(
                color: Palette.vermillion, style: "dotted", arrowhead: "none", isHostile: true, label: "competition")
        case nil:
            break
        }
        let color = customColors[customIndex % customColors.count]
        if signedWeight < 0 {
            return EdgeLook(
                color: Palette.vermillion, style: "dashed", arrowhead: "normal", isHostile: true, label: type.name)
        }
        return EdgeLook(
            color: color, style: type.polarity == .neutral ? "dotted" : "solid", arrowhead: "normal",
            isHostile: false, label: type.name)
    }

    /// Pen width for a tie: grows with the weight's magnitude relative to the type's range.
    ///
    /// Formula: `1 + 2.5 · (|w| − lo) / (hi − lo)` clamped to 1 … 3.5, where `lo … hi` is the type's
    /// weight range of magnitudes (built-ins) or the observed range of the type's weights (custom types).
    public static func penWidth(magnitude: Double, range: ClosedRange<Double>) -> Double {
        guard range.upperBound > range.lowerBound else { return 1.5 }
        let t = (magnitude - range.lowerBound) / (range.upperBound - range.lowerBound)
        return 1 + 2.5 * min(max(t, 0), 1)
    }

    /// The font used for every label (DejaVu covers Latin with accents, Greek, Cyrillic and Arabic).
    public static let fontName = "DejaVu Sans"
}
