import Testing

@testable import NetworkCore

/// Community/Modularity.swift, against networkx on the karate club's two clubs.
@Suite("Modularity")
struct ModularityTests {
    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        let f = try OracleFixture(fixture)
        guard let groups = f.parameters["COMMUNITIES"] as? [String: [String]] else { return }
        let plain = try f.graph(.unweighted)
        let length = try f.graph(.length)
        var label = [Int32](repeating: -1, count: f.nodes.count)
        for (c, key) in groups.keys.sorted().enumerated() {
            for node in groups[key]! { label[f.nodes.firstIndex(of: node)!] = Int32(c) }
        }
        f.expectGraphValue("modularity_club") { Modularity.compute(plain, communities: label) }
        f.expectGraphValue("modularity_club_weighted") { Modularity.compute(length, communities: label) }
    }
}
