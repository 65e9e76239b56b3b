import Testing

@testable import NetworkCore

/// Centrality/HITS.swift: hubs and authorities.
@Suite("HITS hubs and authorities")
struct HITSTests {
    static let oracle: OracleMeasures = [
        "hits_hubs": { try HITS.compute(try $0.graph(.unweighted)).hubs },
        "hits_authorities": { try HITS.compute(try $0.graph(.unweighted)).authorities },
        "hits_hubs_weighted": { try HITS.compute(try $0.graph(.length)).hubs },
        "hits_authorities_weighted": { try HITS.compute(try $0.graph(.length)).authorities },
    ]

    @Test(arguments: OracleFixture.names)
    func matchesNetworkx(fixture: String) throws {
        try OracleFixture(fixture).expectNodeValues(Self.oracle)
    }
}
