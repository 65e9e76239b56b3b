import Foundation
import Testing

@testable import ActorModel

/// The formats of issue 13 beyond Kumu and GraphML: GEXF, Gephi's tables, node-link, Pajek, ACLED, ActorMap's
/// JSON; each in both directions where it has both, with its losses, its recognition and its located errors.
@Suite("Foreign formats: GEXF, Gephi, node-link, Pajek, ACLED, JSON")
struct ForeignFormatTests {
    static let awkward = ModelExportTests.awkward

    static func errors(_ r: ModelLoader.Result) -> [String] {
        r.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    /// Reads an export back (Gephi: both tables).
    static func readBack(_ out: ModelExport.Output, as format: ModelFormat) -> ModelLoader.Result {
        if format == .gephi, let edges = out.companion {
            return ModelLoader.parseGephiTables(
                out.text, path: "back.csv", edges: edges.text, edgesPath: "back-edges.csv")
        }
        let ext = [ModelFormat.pajek: "net", .gexf: "gexf", .kumu: "json", .nodeLink: "json", .json: "json"][format]
        return ModelLoader.parse(text: out.text, path: "back.\(ext ?? "txt")", format: format)
    }

    // MARK: - Round trips

    /// Formats that carry every actor field, every tie field, the types' polarity and direction.
    @Test(arguments: [ModelFormat.json, .nodeLink, .gexf, .gephi])
    func roundTripKeepsEveryActorAndTie(format: ModelFormat) throws {
        for map in [Self.awkward, try ModelExportTests.model("maro-district")] {
            let out = try #require(ModelExport.export(map, as: format))
            let r = Self.readBack(out, as: format)
            let back = try #require(r.validMap, "\(r.diagnostics)\n\(out.text.prefix(2000))")
            #expect(back.actors == map.actors, "\(format)")
            #expect(back.relations == map.relations, "\(format)")
            #expect(back.relationTypesInUse.map(\.name) == map.relationTypesInUse.map(\.name))
            #expect(back.relationTypesInUse.map(\.polarity) == map.relationTypesInUse.map(\.polarity))
            #expect(back.relationTypesInUse.map(\.isDirected) == map.relationTypesInUse.map(\.isDirected))
            #expect(!r.diagnostics.contains { $0.message.contains("not mapped") })
        }
    }

    @Test func jsonAndNodeLinkKeepTheWholeModel() throws {
        for format in [ModelFormat.json, .nodeLink] {
            let map = try ModelExportTests.model("maro-district")
            let out = try #require(ModelExport.export(map, as: format))
            let back = try #require(Self.readBack(out, as: format).validMap)
            #expect(back.name == map.name && back.description == map.description && back.source == map.source)
            #expect(back.date == map.date && back.levels == map.levels && back.groups == map.groups)
            #expect(back.engagementPlans == map.engagementPlans)
            #expect(out.losses.isEmpty || format == .nodeLink, "\(out.losses)")
        }
        // The JSON export is ActorMap's own file: recognised as such, with the same content as the YAML.
        let json = try #require(ModelExport.export(Self.awkward, as: .json))
        #expect(ModelFormat.recognise(path: "m.json", text: json.text) == .format(.json))
        #expect(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) is [String: Any])
    }

    @Test func gexfLossesAreTheMapsSourceAndPlans() throws {
        var map = Self.awkward
        map.source = "interviews"
        let out = try #require(ModelExport.export(map, as: .gexf))
        #expect(out.losses.contains("GEXF cannot carry engagement plans: 1 not written"))
        #expect(out.losses.contains("GEXF cannot carry the map's source: not written"))
        let back = try #require(Self.readBack(out, as: .gexf).validMap)
        #expect(back.name == map.name && back.description == map.description && back.date == map.date)
    }

    @Test func gephiWritesTwoTablesNamedAfterTheOutput() throws {
        let out = try #require(ModelExport.export(Self.awkward, as: .gephi))
        let edges = try #require(out.companion)
        #expect(edges.path(besides: "out/map.csv") == "out/map-edges.csv")
        #expect(out.text.hasPrefix("Id,Label,sector,level,tags,power,legitimacy,accountability,sensitive,notes,"))
        #expect(edges.text.hasPrefix("Source,Target,Type,Id,Label,Weight,polarity,"))
        #expect(edges.text.contains("a,b,Undirected,0,trust,-1.5,signed,true,women,0.5"))
        #expect(out.losses.contains { $0.contains("cannot carry the map's name") })
    }

    @Test func kumuExportReadsBackWithItsLossesReported() throws {
        let out = try #require(ModelExport.export(Self.awkward, as: .kumu))
        #expect(out.losses.contains { $0.contains("written as custom fields, which read back as attributes") })
        #expect(out.losses.contains { $0.contains("sources (informant groups), confidence, dates") })
        // 'feud' is a default word for competition: the export says so and how to keep it.
        #expect(out.losses.contains { $0.contains("'feud' reads back as competition") })
        #expect(ModelFormat.recognise(path: "k.json", text: out.text) == .format(.kumu))
        let r = Self.readBack(out, as: .kumu)
        let back = try #require(r.validMap, "\(r.diagnostics)")
        #expect(back.actors.map(\.id) == Self.awkward.actors.map(\.id))
        #expect(back.actors.map(\.name) == Self.awkward.actors.map(\.name))
        #expect(back.actors[0].attribute("level") == "district")
        #expect(back.relations.map(\.type) == ["trust", "competition"])
        #expect(back.relations.map(\.weight) == [-1.5, 3] && back.relations[0].isMutual)
        var mapping = TypeMapping()
        try mapping.add("connection:feud=feud:negative")
        let mapped = try #require(
            ModelLoader.parse(text: out.text, path: "k.json", format: .kumu, options: .init(typeMapping: mapping))
                .validMap)
        #expect(mapped.relations.map(\.type) == ["trust", "feud"])
    }

