import Foundation
import Testing

@testable import ActorModel

@Suite("Loading valid models")
struct ModelLoadingTests {
    static let full = """
        actormap: 1
        name: Example District — baseline
        description: A test.
        date: 2026-03-01
        levels: [village, district, national]
        groups: [women, youth, elders]
        relation_types:
          marriage: {directed: false, polarity: positive, description: kin by marriage}
          feud: {directed: false, polarity: negative}
        actors:
          - id: chief-north
            name: Paramount Chief (North)
            sector: customary
            level: district
            represents: [elders]
            tags: [justice]
            power: 4
            legitimacy: 2.5
            accountability: 1
            sensitive: false
            notes: free text
            attributes: {wealth: 10, faction: north}
          - id: womens-assoc
            name: "Women's Association (الشيخ)"
            sector: community
            level: village
            represents: [women, youth]
            sensitive: true
          - {id: council, sector: state}
        relations:
          - {type: trust, from: womens-assoc, to: council, weight: -2, source: women's FGD, confidence: 0.8, \
        date: 2026-02-01, note: n}
          - {type: trust, between: [chief-north, council], weight: 1}
          - {type: power, from: chief-north, to: womens-assoc, weight: 4}
          - {type: competition, between: [chief-north, council], weight: 5}
          - {type: marriage, between: [chief-north, council]}
          - {type: feud, from: womens-assoc, to: chief-north, weight: 2}
        engagement:
          - {name: Phase 1, partners: [womens-assoc, council], notes: first year}

        """

    @Test func everyFieldIsRead() throws {
        let r = ModelLoader.parse(text: Self.full, path: "full.yaml")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let map = try #require(r.validMap)
        #expect(map.name == "Example District — baseline" && map.date == "2026-03-01")
        #expect(map.levels == ["village", "district", "national"] && map.groups == ["women", "youth", "elders"])
        #expect(map.relationTypes.map(\.name) == ["trust", "power", "competition", "marriage", "feud"])
        #expect(map.relationType(named: "feud")?.polarity == .negative)
        let chief = try #require(map.actor(id: "chief-north"))
        #expect(chief.sector == .customary && chief.level == "district" && chief.power == 4 && chief.legitimacy == 2.5)
        #expect(chief.tags == ["justice"] && chief.attribute("wealth") == "10" && chief.attribute("faction") == "north")
        #expect(chief.location == SourceLocation(path: "full.yaml", line: 11, column: 9))
        let women = try #require(map.actor(id: "womens-assoc"))
        #expect(
            women.name == "Women's Association (الشيخ)" && women.sensitive && women.represents == ["women", "youth"])
        #expect(map.actor(id: "council")?.name == "council")
        #expect(map.relations.count == 6)
        let first = map.relations[0]
        #expect(
            first.weight == -2 && first.source == "women's FGD" && first.confidence == 0.8 && first.date == "2026-02-01"
        )
        #expect(map.relations[1].isMutual && map.relations[2].weight == 4 && map.relations[4].weight == 1)
        #expect(
            map.engagementPlans == [
                EngagementPlan(name: "Phase 1", partners: ["womens-assoc", "council"], notes: "first year")
            ])
        #expect(
            map.summary
                == "3 actors, 6 relations (2 trust, 1 power, 1 competition, 1 marriage, 1 feud), 1 engagement plan")
    }

    @Test func jsonWithTheSameSchemaLoads() throws {
        let json = """
            {"actormap": 1, "name": "J", "actors": [{"id": "a", "sector": "state"}, {"id": "b"}],
             "relations": [{"type": "trust", "from": "a", "to": "b", "weight": -1}]}
            """
        let r = ModelLoader.parse(text: json, path: "j.json")
        #expect(r.diagnostics.isEmpty)
        #expect(r.validMap?.relations.first?.weight == -1)
        let bad = ModelLoader.parse(
            text: "{\"actormap\": 1, \"actors\": [{\"id\": \"a\", \"sector\": \"stat\"}]}", path: "j.json")
        #expect(
            bad.diagnostics.map(\.description) == [
                "j.json:1:50: error: unknown sector 'stat'; use one of state, customary, community, civil-society, "
                    + "non-state-armed, private, international; did you mean 'state'?"
            ])
    }

    @Test func projectionToTheLayeredNetworkKeepsLayersAndSigns() throws {
        let map = try #require(ModelLoader.parse(text: Self.full, path: "full.yaml").validMap)
        let net = map.layeredNetwork()
        #expect(net.layers.map(\.name) == ["trust", "power", "competition", "marriage", "feud"])
        #expect(net.nodeCount == 3)
        // trust: 1 + 2 (between), power 1, competition 1, marriage 1, feud 1.
        #expect(net.edgeCount == 7)
        let hostile = try net.projection(
            .init(layers: Array(net.layers.indices), directed: false, sign: .negative, parallelEdges: .keep))
        // distrust women→council (2), competition chief–council (5), feud women–chief (2).
        #expect(hostile.edgeWeights.sorted() == [2, 2, 5])
    }

    @Test func missingFileAndUnknownExtensionAreLoadErrors() {
        #expect(throws: ModelLoader.LoadError.self) { try ModelLoader.load(path: "/nonexistent/x.yaml") }
        #expect(throws: ModelLoader.LoadError.self) { try ModelLoader.load(path: "/tmp/x.txt") }
    }

    @Test func notUTF8IsADataError() throws {
        let path = NSTemporaryDirectory() + "actormap-latin1-\(getpid()).yaml"
        _ = FileManager.default.createFile(atPath: path, contents: Data([0x61, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try ModelLoader.load(path: path)
        #expect(
            r.diagnostics.map(\.message) == [
                "byte 0xE9 is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8"
            ])
        #expect(r.diagnostics.first?.location?.line == 1 && r.diagnostics.first?.location?.column == 4)
    }
}
