import Foundation
import Testing

@testable import GraphvizRendering

/// PNGResolution.swift: the pHYs chunk that carries the print resolution.
@Suite("PNG resolution metadata")
struct PNGResolutionTests {
    @Test func crcMatchesTheKnownValue() {
        // CRC-32 of "IEND" with no data, as in every PNG's last chunk.
        #expect(PNGResolution.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func notAPNGIsLeftAlone() {
        let data = Data("hello, this is not a png at all!!".utf8)
        #expect(PNGResolution.setting(dpi: 300, in: data) == data)
        #expect(PNGResolution.dpi(of: data) == nil)
    }
}
