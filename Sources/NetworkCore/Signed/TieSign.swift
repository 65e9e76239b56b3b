/// The sign of a tie: which layer of a ``SignedGraph`` it belongs to.
public enum TieSign: Int8, Sendable, Hashable, Comparable, CustomStringConvertible {
    case negative = -1
    case positive = 1

    public static func < (a: TieSign, b: TieSign) -> Bool { a.rawValue < b.rawValue }

    public var description: String { self == .positive ? "positive" : "negative" }
}

/// One signed tie between two nodes, as reported by a signed measure (a violating or frustrated tie).
///
/// For a directed tie `source → target`; for an undirected tie (or a symmetrised pair) `source < target`.
public struct SignedTie: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The tail node (the smaller node of an undirected pair).
    public var source: Int
    /// The head node (the larger node of an undirected pair).
    public var target: Int
    /// The tie's sign.
    public var sign: TieSign

    public init(source: Int, target: Int, sign: TieSign) {
        self.source = source
        self.target = target
        self.sign = sign
    }

    /// Order by source, then target, then sign (negative first).
    public static func < (a: SignedTie, b: SignedTie) -> Bool {
        (a.source, a.target, a.sign.rawValue) < (b.source, b.target, b.sign.rawValue)
    }

    public var description: String { "\(source)\(sign == .positive ? "+" : "−")\(target)" }
}

/// What a tie contributes to a signed measure that can weigh ties.
public enum SignedTieValue: String, Sendable, CaseIterable {
    /// Every tie counts 1, whatever its weight (the published definitions, and the default).
    case count
    /// A tie counts its magnitude: the layer's ``WeightKind`` strength of its weight.
    case magnitude
}
