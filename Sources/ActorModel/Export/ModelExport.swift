import Foundation

/// Writes a map in another format: the text, and what that format cannot carry (reported as losses,
/// never dropped silently).
public enum ModelExport {
    public struct Output: Sendable {
        public var text: String
        /// What the format cannot carry, one sentence each, in the order found.
        public var losses: [String]
    }

    /// The map in `format` (one of ``ModelFormat/writable``).
    public static func export(_ map: StakeholderMap, as format: ModelFormat) -> Output? {
        switch format {
        case .yaml: return YAMLModelWriter.write(map)
        case .nodeLink: return NodeLinkWriter.write(map)
        case .graphml: return GraphMLWriter.write(map)
        case .json, .csv, .kumu: return nil
        }
    }

    /// The losses every non-ActorMap format shares: engagement plans and screening settings.
    static func modelOnlyLosses(_ map: StakeholderMap, format: String, keepsPlans: Bool) -> [String] {
        var losses: [String] = []
        if !keepsPlans && !map.engagementPlans.isEmpty {
            losses.append("\(format) cannot carry engagement plans: \(map.engagementPlans.count) not written")
        }
        if map.screening != ScreeningSettings() {
            losses.append("\(format) cannot carry the model's screening settings: not written (the defaults apply)")
        }
        return losses
    }

    /// A JSON string literal (also a valid YAML double-quoted scalar). Escaped: quotes, backslashes,
    /// control characters, the line and paragraph separators, U+FEFF, and the noncharacters U+FFFE and U+FFFF
    /// (YAML does not allow them unescaped: the export would not load again).
    static func quoted(_ s: String) -> String {
        let body = s.escapingScalars { u in
            switch u {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case _
            where u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) || u.value == 0x2028
                || u.value == 0x2029 || u.value == 0xFEFF || u.value == 0xFFFE || u.value == 0xFFFF:
                return String(format: "\\u%04X", u.value)
            default: return nil
            }
        }
        return "\"" + body + "\""
    }

    /// A number as JSON and YAML read it back exactly (integral values without a fraction).
    static func number(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
