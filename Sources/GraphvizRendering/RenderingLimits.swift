/// How large a map each layout engine is asked to draw, so rendering never hangs.
///
/// Graphviz's `dot` (network simplex ranking and crossing minimisation), `circo` and `twopi` grow fast with
/// the number of ties; `neato` (stress majorisation, O(n²) memory) and `fdp` slow down past a few thousand
/// nodes; `sfdp` (multilevel, Hu 2005) handles tens of thousands. Beyond an engine's limit the diagram is
/// switched to `sfdp` with a message; beyond `sfdp`'s, it is refused. A drawing that large is unreadable
/// anyway: draw one relation type, or a part of the map.
public enum RenderingLimits {
    /// Largest (actors, ties) each engine is given.
    public static func limit(for engine: LayoutEngine) -> (nodes: Int, edges: Int) {
        switch engine {
        case .dot, .circo, .twopi: return (1_500, 6_000)
        case .neato, .fdp: return (3_000, 12_000)
        case .sfdp: return (50_000, 200_000)
        }
    }

    public enum Decision: Equatable, Sendable {
        /// Draw with this engine; `message` says why it is not the one asked for.
        case draw(LayoutEngine, message: String?)
        /// Too large for any engine.
        case refuse(String)
    }

    /// The engine to use for a map of `nodes` actors and `edges` drawn ties when `requested` is asked for.
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
