import Foundation
import Testing

@testable import ActorModel

/// SHA-256 against the standard test vectors (FIPS 180-4 examples, NIST CSRC; the one-million-'a'
/// message of FIPS 180-2 appendix B.3), plus the ways a message can be fed.
@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
    @Test(
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                    + "mnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ])
    func standardVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(Array(message.utf8)) == digest)
    }

    @Test func oneMillionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Padding crosses into a second block from 56 bytes on: every length around the boundaries agrees
    /// with the digest computed in one go, however the message is split.
    @Test func piecesGiveTheSameDigestAsTheWhole() {
        for count in [55, 56, 57, 63, 64, 65, 119, 120, 128] {
            let message = (0 ..< count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var pieces = SHA256()
            pieces.update(message.prefix(count / 3))
            pieces.update(message.dropFirst(count / 3))
            #expect(pieces.finalize() == SHA256.hash(message), "\(count) bytes")
        }
    }

    /// Known digests at the padding boundaries (from `sha256sum`): 55 and 56 'a's.
    @Test func paddingBoundaries() {
        #expect(
            SHA256.hexDigest([UInt8](repeating: 0x61, count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hexDigest([UInt8](repeating: 0x61, count: 56))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test func hexIsLowercaseTwoDigitsAByte() {
        #expect(SHA256.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(SHA256.hash([]).count == 32)
    }
}
