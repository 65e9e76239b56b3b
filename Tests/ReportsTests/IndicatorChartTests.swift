import ConflictAnalysis
import Testing

@testable import Reports

/// The indicators chart: one panel per indicator, values written beside their points, gaps never drawn as zero.
@Suite("Indicator chart")
struct IndicatorChartTests {
    static func indicators(_ share: Double?, _ trust: Double?, _ gatekeepers: Int) -> ProgrammeIndicators {
        ProgrammeIndicators(
            trustedPathShare: share, communityStateTrust: trust, singleGatekeeperCommunities: gatekeepers)
    }

    @Test func everyValueIsWrittenAndAGapBreaksTheLine() {
        let chart = IndicatorChart(
            snapshots: ["2025-01", "2025-07", "2026-01"],
            indicators: [Self.indicators(0.25, -1.5, 4), Self.indicators(nil, nil, 2), Self.indicators(0.75, 0.5, 0)])
        let svg = chart.svg(standalone: false)
        for label in ["25%", "75%", "−1.5", "+0.5", ">4<", ">2<", ">0<", "2025-01", "2025-07", "2026-01"] {
            #expect(svg.contains(label), "\(label)")
        }
        // The share and trust panels have a gap in the middle: no line, a dash instead; the count has none.
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(svg.components(separatedBy: ">—</text>").count - 1 == 2)
        #expect(!svg.contains("xmlns") && !svg.contains("http"))
        #expect(chart.svg(standalone: true).contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg == chart.svg(standalone: false))
    }

    @Test func labelsAreEscapedAndLongOnesShortened() {
        let chart = IndicatorChart(
            snapshots: ["<b>&", String(repeating: "x", count: 80)],
            indicators: [Self.indicators(1, 2, 1), Self.indicators(1, 2, 1)])
        let svg = chart.svg(standalone: true)
        #expect(svg.contains("&lt;b&gt;&amp;") && !svg.contains("<b>"))
        #expect(!svg.contains(String(repeating: "x", count: 40)) && svg.contains("…"))
    }
}
