/// The sign a relation type's ties carry.
public enum Polarity: String, Sendable, CaseIterable, Codable {
    /// Ties are positive (alliance, marriage, funding); weights are magnitudes > 0 (or ≥ 0).
    case positive
    /// Ties are hostile (competition, enmity); weights are magnitudes, the tie counts as negative.
    case negative
    /// Each tie carries its own sign in its weight (trust: −2 distrust … +2 trust).
    case signed
    /// Ties have no sign (information flow, membership).
    case neutral
}

/// A kind of relation: one layer of the map.
public struct RelationType: Sendable, Equatable, Hashable {
    /// The type's name as used in `type:` (e.g. `trust`, `marriage`).
    public var name: String
    /// Whether a tie is an ordered pair (`from` → `to`).
    public var isDirected: Bool
    /// The sign of its ties.
    public var polarity: Polarity
    /// The weights allowed, or `nil` for any finite weight consistent with the polarity.
    public var weightRange: ClosedRange<Double>?
    /// Whether weight 0 is allowed.
    public var allowsZeroWeight: Bool
    /// Whether the type is one of ActorMap's built-ins.
    public var isBuiltIn: Bool
    /// Free text from the model.
    public var description: String?

    public init(
        name: String, isDirected: Bool, polarity: Polarity, weightRange: ClosedRange<Double>? = nil,
        allowsZeroWeight: Bool = true, isBuiltIn: Bool = false, description: String? = nil
    ) {
        self.name = name
        self.isDirected = isDirected
        self.polarity = polarity
        self.weightRange = weightRange
        self.allowsZeroWeight = allowsZeroWeight
        self.isBuiltIn = isBuiltIn
        self.description = description
    }

    /// `trust`: directed, signed, −2 … +2 (A trusts B; negative = distrust). 0 is not a tie.
    public static let trust = RelationType(
        name: "trust", isDirected: true, polarity: .signed, weightRange: -2 ... 2, allowsZeroWeight: false,
        isBuiltIn: true, description: "A trusts B (negative: distrust), −2 … +2")
    /// `power`: directed, 1 … 5 (A has power or influence over B).
    public static let power = RelationType(
        name: "power", isDirected: true, polarity: .positive, weightRange: 1 ... 5, allowsZeroWeight: false,
        isBuiltIn: true, description: "A has power or influence over B, 1 … 5")
    /// `competition`: undirected rivalry, 1 (mild) … 5 (violent conflict); negative polarity.
    public static let competition = RelationType(
        name: "competition", isDirected: false, polarity: .negative, weightRange: 1 ... 5,
        allowsZeroWeight: false, isBuiltIn: true, description: "rivalry, 1 (mild) … 5 (violent conflict)")

    /// The built-in types, in display order.
    public static let builtIns: [RelationType] = BuiltInRelation.allCases.map(\.type)

    /// Which built-in type this is, or `nil` for a type the model declares. Code that gives a built-in
    /// type a meaning (the screen, the diagram's style, the signed analysis) switches on this.
    public var builtIn: BuiltInRelation? { isBuiltIn ? BuiltInRelation(rawValue: name) : nil }

    /// The signed value a tie of this type with stored weight `weight` contributes to signed analysis:
    /// negative-polarity weights count as negative, signed weights keep their sign, neutral counts as positive.
    public func signedWeight(_ weight: Double) -> Double {
        switch polarity {
        case .negative: return -abs(weight)
        case .positive, .neutral, .signed: return weight
        }
    }
}

/// ActorMap's built-in relation types, typed. A model cannot redeclare them, so a type named `trust` is
/// always this `trust`.
public enum BuiltInRelation: String, CaseIterable, Sendable {
    /// Directed, signed, −2 … +2: A trusts B (negative: distrust).
    case trust
    /// Directed, 1 … 5: A has power or influence over B.
    case power
    /// Undirected rivalry, 1 (mild) … 5 (violent conflict); negative polarity.
    case competition

    /// The type's definition.
    public var type: RelationType {
        switch self {
        case .trust: return .trust
        case .power: return .power
        case .competition: return .competition
        }
    }
}
