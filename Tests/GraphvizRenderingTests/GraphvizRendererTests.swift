import ActorModel
import Foundation
import Testing

@testable import GraphvizRendering

/// Graphviz calls are serialised by the renderer; the suite is serialised too so timings stay readable.
@Suite("Rendering through libgvc", .serialized)
struct GraphvizRendererTests {
    @Test func svgHasOneNodePerActorPlusLevelsAndLegend() throws {
        let map = try smallMap()
        let dot = try DOTWriter().write(map)
        let svg = String(decoding: try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        // 6 actors + 3 level labels + the legend.
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 10)
        // Invisible edges (the level chain) are not drawn.
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == map.relations.count)
        #expect(svg.contains("الشيخ"))
    }

    @Test func pngIsAPrintResolutionBitmap() throws {
        let dot = try DOTWriter(options: .init(dpi: 300)).write(try smallMap(), for: .png)
        let png = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .png, dpi: 300)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let dpi = try #require(PNGResolution.dpi(of: png))
        #expect(abs(dpi - 300) < 0.5)
        // The pixel size follows the resolution: 300 dpi is twice as wide as 150 dpi.
        let low = try GraphvizRenderer.render(
            dot: try DOTWriter(options: .init(dpi: 150)).write(try smallMap(), for: .png),
            layout: .dot, format: .png, dpi: 150)
        let ratio = Double(pngWidth(png)) / Double(pngWidth(low))
        #expect(abs(ratio - 2) < 0.02)
        #expect(abs((PNGResolution.dpi(of: low) ?? 0) - 150) < 0.5)
    }

    /// Found by `make fuzz` (AddressSanitizer): with one Graphviz context per render, the second render in a
    /// process read a font name freed with the first context (Graphviz 2.43's pango plugin caches it). The
    /// renderer now keeps one context; every render in a process shares it and draws the same bytes. Run
    /// under `swift test --sanitize=address --filter GraphvizRendererTests` this test reported the
    /// use-after-free before the fix.
    @Test func consecutiveRendersShareOneContextAndAgree() throws {
        let dot = try DOTWriter().write(try smallMap())
        let first = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)
        let second = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)
        let third = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg)
        #expect(first == second)
        #expect(String(decoding: third, as: UTF8.self).contains("<svg"))
        #expect(GraphvizRenderer.version != "unknown")
    }

    @Test func pdfIsAPDF() throws {
        let pdf = try GraphvizRenderer.render(dot: try DOTWriter().write(try smallMap()), layout: .neato, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func badDOTBecomesATypedErrorNotOutput() {
        #expect {
            _ = try GraphvizRenderer.render(dot: "digraph { a -> }", layout: .dot, format: .svg)
        } throws: { error in
            guard case GraphvizError.invalidDOT(let message) = error else { return false }
            return message.contains("syntax error")
        }
    }

    @Test func graphvizReportsItsVersion() {
        #expect(GraphvizRenderer.version.first?.isNumber == true)
    }

    @Test(arguments: shippedModels())
    func everyShippedModelIsValidAndRendersInEveryFormat(path: String) throws {
        let result = try ModelLoader.load(path: path)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let map = try #require(result.validMap)
        for layout in [LayoutEngine.dot, .neato] {
            for format in [DiagramFormat.svg, .png, .pdf] {
                let dot = try DOTWriter(options: .init(layout: layout)).write(map, for: format)
                let data = try GraphvizRenderer.render(dot: dot, layout: layout, format: format)
                #expect(data.count > 1000, "\(path) \(layout) \(format)")
            }
        }
    }

    @Test func thereAreShippedModels() {
        #expect(shippedModels().count >= 3)
    }
}
