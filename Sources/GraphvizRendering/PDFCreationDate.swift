import Foundation

/// Removes the creation date cairo writes into every PDF's information dictionary, so that the same map
/// gives the same bytes (and a shared file does not carry when it was made).
///
/// The entry `/CreationDate (D:…)` is overwritten with spaces of the same length: PDF allows whitespace
/// between dictionary entries, and no byte moves, so the cross-reference offsets stay right.
enum PDFCreationDate {
    static func removing(in data: Data) -> Data {
        var bytes = [UInt8](data)
        let key = Array("/CreationDate".utf8)
        guard let start = firstIndex(of: key, in: bytes) else { return data }
        // The value is a literal string "( … )" right after the key (dates hold no parentheses).
        var i = start + key.count
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "("),
            let close = bytes[i...].firstIndex(of: UInt8(ascii: ")")), close - start < 64
        else { return data }
        for j in start ... close { bytes[j] = 0x20 }
        return Data(bytes)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] && Array(haystack[i ..< i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }
}
