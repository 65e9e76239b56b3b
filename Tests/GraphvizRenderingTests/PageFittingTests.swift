import ActorModel
import Foundation
import Testing

@testable import GraphvizRendering

@Suite struct PageFittingTests {
    @Test func pageSizesParse() throws {
        #expect(PageSize(parsing: "a4") == .a4)
        #expect(PageSize(parsing: "A4-Landscape") == .a4Landscape)
        #expect(PageSize(parsing: "letter") == .letter)
        let custom = try #require(PageSize(parsing: "16x24cm"))
        #expect(abs(custom.width - 16 / 2.54) < 1e-9 && abs(custom.height - 24 / 2.54) < 1e-9)
        #expect(PageSize(parsing: "8.5x11in")?.width == 8.5)
        for bad in ["a5", "16x24", "16x24mm", "x24cm", "4x4cm", "1000x10cm", "axbcm", ""] {
            #expect(PageSize(parsing: bad) == nil, "\(bad)")
        }
        // Text area: 2.5 cm margins on each side.
        #expect(abs(PageSize.a4.textWidth * 2.54 - 16) < 1e-9)
        #expect(abs(PageSize.a4.textHeight * 2.54 - 24.7) < 1e-9)
    }

    @Test func scaleShrinksOnlyAndMarginsCentre() {
        let small = PageFit(page: .a4, naturalWidth: 3, naturalHeight: 2)
        #expect(small.scale == 1)
        let wide = PageFit(page: .a4, naturalWidth: 12.6, naturalHeight: 2)
        #expect(abs(wide.scale - PageSize.a4.textWidth / 12.6) < 1e-12)
        let pdf = wide.margins(for: .pdf)
        #expect(abs(2 * pdf.x + wide.drawnWidth - PageSize.a4.width) < 1e-9)
        #expect(abs(2 * pdf.y + wide.drawnHeight - PageSize.a4.height) < 1e-9)
        let png = wide.margins(for: .png)
        #expect(abs(png.x) < 1e-9)
    }

    @Test func aSmallMapFitsA4AndThePDFIsA4() throws {
        let map = try smallMap()
        var warnings: [String] = []
        let options = try PageFitting.fit(map, options: DiagramOptions(), page: .a4, warnings: &warnings)
        let fit = try #require(options.pageFit)
        #expect(fit.scale * DOTWriter.smallestPageFontSize >= PageFitting.minimumFontSize)
        let dot = try DOTWriter(options: options).write(map, for: .pdf)
        #expect(dot.contains("size=\"6.2992,9.7244\""))
        let pdf = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        let box = try #require(text.firstRange(of: #/MediaBox \[ 0 0 (\d+) (\d+) \]/#))
        let w = try #require(Int(text[box].split(separator: " ")[4]))
        let h = try #require(Int(text[box].split(separator: " ")[5]))
        // A4 is 595.3 × 841.9 pt.
        #expect(abs(w - 595) <= 1 && abs(h - 842) <= 1, "\(w) × \(h)")
        // PNG: the text area at the resolution.
        var png = options
        png.dpi = 100
        let image = try GraphvizRenderer.render(
            dot: DOTWriter(options: png).write(map, for: .png), layout: .dot, format: .png, dpi: 100)
        #expect(abs(pngWidth(image) - Int((PageSize.a4.textWidth * 100).rounded())) <= 2)
    }

    @Test func flagshipOverviewIsRefusedWithASuggestion() throws {
        let path = packageRoot.appendingPathComponent("models/maro-district.yaml").path
        let map = try #require(ModelLoader.load(path: path).validMap)
        var warnings: [String] = []
        do {
            _ = try PageFitting.fit(map, options: DiagramOptions(), page: .a4, warnings: &warnings)
            Issue.record("the 36-actor overview was fitted to A4")
        } catch let refusal as PageFitting.Refusal {
            #expect(refusal.best.scale * DOTWriter.smallestPageFontSize < PageFitting.minimumFontSize)
            #expect(refusal.description.contains("--view ego"))
            #expect(refusal.description.contains("7 pt"))
        }
        // A small partner brief of the same map fits.
        let ego = try DiagramViews.ego(map, actor: "police-post-soko", options: DiagramOptions())
        let fitted = try PageFitting.fit(ego.map, options: ego.options, page: .a4, warnings: &warnings)
        #expect(try #require(fitted.pageFit).scale * DOTWriter.smallestPageFontSize >= 7)
    }

    @Test func aPageDrawingHasNoLabelBelowItsSmallestSize() throws {
        var options = DiagramOptions()
        options.forPage = true
        let dot = try DOTWriter(options: options).write(try smallMap())
        let sizes = dot.matches(of: #/(?:fontsize=|POINT-SIZE=\")(\d+(?:\.\d+)?)/#).map { Double($0.1)! }
        #expect(!sizes.isEmpty)
        #expect(sizes.min() == DOTWriter.smallestPageFontSize)
        let plain = try DOTWriter().write(try smallMap())
        let plainSizes = plain.matches(of: #/(?:fontsize=|POINT-SIZE=\")(\d+(?:\.\d+)?)/#).map { Double($0.1)! }
        #expect(plainSizes.min() == DOTWriter.smallestFontSize)
    }
}
