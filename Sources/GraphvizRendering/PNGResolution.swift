import Foundation

/// Records a PNG's print resolution in its `pHYs` chunk.
///
/// Graphviz's cairo renderer scales the bitmap to the `dpi` attribute but writes no `pHYs` chunk, so word
/// processors assume 96 dpi and paste a 300-dpi diagram three times too large. This writes the chunk
/// (PNG specification §11.3.5.3: pixels per metre, unit 1) right after `IHDR`, replacing any existing one.
public enum PNGResolution {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// `png` with a `pHYs` chunk for `dpi`, or `png` unchanged if it is not a well-formed PNG.
    public static func setting(dpi: Int, in png: Data) -> Data {
        let bytes = [UInt8](png)
        guard bytes.count > 33, Array(bytes[0 ..< 8]) == signature else { return png }
        var out = Array(bytes[0 ..< 8])
        var i = 8
        var inserted = false
        while i + 12 <= bytes.count {
            let length = Int(readUInt32(bytes, at: i))
            let end = i + 12 + length
            guard end <= bytes.count else { return png }
            let type = Array(bytes[i + 4 ..< i + 8])
            if type != Array("pHYs".utf8) { out += bytes[i ..< end] }
            if type == Array("IHDR".utf8) && !inserted {
                out += chunk(type: "pHYs", data: physData(dpi: dpi))
                inserted = true
            }
            i = end
        }
        return inserted ? Data(out) : png
    }

    /// The resolution recorded in `png`'s `pHYs` chunk, in dots per inch.
    public static func dpi(of png: Data) -> Double? {
        let bytes = [UInt8](png)
        guard bytes.count > 8, Array(bytes[0 ..< 8]) == signature else { return nil }
        var i = 8
        while i + 12 <= bytes.count {
            let length = Int(readUInt32(bytes, at: i))
            if Array(bytes[i + 4 ..< i + 8]) == Array("pHYs".utf8), i + 17 <= bytes.count, bytes[i + 16] == 1 {
                return Double(readUInt32(bytes, at: i + 8)) * 0.0254
            }
            i += 12 + length
        }
        return nil
    }

    static func physData(dpi: Int) -> [UInt8] {
        let ppm = UInt32((Double(dpi) / 0.0254).rounded())
        return bigEndian(ppm) + bigEndian(ppm) + [1]
    }

    static func chunk(type: String, data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    static func readUInt32(_ b: [UInt8], at i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    static func bigEndian(_ x: UInt32) -> [UInt8] {
        [UInt8(x >> 24), UInt8((x >> 16) & 0xFF), UInt8((x >> 8) & 0xFF), UInt8(x & 0xFF)]
    }

    /// CRC-32 (ISO 3309, polynomial 0xEDB88320), as PNG chunks use.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0 ..< 8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
