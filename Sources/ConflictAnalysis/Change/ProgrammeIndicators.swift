import ActorModel

/// The people-focused monitoring indicators a community-security programme reports, computed from one
/// snapshot of the map (`actormap diff`).
///
/// - `trustedPathShare`: the share of community actors with a trusted path to a state security or justice
///   provider (the social contract, METHODOLOGY §4.10: every step is trust the community side reports);
/// - `communityStateTrust`: the mean combined trust of the ties from community actors to state actors
///   (−2 … +2; `nil` when none is recorded);
/// - `singleGatekeeperCommunities`: the number of community actors that reach every state actor only
///   through one gatekeeper (cut off by removing a single actor: the sole-gatekeeper flags).
public struct ProgrammeIndicators: Sendable, Equatable {
    public var trustedPathShare: Double?
    public var communityStateTrust: Double?
    public var singleGatekeeperCommunities: Int

    public init(trustedPathShare: Double?, communityStateTrust: Double?, singleGatekeeperCommunities: Int) {
        self.trustedPathShare = trustedPathShare
        self.communityStateTrust = communityStateTrust
        self.singleGatekeeperCommunities = singleGatekeeperCommunities
    }

    public init(_ map: StakeholderMap) throws {
        self.init(map, screen: try CooptationScreen.run(map))
    }

    /// The indicators of `map` from its co-optation screen (its social contract and flags), already run.
    public init(_ map: StakeholderMap, screen: ScreenReport) {
        let paths = screen.socialContract
        trustedPathShare =
            paths.isEmpty ? nil : Double(paths.filter { !$0.path.isEmpty }.count) / Double(paths.count)
        let combined = map.combiningRepeatedReports()
        let sector = Dictionary(uniqueKeysWithValues: combined.actors.map { ($0.id, $0.sector) })
        let hasCommunitySector = combined.actors.contains { $0.sector == .community }
        let mostLocal = combined.levels.first
        let level = Dictionary(uniqueKeysWithValues: combined.actors.map { ($0.id, $0.level) })
        func isCommunity(_ id: String) -> Bool {
            hasCommunitySector ? sector[id] == .community : (level[id] ?? nil) == mostLocal
        }
        var trust: [Double] = []
        for r in combined.relations where combined.relationType(named: r.type)?.builtIn == .trust {
            let pairs = r.isMutual ? [(r.from, r.to), (r.to, r.from)] : [(r.from, r.to)]
            for (a, b) in pairs where isCommunity(a) && sector[b] == .state { trust.append(r.weight) }
        }
        communityStateTrust = trust.isEmpty ? nil : trust.reduce(0, +) / Double(trust.count)
        var cut = Set<String>()
        for actor in screen.actors {
            for flag in actor.flags where flag.kind == .soleGatekeeper { cut.formUnion(flag.actors.dropFirst()) }
        }
        singleGatekeeperCommunities = cut.count
    }
}
