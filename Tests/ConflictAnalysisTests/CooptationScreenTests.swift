import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/CooptationScreen.swift: the whole screen, run end to end.
@Suite("Co-optation screen: properties of the whole run")
struct CooptationScreenTests {
    @Test func renamingActorsChangesNothing() throws {
        let base = try loadValidMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        var renamed = base
        let rename = { (id: String) in "x-\(id.count)-\(String(id.reversed()))" }
        for i in renamed.actors.indices { renamed.actors[i].id = rename(renamed.actors[i].id) }
        for i in renamed.relations.indices {
            renamed.relations[i].from = rename(renamed.relations[i].from)
            renamed.relations[i].to = rename(renamed.relations[i].to)
        }
        let plan = base.engagementPlans[0]
        let a = try CooptationScreen.run(base, options: .init(plan: (plan.name, plan.partners)))
        let b = try CooptationScreen.run(renamed, options: .init(plan: (plan.name, plan.partners.map(rename))))
        #expect(a.actors.map { rename($0.id) } == b.actors.map(\.id))
        for (x, y) in zip(a.actors, b.actors) {
            #expect(x.risk == y.risk && x.band == y.band)
            #expect(x.flags.map { $0.actors.map(rename) } == y.flags.map(\.actors))
        }
        #expect(a.plan?.risk == b.plan?.risk)
    }
}
