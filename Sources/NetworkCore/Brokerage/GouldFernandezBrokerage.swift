/// How often a node brokers between others, by the group memberships of the three nodes involved
/// (Gould & Fernandez 1989).
///
/// Node `b` **brokers** the ordered pair `(a, c)` when `a → b → c`, `a ≠ c`, and there is no tie `a → c`
/// (b is the only short way from a to c). With group labels `g`:
///
/// | role | groups | two-path | sna's `brokerage` column |
/// |---|---|---|---|
/// | coordinator    | g(a) = g(b) = g(c)              | A → A → A | `w_I`  |
/// | itinerant      | g(a) = g(c) ≠ g(b)              | A → B → A | `w_O`  |
/// | gatekeeper     | g(a) ≠ g(b) = g(c)              | A → B → B | `b_IO` |
/// | representative | g(a) = g(b) ≠ g(c)              | A → A → B | `b_OI` |
/// | liaison        | g(a), g(b), g(c) all different  | A → B → C | `b_O`  |
///
/// A gatekeeper admits an out-group member's contact *into* its own group; a representative carries its
/// group's contact *out* to another group.
public struct BrokerageRoles: Sendable, Equatable, CustomStringConvertible {
    /// a, b and c in one group.
    public var coordinator: Int
    /// a and c in one group, b in another.
    public var itinerant: Int
    /// b and c in one group, a in another.
    public var gatekeeper: Int
    /// a and b in one group, c in another.
    public var representative: Int
    /// a, b and c in three different groups.
    public var liaison: Int

    public init(
        coordinator: Int = 0, itinerant: Int = 0, gatekeeper: Int = 0, representative: Int = 0, liaison: Int = 0
    ) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.gatekeeper = gatekeeper
        self.representative = representative
        self.liaison = liaison
    }

    /// All brokered pairs, whatever the role.
    public var total: Int { coordinator + itinerant + gatekeeper + representative + liaison }

    public var description: String {
        "coordinator \(coordinator), itinerant \(itinerant), gatekeeper \(gatekeeper), "
            + "representative \(representative), liaison \(liaison), total \(total)"
    }
}

extension Graph {
    /// Gould & Fernandez brokerage roles of every node, for the group labels `groups` (see
    /// ``BrokerageRoles``).
    ///
    /// Conventions:
    /// - an undirected graph counts both directions: each edge is the two arcs `u → v` and `v → u`, so
    ///   every brokered pair `{a, c}` counts as `(a, c)` and `(c, a)` (and gatekeeper = representative for
    ///   every node); this matches sna's `brokerage` on a symmetric matrix;
    /// - weights are ignored; self-loops are ignored; parallel arcs count once;
    /// - groups are any `Int32` labels (equal labels = same group).
    ///
    /// For each node `b`, each predecessor `a` and each successor `c ≠ a`, the missing tie `a → c` is checked
    /// by binary search in `a`'s sorted successors (``Graph/arc(from:to:)``).
    ///
    /// Reference: Gould & Fernandez (1989), *Structures of mediation: a formal approach to brokerage in
    /// transaction networks*, Sociological Methodology 19:89–126.
    ///
    /// - Precondition: `groups.count == nodeCount`.
    /// - Complexity: O(Σ_b deg_in(b) · deg_out(b) · log d_max) time, O(n) memory.
    public func gouldFernandezBrokerage(groups: [Int32]) -> [BrokerageRoles] {
        precondition(groups.count == nodeCount, "one group label per node")
        var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: nodeCount)
        for b in 0 ..< nodeCount {
            let gb = groups[b]
            var counts = BrokerageRoles()
            var previousA: Int32 = -1
            for inArc in inArcs(of: b) {
                let a32 = inNeighbors[inArc]
                if a32 == previousA { continue }  // a parallel arc
                previousA = a32
                let a = Int(a32)
                if a == b { continue }
                let ga = groups[a]
                var previousC: Int32 = -1
                for outArc in outArcs(of: b) {
                    let c32 = outNeighbors[outArc]
                    if c32 == previousC { continue }
                    previousC = c32
                    let c = Int(c32)
                    if c == b || c == a || hasArc(from: a, to: c) { continue }
                    let gc = groups[c]
                    if ga == gb {
                        if gb == gc { counts.coordinator += 1 } else { counts.representative += 1 }
                    } else if gb == gc {
                        counts.gatekeeper += 1
                    } else if ga == gc {
                        counts.itinerant += 1
                    } else {
                        counts.liaison += 1
                    }
                }
            }
            roles[b] = counts
        }
        return roles
    }
}
