import Foundation

/// Finds why a file's bytes are not UTF-8 text, at the line and column of the first bad byte: invalid
/// UTF-8 (a Latin-1 or Windows-1252 file, say), UTF-16 with or without a byte-order mark, and NUL bytes
/// where the format allows none.
///
/// Columns count characters (Unicode scalars) before the bad byte on its line, plus one, as every other
/// diagnostic does. Complexity: O(bytes), one pass.
enum TextEncodingCheck {
    struct Problem: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The first problem in `bytes`, or `nil` when they are UTF-8 (and hold no NUL when `nulIsError`).
    static func problem(in bytes: UnsafeRawBufferPointer, nulIsError: Bool) -> Problem? {
        let b = bytes.bindMemory(to: UInt8.self)
        let n = b.count
        if n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
            return Problem(
                message: "the file is UTF-16 (it starts with a byte-order mark), not UTF-8; save it as UTF-8",
                line: 1, column: 1)
        }
        let utf16 = looksLikeUTF16(b)
        var line = 1
        var column = 1
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0 && (utf16 || nulIsError) {
                    let message =
                        utf16
                        ? "the file looks like UTF-16 without a byte-order mark (every other byte is NUL), not UTF-8; "
                            + "save it as UTF-8"
                        : "a NUL byte (U+0000): the file is not text ActorMap can read here; remove it, or save the "
                            + "file as UTF-8 text"
                    return Problem(message: message, line: line, column: column)
                }
                if c == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
                continue
            }
            let length = sequenceLength(b, at: i)
            guard length > 0 else {
                let hex = String(c, radix: 16, uppercase: true)
                return Problem(
                    message: "byte 0x\(hex) is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8",
                    line: line, column: column)
            }
            column += 1
            i += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `i` (2 … 4), or 0 when it is not one.
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        let n = b.count
        func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < n && b[i + k] >= low && b[i + k] <= high
        }
        switch c {
        case 0xC2 ... 0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1 ... 0xEC, 0xEE ... 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1 ... 0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// Whether the first bytes look like UTF-16 text of mostly ASCII characters: at least four NUL bytes
    /// among the first 64 pairs, all on the same side of their pair.
    static func looksLikeUTF16(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let pairs = min(b.count / 2, 64)
        guard pairs >= 2 else { return false }
        var even = 0
        var odd = 0
        for p in 0 ..< pairs {
            if b[2 * p] == 0 { even += 1 }
            if b[2 * p + 1] == 0 { odd += 1 }
        }
        return (even >= min(4, pairs) && odd == 0 && even * 2 >= pairs)
            || (odd >= min(4, pairs) && even == 0 && odd * 2 >= pairs)
    }
}
