/// Reads choices from the fuzzer's bytes, so that every byte string is a recipe for a well-shaped input
/// (in the manner of LLVM's FuzzedDataProvider). When the bytes run out every choice is the first one.
///
/// Choices are "mostly valid": ``likely(_:)`` is true for most byte values, so mutations usually keep a
/// model valid and reach the analyses, and sometimes break one rule.
struct FuzzInput {
    private let bytes: [UInt8]
    private var position = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) { bytes = Array(buffer) }

    var isExhausted: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in `range` (one byte for spans up to 256, two otherwise).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = range.upperBound - range.lowerBound + 1
        let raw = span <= 256 ? Int(byte()) : Int(byte()) << 8 | Int(byte())
        return range.lowerBound + raw % span
    }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// True when the byte is below `threshold`: by default every value but one (255/256), the "stay valid"
    /// choice, so that a model of a hundred choices stays valid most of the time.
    mutating func likely(_ threshold: UInt8 = 255) -> Bool { byte() < threshold }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0 ... items.count - 1)] }

    /// Up to `maxLength` raw bytes as text (invalid UTF-8 replaced).
    mutating func rawText(maxLength: Int) -> String {
        let n = int(0 ... maxLength)
        var raw: [UInt8] = []
        for _ in 0 ..< n { raw.append(byte()) }
        return String(decoding: raw, as: UTF8.self)
    }

    /// A text that is hard to write safely: pieces of ``Vocabulary/hostile`` and raw bytes, sometimes long.
    mutating func hostileText() -> String {
        var s = ""
        for _ in 0 ..< int(1 ... 4) {
            switch int(0 ... 7) {
            case 0: s += rawText(maxLength: 12)
            case 1: s += String(repeating: pick(Vocabulary.hostile), count: int(1 ... 120))
            default: s += pick(Vocabulary.hostile)
            }
        }
        return s
    }
}
