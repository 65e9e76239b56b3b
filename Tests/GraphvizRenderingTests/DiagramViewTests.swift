import ActorModel
import ConflictAnalysis
import Foundation
import Testing

@testable import GraphvizRendering

/// A chain a – b – c – d – e of trust, a rivalry c ~ x, and a plan with partner b.
private let chainModel = """
    actormap: 1
    name: Chain
    actors:
      - {id: a, name: Alpha, sector: community, level: community, power: 1, legitimacy: 4}
      - {id: b, name: Bravo, sector: customary, level: community, power: 4, legitimacy: 2}
      - {id: c, name: Charlie, sector: state, level: district}
      - {id: d, name: Delta, sector: state, level: district}
      - {id: e, name: Echo, sector: state, level: district}
      - {id: x, name: Xray, sector: non-state-armed, level: community}
    relations:
      - {type: trust, from: a, to: b, weight: 2}
      - {type: trust, from: b, to: c, weight: 1}
      - {type: trust, from: c, to: d, weight: 1}
      - {type: trust, from: d, to: e, weight: 1}
      - {type: competition, between: [c, x], weight: 4}
    engagement:
      - {name: Pilot, partners: [b]}
    """

private func chainMap() throws -> StakeholderMap {
    try #require(ModelLoader.parse(text: chainModel, path: "chain.yaml").validMap)
}

/// The `label` of the node drawn for actor index `i`.
private func nodeLine(_ dot: String, _ i: Int) -> String? {
    dotLines(dot, containing: "  n\(i) [").first
}

@Suite struct DiagramViewTests {
    @Test func egoKeepsExactlyTheRadiusNeighbourhood() throws {
        let map = try chainMap()
        let one = try DiagramViews.ego(map, actor: "c", radius: 1, options: DiagramOptions())
        #expect(Set(one.map.actors.map(\.id)) == ["b", "c", "d", "x"])
        let two = try DiagramViews.ego(map, actor: "c", radius: 2, options: DiagramOptions())
        #expect(Set(two.map.actors.map(\.id)) == ["a", "b", "c", "d", "e", "x"])
        // Only trust drawn: the rival is no longer a neighbour.
        let trust = try DiagramViews.ego(map, actor: "c", radius: 1, options: DiagramOptions(relations: ["trust"]))
        #expect(Set(trust.map.actors.map(\.id)) == ["b", "c", "d"])
        // Every tie kept has both ends in the neighbourhood.
        let kept = Set(one.map.actors.map(\.id))
        #expect(one.map.relations.allSatisfy { kept.contains($0.from) && kept.contains($0.to) })
        #expect(one.map.relations.count == 3)
        let dot = try DOTWriter(options: one.options).write(one.map)
        let focus = try #require(one.map.actors.firstIndex { $0.id == "c" })
        #expect(nodeLine(dot, focus)?.contains("peripheries=2") == true)
        #expect(dotLines(dot, containing: "peripheries=2").count == 1)
    }