    @Test func pajekRoundTripKeepsNamesTiesTypesAndWeights() throws {
        let map = try ModelExportTests.model("gahuku-gama")
        let out = try #require(ModelExport.export(map, as: .pajek))
        #expect(out.text.contains("*Edges :1 \"alliance\"") || out.text.contains("*Edges :"))
        let back = try #require(Self.readBack(out, as: .pajek).validMap)
        #expect(back.actors.map(\.name) == map.actors.map(\.name))
        #expect(back.relations.count == map.relations.count)
        #expect(back.relations.map(\.weight) == map.relations.map(\.weight))
        // 'alliance' and 'enmity' are default words (→ trust, competition); the export says how to keep the
        // model's own types, and with those mappings they come back.
        #expect(out.losses.contains { $0.contains("'enmity' reads back as competition") })
        #expect(out.losses.contains { $0.contains("'alliance' reads back as trust") })
        #expect(back.relationTypesInUse.map(\.name).sorted() == ["competition", "trust"])
        let mapping = try TypeMapping(arguments: [
            "connection:alliance=alliance:positive", "connection:enmity=enmity:negative",
        ])
        let mapped = try #require(
            ModelLoader.parse(text: out.text, path: "g.net", options: .init(typeMapping: mapping)).validMap)
        // Ties are grouped by type in a multi-relational file: the same ties, in another order.
        func key(_ r: Relation) -> String { "\(r.type) \(r.from) \(r.to) \(r.weight)" }
        #expect(mapped.relations.map(key).sorted() == map.relations.map(key).sorted())
    }

    @Test func pajekKeepsMutualTiesOfADirectedType() throws {
        let out = try #require(ModelExport.export(Self.awkward, as: .pajek))
        #expect(out.text.contains("*Edges :1 \"trust\"\n1 2 -1.5\n"))
        #expect(out.text.contains("*Edges :2 \"feud\"\n1 2 3\n"))
        #expect(out.losses.contains { $0.contains("labels cannot hold") })
        let back = try #require(Self.readBack(out, as: .pajek).validMap)
        #expect(back.relations[0].type == "trust" && back.relations[0].isMutual && back.relations[0].weight == -1.5)
    }

    // MARK: - Readers of files other tools write

    @Test func gexfFromGephiWithDefaultsMutualAndKinds() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="mutual">
                <attributes class="node">
                  <attribute id="0" title="Type" type="string"><default>Militia</default></attribute>
                  <attribute id="1" title="region" type="string"/>
                </attributes>
                <nodes>
                  <node id="n1" label="Red Hand"><attvalues><attvalue for="1" value="north"/></attvalues></node>
                  <node id="n2" label="Police"><attvalues><attvalue for="0" value="Police"/></attvalues></node>
                </nodes>
                <edges>
                  <edge id="e1" source="n1" target="n2" kind="Infighting" weight="3"/>
                  <edge id="e2" source="n2" target="n1" label="alliance" type="directed"/>
                </edges>
              </graph>
            </gexf>
            """
        let r = ModelLoader.parse(text: text, path: "g.gexf")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(map.actors.map(\.id) == ["n1", "n2"] && map.actors.map(\.sector) == [.nonStateArmed, .state])
        #expect(map.actors[0].attribute("region") == "north")
        #expect(map.relations.map(\.type) == ["competition", "trust"])
        #expect(map.relations[0].weight == 3 && !map.relations[1].isMutual)
    }

    @Test func nodeLinkFromNetworkxWithIntegerIdsAndLinks() throws {
        let text = """
            {"directed": false, "multigraph": false, "graph": {"note": "x"},
             "nodes": [{"id": 0, "club": "Mr. Hi"}, {"id": 1, "label": "Officer"}],
             "links": [{"source": 0, "target": 1, "weight": 4, "relation": "rivalry", "colour": "red"}]}
            """
        #expect(ModelFormat.recognise(path: "k.json", text: text) == .format(.nodeLink))
        let r = ModelLoader.parse(text: text, path: "k.json")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(map.actors.map(\.id) == ["0", "1"] && map.actors[1].name == "Officer")
        #expect(map.actors[0].attribute("club") == "Mr. Hi")
        #expect(map.relations.map(\.type) == ["competition"] && map.relations[0].weight == 4)
        let warnings = r.diagnostics.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("k.json:1:52: warning: graph data 'note' is not read") })
        #expect(warnings.contains { $0.contains("warning: link field 'colour' is not kept") })
    }

    @Test func pajekMultiRelationalWithPrefixesListsAndQuotedLabels() throws {
        let text = """
            % a comment
            *Network clans
            *Vertices 4
            1 "Red Hand" 0.1 0.2 0.5
            2 "Police Post"
            3 "Elders of X"
            *Arcs :1 "trust"
            1 2 2
            2: 3 1 4
            *Edges :2 "Infighting"
            1 3 3
            *Arcslist :1 "trust"
            4 1 2
            """
        let r = ModelLoader.parse(text: text, path: "c.net")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(map.name == "clans")
        #expect(map.actors.map(\.name) == ["Red Hand", "Police Post", "Elders of X", "4"])
        #expect(map.actors.map(\.id) == ["Red-Hand", "Police-Post", "Elders-of-X", "4"])
        #expect(map.relations.map(\.type) == ["trust", "competition", "competition", "trust", "trust"])
        #expect(map.relations.map(\.weight) == [2, 4, 3, 1, 1])
    }

    @Test func unmappedTypesAreReportedByNameAndCount() throws {
        let net = "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs :1 \"Friendship\"\n1 2\n2 3\n"
        let r = ModelLoader.parse(text: net, path: "f.net")
        #expect(r.validMap?.relations.map(\.type) == ["friendship", "friendship"])
        #expect(
            r.diagnostics.map(\.description).contains {
                $0.hasPrefix("f.net:5:10: warning: Pajek connection type 'Friendship' (2 connections) is not mapped")
            })
        let gexf = """
            <gexf><graph><attributes class="node"><attribute id="t" title="type"/></attributes><nodes>
            <node id="a"><attvalues><attvalue for="t" value="Diaspora"/></attvalues></node></nodes></graph></gexf>
            """
        let g = ModelLoader.parse(text: gexf, path: "d.gexf")
        #expect(g.validMap?.actors.first?.attribute("type") == "Diaspora")
        #expect(
            g.diagnostics.map(\.description).contains {
                $0.contains("warning: GEXF element type 'Diaspora' (1 element) is not mapped to a sector")
            })
    }

    @Test func gephiTablesWithTheirOwnColumns() throws {
        let nodes = "Id,Label,Type,region\nn1,Red Hand,Armed group,north\nn2,Police,ministry,\nn3,Lonely,,\n"
        let edges = "Source,Target,Type,Id,Label,Weight,timeset,colour\nn1,n2,Undirected,0,Conflict,5,,red\n"
        #expect(ModelFormat.recognise(path: "n.csv", text: nodes) == .format(.gephi))
        let r = ModelLoader.parseGephiTables(nodes, path: "n.csv", edges: edges, edgesPath: "e.csv")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(
            map.actors.map(\.id) == ["n1", "n2", "n3"] && map.actors.map(\.sector) == [.nonStateArmed, .state, nil])
        #expect(map.relations.map(\.type) == ["competition"] && map.relations[0].weight == 5)
        #expect(r.diagnostics.map(\.description).contains { $0.hasPrefix("e.csv:1:44: warning: column 'colour'") })
    }

    @Test func aGephiEdgeTableAloneNamesItsActors() throws {
        let edges = "Source,Target,Type,Id,Label,Weight\na,b,Directed,0,trust,2\nb,c,Undirected,1,rivalry,3\n"
        #expect(ModelFormat.recognise(path: "e.csv", text: edges) == .format(.gephi))
        // A plain edge list with a type column stays an edge list.
        #expect(ModelFormat.recognise(path: "e.csv", text: "source,target,type\na,b,trust\n") == .format(.csv))
        let r = ModelLoader.parse(text: edges, path: "e.csv")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(map.actors.map(\.id) == ["a", "b", "c"] && r.diagnostics.isEmpty)
        #expect(map.relations.map(\.type) == ["trust", "competition"] && map.relations.map(\.weight) == [2, 3])
    }

    // MARK: - ACLED

    static let acled = """
        event_id_cnty,event_date,event_type,actor1,inter1,actor2,inter2,fatalities
        X1,2020-01-03,Battles,Army of X,1,Rebels Y,2,3
        X2,2020-01-09,Battles,Rebels Y,2,Army of X,1,0
        X3,03 March 2020,Violence against civilians,Rebels Y,2,Civilians (X),7,1
        X4,2020-04-01,Protests,Protesters (X),6,,0,0
        X5,2020-05-01,Explosions/Remote violence,Army of X,1,Rebels Y,2,0
        X6,2020-05-02,Strategic developments,Army of X,1,Foreign Force,8,0
        X7,2020-06-01,Riots,Rioters (X),5,Army of X,1,0

        """

    @Test func acledEventsBecomeWeightedCompetitionTies() throws {
        #expect(ModelFormat.recognise(path: "e.csv", text: Self.acled) == .format(.acled))
        let r = ModelLoader.parse(text: Self.acled, path: "e.csv")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(
            map.actors.map(\.name) == [
                "Army of X", "Rebels Y", "Civilians (X)", "Protesters (X)", "Foreign Force", "Rioters (X)",
            ])
        #expect(
            map.actors.map(\.sector) == [.state, .nonStateArmed, .community, .civilSociety, .international, .community])
        #expect(map.actors[0].attribute("acled_events") == "5")
        #expect(map.relations.map(\.type) == ["competition", "competition", "competition"])
        #expect(map.relations.map(\.weight) == [2, 1, 1])
        #expect(map.relations[0].date == "2020-05-01")
        #expect(
            map.relations[0].note == "ACLED: 3 violent events (Battles 2, Explosions/Remote violence 1), "
                + "first 2020-01-03, last 2020-05-01")
    }

    @Test func acledWindowAndWeightScale() throws {
        let r = ModelLoader.parse(
            text: Self.acled, path: "e.csv", options: .init(since: "2020-01-05", until: "2020-03-31"))
        let map = try #require(r.validMap)
        #expect(map.actors.map(\.name) == ["Rebels Y", "Army of X", "Civilians (X)"])
        #expect(map.relations.count == 2 && map.relations.allSatisfy { $0.weight == 1 })
        #expect(
            (1 ... 20).map(ACLEDReader.weight(forEvents:)) == [
                1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5,
            ])
    }

    // MARK: - Errors, located

    @Test(
        arguments: [
            ("c.net", "1 \"a\"\n", "c.net:1:1: error: a line outside any section"),
            ("c.net", "*Vertices 2\n1 \"a\n", "c.net:2:3: error: a quoted label is never closed"),
            ("c.net", "*Vertices 2\n*Arcs\n1 3\n", "c.net:3:3: error: a vertex number must be 1 … 2, found '3'"),
            ("c.net", "*Vertices 2\n*Edges\n1 2 heavy\n", "c.net:3:5: error: a weight must be a finite number"),
            ("c.net", "*Arcs\n1 2\n", "c.net:1:1: error: '*Arcs' before '*Vertices'"),
            ("c.net", "", "c.net:1:1: error: no '*Vertices' line"),
            ("g.gexf", "<gexf><graph><nodes><node/></nodes></graph></gexf>", "g.gexf:1:"),
            ("g.gexf", "<gexf></gexf>", "g.gexf:1:1: error: no <graph> element"),
            (
                "g.gexf", "<gexf><graph><edges><edge source=\"a\" target=\"b\" weight=\"x\"/></edges></graph></gexf>",
                "g.gexf:1:"
            ),
            ("g.gexf", "<gexf><graph>", "g.gexf:1:"),
            ("n.json", "{\"nodes\": [{\"name\": \"x\"}], \"links\": []}", "n.json:1:12: error: a node needs an 'id'"),
            (
                "n.json", "{\"nodes\": [{\"id\": 1}], \"links\": [{\"source\": 1}]}",
                "n.json:1:34: error: a link needs 'source' and 'target'"
            ),
            (
                "n.json", "{\"nodes\": [{\"id\": 1}], \"links\": [{\"source\": 1, \"target\": 1, \"weight\": \"x\"}]}",
                "n.json:1:71: error: 'weight' must be a number"
            ),
            (
                "e.csv", "event_date,actor1,actor2,inter1,inter2\n",
                "e.csv:1:1: error: the event table has no 'event_type'"
            ),
            (
                "e.csv", "event_date,event_type,actor1,inter1,actor2,inter2\n2020-13-01,Battles,a,1,b,2\n",
                "e.csv:2:1: error: 'event_date' must be YYYY-MM-DD"
            ),
            (
                "e.csv", "event_date,event_type,actor1,inter1,actor2,inter2\n2020-12-01,Battles,a,9,b,2\n",
                "e.csv:2:22: error: 'inter1' must be an ACLED inter code 0 … 8, found '9'"
            ),
        ] as [(String, String, String)])
    func importErrorsAreLocated(path: String, text: String, expected: String) {
        let r = ModelLoader.parse(text: text, path: path, format: ModelFormat.candidates(forExtensionOf: path).last)
        let format = path.hasSuffix(".json") ? ModelFormat.nodeLink : path.hasSuffix(".csv") ? .acled : nil
        let diagnostics = format.map { ModelLoader.parse(text: text, path: path, format: $0) } ?? r
        #expect(Self.errors(diagnostics).contains { $0.hasPrefix(expected) }, "\(diagnostics.diagnostics)")
    }

    @Test func gephiErrorsAreLocatedInTheirOwnFile() {
        let r = ModelLoader.parseGephiTables(
            "Id,Label\nn1,A\n,B\n", path: "n.csv", edges: "Source,Target,Weight\nn1,n1,lots\nn1\n", edgesPath: "e.csv")
        let errors = Self.errors(r)
        #expect(errors.contains { $0.hasPrefix("n.csv:3:1: error: empty 'Id'") })
        #expect(errors.contains { $0.hasPrefix("e.csv:2:7: error: 'Weight' must be a finite number, found 'lots'") })
        #expect(errors.contains { $0.hasPrefix("e.csv:3:1: error: this edge needs a 'Source' and a 'Target'") })
        let noID = ModelLoader.parseGephiTables("Label\nA\n", path: "n.csv", edges: "", edgesPath: "e.csv")
        #expect(Self.errors(noID).contains { $0.hasPrefix("n.csv:1:1: error: the node table has no 'Id' column") })
    }

    // MARK: - Hostile XML

    @Test func gexfRefusesDoctypesAndEntities() throws {
        let bomb = ModelExportTests.billionLaughs.replacingOccurrences(of: "graphml", with: "gexf")
        let r = ModelLoader.parse(text: bomb, path: "bomb.gexf")
        #expect(r.map == nil)
        #expect(
            Self.errors(r).first?.hasPrefix("bomb.gexf:2:1: error: a DOCTYPE is not allowed: GEXF needs no DTD") == true
        )
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-secret-\(UUID()).txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let ext = """
            <?xml version="1.0"?>
            <!DOCTYPE g [<!ENTITY x SYSTEM "file://\(secret.path)">]>
            <gexf><graph><nodes><node id="a" label="&x;"/></nodes></graph></gexf>
            """
        let e = ModelLoader.parse(text: ext, path: "ext.gexf")
        #expect(e.map == nil && !e.diagnostics.map(\.description).joined().contains("TOP-SECRET"))
        let bare = "<gexf><graph><nodes><node id=\"a\" label=\"&x;\"/></nodes></graph></gexf>"
        let b = ModelLoader.parse(text: bare, path: "ext.gexf")
        #expect(b.map == nil && Self.errors(b).first?.hasPrefix("ext.gexf:1:") == true)
    }

    // MARK: - Recognition

    @Test func formatsAreRecognisedByExtensionAndContent() {
        #expect(ModelFormat.recognise(path: "a.csv", text: "source,target\na,b\n") == .format(.csv))
        #expect(ModelFormat.recognise(path: "a.csv", text: "Label,Type\n") == .format(.kumu))
        #expect(ModelFormat.recognise(path: "a.csv", text: "Id,Label\n") == .format(.gephi))
        #expect(ModelFormat.recognise(path: "a.csv", text: "source,target\n", hasEdges: true) == .format(.gephi))
        #expect(ModelFormat.recognise(path: "a.csv", text: "Id,actor1,actor2\n") == .ambiguous([.gephi, .acled]))
        #expect(ModelFormat.recognise(path: "a.xml", text: "<graphml>") == .format(.graphml))
        #expect(ModelFormat.recognise(path: "a.xml", text: "<?xml?><gexf>") == .format(.gexf))
        #expect(ModelFormat.recognise(path: "a.xml", text: "<graph/>") == .ambiguous([.graphml, .gexf]))
        #expect(
            ModelFormat.recognise(path: "a.json", text: "{\"elements\": [], \"nodes\": [], \"links\": []}")
                == .ambiguous([.kumu, .nodeLink]))
        #expect(ModelFormat.recognise(path: "a.net", text: "") == .format(.pajek))
        #expect(ModelFormat.recognise(path: "a.txt", text: "") == .unknown)
        #expect(ModelFormat.outputFormat(forPath: "a.json") == .failure(.ambiguous([.json, .nodeLink, .kumu])))
        #expect(ModelFormat.outputFormat(forPath: "a.gv") == .success(.dot))
    }

    // MARK: - Digests

    /// A pair of files is named by the digest of both, one after the other (as `cat a b | sha256sum`): a
    /// change to the second file changes it.
    @Test func aPairsDigestCoversBothFiles() throws {
        let dir = NSTemporaryDirectory() + "actormap-pair-\(UUID())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let nodes = "Id,Label\na,A\nb,B\n"
        try nodes.write(toFile: dir + "/n.csv", atomically: true, encoding: .utf8)
        var digests: [String] = []
        for weight in ["2", "3"] {
            let edges = "Source,Target,Weight\na,b,\(weight)\n"
            try edges.write(toFile: dir + "/e.csv", atomically: true, encoding: .utf8)
            let r = try ModelLoader.load(path: dir + "/n.csv", options: .init(edges: dir + "/e.csv"))
            #expect(r.validMap?.relations.first?.weight == Double(weight))
            #expect(r.sha256 == SHA256.hexDigest(Data((nodes + edges).utf8)))
            digests.append(r.sha256)
        }
        #expect(digests[0] != digests[1])
    }

    // MARK: - Encodings

    static func load(_ bytes: [UInt8], ext: String) throws -> ModelLoader.Result {
        let path = NSTemporaryDirectory() + "actormap-enc-\(UUID()).\(ext)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ModelLoader.load(path: path)
    }

    @Test func encodingErrorsAreAtTheFirstBadByte() throws {
        // Latin-1 'é' on line 3, after "  - {id: caf" (column 13).
        let latin1 = Array("actormap: 1\nactors:\n  - {id: caf".utf8) + [0xE9] + Array("}\n".utf8)
        let l = try Self.load(latin1, ext: "yaml")
        #expect(l.diagnostics.first?.location?.line == 3 && l.diagnostics.first?.location?.column == 13)
        #expect(l.diagnostics.first?.message.contains("byte 0xE9 is not UTF-8") == true)
        // UTF-16LE without a byte-order mark: the first NUL is the second byte.
        let utf16 = Array("source,target\na,b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let u = try Self.load(utf16, ext: "csv")
        #expect(u.diagnostics.first?.message.contains("UTF-16 without a byte-order mark") == true)
        #expect(u.diagnostics.first?.location?.line == 1 && u.diagnostics.first?.location?.column == 2)
        // A NUL byte in YAML, after non-ASCII text: columns count characters, not bytes.
        let nul = Array("actormap: 1\nname: \"Ünï".utf8) + [0] + Array("\"\nactors: []\n".utf8)
        let n = try Self.load(nul, ext: "yaml")
        #expect(n.diagnostics.first?.message.hasPrefix("a NUL byte") == true)
        #expect(n.diagnostics.first?.location?.line == 2 && n.diagnostics.first?.location?.column == 11)
        // UTF-16 with a byte-order mark, and a truncated UTF-8 sequence at the end of a line.
        #expect(
            try Self.load([0xFF, 0xFE, 0x61, 0], ext: "yaml").diagnostics.first?.message.contains("UTF-16") == true)
        let cut = try Self.load(Array("a: 1\nb: x".utf8) + [0xC3, 0x0A], ext: "yaml")
        #expect(cut.diagnostics.first?.location?.line == 2 && cut.diagnostics.first?.location?.column == 5)
    }
}
