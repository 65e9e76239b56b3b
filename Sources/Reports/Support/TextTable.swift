import Foundation

/// Aligned plain-text columns for terminals; widths count characters (so accented and Arabic names
/// align as well as the terminal allows).
public struct TextColumns {
    public var rows: [[String]] = []
    /// Right-align these columns (numbers).
    public var rightAligned: Set<Int> = []
    /// When set, a wrapped last column breaks only after this separator (a list: `", "`, a path: `" → "`).
    public var lastColumnSeparator: String?

    public init(rightAligned: Set<Int> = []) { self.rightAligned = rightAligned }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The rows as aligned text. With `width`, a last column that would run past it is wrapped at its
    /// spaces, its continuation lines starting under its first character (or, when the other columns
    /// leave it less than a third of the width, on their own lines indented by four more spaces).
    public func render(indent: String = "", width: Int? = nil) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = indent
            for (i, cell) in row.enumerated() {
                let isLast = i + 1 == row.count
                if isLast, let width, line.count + cell.count > width, !cell.isEmpty {
                    let room = width - line.count
                    let hanging = room >= width / 3 ? String(repeating: " ", count: line.count) : indent + "    "
                    func wrapped(_ prefix: String) -> String {
                        guard let separator = lastColumnSeparator else {
                            return TextWrap.wrap(cell, width: width, prefix: prefix, continuation: hanging)
                        }
                        let items = cell.components(separatedBy: separator)
                        return TextWrap.wrapList(
                            items, width: width, prefix: prefix, continuation: hanging,
                            separator: separator)
                    }
                    if room >= width / 3 {
                        out += wrapped(line)
                    } else {
                        out += line.trimmingSuffixSpaces() + "\n"
                        out += wrapped(hanging)
                    }
                    line = ""
                    break
                }
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += rightAligned.contains(i) ? pad + cell : cell + (isLast ? "" : pad)
                if !isLast { line += "  " }
            }
            if !line.isEmpty { out += line + "\n" }
        }
        return out
    }
}

/// A number for a table: up to `digits` significant decimals, no needless zeros.
public func tableNumber(_ x: Double?, digits: Int = 3) -> String {
    guard let x else { return "—" }
    guard x.isFinite else { return "∞" }
    if x == x.rounded() && abs(x) < 1e12 { return String(Int64(x)) }
    let magnitude = abs(x)
    let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? digits - 1 : digits
    var s = String(format: "%.\(decimals)f", x)
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
}

extension String {
    /// The string without trailing spaces.
    func trimmingSuffixSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
