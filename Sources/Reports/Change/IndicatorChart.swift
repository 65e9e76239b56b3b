import ConflictAnalysis
import Foundation

/// The programme indicators over a series of snapshots as small multiples: one panel per indicator (they have
/// different units: a share, a mean trust on −2 … +2, a count), each a line through the snapshots in order with
/// every value written beside its point, so the chart reads without colour and in print.
///
/// Drawn as plain SVG text by ActorMap itself (no Graphviz, no script): the same series always gives the same
/// bytes. A snapshot whose indicator is undefined (no community actor, no recorded trust) leaves a gap and the
/// label "—", never a zero.
public struct IndicatorChart: Sendable, Equatable {
    /// One label per snapshot, oldest first (a date or a file name).
    public var snapshots: [String]
    public var indicators: [ProgrammeIndicators]

    public init(snapshots: [String], indicators: [ProgrammeIndicators]) {
        precondition(snapshots.count == indicators.count, "one label per snapshot")
        self.snapshots = snapshots
        self.indicators = indicators
    }

    /// A panel: its title, its fixed value range (so two reports compare at a glance) and its values.
    struct Panel {
        var title: String
        var range: ClosedRange<Double>
        var values: [Double?]
        var label: (Double) -> String
    }

    var panels: [Panel] {
        let gatekeepers = indicators.map { Double($0.singleGatekeeperCommunities) }
        return [
            Panel(
                title: "Trusted path to the state", range: 0 ... 1, values: indicators.map(\.trustedPathShare),
                label: { "\(Int(($0 * 100).rounded()))%" }),
            Panel(
                title: "Community → state trust", range: -2 ... 2, values: indicators.map(\.communityStateTrust),
                label: signedNumber),
            Panel(
                title: "Behind one gatekeeper", range: 0 ... max(1, gatekeepers.max() ?? 1), values: gatekeepers,
                label: { String(Int($0)) }),
        ]
    }

    static let panelWidth = 260.0
    static let panelHeight = 170.0
    static let gap = 24.0

    /// The chart as a standalone SVG document (`standalone`) or as an element to place inside HTML.
    public func svg(standalone: Bool) -> String {
        let w = Self.panelWidth
        let h = Self.panelHeight
        let total = Double(panels.count) * w + Double(panels.count - 1) * Self.gap
        var out = "<svg"
        if standalone { out += " xmlns=\"http://www.w3.org/2000/svg\"" }
        out += " width=\"\(Int(total))\" height=\"\(Int(h))\" viewBox=\"0 0 \(Int(total)) \(Int(h))\""
        out += " role=\"img\" aria-label=\"Programme indicators over time\""
        out += " font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        for (p, panel) in panels.enumerated() {
            let x0 = Double(p) * (w + Self.gap)
            out += panelSVG(panel, x0: x0)
        }
        out += "</svg>\n"
        return out
    }

    /// One panel at horizontal offset `x0`: title, frame, the range's ends (and zero, when inside), the line
    /// and the labelled points; points keep clear of the frame so that their labels never touch it.
    private func panelSVG(_ panel: Panel, x0: Double) -> String {
        let left = x0 + 34
        let right = x0 + Self.panelWidth - 4
        let top = 26.0
        let bottom = Self.panelHeight - 30
        let n = snapshots.count
        func x(_ i: Int) -> Double {
            n == 1 ? (left + right) / 2 : left + 36 + Double(i) * (right - left - 72) / Double(n - 1)
        }
        func y(_ v: Double) -> Double {
            let span = panel.range.upperBound - panel.range.lowerBound
            let t = (min(max(v, panel.range.lowerBound), panel.range.upperBound) - panel.range.lowerBound) / span
            return (bottom - 8) - t * (bottom - top - 26)
        }
        var out = "<g>\n"
        out += "<text x=\"\(f((left + right) / 2))\" y=\"14\" text-anchor=\"middle\" font-weight=\"bold\">"
        out += "\(xml(panel.title))</text>\n"
        out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\" height=\"\(f(bottom - top))\""
        out += " fill=\"none\" stroke=\"#cccccc\"/>\n"
        var ticks = [panel.range.lowerBound, panel.range.upperBound]
        if panel.range.contains(0) && !ticks.contains(0) {
            ticks.insert(0, at: 1)
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(0)))\" x2=\"\(f(right))\" y2=\"\(f(y(0)))\" stroke=\"#cccccc\""
            out += " stroke-dasharray=\"3 3\"/>\n"
        }
        for tick in ticks {
            out += "<text x=\"\(f(left - 4))\" y=\"\(f(y(tick) + 3))\" text-anchor=\"end\" fill=\"#555555\""
            out += " font-size=\"9\">\(xml(panel.label(tick)))</text>\n"
        }
        // The line, broken where a value is missing.
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                out += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#0072B2\""
                out += " stroke-width=\"2\"/>\n"
            }
            run = []
        }
        for (i, v) in panel.values.enumerated() {
            if let v { run.append("\(f(x(i))),\(f(y(v)))") } else { flush() }
        }
        flush()
        for (i, v) in panel.values.enumerated() {
            if let v {
                out += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"3.5\" fill=\"#0072B2\"/>\n"
                out += "<text x=\"\(f(x(i)))\" y=\"\(f(y(v) - 7))\" text-anchor=\"middle\">"
                out += "\(xml(panel.label(v)))</text>\n"
            } else {
                out += "<text x=\"\(f(x(i)))\" y=\"\(f((top + bottom) / 2))\" text-anchor=\"middle\""
                out += " fill=\"#777777\">—</text>\n"
            }
            out += "<text x=\"\(f(x(i)))\" y=\"\(f(bottom + 14))\" text-anchor=\"middle\" font-size=\"9\">"
            out += "\(xml(shortened(snapshots[i], to: max(6, 36 / max(n, 1)))))</text>\n"
        }
        out += "</g>\n"
        return out
    }

    /// A coordinate with one decimal (locale-independent).
    private func f(_ x: Double) -> String { String(format: "%.1f", x) }

    private func shortened(_ s: String, to limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    private func xml(_ s: String) -> String { HTMLReport.escape(s) }
}