    @Test func egoRejectsAnUnknownActorAndABadRadius() throws {
        let map = try chainMap()
        #expect(throws: DiagramError.unknownActor("zzzzzz", suggestion: nil)) {
            _ = try DiagramViews.ego(map, actor: "zzzzzz", options: DiagramOptions())
        }
        #expect(throws: DiagramError.unknownActor("dd", suggestion: "d")) {
            _ = try DiagramViews.ego(map, actor: "dd", options: DiagramOptions())
        }
        #expect(throws: DiagramError.self) {
            _ = try DiagramViews.ego(map, actor: "c", radius: 0, options: DiagramOptions())
        }
    }

    @Test func riskFillsByBandMarksFlagsAndOutlinesPartners() throws {
        let map = try chainMap()
        let screen = try CooptationScreen.run(map, options: ScreenOptions(plan: ("Pilot", ["b"])))
        let view = DiagramViews.risk(map, screen: screen, options: DiagramOptions())
        let dot = try DOTWriter(options: view.options).write(view.map)
        for actor in screen.actors {
            let i = try #require(map.actors.firstIndex { $0.id == actor.id })
            let line = try #require(nodeLine(dot, i))
            let fill = try #require(DiagramViews.riskMark(for: actor.band).fill)
            #expect(line.contains("fillcolor=\"\(fill)\""), "\(actor.id) \(actor.band)")
            #expect(line.contains(DiagramViews.flagSymbol) == !actor.flags.isEmpty)
            #expect(line.contains("peripheries=2") == (actor.id == "b"))
        }
        #expect(dot.contains("partner in plan"))
        #expect(view.options.fillsBySector == false)
    }

    @Test func unknownBandNeverLooksLikeLow() throws {
        let unknown = DiagramViews.riskMark(for: .unknown)
        for band in RiskBand.allCases where band != .unknown {
            let other = DiagramViews.riskMark(for: band)
            #expect(other.fill != unknown.fill)
            #expect(other.style == nil)
        }
        #expect(unknown.style == "dotted")
        #expect(unknown.prefix == "?")
        // A map where nobody has data: every actor unknown, drawn grey and dotted, and the legend says so.
        let bare = try #require(
            ModelLoader.parse(
                text: "actormap: 1\nname: Bare\nactors:\n  - {id: p, name: P}\n  - {id: q, name: Q}\n",
                path: "bare.yaml"
            ).validMap)
        let screen = try CooptationScreen.run(bare)
        if screen.actors.contains(where: { $0.band == .unknown }) {
            let view = DiagramViews.risk(bare, screen: screen, options: DiagramOptions())
            let dot = try DOTWriter(options: view.options).write(view.map)
            #expect(dot.contains("dotted"))
            #expect(dot.contains("too little data"))
        }
    }

    @Test func factionsAreClustersWithUnalignedApart() throws {
        let map = try chainMap()
        let view = try DiagramViews.factions(map, options: DiagramOptions(layout: .fdp), analysis: AnalysisOptions())
        #expect(!view.options.groups.isEmpty)
        let dot = try DOTWriter(options: view.options).write(view.map)
        #expect(dot.contains("subgraph cluster_group0"))
        // Every actor in one box at most.
        let members = view.options.groups.flatMap(\.members)
        #expect(Set(members).count == members.count)
        // The rival has no positive tie: unaligned.
        let unaligned = try #require(view.options.groups.first { $0.label.hasPrefix("Unaligned") })
        #expect(unaligned.members.contains("x"))
        #expect(unaligned.style.contains("dashed"))
        // No level ranks with boxes (dot would take minutes).
        let dotted = try DOTWriter(options: DiagramOptions(layout: .dot)).write(map)
        #expect(dotted.contains("rank=same"))
        var inDot = view.options
        inDot.layout = .dot
        #expect(!(try DOTWriter(options: inDot).write(view.map)).contains("rank=same"))
    }

    @Test func factionsWithoutHostileTiesWarnAndStillDraw() throws {
        var map = try chainMap()
        map.relations.removeAll { $0.type == "competition" }
        let view = try DiagramViews.factions(map, options: DiagramOptions(), analysis: AnalysisOptions())
        #expect(view.options.groups.isEmpty)
        #expect(view.warnings.contains { $0.contains("no hostile ties") })
        #expect(try DOTWriter(options: view.options).write(view.map).contains("n0 ["))
    }

    @Test func layerNeedsRelationsAndDropsIsolates() throws {
        let map = try chainMap()
        #expect(throws: DiagramError.self) { _ = try DiagramViews.layer(map, options: DiagramOptions()) }
        let view = try DiagramViews.layer(map, options: DiagramOptions(relations: ["competition"]))
        let dot = try DOTWriter(options: view.options).write(view.map)
        #expect(dotLines(dot, containing: "fillcolor=").count == 2)
        #expect(!dot.contains(">trust<"))
        #expect(dot.contains(">competition<"))
    }

    @Test func renamingActorsRenamesEveryMark() throws {
        var options = DiagramOptions()
        options.nodeMarks["a"] = NodeMark(fill: "#000000")
        options.groups = [NodeGroup(label: "F", fill: "#FFFFFF", outline: "#000000", members: ["a", "b"])]
        options.tieMarks[TieMark.Key(type: "trust", from: "a", to: "b")] = TieMark(
            color: "#000000", style: "solid", legend: "x")
        let renamed = ViewDiagram(map: try chainMap(), options: options).renamingActors { $0 == "a" ? "s-1" : $0 }
        #expect(renamed.options.nodeMarks.keys.sorted() == ["s-1"])
        #expect(renamed.options.groups[0].members == ["s-1", "b"])
        #expect(renamed.options.tieMarks.keys.first?.from == "s-1")
    }
}
