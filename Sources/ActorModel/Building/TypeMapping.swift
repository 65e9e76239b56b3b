/// How the types of another tool's network (Kumu's element and connection types, GraphML's `type`
/// attributes) become ActorMap sectors and relation types: the analyst's `--map KIND:FROM=TO` choices first,
/// then defaults by common words. A type neither maps is kept (as an attribute or a custom relation type) and
/// reported by name and count; nothing is dropped silently.
public struct TypeMapping: Sendable, Equatable {
    /// What a connection type becomes: a relation type's name and, for a custom type, its polarity.
    public struct RelationTarget: Sendable, Equatable {
        public var name: String
        /// The polarity of a custom type (`nil`: positive, or the built-in's own).
        public var polarity: Polarity?

        public init(name: String, polarity: Polarity? = nil) {
            self.name = name
            self.polarity = polarity
        }
    }

    /// A `--map` value that cannot be used, in the user's words.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Element type (normalised: lowercase, words separated by one space) → sector.
    public private(set) var sectors: [String: Sector] = [:]
    /// Connection type (normalised) → relation type.
    public private(set) var relations: [String: RelationTarget] = [:]

    public init() {}

    /// Adds one `--map` value: `element:TYPE=SECTOR` or `connection:TYPE=RELATION[:POLARITY]`, where
    /// RELATION is `trust`, `power`, `competition` or a custom type's name (an id) and POLARITY one of
    /// positive, negative, signed, neutral (custom types only).
    public mutating func add(_ argument: String) throws(ParseError) {
        let usage = "write --map element:TYPE=SECTOR or --map connection:TYPE=RELATION[:POLARITY]"
        guard let colon = argument.firstIndex(of: ":") else {
            throw ParseError(description: "'\(argument)' names no kind; \(usage)")
        }
        let kind = argument[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let rest = argument[argument.index(after: colon)...]
        guard let equals = rest.lastIndex(of: "=") else {
            throw ParseError(description: "'\(argument)' has no '='; \(usage)")
        }
        let from = Self.normalised(String(rest[..<equals]))
        let to = rest[rest.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !from.isEmpty, !to.isEmpty else {
            throw ParseError(description: "'\(argument)' leaves a type empty; \(usage)")
        }
        switch kind {
        case "element":
            guard let sector = Sector(rawValue: to.lowercased()) else {
                let names = Sector.allCases.map(\.rawValue)
                throw ParseError(
                    description: "unknown sector '\(to)' in '\(argument)'; use one of "
                        + names.joined(separator: ", ") + NearMiss.hint(for: to, among: names))
            }
            sectors[from] = sector
        case "connection":
            let parts = to.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let name = parts[0]
            guard ModelRules.isValidID(name) else {
                throw ParseError(
                    description: "relation type '\(name)' in '\(argument)' may contain only letters, digits, "
                        + "'-', '_' and '.'")
            }
            var polarity: Polarity?
            if parts.count == 2 {
                guard let p = Polarity(rawValue: parts[1].lowercased()) else {
                    let names = Polarity.allCases.map(\.rawValue)
                    throw ParseError(
                        description: "unknown polarity '\(parts[1])' in '\(argument)'; use one of "
                            + names.joined(separator: ", ") + NearMiss.hint(for: parts[1], among: names))
                }
                if BuiltInRelation(rawValue: name) != nil {
                    throw ParseError(
                        description: "'\(name)' is a built-in relation type with its own polarity; "
                            + "leave out ':\(parts[1])' in '\(argument)'")
                }
                polarity = p
            }
            relations[from] = RelationTarget(name: name, polarity: polarity)
        default:
            throw ParseError(
                description: "unknown kind '\(kind)' in '\(argument)'; \(usage)"
                    + NearMiss.hint(for: kind, among: ["element", "connection"]))
        }
    }

    /// A mapping from `--map` values, in order (a later value for the same type wins).
    public init(arguments: [String]) throws(ParseError) {
        for a in arguments { try add(a) }
    }

    // MARK: - Looking types up

    /// How a type was resolved: by the analyst's `--map`, by a default word, or not at all.
    enum Resolution<Target: Equatable>: Equatable {
        case mapped(Target)
        case byDefault(Target, word: String)
        case unmapped
    }

    func sector(forElementType type: String) -> Resolution<Sector> {
        let key = Self.normalised(type)
        if let s = sectors[key] { return .mapped(s) }
        // A sector's own name (ActorMap's export writes them): itself.
        if let s = Sector(rawValue: type.trimmingCharacters(in: .whitespaces).lowercased()) { return .mapped(s) }
        for (phrase, sector) in Self.defaultSectors where Self.contains(key, phrase: phrase) {
            return .byDefault(sector, word: phrase)
        }
        return .unmapped
    }

    func relation(forConnectionType type: String) -> Resolution<RelationTarget> {
        let key = Self.normalised(type)
        if let r = relations[key] { return .mapped(r) }
        for (phrase, builtIn) in Self.defaultRelations where Self.contains(key, phrase: phrase) {
            return .byDefault(RelationTarget(name: builtIn.rawValue), word: phrase)
        }
        return .unmapped
    }

    // MARK: - Defaults

    /// Words (whole words of the type, any case) that name a sector, checked in this order.
    public static let defaultSectors: [(String, Sector)] = [
        ("armed group", .nonStateArmed), ("militia", .nonStateArmed), ("rebel", .nonStateArmed),
        ("rebels", .nonStateArmed), ("insurgent", .nonStateArmed), ("insurgents", .nonStateArmed),
        ("gang", .nonStateArmed),
        ("ministry", .state), ("police", .state), ("government", .state), ("army", .state),
        ("military", .state), ("municipality", .state), ("court", .state),
        ("chief", .customary), ("elder", .customary), ("elders", .customary), ("customary", .customary),
        ("ngo", .civilSociety), ("civil society", .civilSociety), ("cso", .civilSociety),
        ("company", .private), ("business", .private), ("private sector", .private),
        ("donor", .international), ("international", .international), ("un agency", .international),
        ("community", .community), ("village", .community),
    ]

    /// Words that name a built-in relation type, checked in this order (hostility before trust, so
    /// "distrust" or "trust conflict" is never read as trust by accident: words are whole words).
    public static let defaultRelations: [(String, BuiltInRelation)] = [
        ("conflict", .competition), ("rivalry", .competition), ("rival", .competition),
        ("infighting", .competition), ("fighting", .competition), ("enmity", .competition),
        ("hostility", .competition), ("violence", .competition), ("clash", .competition),
        ("dispute", .competition), ("feud", .competition), ("competition", .competition),
        ("trust", .trust), ("alliance", .trust), ("allies", .trust), ("ally", .trust),
        ("cooperation", .trust), ("collaboration", .trust), ("partnership", .trust),
        ("power", .power), ("influence", .power), ("control", .power), ("command", .power),
    ]

    /// Lowercase, every run of characters other than letters and digits one space, trimmed.
    static func normalised(_ type: String) -> String {
        type.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Whether the normalised `text` contains `phrase` as whole words.
    static func contains(_ text: String, phrase: String) -> Bool {
        " \(text) ".contains(" \(phrase) ")
    }
}
