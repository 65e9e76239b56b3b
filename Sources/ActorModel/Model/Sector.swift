/// The part of a hybrid political order an actor belongs to.
public enum Sector: String, Sendable, CaseIterable, Codable, Comparable {
    case state
    case customary
    case community
    case civilSociety = "civil-society"
    case nonStateArmed = "non-state-armed"
    case `private`
    case international

    /// Human-readable name for legends and tables.
    public var label: String {
        switch self {
        case .state: return "State"
        case .customary: return "Customary authority"
        case .community: return "Community group"
        case .civilSociety: return "Civil society"
        case .nonStateArmed: return "Non-state armed"
        case .private: return "Private sector"
        case .international: return "International"
        }
    }

    public static func < (a: Sector, b: Sector) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
