import Foundation

/// Aligned plain-text columns for terminals; widths count characters (so accented and Arabic names
/// align as well as the terminal allows).
public struct TextColumns {
    public var rows: [[String]] = []
    /// Right-align these columns (numbers).
    public var rightAligned: Set<Int> = []

    public init(rightAligned: Set<Int> = []) { self.rightAligned = rightAligned }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render(indent: String = "") -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = indent
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += rightAligned.contains(i) ? pad + cell : cell + (i + 1 < row.count ? pad : "")
                if i + 1 < row.count { line += "  " }
            }
            out += line + "\n"
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
    if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
    return s == "-0" ? "0" : s
}
