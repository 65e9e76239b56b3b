import ActorModel
import Foundation
import Testing

@testable import GraphvizRendering

/// One layout drawn as several formats (the report's diagrams), and the names a page's script finds in SVG.
@Suite("One layout, several formats", .serialized)
struct MultiFormatRenderTests {
    @Test func oneLayoutGivesTheSameDrawingsAsOneRenderPerFormat() throws {
        let dot = try DOTWriter().write(try smallMap(), for: .svg)
        var warnings: [String] = []
        let all = try GraphvizRenderer.render(
            dot: dot, layout: .dot, formats: [.svg, .pdf, .png], dpi: 300, warnings: &warnings)
        #expect(Set(all.keys) == [.svg, .pdf, .png])
        // SVG and PDF as a render of their own gives them (the PNG's dpi does not leak into them).
        #expect(all[.svg] == (try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)))
        #expect(all[.pdf] == (try GraphvizRenderer.render(dot: dot, layout: .dot, format: .pdf)))
        // The PNG is the one DOT written for PNG at 300 dpi gives: same pixels wide, same resolution.
        let png = try #require(all[.png])
        let alone = try GraphvizRenderer.render(
            dot: try DOTWriter(options: .init(dpi: 300)).write(try smallMap(), for: .png), layout: .dot,
            format: .png, dpi: 300)
        #expect(abs(pngWidth(png) - pngWidth(alone)) <= 2)
        #expect(abs((PNGResolution.dpi(of: png) ?? 0) - 300) < 0.5)
    }

    @Test func aPNGIsScaledDownToFitTheSizeGivenNeverUp() throws {
        let dot = try DOTWriter().write(try smallMap(), for: .svg)
        var warnings: [String] = []
        let natural = try #require(
            try GraphvizRenderer.render(dot: dot, layout: .dot, formats: [.png], dpi: 300, warnings: &warnings)[.png])
        let capped = try #require(
            try GraphvizRenderer.render(
                dot: dot, layout: .dot, formats: [.png, .svg], dpi: 300, pngMaximumSize: (width: 2, height: 2),
                warnings: &warnings)[.png])
        #expect(pngWidth(natural) > 600)
        // 2 inches at 300 dpi on the longer side (the drawing's proportions kept).
        let longer = max(pngWidth(capped), pngHeight(capped))
        #expect(longer <= 600 && longer >= 590 && pngHeight(capped) <= 600)
        let roomy = try #require(
            try GraphvizRenderer.render(
                dot: dot, layout: .dot, formats: [.png], dpi: 300, pngMaximumSize: (width: 200, height: 200),
                warnings: &warnings)[.png])
        #expect(pngWidth(roomy) == pngWidth(natural))
    }

    @Test func elementNamesMarkActorsAndTiesInTheSVG() throws {
        var options = DiagramOptions()
        options.elementNames = true
        let map = try smallMap()
        let dot = try DOTWriter(options: options).write(map)
        #expect(dotLines(dot, containing: "class=\"actor\"").count == map.actors.count)
        #expect(!(try DOTWriter().write(map)).contains("class="))
        // Graphviz writes hyphens as `&#45;`.
        let svg = String(decoding: try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
            .replacingOccurrences(of: "&#45;", with: "-")
        for actor in map.actors {
            #expect(svg.contains("id=\"a-\(ElementSlug.of(actor.id))\" class=\"node actor\""), "\(actor.id)")
        }
        for type in map.relationTypesInUse {
            #expect(svg.contains("class=\"edge rel-\(ElementSlug.of(type.name))\""), "\(type.name)")
        }
    }
}
