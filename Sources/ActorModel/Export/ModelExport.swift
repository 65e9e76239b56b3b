import Foundation

/// Writes a map in another format: the text, and what that format cannot carry (reported as losses,
/// never dropped silently).
public enum ModelExport {
    public struct Output: Sendable {
        public var text: String
        /// What the format cannot carry, one sentence each, in the order found.
        public var losses: [String]
        /// A second file the format needs (Gephi's edge table), written beside the first.
        public var companion: Companion?

        public init(text: String, losses: [String], companion: Companion? = nil) {
            self.text = text
            self.losses = losses
            self.companion = companion
        }
    }

    /// A second output file: its path is the first's without `.csv`, plus `suffix` (`map.csv` →
    /// `map-edges.csv`).
    public struct Companion: Sendable {
        public var suffix: String
        public var text: String

        /// The companion's path for the main output's `path`.
        public func path(besides path: String) -> String {
            let stem = path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
            return stem + suffix
        }
    }

    /// The map in `format` (one of ``ModelFormat/writable``).
    public static func export(_ map: StakeholderMap, as format: ModelFormat) -> Output? {
        switch format {
        case .yaml, .json:
            // A model file refuses ids an edge list or another tool accepts: rewritten, and said so.
            let (safe, renamed) = withModelFileIDs(map)
            var out = format == .yaml ? YAMLModelWriter.write(safe) : JSONModelWriter.write(safe)
            out.losses = idChanges(renamed, format: "A model file's") + out.losses
            return out
        case .nodeLink: return NodeLinkWriter.write(map)
        case .graphml: return GraphMLWriter.write(map)
        case .gexf: return GEXFWriter.write(map)
        case .kumu: return KumuWriter.write(map)
        case .gephi: return GephiWriter.write(map)
        case .pajek: return PajekWriter.write(map)
        // DOT is the diagram's text: GraphvizRendering writes it (the CLI calls it).
        case .csv, .dot, .acled: return nil
        }
    }

    /// The map's name, description, source and date, when the format has no place for them.
    static func metadataLosses(_ map: StakeholderMap, format: String, keepsName: Bool) -> [String] {
        var lost: [String] = []
        if !keepsName { lost.append("name") }
        if map.description != nil { lost.append("description") }
        if map.source != nil { lost.append("source") }
        if map.date != nil { lost.append("date") }
        if map.levels != StakeholderMap.defaultLevels { lost.append("levels") }
        if map.groups != nil { lost.append("groups") }
        guard !lost.isEmpty else { return [] }
        return ["\(format) cannot carry the map's " + lost.joined(separator: ", ") + ": not written"]
    }

    /// The actor fields in use that the format has no place for.
    static func actorFieldLosses(_ map: StakeholderMap, format: String, keepsNotes: Bool, keepsTags: Bool) -> [String] {
        var lost: [String] = []
        let a = map.actors
        if a.contains(where: { $0.sector != nil }) { lost.append("sectors") }
        if a.contains(where: { $0.level != nil }) { lost.append("levels") }
        if a.contains(where: { !$0.represents.isEmpty }) { lost.append("represents") }
        if !keepsTags && a.contains(where: { !$0.tags.isEmpty }) { lost.append("tags") }
        if a.contains(where: { $0.power != nil || $0.legitimacy != nil || $0.accountability != nil }) {
            lost.append("ratings")
        }
        if a.contains(where: { $0.sensitive }) { lost.append("sensitive marks") }
        if !keepsNotes && a.contains(where: { $0.notes != nil }) { lost.append("notes") }
        if a.contains(where: { !$0.attributes.isEmpty }) { lost.append("attributes") }
        guard !lost.isEmpty else { return [] }
        return ["\(format) cannot carry the actors' " + lost.joined(separator: ", ") + ": not written"]
    }

    /// The tie fields in use that the format has no place for (source, confidence, date, and the note).
    static func tieFieldLosses(_ map: StakeholderMap, format: String, keepsNote: Bool) -> [String] {
        var lost: [String] = []
        let r = map.relations
        if r.contains(where: { $0.source != nil }) { lost.append("sources (informant groups)") }
        if r.contains(where: { $0.confidence != nil }) { lost.append("confidence") }
        if r.contains(where: { $0.date != nil }) { lost.append("dates") }
        if !keepsNote && r.contains(where: { $0.note != nil }) { lost.append("notes") }
        guard !lost.isEmpty else { return [] }
        return ["\(format) cannot carry the ties' " + lost.joined(separator: ", ") + ": not written"]
    }

    /// What becomes of the relation types on reading the export back: a declared type without ties is not
    /// written; a type description has no place; a custom type whose name is a default word reads back as
    /// that built-in unless mapped; without a polarity in the format, a custom type that is not positive
    /// reads back positive unless mapped.
    static func typeLosses(_ map: StakeholderMap, format: String, carriesPolarity: Bool) -> [String] {
        var losses: [String] = []
        let inUse = Set(map.relationTypesInUse.map(\.name))
        let unused = map.relationTypes.filter { !$0.isBuiltIn && !inUse.contains($0.name) }
        if !unused.isEmpty {
            losses.append(
                "\(format) carries relation types through their ties: "
                    + unused.map { "'\($0.name)'" }.joined(separator: ", ")
                    + " (no ties) not written")
        }
        let described = map.relationTypes.filter { !$0.isBuiltIn && $0.description != nil && inUse.contains($0.name) }
        if !described.isEmpty {
            losses.append("\(format) cannot carry relation type descriptions: \(described.count) not written")
        }
        for t in map.relationTypesInUse where !t.isBuiltIn {
            let again = "--map 'connection:\(t.name)=\(t.name):\(t.polarity.rawValue)'"
            if !carriesPolarity,
                case .byDefault(let target, let word) = TypeMapping().relation(forConnectionType: t.name)
            {
                losses.append(
                    "\(format) has no relation type definitions: '\(t.name)' reads back as \(target.name) (the word "
                        + "'\(word)') unless mapped with \(again)")
            } else if !carriesPolarity && t.polarity != .positive {
                losses.append(
                    "\(format) has no relation type definitions: '\(t.name)' (\(t.polarity.rawValue)) reads back "
                        + "positive unless mapped with \(again)")
            }
        }
        return losses
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
