/// Formats diagnostics like a compiler: `path:line:column: error: message`, then the source line and a
/// caret under the column, then any notes.
public struct DiagnosticFormatter: Sendable {
    /// Whether to colour `error:`/`warning:`/`note:` with ANSI escapes (only on a terminal, never under NO_COLOR).
    public var useColor: Bool
    /// Source text by path, for the excerpt; files not present print no excerpt.
    public var sources: [String: String]

    public init(useColor: Bool = false, sources: [String: String] = [:]) {
        self.useColor = useColor
        self.sources = sources
    }

    /// The full text for `diagnostic`, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var lines: [String: LineIndex] = [:]
        return format(diagnostic, lines: &lines)
    }

    /// All diagnostics, in order, then nothing else. Each source's lines are found once, however many
    /// diagnostics quote it.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        var lines: [String: LineIndex] = [:]
        return diagnostics.map { format($0, lines: &lines) }.joined()
    }

    private func format(_ diagnostic: Diagnostic, lines: inout [String: LineIndex]) -> String {
        var out = ""
        append(diagnostic, to: &out, lines: &lines)
        for note in diagnostic.notes { append(note, to: &out, lines: &lines) }
        return out
    }

    private func append(_ d: Diagnostic, to out: inout String, lines: inout [String: LineIndex]) {
        if let location = d.location {
            out += bold("\(location): ")
        }
        out += severityLabel(d.severity) + " " + bold(d.message) + "\n"
        guard let location = d.location, let text = sources[location.path] else { return }
        if lines[location.path] == nil { lines[location.path] = LineIndex(text) }
        guard let line = lines[location.path]?.line(location.line),
            !line.allSatisfy(\.isWhitespace)
        else { return }  // a blank line (an empty file) shows nothing
        let (window, column) = Self.window(line, column: location.column)
        // A control character in the file (a NUL, an escape sequence) is shown, never sent to the terminal.
        let excerpt = window.escapingScalars { $0 != "\t" && ModelRules.isControl($0) ? "\u{FFFD}" : nil }
        out += excerpt + "\n"
        out += Self.caretLine(for: excerpt, column: column) + "\n"
    }

    /// At most `width` characters of `line` around `column` (with "…" where cut), and the column within it,
    /// so a very long line (minified JSON, a hostile file) never floods the terminal.
    static func window(_ line: String, column: Int, width: Int = 150) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var excerpt = String.UnicodeScalarView()
        if start > 0 { excerpt.append("…") }
        excerpt.append(contentsOf: scalars[start ..< end])
        if end < scalars.count { excerpt.append("…") }
        return (String(excerpt), column - start + (start > 0 ? 1 : 0))
    }

    private func severityLabel(_ s: Severity) -> String {
        let label = s.rawValue + ":"
        guard useColor else { return label }
        switch s {
        case .error: return "\u{1B}[1;31m\(label)\u{1B}[0m"
        case .warning: return "\u{1B}[1;35m\(label)\u{1B}[0m"
        case .note: return "\u{1B}[1;36m\(label)\u{1B}[0m"
        }
    }

    private func bold(_ s: String) -> String { useColor ? "\u{1B}[1m\(s)\u{1B}[0m" : s }

    typealias Severity = Diagnostic.Severity

    /// Line `number` (1-based) of `text`, without its line break.
    static func line(_ number: Int, of text: String) -> String? { LineIndex(text).line(number) }

    /// Where each line of a text starts, found in one pass, so that quoting many lines of a large file
    /// does not read it from the start each time.
    struct LineIndex {
        let text: String
        /// UTF-8 offset of each line's first byte; lines end at `\n` (a `\r\n` is one line break).
        private var starts: [Int] = [0]

        init(_ text: String) {
            self.text = text
            var offset = 0
            for byte in text.utf8 {
                offset += 1
                if byte == UInt8(ascii: "\n") { starts.append(offset) }
            }
        }

        /// Line `number` (1-based) without its line break, as ``DiagnosticFormatter/line(_:of:)`` gives it.
        func line(_ number: Int) -> String? {
            guard number >= 1 && number <= starts.count else { return nil }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: starts[number - 1])
            var end = number < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[number] - 1) : utf8.endIndex
            // The `\r` of a `\r\n` line break.
            if number < starts.count && end > start && utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
                end = utf8.index(before: end)
            }
            return String(text[start ..< end]).trimmingTrailingCR()
        }
    }

    /// Line `number` (1-based) of `text` by reading it from the start (the rule ``LineIndex`` follows).
    static func scannedLine(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\n" || text[i] == "\r\n" {
                if current == number { return String(text[start ..< i]).trimmingTrailingCR() }
                current += 1
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return current == number ? String(text[start...]).trimmingTrailingCR() : nil
    }

    /// Spaces (tabs kept, so the caret lines up) up to `column`, then `^`.
    static func caretLine(for line: String, column: Int) -> String {
        var caret = ""
        for (i, scalar) in line.unicodeScalars.enumerated() where i < column - 1 {
            caret.append(scalar == "\t" ? "\t" : " ")
        }
        return caret + "^"
    }
}

extension String {
    fileprivate func trimmingTrailingCR() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
