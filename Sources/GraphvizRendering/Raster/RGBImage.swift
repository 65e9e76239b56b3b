/// An opaque 8-bit RGB bitmap, laid out as a PNG's unfiltered image data: each row is one filter-type byte
/// (0, "None") followed by `width` pixels of red, green and blue, rows from top to bottom.
///
/// Kept in that layout so that ``PNGEncoder`` can compress it as it is, without copying.
struct RGBImage: Equatable {
    let width: Int
    let height: Int
    /// `height` rows of `1 + 3 × width` bytes.
    var scanlines: [UInt8]

    /// Bytes per row, the filter byte included.
    var rowLength: Int { 1 + 3 * width }

    /// The colour of the pixel at column `x`, row `y` (0 = top).
    func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let i = y * rowLength + 1 + 3 * x
        return (scanlines[i], scanlines[i + 1], scanlines[i + 2])
    }
}
