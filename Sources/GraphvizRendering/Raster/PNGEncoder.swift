import CZlib
import Foundation

/// Writes an ``RGBImage`` as a PNG, quickly: no per-row filter, zlib level 1.
///
/// Why not Graphviz's own PNG: its cairo device hands the bitmap to libpng with libpng's defaults, which try
/// every row filter on every row and compress at zlib's level 6; on the report's 300-dpi diagrams (3–5
/// megapixels each) that was three quarters of `actormap report`'s processor time. Diagrams are large areas of
/// flat colour, which deflate's run matching takes without a filter: on the Maro overview (2,917 × 1,785
/// pixels) this gives 0.80 MB in about 70 ms, against cairo's 1.0 MB in about 0.4 s.
///
/// The file: signature, `IHDR` (8-bit truecolour, no interlace), `pHYs` (the print resolution, so word
/// processors paste the diagram at its size; see ``PNGResolution``), one `IDAT`, `IEND`. Same image, same
/// bytes. Reference: PNG (Third Edition), W3C, §5 (chunks), §11.2 (IHDR), §11.3.5.3 (pHYs); RFC 1950/1951.
enum PNGEncoder {
    /// The PNG of `image` at `dpi` dots per inch, or `nil` if zlib fails (it does not, short of memory).
    static func encode(_ image: RGBImage, dpi: Int) -> Data? {
        guard image.width > 0, image.height > 0, image.scanlines.count == image.rowLength * image.height,
            let compressed = deflate(image.scanlines)
        else { return nil }
        var png = Data(PNGResolution.signature)
        var header: [UInt8] = []
        header += PNGResolution.bigEndian(UInt32(image.width))
        header += PNGResolution.bigEndian(UInt32(image.height))
        header += [8, 2, 0, 0, 0]  // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace
        append(chunk: "IHDR", data: header, to: &png)
        append(chunk: "pHYs", data: PNGResolution.physData(dpi: dpi), to: &png)
        append(chunk: "IDAT", data: compressed, to: &png)
        append(chunk: "IEND", data: [], to: &png)
        return png
    }

    /// `bytes` as a zlib stream (RFC 1950) at compression level 1.
    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        var status = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: Int(compressBound(uLong(bytes.count)))) { o, count in
            var length = uLong(o.count)
            status = bytes.withUnsafeBufferPointer { i in
                compress2(o.baseAddress, &length, i.baseAddress, uLong(i.count), 1)
            }
            count = status == Z_OK ? Int(length) : 0
        }
        return status == Z_OK ? out : nil
    }

    /// Appends a chunk: length, type, data, and the CRC-32 of type and data (zlib's, table-driven).
    private static func append(chunk type: String, data: [UInt8], to png: inout Data) {
        let typeBytes = Array(type.utf8)
        png.append(contentsOf: PNGResolution.bigEndian(UInt32(data.count)))
        png.append(contentsOf: typeBytes)
        png.append(contentsOf: data)
        var crc = typeBytes.withUnsafeBufferPointer { CZlib.crc32(0, $0.baseAddress, uInt($0.count)) }
        crc = data.withUnsafeBufferPointer { CZlib.crc32(crc, $0.baseAddress, uInt($0.count)) }
        png.append(contentsOf: PNGResolution.bigEndian(UInt32(crc)))
    }
}
