import Foundation

/// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; lines end
/// with `\n`. Formula-like text (starting with `=`, `+`, `-` or `@`, other than a number) is prefixed with
/// `'` so a spreadsheet does not execute it (CSV injection).
public enum CSVWriter {
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as CSV text (empty for `nil` or non-finite).
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return JSONValue.format(x)
    }
}
