/// Word wrapping for terminal tables: every line fits `width` columns (characters, as terminals count
/// most scripts), unless one word alone is longer.
public enum TextWrap {
    /// `text` wrapped at spaces: the first line starts with `prefix`, the others with `continuation`.
    public static func wrap(_ text: String, width: Int, prefix: String = "", continuation: String = "") -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        return lines(of: words, width: width, prefix: prefix, continuation: continuation, separator: " ")
    }

    /// `items` joined by `separator` and wrapped between items (an item is split at its own spaces only
    /// when it is wider than a whole line).
    public static func wrapList(
        _ items: [String], width: Int, prefix: String = "", continuation: String = "",
        separator: String = ", "
    ) -> String {
        lines(of: items, width: width, prefix: prefix, continuation: continuation, separator: separator)
    }

    private static func lines(
        of pieces: [String], width: Int, prefix: String, continuation: String,
        separator: String
    ) -> String {
        var out = ""
        var line = prefix
        var lineHasPiece = false
        // A label too long to share its first line with the first piece stands on its own line(s).
        if let first = pieces.first, prefix.count > continuation.count,
            prefix.count + first.count + (pieces.count > 1 ? separator.count : 0) > width
        {
            let label = prefix.trimmingSuffixSpaces()
            let indent = String(label.prefix { $0 == " " })
            out += wrap(String(label.dropFirst(indent.count)), width: width, prefix: indent, continuation: continuation)
            line = continuation
        }
        // A separator's trailing space becomes the break; the rest stays at the end of the line (`, ` → `,`;
        // ` → ` → ` →`).
        let joiner = separator.hasSuffix(" ") ? String(separator.dropLast()) : separator
        for (k, piece) in pieces.enumerated() {
            let tail = k + 1 < pieces.count ? joiner : ""
            let candidate = (lineHasPiece ? " " : "") + piece + tail
            if lineHasPiece && line.count + candidate.count > width {
                out += line + "\n"
                line = continuation
                lineHasPiece = false
            }
            if !lineHasPiece && line.count + piece.count + tail.count > width && piece.contains(" ") {
                // A piece wider than the line: break it at its own spaces.
                let words = piece.split(separator: " ").map(String.init)
                for (j, word) in words.enumerated() {
                    let w = word + (j + 1 == words.count ? tail : "")
                    if lineHasPiece && line.count + 1 + w.count > width {
                        out += line + "\n"
                        line = continuation
                        lineHasPiece = false
                    }
                    line += (lineHasPiece ? " " : "") + w
                    lineHasPiece = true
                }
                continue
            }
            line += (lineHasPiece ? " " : "") + piece + tail
            lineHasPiece = true
        }
        return out + line + "\n"
    }
}
