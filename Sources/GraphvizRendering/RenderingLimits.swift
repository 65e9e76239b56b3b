/// How large a map each layout engine is asked to draw, so that rendering never runs away.
///
/// The limits come from whole `actormap render` runs timed on this project's 2-core machine while other
/// builds ran (`scripts/bench/render_sizes.py`; the table is in the README's performance section): each
/// engine is given the largest maps it laid out and drew in about 6 CPU seconds or less there, on every
/// shape measured (many small components around a few hubs, like conflict-event data; Barabási–Albert;
/// Erdős–Rényi): on a machine to itself, a fifth of ``deadlineSeconds``. The busy machine's wall times were
/// 5 to 15 times longer; that is what the elapsed-time guard is for.
/// Beyond an engine's limit the diagram is switched to `sfdp` (multilevel, Hu 2005) with a message; beyond
/// `sfdp`'s, it is refused at once. A drawing that large is unreadable anyway: draw one relation type, or a
/// part of the map. Larger maps are drawn with straight ties (``curvedTies(actors:layout:)``), components
/// packed in rows (``packedInRowsAbove``) and overlaps removed by scaling (``scaledOverlapAbove``): curved
/// routing around every node, polyomino packing and the prism overlap removal cost far more than the layout
/// itself there.
///
/// What (nodes, edges) cannot bound, e.g. very long labels or a map just under a limit on a busy machine,
/// is caught by the command's elapsed-time guard (`actormap render --time-limit`).
public enum RenderingLimits {
    /// Largest (actors, ties) each engine is given.
    ///
    /// `circo` grows fastest with ties in one biconnected block (3.6 CPU seconds on a 100-actor, 196-tie
    /// Barabási–Albert map); `dot` (network simplex ranking and crossing minimisation) next (5.5 s at 800
    /// actors and 1,596 ties); `neato` (stress majorisation, O(n²) per iteration on a connected map) and `fdp`
    /// after; `twopi` (radial, from a breadth-first search) is cheap; `sfdp` is near-linear in ties, but ten
    /// thousand ties still take several seconds.
    public static func limit(for engine: LayoutEngine) -> (nodes: Int, edges: Int) {
        switch engine {
        case .dot: return (1_600, 1_300)
        case .circo: return (1_600, 200)
        case .twopi: return (3_200, 6_400)
        case .neato: return (3_200, 1_200)
        case .fdp: return (3_200, 3_200)
        case .sfdp: return (15_000, 10_000)
        }
    }

    /// Whether ties are drawn as curves routed around the nodes (`splines=true`) rather than straight lines.
    ///
    /// `dot` routes within its ranks, cheaply: curves up to 200 actors. The other engines route every tie
    /// through a visibility graph of all the nodes: about 5·10⁻⁴ n² CPU seconds on a connected map of n actors
    /// here (0.35 s for the 36-actor Maro map, 1 s at 50, 5.7 s at 100 where straight lines take 0.06 s), so
    /// curves up to 60 actors.
    public static func curvedTies(actors: Int, layout: LayoutEngine) -> Bool {
        actors <= (layout == .dot ? 200 : 60)
    }

    /// Above this many drawn actors, the engines other than `dot` pack components in rows, largest first
    /// (`pack=true`, `packmode=array`) rather than as polyominoes (seconds with hundreds of components).
    public static let packedInRowsAbove = 200

    /// Above this many drawn actors, overlaps are removed by scaling the layout (`overlap=scale`) rather than
    /// by moving nodes apart (`overlap=false`, the prism algorithm, which takes minutes on thousands of actors).
    public static let scaledOverlapAbove = 1_000

    /// The time `render` promises to finish or fail within, in seconds (issue 15's target).
    public static let deadlineSeconds = 30.0

    public enum Decision: Equatable, Sendable {
        /// Draw with this engine; `message` says why it is not the one asked for.
        case draw(LayoutEngine, message: String?)
        /// Too large for any engine.
        case refuse(String)
    }

    /// The engine to use for a map of `nodes` actors and `edges` drawn ties when `requested` is asked for.
    ///
    /// - Complexity: O(1).
    public static func decide(nodes: Int, edges: Int, requested: LayoutEngine) -> Decision {
        let own = limit(for: requested)
        if nodes <= own.nodes && edges <= own.edges { return .draw(requested, message: nil) }
        let big = limit(for: .sfdp)
        if nodes <= big.nodes && edges <= big.edges {
            return .draw(
                .sfdp,
                message:
                    "\(nodes) actors and \(edges) ties are more than the \(requested.rawValue) layout draws in "
                    + "reasonable time (\(own.nodes) actors, \(own.edges) ties); using sfdp instead"
            )
        }
        return .refuse(
            "\(nodes) actors and \(edges) ties are too many to draw (the limit is \(big.nodes) actors and "
                + "\(big.edges) ties); draw fewer relation types with --relations, or a part of the map"
        )
    }
}
