/// A set of actors a programme proposes to work with.
public struct EngagementPlan: Sendable, Equatable {
    /// The plan's name, unique in the model.
    public var name: String
    /// Partner actor ids, in file order.
    public var partners: [String]
    /// Free text.
    public var notes: String?
    /// Where the plan is defined.
    public var location: SourceLocation?

    public init(name: String, partners: [String], notes: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.partners = partners
        self.notes = notes
        self.location = location
    }

    public static func == (a: EngagementPlan, b: EngagementPlan) -> Bool {
        a.name == b.name && a.partners == b.partners && a.notes == b.notes
    }
}
