import CZlib
import Foundation

/// A minimal PNG reader for tests: 8-bit RGB or RGBA, not interlaced, every row filter (PNG §9), every chunk's
/// CRC checked. Independent of the encoder under test (its own inflate call, its own unfiltering).
struct DecodedPNG {
    var width: Int
    var height: Int
    /// 3 (RGB) or 4 (RGBA).
    var channels: Int
    /// Rows top to bottom, `channels` bytes per pixel, no filter bytes.
    var pixels: [UInt8]
    /// Chunk types in file order.
    var chunkTypes: [String]

    func pixel(x: Int, y: Int) -> [UInt8] {
        let i = (y * width + x) * channels
        return Array(pixels[i ..< i + channels])
    }
}

enum PNGReadError: Error { case malformed(String) }

func readPNG(_ png: Data) throws -> DecodedPNG {
    let b = [UInt8](png)
    guard b.count > 8, Array(b[0 ..< 8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
        throw PNGReadError.malformed("signature")
    }
    func u32(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
    var i = 8
    var width = 0
    var height = 0
    var channels = 0
    var idat: [UInt8] = []
    var types: [String] = []
    while i + 12 <= b.count {
        let length = u32(i)
        guard i + 12 + length <= b.count else { throw PNGReadError.malformed("chunk length") }
        let type = String(decoding: b[i + 4 ..< i + 8], as: UTF8.self)
        let crc = Array(b[i + 4 ..< i + 8 + length]).withUnsafeBufferPointer {
            crc32(0, $0.baseAddress, uInt($0.count))
        }
        guard Int(crc) == u32(i + 8 + length) else { throw PNGReadError.malformed("CRC of \(type)") }
        types.append(type)
        let data = Array(b[i + 8 ..< i + 8 + length])
        if type == "IHDR" {
            width = u32(i + 8)
            height = u32(i + 12)
            guard data[8] == 8, data[12] == 0 else { throw PNGReadError.malformed("bit depth or interlace") }
            switch data[9] {
            case 2: channels = 3
            case 6: channels = 4
            default: throw PNGReadError.malformed("colour type \(data[9])")
            }
        } else if type == "IDAT" {
            idat += data
        }
        i += 12 + length
    }
    let stride = width * channels
    var raw = [UInt8](repeating: 0, count: (stride + 1) * height)
    var rawLength = uLong(raw.count)
    let status = raw.withUnsafeMutableBufferPointer { r in
        idat.withUnsafeBufferPointer { uncompress(r.baseAddress, &rawLength, $0.baseAddress, uLong($0.count)) }
    }
    guard status == Z_OK, Int(rawLength) == raw.count else { throw PNGReadError.malformed("zlib data") }
    var pixels = [UInt8](repeating: 0, count: stride * height)
    for y in 0 ..< height {
        let filter = raw[y * (stride + 1)]
        for x in 0 ..< stride {
            let v = Int(raw[y * (stride + 1) + 1 + x])
            let a = x >= channels ? Int(pixels[y * stride + x - channels]) : 0
            let up = y > 0 ? Int(pixels[(y - 1) * stride + x]) : 0
            let c = x >= channels && y > 0 ? Int(pixels[(y - 1) * stride + x - channels]) : 0
            let predicted: Int
            switch filter {
            case 0: predicted = 0
            case 1: predicted = a
            case 2: predicted = up
            case 3: predicted = (a + up) / 2
            case 4:
                let p = a + up - c
                let (pa, pb, pc) = (abs(p - a), abs(p - up), abs(p - c))
                predicted = pa <= pb && pa <= pc ? a : (pb <= pc ? up : c)
            default: throw PNGReadError.malformed("filter \(filter)")
            }
            pixels[y * stride + x] = UInt8((v + predicted) & 0xFF)
        }
    }
    return DecodedPNG(width: width, height: height, channels: channels, pixels: pixels, chunkTypes: types)
}
