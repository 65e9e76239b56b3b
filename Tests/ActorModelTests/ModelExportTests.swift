import Foundation
import Testing

@testable import ActorModel

/// Export to YAML, node-link and GraphML, and the way back.
@Suite("Model export and GraphML import")
struct ModelExportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func model(_ name: String) throws -> StakeholderMap {
        let r = try ModelLoader.load(path: root.appendingPathComponent("models/\(name).yaml").path)
        return try #require(r.validMap)
    }

    /// A small map with every field and awkward text.
    static let awkward: StakeholderMap = {
        var map = StakeholderMap(name: "Quotes \"and\" \\ back\nslash", description: "Ünïcødé: 🕊", date: "2024-05-01")
        map.relationTypes.append(RelationType(name: "feud", isDirected: false, polarity: .negative))
        map.actors = [
            Actor(
                id: "a", name: "A & <B>", sector: .nonStateArmed, level: "district", tags: ["x", "y"], power: 4.5,
                legitimacy: 1, accountability: 0, sensitive: true, notes: "line\nbreak",
                attributes: [("faction", "1"), ("wealth", "3.25")]),
            Actor(id: "b"), Actor(id: "isolate"),
        ]
        map.relations = [
            Relation(type: "trust", from: "a", to: "b", isMutual: true, weight: -1.5, source: "women", confidence: 0.5),
            Relation(type: "feud", from: "a", to: "b", weight: 3, date: "2024-01-02", note: "the \"well\""),
        ]
        map.engagementPlans = [EngagementPlan(name: "Phase 1", partners: ["a", "b"], notes: "n")]
        return map
    }()

    @Test(arguments: ["gahuku-gama", "florentine-families", "maro-district"])
    func yamlRoundTripsEveryModel(name: String) throws {
        let map = try Self.model(name)
        let out = try #require(ModelExport.export(map, as: .yaml))
        #expect(out.losses.isEmpty)
        let back = try #require(ModelLoader.parse(text: out.text, path: "back.yaml").validMap)
        #expect(back.actors == map.actors && back.relations == map.relations)
        #expect(back.relationTypes == map.relationTypes && back.engagementPlans == map.engagementPlans)
        #expect(back.name == map.name && back.description == map.description && back.levels == map.levels)
        #expect(back.groups == map.groups && back.screening == map.screening)
    }

    @Test func yamlRoundTripsAwkwardText() throws {
        let out = try #require(ModelExport.export(Self.awkward, as: .yaml))
        let r = ModelLoader.parse(text: out.text, path: "back.yaml")
        let back = try #require(r.validMap, "\(r.diagnostics)\n\(out.text)")
        #expect(back.actors == Self.awkward.actors && back.relations == Self.awkward.relations)
        #expect(back.name == Self.awkward.name && back.description == Self.awkward.description)
        #expect(back.engagementPlans == Self.awkward.engagementPlans)
    }

    @Test func lossesAreReported() throws {
        var map = Self.awkward
        map.screening.rivalryThreshold += 1
        let graphml = try #require(ModelExport.export(map, as: .graphml))
        #expect(graphml.losses.contains("GraphML cannot carry engagement plans: 1 not written"))
        #expect(graphml.losses.contains { $0.contains("screening settings") })
        let nodeLink = try #require(ModelExport.export(map, as: .nodeLink))
        #expect(nodeLink.losses.contains { $0.contains("undirected ties are written as arcs") })
        #expect(!nodeLink.losses.contains { $0.contains("engagement plans") })
    }

    @Test func nodeLinkIsJSONWithEveryActorAndTie() throws {
        let out = try #require(ModelExport.export(Self.awkward, as: .nodeLink))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.text.utf8)) as? [String: Any])
        #expect(json["directed"] as? Bool == true && json["multigraph"] as? Bool == true)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["a", "b", "isolate"])
        #expect(nodes[0]["name"] as? String == "A & <B>" && nodes[0]["power"] as? Double == 4.5)
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.map { $0["type"] as? String } == ["trust", "feud"])
        #expect(edges.map { $0["weight"] as? Double } == [-1.5, 3])
        #expect(edges.map { $0["polarity"] as? String } == ["signed", "negative"])
        #expect(edges.map { $0["key"] as? Int } == [0, 1])
    }

    @Test(arguments: ["gahuku-gama", "florentine-families", "maro-district"])
    func graphMLRoundTripsActorsTiesTypesAndWeights(name: String) throws {
        let map = try Self.model(name)
        let out = try #require(ModelExport.export(map, as: .graphml))
        let r = ModelLoader.parse(text: out.text, path: "back.graphml")
        let back = try #require(r.validMap, "\(r.diagnostics)")
        // Every actor field (level, represents, ratings and sensitive as ActorMap's own keys) and every tie
        // field (source, confidence, date) come back.
        #expect(back.actors == map.actors)
        #expect(back.relations == map.relations)
        #expect(back.relationTypesInUse.map(\.name) == map.relationTypesInUse.map(\.name))
        #expect(back.relationTypesInUse.map(\.polarity) == map.relationTypesInUse.map(\.polarity))
        #expect(back.relationTypesInUse.map(\.isDirected) == map.relationTypesInUse.map(\.isDirected))
        #expect(!r.diagnostics.contains { $0.message.contains("not mapped") })
    }

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <graphml><graph edgedefault="undirected"><node id="&lol9;"/></graph></graphml>
        """

    @Test func aBillionLaughsIsRefusedWithoutExpansion() {
        let r = ModelLoader.parse(text: Self.billionLaughs, path: "bomb.graphml")
        #expect(r.map == nil)
        #expect(
            r.diagnostics.map(\.description).first?.hasPrefix("bomb.graphml:2:1: error: a DOCTYPE is not allowed")
                == true)
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-secret-\(UUID()).txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE g [<!ENTITY x SYSTEM "file://\(secret.path)">]>
            <graphml><graph><node id="a"><data key="name">&x;</data></node></graph></graphml>
            """
        let r = ModelLoader.parse(text: text, path: "ext.graphml")
        #expect(r.map == nil)
        #expect(!r.diagnostics.map(\.description).joined().contains("TOP-SECRET"))
        #expect(r.diagnostics.first?.description.hasPrefix("ext.graphml:2:1: error: a DOCTYPE is not allowed") == true)
        // Without a DOCTYPE an entity reference is undeclared: a located XML error, nothing read.
        let bare = "<graphml><graph><node id=\"a\"><data key=\"name\">&x;</data></node></graph></graphml>"
        let e = ModelLoader.parse(text: bare, path: "ext.graphml")
        #expect(e.map == nil || !(e.map?.actors.map(\.name).joined().contains("TOP-SECRET") ?? false))
    }

    @Test(
        arguments: [
            ("<graphml><graph><node id=\"a\"></graph></graphml>", "x.graphml:1:", "invalid GraphML (XML)"),
            ("<graphml></graphml>", "x.graphml:1:1:", "no <graph> element"),
            ("<graphml><graph><node/></graph></graphml>", "x.graphml:1:", "a <node> needs an 'id'"),
            ("<graphml><graph><edge source=\"a\"/></graph></graphml>", "x.graphml:1:", "an <edge> needs 'source'"),
            (
                "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph><node id=\"a\"/><node id=\"b\"/>"
                    + "<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>",
                "x.graphml:1:", "'weight' must be a finite number, found 'heavy'"
            ),
        ] as [(String, String, String)])
    func graphMLErrorsAreLocated(text: String, place: String, message: String) {
        let errors = ModelLoader.parse(text: text, path: "x.graphml").diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.description.hasPrefix(place) && $0.message.contains(message) }, "\(errors)")
    }
}
