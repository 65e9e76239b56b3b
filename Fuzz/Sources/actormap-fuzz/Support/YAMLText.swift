/// YAML spellings for the structure-aware targets.
enum YAMLText {
    /// `s` as a double-quoted YAML scalar: every character kept, control characters and YAML's
    /// non-printable ones escaped (`\0`, `\uXXXX`), so any text reaches the loader intact.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                let v = u.value
                if v < 0x20 || (0x7F ... 0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
                    || v == 0xFFFE || v == 0xFFFF
                {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A flow sequence of quoted texts: `["a", "b"]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}
