import ActorModel
import Foundation
import Testing

@testable import GraphvizRendering

/// The PNG path: Graphviz's uncompressed bitmap, read by BMPDecoder and written by PNGEncoder.
@Suite("Fast PNG encoding")
struct FastPNGTests {
    /// A Windows bitmap of `rows` (top to bottom, each pixel red, green, blue) as gdk-pixbuf writes one:
    /// 24 or 32 bits, rows padded to 4 bytes, bottom-up unless `topDown`.
    static func bitmap(_ rows: [[(UInt8, UInt8, UInt8)]], bits: Int = 24, topDown: Bool = false) -> [UInt8] {
        let width = rows[0].count
        let stride = (width * bits / 8 + 3) & ~3
        func le32(_ v: Int) -> [UInt8] { (0 ..< 4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        var pixels: [UInt8] = []
        for row in topDown ? rows : rows.reversed() {
            var line: [UInt8] = []
            for (r, g, b) in row { line += bits == 32 ? [b, g, r, 0xFF] : [b, g, r] }
            pixels += line + Array(repeating: 0, count: stride - line.count)
        }
        let header =
            le32(40) + le32(width) + le32(topDown ? -rows.count : rows.count) + le16(1) + le16(bits)
            + le32(0) + le32(pixels.count) + le32(2835) + le32(2835) + le32(0) + le32(0)
        return [0x42, 0x4D] + le32(54 + pixels.count) + le32(0) + le32(54) + header + pixels
    }

    static let rows: [[(UInt8, UInt8, UInt8)]] = [
        [(255, 0, 0), (0, 255, 0), (0, 0, 255)],
        [(1, 2, 3), (250, 251, 252), (255, 255, 255)],
    ]

    @Test(arguments: [(24, false), (24, true), (32, false), (32, true)])
    func bitmapsAreReadTopRowFirstInRedGreenBlue(bits: Int, topDown: Bool) throws {
        let bytes = Self.bitmap(Self.rows, bits: bits, topDown: topDown)
        let image = try #require(bytes.withUnsafeBytes { BMPDecoder.decode($0) })
        #expect(image.width == 3 && image.height == 2)
        for (y, row) in Self.rows.enumerated() {
            #expect(image.scanlines[y * image.rowLength] == 0)  // filter type None
            for (x, p) in row.enumerated() {
                let q = image.pixel(x: x, y: y)
                #expect(q.red == p.0 && q.green == p.1 && q.blue == p.2, "(\(x), \(y))")
            }
        }
    }

    @Test func bitmapsThatAreNotWholeUncompressedOnesAreRefused() {
        let good = Self.bitmap(Self.rows)
        var cases: [[UInt8]] = [[], Array(good.prefix(53)), Array(good.dropLast())]
        var wrongMagic = good
        wrongMagic[0] = 0x50
        var compressed = good
        compressed[30] = 1  // BI_RLE8
        var palette = good
        palette[28] = 8
        var noWidth = good
        noWidth[18] = 0
        var hugeHeight = good
        hugeHeight[22 ..< 26] = [0xFF, 0xFF, 0xFF, 0x7F]
        var offsetPastEnd = good
        offsetPastEnd[10 ..< 14] = [0xFF, 0xFF, 0x00, 0x00]
        cases += [wrongMagic, compressed, palette, noWidth, hugeHeight, offsetPastEnd]
        for bytes in cases {
            #expect(bytes.withUnsafeBytes { BMPDecoder.decode($0) } == nil)
        }
    }

    @Test func theEncoderWritesAValidPNGOfTheSamePixelsAtTheResolutionGiven() throws {
        let image = try #require(Self.bitmap(Self.rows).withUnsafeBytes { BMPDecoder.decode($0) })
        let png = try #require(PNGEncoder.encode(image, dpi: 300))
        let decoded = try readPNG(png)  // checks every CRC
        #expect(decoded.chunkTypes == ["IHDR", "pHYs", "IDAT", "IEND"])
        #expect(decoded.width == 3 && decoded.height == 2 && decoded.channels == 3)
        for (y, row) in Self.rows.enumerated() {
            for (x, p) in row.enumerated() { #expect(decoded.pixel(x: x, y: y) == [p.0, p.1, p.2]) }
        }
        #expect(abs((PNGResolution.dpi(of: png) ?? 0) - 300) < 0.5)
        #expect(PNGEncoder.encode(image, dpi: 300) == png)  // same image, same bytes
        #expect(PNGEncoder.encode(RGBImage(width: 0, height: 0, scanlines: []), dpi: 300) == nil)
    }

    /// The fast path draws the picture Graphviz's own PNG does: every opaque pixel the same colour.
    @Test func aRenderedPNGHasGraphvizsOwnPixels() throws {
        let dot = try DOTWriter().write(try smallMap(), for: .svg)
        var warnings: [String] = []
        let fast = try #require(
            try GraphvizRenderer.render(
                dot: dot, layout: .dot, formats: [.png], dpi: 72, pngMaximumSize: nil, bitmapDevice: "bmp:cairo:gdk",
                warnings: &warnings)[.png])
        // A device that does not exist: Graphviz's own PNG (libpng via cairo), its resolution recorded.
        let own = try #require(
            try GraphvizRenderer.render(
                dot: dot, layout: .dot, formats: [.png], dpi: 72, pngMaximumSize: nil,
                bitmapDevice: "bmp:cairo:no-such-device", warnings: &warnings)[.png])
        #expect(fast != own)
        #expect(abs((PNGResolution.dpi(of: own) ?? 0) - 72) < 0.5)
        #expect(abs((PNGResolution.dpi(of: fast) ?? 0) - 72) < 0.5)
        let a = try readPNG(fast)
        let b = try readPNG(own)
        #expect(a.channels == 3)
        #expect(a.width == b.width && a.height == b.height)
        var opaque = 0
        var differing = 0
        for y in 0 ..< min(a.height, b.height) {
            for x in 0 ..< min(a.width, b.width) {
                let theirs = b.pixel(x: x, y: y)
                guard b.channels == 3 || theirs[3] == 255 else { continue }
                opaque += 1
                if Array(theirs.prefix(3)) != a.pixel(x: x, y: y) { differing += 1 }
            }
        }
        #expect(opaque > a.width * a.height * 9 / 10)
        #expect(differing == 0)
        // (Not `warnings.isEmpty`: the capture of file descriptor 2 also catches what other tests running
        // at the same time print there.) The missing device's refusal stays in Graphviz's buffer.
        #expect(!warnings.contains { $0.contains("no-such-device") || $0.contains("not recognized") }, "\(warnings)")
    }

    /// A batch gives each job what drawing it alone gives, whatever the thread count, in the jobs' order.
    @Test func aBatchDrawsWhatSingleRendersDraw() throws {
        let map = try smallMap()
        let jobs = [
            RenderJob(dot: try DOTWriter().write(map, for: .svg), layout: .dot),
            // Named: Graphviz numbers anonymous graphs through the process (`<title>%3</title>`).
            RenderJob(dot: "digraph g { a -> b -> c; c -> a; a -> d }", layout: .neato),
            RenderJob(dot: "digraph g { a -> }", layout: .dot),  // invalid: its own failure, the rest drawn
            RenderJob(dot: try DOTWriter().write(map, for: .svg), layout: .circo),
        ]
        let one = GraphvizRenderer.render(jobs, formats: [.svg, .png], dpi: 150, pngMaximumSize: nil, threads: 1)
        let two = GraphvizRenderer.render(jobs, formats: [.svg, .png], dpi: 150, pngMaximumSize: nil, threads: 2)
        #expect(one.count == 4 && two.count == 4)
        for (i, job) in jobs.enumerated() {
            var warnings: [String] = []
            let alone = Result {
                try GraphvizRenderer.render(
                    dot: job.dot, layout: job.layout, formats: [.svg, .png], dpi: 150, warnings: &warnings)
            }
            #expect((try? one[i].result.get()) == (try? alone.get()), "job \(i)")
            #expect((try? two[i].result.get()) == (try? alone.get()), "job \(i)")
        }
        if case .success = two[2].result { Issue.record("the invalid DOT was drawn") }
        if case .failure(let e) = two[3].result { Issue.record("\(e)") }
    }
}
