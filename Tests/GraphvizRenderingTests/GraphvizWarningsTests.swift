import Foundation
import Testing

@testable import GraphvizRendering

/// Graphviz never writes to the terminal on its own: what its plugins print becomes warnings.
@Suite("Graphviz's own messages become warnings")
struct GraphvizWarningsTests {
    @Test func aBitmapTooLargeForCairoIsAWarningNotTerminalOutput() throws {
        // A node 400 inches wide (38 400 pixels at 96 dpi) is beyond cairo's 32 767: it scales it down and says so.
        var warnings: [String] = []
        let png = try GraphvizRenderer.render(
            dot: "digraph { a [width=400, height=0.1, fixedsize=true, label=\"\"]; }", layout: .dot, format: .png,
            dpi: 300,
            warnings: &warnings)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(warnings.contains { $0.hasPrefix("graph is too large for cairo-renderer bitmaps") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("(null)") })
    }

    @Test func aLongNameIsShortenedAndSaid() throws {
        let name = String(repeating: "X", count: 500)
        var map = try smallMap()
        map.actors[0].name = name
        let dot = try DOTWriter().write(map)
        #expect(!dot.contains(String(repeating: "X", count: DOTWriter.maximumLabelLength)))
        #expect(dot.contains(String(repeating: "X", count: DOTWriter.maximumLabelLength - 1) + "…"))
        let warnings = DOTWriter.shortenedLabels(in: map)
        #expect(
            warnings == ["the name of '\(map.actors[0].id)' has 500 characters; the diagram shows its first 79 and '…'"]
        )
    }
}
