import ActorModel
import Testing

@testable import GraphvizRendering

/// RenderingLimits.swift: when to switch layout engine or refuse a map; DOTWriter's size-dependent attributes.
@Suite("Rendering limits")
struct RenderingLimitsTests {
    @Test func smallMapsKeepTheirLayout() {
        for engine in LayoutEngine.allCases {
            #expect(RenderingLimits.decide(nodes: 36, edges: 130, requested: engine) == .draw(engine, message: nil))
        }
    }

    @Test(arguments: LayoutEngine.allCases)
    func aMapAtTheLimitIsDrawnWithTheEngineAskedFor(engine: LayoutEngine) {
        let own = RenderingLimits.limit(for: engine)
        #expect(
            RenderingLimits.decide(nodes: own.nodes, edges: own.edges, requested: engine) == .draw(engine, message: nil)
        )
    }

    @Test(arguments: LayoutEngine.allCases.filter { $0 != .sfdp })
    func oneActorOrTieOverTheLimitSwitchesToSfdpWithAMessage(engine: LayoutEngine) throws {
        let own = RenderingLimits.limit(for: engine)
        for (nodes, edges) in [(own.nodes + 1, own.edges), (own.nodes, own.edges + 1)] {
            guard
                case .draw(let used, let message?) = RenderingLimits.decide(
                    nodes: nodes, edges: edges, requested: engine)
            else {
                Issue.record("expected a switch for \(engine) at \(nodes), \(edges)")
                continue
            }
            #expect(used == .sfdp)
            #expect(
                message
                    == "\(nodes) actors and \(edges) ties are more than the \(engine.rawValue) layout draws in "
                    + "reasonable time (\(own.nodes) actors, \(own.edges) ties); using sfdp instead")
        }
    }

    @Test func everyEngineAllowsNoMoreThanSfdp() {
        let big = RenderingLimits.limit(for: .sfdp)
        for engine in LayoutEngine.allCases {
            let own = RenderingLimits.limit(for: engine)
            #expect(own.nodes <= big.nodes && own.edges <= big.edges, "\(engine)")
        }
    }

    @Test(arguments: LayoutEngine.allCases)
    func overSfdpsLimitIsRefusedWhateverWasAskedFor(engine: LayoutEngine) {
        let big = RenderingLimits.limit(for: .sfdp)
        for (nodes, edges) in [(big.nodes + 1, 10), (10, big.edges + 1), (1_000_000, 5_000_000)] {
            guard case .refuse(let message) = RenderingLimits.decide(nodes: nodes, edges: edges, requested: engine)
            else {
                Issue.record("expected a refusal for \(nodes), \(edges)")
                continue
            }
            #expect(
                message
                    == "\(nodes) actors and \(edges) ties are too many to draw (the limit is \(big.nodes) actors and "
                    + "\(big.edges) ties); draw fewer relation types with --relations, or a part of the map")
        }
    }

    /// A star of `actors` actors (one hub, actors − 1 ties) as a CSV edge list's map.
    func star(_ actors: Int) throws -> StakeholderMap {
        var csv = "source,target\n"
        for i in 1 ..< actors { csv += "hub,a\(i)\n" }
        return try #require(ModelLoader.parse(text: csv, path: "star.csv").validMap)
    }

    func graphLine(_ map: StakeholderMap, _ engine: LayoutEngine) throws -> String {
        let dot = try DOTWriter(options: DiagramOptions(layout: engine)).write(map)
        return try #require(dotLines(dot, containing: "  graph [").first)
    }

    @Test func curvedTiesUpTo60ActorsOr200WithDot() {
        #expect(RenderingLimits.curvedTies(actors: 36, layout: .neato))
        #expect(RenderingLimits.curvedTies(actors: 60, layout: .sfdp))
        #expect(!RenderingLimits.curvedTies(actors: 61, layout: .sfdp))
        #expect(!RenderingLimits.curvedTies(actors: 61, layout: .circo))
        #expect(RenderingLimits.curvedTies(actors: 200, layout: .dot))
        #expect(!RenderingLimits.curvedTies(actors: 201, layout: .dot))
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .sfdp])
    func theGraphLineFollowsTheMapsSize(engine: LayoutEngine) throws {
        let curvedUpTo = engine == .dot ? 200 : 60
        let curved = try graphLine(try star(curvedUpTo), engine)
        #expect(curved.contains("splines=true") && !curved.contains("splines=false") && !curved.contains("pack"))
        let straight = try graphLine(try star(curvedUpTo + 1), engine)
        #expect(straight.contains("splines=false") && !straight.contains("splines=true"))

        let unpacked = try graphLine(try star(RenderingLimits.packedInRowsAbove), engine)
        #expect(!unpacked.contains("pack"))
        let packed = try graphLine(try star(RenderingLimits.packedInRowsAbove + 1), engine)
        #expect(packed.contains("pack=true, packmode=array") == (engine != .dot))
        #expect(packed.contains("overlap=false") == (engine != .dot))
    }

    @Test func largeMapsRemoveOverlapsByScaling() throws {
        let line = try graphLine(try star(RenderingLimits.scaledOverlapAbove + 1), .sfdp)
        #expect(line.contains("overlap=scale") && !line.contains("overlap=false"))
        let below = try graphLine(try star(RenderingLimits.scaledOverlapAbove), .sfdp)
        #expect(below.contains("overlap=false") && !below.contains("overlap=scale"))
    }
}
