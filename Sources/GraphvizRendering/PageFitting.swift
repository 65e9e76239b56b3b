import ActorModel
import Foundation

/// Fits a diagram to a page's text area (`render --fit`) without letting any label shrink below
/// ``minimumFontSize``.
///
/// Method: the diagram is laid out once at its natural size (``GraphvizRenderer/layoutSize(dot:layout:warnings:)``,
/// the bounding box of Graphviz's `plain` output, plus the drawing's padding). The scale is
/// `s = min(1, text width / natural width, text height / natural height)`; Graphviz applies it through the
/// graph's `size` attribute (it shrinks, never enlarges), and `margin` centres the drawing on the page (PDF) or
/// on the text area (SVG, PNG). A drawing for a page (``DiagramOptions/forPage``) has no label smaller than
/// ``DOTWriter/smallestPageFontSize`` points (11), so it is accepted when `s · 11 ≥ 7 pt`, i.e. `s ≥ 0.64`.
///
/// In the `dot` layout the number of actors per row of a level (``DiagramOptions/maxPerRow``) changes the
/// drawing's shape: a few row widths are tried (each one layout) and the one with the largest scale kept,
/// the one asked for on a tie. When none meets the minimum the diagram is refused (``Refusal``), never
/// shrunk further.
///
/// Complexity: up to ``rowWidths``.count + 1 layouts of the map.
public enum PageFitting {
    /// The smallest label size accepted on the page, in points.
    public static let minimumFontSize = 7.0

    /// The row widths tried in the `dot` layout besides the one asked for.
    public static let rowWidths = [3, 4, 5, 6, 8]

    /// The diagram cannot be fitted with labels of at least ``minimumFontSize``.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var page: PageSize
        /// The best fit found (the largest scale).
        public var best: PageFit

        public var description: String {
            let cm = { (x: Double) in String(format: "%.0f", x * 2.54) }
            let smallest = DOTWriter.smallestPageFontSize * best.scale
            return "the diagram is \(cm(best.naturalWidth)) × \(cm(best.naturalHeight)) cm; on the text area of "
                + "\(page) its smallest labels (\(DOTWriter.number(DOTWriter.smallestPageFontSize)) pt) would shrink "
                + "to \(String(format: "%.1f", smallest)) pt, below the \(DOTWriter.number(minimumFontSize)) pt "
                + "minimum. Draw a part of the map: --view layer --relations TYPES, --view ego --actor ID, "
                + "--view factions, or fewer types with --relations; or choose a larger page"
        }
    }

    /// `options` with ``DiagramOptions/pageFit`` set (and, in the `dot` layout, the row width that fits best)
    /// for drawing `map` on `page`. Graphviz's messages while measuring are added to `warnings`.
    ///
    /// - Throws: ``Refusal`` when no label can stay at 7 pt or more; ``DiagramError``, ``GraphvizError``.
    public static func fit(
        _ map: StakeholderMap, options: DiagramOptions, page: PageSize, warnings: inout [String]
    ) throws -> DiagramOptions {
        var candidates = [options.maxPerRow]
        if options.layout == .dot {
            candidates += rowWidths.filter { $0 != options.maxPerRow }
        }
        var best: (options: DiagramOptions, fit: PageFit)?
        for perRow in candidates {
            var tried = options
            tried.pageFit = nil
            tried.forPage = true
            tried.maxPerRow = perRow
            let dot = try DOTWriter(options: tried).write(map, for: .svg)
            var measured: [String] = []
            let size = try GraphvizRenderer.layoutSize(dot: dot, layout: tried.layout, warnings: &measured)
            if best == nil { warnings += measured }
            let fit = PageFit(
                page: page, naturalWidth: size.width + 2 * DOTWriter.padding,
                naturalHeight: size.height + 2 * DOTWriter.padding)
            if best == nil || fit.scale > best!.fit.scale + 1e-9 { best = (tried, fit) }
            // The drawing as asked for fits at full size: nothing to improve.
            if fit.scale >= 1 { break }
        }
        guard let (found, fit) = best else { return options }
        guard fit.scale * DOTWriter.smallestPageFontSize >= minimumFontSize - 1e-9 else {
            throw Refusal(page: page, best: fit)
        }
        var chosen = found
        chosen.pageFit = fit
        return chosen
    }
}
