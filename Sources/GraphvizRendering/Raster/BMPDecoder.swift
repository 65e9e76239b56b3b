/// Reads the uncompressed Windows bitmaps Graphviz's `bmp:cairo:gdk` device writes, into an ``RGBImage``.
///
/// That device is cairo's drawing (the same pixels as Graphviz's own PNG) handed to gdk-pixbuf, which writes
/// it without compression: a `BITMAPFILEHEADER`, a `BITMAPINFOHEADER` (40 bytes or a later, longer version),
/// then rows of blue-green-red pixels (24 bits, or 32 with an unused fourth byte), each row padded to a
/// multiple of 4 bytes, from the bottom row up (or top down when the height is negative). Anything else
/// (compressed, palette, malformed or truncated) has no ``Layout``, and the caller falls back to Graphviz's PNG.
///
/// Reference: Microsoft, "Bitmap Storage" (BITMAPFILEHEADER, BITMAPINFOHEADER, BI_RGB).
/// Complexity: O(width × height), one pass.
enum BMPDecoder {
    /// Where a bitmap's pixels are, checked against the bytes they are in.
    struct Layout: Equatable {
        var width: Int
        var height: Int
        var pixelOffset: Int
        /// Bytes per row in the file, padding included.
        var rowStride: Int
        /// 3 or 4.
        var bytesPerPixel: Int
        /// Rows stored from the bottom of the image up (a positive height in the header).
        var bottomUp: Bool
    }

    /// The layout of the bitmap in `bytes`, or `nil` when it is not a whole, uncompressed 24- or 32-bit one.
    static func layout(of bytes: UnsafeRawBufferPointer) -> Layout? {
        guard bytes.count >= 54, bytes[0] == 0x42, bytes[1] == 0x4D else { return nil }  // "BM"
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> UInt32 {
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
        let pixelOffset = Int(u32(10))
        let headerSize = Int(u32(14))
        let width = Int(Int32(bitPattern: u32(18)))
        let signedHeight = Int(Int32(bitPattern: u32(22)))
        let bitsPerPixel = u16(28)
        // One plane, BI_RGB (no compression), 24 or 32 bits, at most 2^15 pixels a side.
        guard headerSize >= 40, u16(26) == 1, u32(30) == 0, bitsPerPixel == 24 || bitsPerPixel == 32,
            (1 ... 32768).contains(width), (1 ... 32768).contains(abs(signedHeight))
        else { return nil }
        let height = abs(signedHeight)
        let bytesPerPixel = bitsPerPixel / 8
        let rowStride = (width * bytesPerPixel + 3) & ~3
        guard pixelOffset >= 14 + headerSize, pixelOffset <= bytes.count,
            bytes.count - pixelOffset >= rowStride * height
        else { return nil }
        return Layout(
            width: width, height: height, pixelOffset: pixelOffset, rowStride: rowStride,
            bytesPerPixel: bytesPerPixel, bottomUp: signedHeight > 0)
    }

    /// The bitmap in `bytes`, or `nil` when it has no ``layout(of:)``.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> RGBImage? {
        layout(of: bytes).map { decode(bytes, layout: $0) }
    }

    /// The pixels of `bytes`, whose layout is `layout` (from ``layout(of:)`` on the same bytes).
    static func decode(_ bytes: UnsafeRawBufferPointer, layout: Layout) -> RGBImage {
        precondition(bytes.count - layout.pixelOffset >= layout.rowStride * layout.height, "bitmap truncated")
        let width = layout.width
        let height = layout.height
        let rowLength = 1 + 3 * width
        let step = layout.bytesPerPixel
        let scanlines = [UInt8](unsafeUninitializedCapacity: rowLength * height) { out, count in
            let source = bytes.bindMemory(to: UInt8.self).baseAddress!
            let target = out.baseAddress!
            for y in 0 ..< height {
                let sourceRow = layout.bottomUp ? height - 1 - y : y
                var s = source + layout.pixelOffset + sourceRow * layout.rowStride
                var d = target + y * rowLength
                d.pointee = 0  // filter type None
                d += 1
                for _ in 0 ..< width {
                    d[0] = s[2]
                    d[1] = s[1]
                    d[2] = s[0]
                    s += step
                    d += 3
                }
            }
            count = rowLength * height
        }
        return RGBImage(width: width, height: height, scanlines: scanlines)
    }
}
