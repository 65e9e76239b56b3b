/// A person, group or institution on the map.
public struct Actor: Sendable, Equatable {
    /// Unique id: letters, digits, `-`, `_`, `.`.
    public var id: String
    /// Display name (any Unicode); the id when the model gives none.
    public var name: String
    /// Sector, when known.
    public var sector: Sector?
    /// Level (one of the model's levels), when known.
    public var level: String?
    /// Groups the actor represents or speaks for (women, youth, elders, a minority ...).
    public var represents: [String]
    /// Free tags. Recognised: `security` (a security provider), `justice` (a justice provider).
    public var tags: [String]
    /// Analyst rating of power or influence, 0 … 5, when rated.
    public var power: Double?
    /// Analyst rating of legitimacy, 0 … 5, when rated.
    public var legitimacy: Double?
    /// Analyst rating of accountability, 0 … 5, when rated.
    public var accountability: Double?
    /// Whether naming this actor could endanger people; reports redact sensitive actors.
    public var sensitive: Bool
    /// Free text.
    public var notes: String?
    /// Custom attributes (wealth, faction ...), as text in file order.
    public var attributes: [(key: String, value: String)]
    /// Where the actor is defined.
    public var location: SourceLocation?

    public init(
        id: String, name: String? = nil, sector: Sector? = nil, level: String? = nil,
        represents: [String] = [], tags: [String] = [], power: Double? = nil, legitimacy: Double? = nil,
        accountability: Double? = nil, sensitive: Bool = false, notes: String? = nil,
        attributes: [(key: String, value: String)] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.sector = sector
        self.level = level
        self.represents = represents
        self.tags = tags
        self.power = power
        self.legitimacy = legitimacy
        self.accountability = accountability
        self.sensitive = sensitive
        self.notes = notes
        self.attributes = attributes
        self.location = location
    }

    /// The value of a custom attribute.
    public func attribute(_ key: String) -> String? {
        attributes.first { $0.key == key }?.value
    }

    public static func == (a: Actor, b: Actor) -> Bool {
        a.id == b.id && a.name == b.name && a.sector == b.sector && a.level == b.level
            && a.represents == b.represents && a.tags == b.tags && a.power == b.power
            && a.legitimacy == b.legitimacy && a.accountability == b.accountability
            && a.sensitive == b.sensitive && a.notes == b.notes
            && a.attributes.elementsEqual(b.attributes) { $0.key == $1.key && $0.value == $1.value }
    }
}
