import Foundation

/// A paper size a diagram is fitted to (`render --fit`), and its text area.
///
/// Convention: the text area is the page less a margin of 2.5 cm on each side (``margin``), the usual
/// default of word processors. Sizes are in inches, Graphviz's unit (1 in = 2.54 cm = 72 pt).
public struct PageSize: Sendable, Equatable, CustomStringConvertible {
    /// The name given (`a4`, `a4-landscape`, `letter`, `letter-landscape`, or `16x24cm`).
    public var name: String
    /// Page width and height, in inches.
    public var width: Double
    public var height: Double

    /// The margin on each side of the text area: 2.5 cm.
    public static let margin = 2.5 / 2.54

    public init(name: String, width: Double, height: Double) {
        self.name = name
        self.width = width
        self.height = height
    }

    /// ISO 216 A4, 21.0 × 29.7 cm.
    public static let a4 = PageSize(name: "a4", width: 21.0 / 2.54, height: 29.7 / 2.54)
    /// A4 turned sideways.
    public static let a4Landscape = PageSize(name: "a4-landscape", width: 29.7 / 2.54, height: 21.0 / 2.54)
    /// US Letter, 8.5 × 11 in.
    public static let letter = PageSize(name: "letter", width: 8.5, height: 11)
    /// US Letter turned sideways.
    public static let letterLandscape = PageSize(name: "letter-landscape", width: 11, height: 8.5)

    /// The named sizes, for messages.
    public static let named = [a4, a4Landscape, letter, letterLandscape]

    /// Text area width and height, in inches (the page less ``margin`` on each side).
    public var textWidth: Double { width - 2 * Self.margin }
    public var textHeight: Double { height - 2 * Self.margin }

    /// What `--fit` accepts, for messages.
    public static let syntax = "a4, a4-landscape, letter, letter-landscape or WIDTHxHEIGHT in cm or in (e.g. 16x24cm)"

    /// The page `text` names, or `nil` when it names none: a named size, or `WIDTHxHEIGHT` followed by `cm`
    /// or `in` (decimals with a point). The text area must be at least 2 cm (0.79 in) each way and the page
    /// at most 500 cm (about 197 in) each way.
    public init?(parsing text: String) {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let named = Self.named.first(where: { $0.name == lower }) {
            self = named
            return
        }
        let unit: Double
        let body: Substring
        if lower.hasSuffix("cm") {
            unit = 1 / 2.54
            body = lower.dropLast(2)
        } else if lower.hasSuffix("in") {
            unit = 1
            body = lower.dropLast(2)
        } else {
            return nil
        }
        let parts = body.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let w = Double(parts[0].trimmingCharacters(in: .whitespaces)),
            let h = Double(parts[1].trimmingCharacters(in: .whitespaces)),
            w.isFinite, h.isFinite
        else { return nil }
        let page = PageSize(name: lower, width: w * unit, height: h * unit)
        let smallest = 2 / 2.54
        let largest = 500 / 2.54
        guard page.textWidth >= smallest, page.textHeight >= smallest, page.width <= largest,
            page.height <= largest
        else { return nil }
        self = page
    }

    public var description: String {
        let cm = { (x: Double) in String(format: "%.1f", x * 2.54) }
        return "\(name) (\(cm(width)) × \(cm(height)) cm; text area \(cm(textWidth)) × \(cm(textHeight)) cm)"
    }
}

/// A drawing fitted to a page: the page, the drawing's natural size and the factor it is shrunk by.
public struct PageFit: Sendable, Equatable {
    public var page: PageSize
    /// The laid-out drawing's natural width and height, padding included, in inches.
    public var naturalWidth: Double
    public var naturalHeight: Double
    /// The factor Graphviz shrinks the drawing by to fit the text area (1 = it fits as it is; never more).
    public var scale: Double

    public init(page: PageSize, naturalWidth: Double, naturalHeight: Double) {
        self.page = page
        self.naturalWidth = naturalWidth
        self.naturalHeight = naturalHeight
        self.scale = min(1, page.textWidth / naturalWidth, page.textHeight / naturalHeight)
    }

    /// The drawing's size once shrunk, in inches.
    public var drawnWidth: Double { naturalWidth * scale }
    public var drawnHeight: Double { naturalHeight * scale }

    /// The margins (x, y) around the drawing, in inches, that make the canvas the page (PDF: the page
    /// carries the page size) or the text area (SVG, PNG, DOT: an image that fills the text area at its
    /// resolution). The drawing is centred.
    public func margins(for format: DiagramFormat) -> (x: Double, y: Double) {
        let canvasWidth = format == .pdf ? page.width : page.textWidth
        let canvasHeight = format == .pdf ? page.height : page.textHeight
        return (max(0, (canvasWidth - drawnWidth) / 2), max(0, (canvasHeight - drawnHeight) / 2))
    }
}
