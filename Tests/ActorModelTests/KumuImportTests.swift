import Testing

@testable import ActorModel

/// Kumu's spreadsheet pair and JSON export, read through ``ModelBuilder``.
@Suite("Kumu import")
struct KumuImportTests {
    static let elements = """
        Label,ID,Type,Description,Tags,Region
        Kessa Chiefdom,chief-kessa,Chief,Customary authority,elders|land,North
        Maro Police,,Police,,,
        Youth Militia,,Armed group,,youth,South
        Lone Cooperative,,Farmers,,,
        Women's Group,,Farmers,,,
        """
    static let connections = """
        From,To,Type,Direction,Strength,Sign
        chief-kessa,Maro Police,Infighting,undirected,3,-1
        Youth Militia,Maro Police,Trust,directed,-2,
        Maro Police,Kessa Chiefdom,Marriage,mutual,,
        """

    static func sheets(
        _ elements: String = elements, _ connections: String = connections, mapping: TypeMapping = TypeMapping()
    ) -> ModelLoader.Result {
        ModelLoader.parseKumuSheets(
            elements, path: "el.csv", connections: connections, connectionsPath: "co.csv",
            options: .init(typeMapping: mapping))
    }

    @Test func sheetsBecomeActorsAndTiesWithDefaultMappings() throws {
        let r = Self.sheets()
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(
            map.actors.map(\.id) == [
                "chief-kessa", "Maro-Police", "Youth-Militia", "Lone-Cooperative", "Women-s-Group",
            ])
        #expect(map.actors.map(\.name).first == "Kessa Chiefdom")
        #expect(map.actors.map(\.sector) == [.customary, .state, .nonStateArmed, nil, nil])
        let chief = map.actors[0]
        #expect(chief.tags == ["elders", "land"] && chief.notes == "Customary authority")
        #expect(chief.attribute("Region") == "North")
        #expect(map.actors[3].attribute("type") == "Farmers")
        // Infighting → competition (the signed analysis keeps it), Trust → trust, Marriage stays custom.
        #expect(map.relations.map(\.type) == ["competition", "trust", "marriage"])
        #expect(map.relations.map(\.weight) == [3, -2, 1])
        #expect(map.relations.map(\.isMutual) == [false, false, true])
        let marriage = try #require(map.relationType(named: "marriage"))
        #expect(!marriage.isDirected && marriage.polarity == .positive && marriage.description == "Kumu: Marriage")
    }

    @Test func isolatedElementsAreKept() throws {
        let map = try #require(Self.sheets().validMap)
        let tied = Set(map.relations.flatMap { [$0.from, $0.to] })
        #expect(map.actors.filter { !tied.contains($0.id) }.map(\.id) == ["Lone-Cooperative", "Women-s-Group"])
        let alone = try #require(Self.sheets(Self.elements, "From,To\n").validMap)
        #expect(alone.actors.count == 5 && alone.relations.isEmpty)
    }

    @Test func unmappedTypesAreReportedByNameAndCount() {
        let warnings = Self.sheets().diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(
            warnings == [
                "el.csv:5:19: warning: Kumu element type 'Farmers' (2 elements) is not mapped to a sector: kept as "
                    + "the attribute 'type'; map it with --map 'element:Farmers=SECTOR'",
                "co.csv:1:33: warning: column 'Sign' is not kept: ActorMap ties carry no custom attributes",
                "co.csv:4:28: warning: Kumu connection type 'Marriage' (1 connection) is not mapped: kept as the "
                    + "custom type 'marriage', positive; map it with --map 'connection:Marriage=TYPE[:POLARITY]' "
                    + "(trust, power, competition or a name)",
            ])
    }

    @Test func explicitMappingsWinOverDefaults() throws {
        let mapping = try TypeMapping(arguments: [
            "element:farmers=community", "connection:Infighting=feud:negative", "connection:marriage=power",
            "element:Police=civil-society",
        ])
        let r = Self.sheets(mapping: mapping)
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(map.actors.map(\.sector) == [.customary, .civilSociety, .nonStateArmed, .community, .community])
        #expect(map.relations.map(\.type) == ["feud", "trust", "power"])
        let feud = try #require(map.relationType(named: "feud"))
        #expect(feud.polarity == .negative && !feud.isDirected)
        #expect(!r.diagnostics.contains { $0.message.contains("not mapped") })
    }

    @Test(
        arguments: [
            ("Infighting", "competition"), ("armed conflict", "competition"), ("Rivalry", "competition"),
            ("fighting", "competition"), ("Trust", "trust"), ("ALLIANCE", "trust"), ("cooperation", "trust"),
            ("Influence", "power"), ("distrust", nil), ("marriage", nil),
        ] as [(String, String?)])
    func connectionTypeDefaults(type: String, expected: String?) {
        let found: String? =
            switch TypeMapping().relation(forConnectionType: type) {
            case .byDefault(let t, _), .mapped(let t): t.name
            case .unmapped: nil
            }
        #expect(found == expected)
    }

    @Test(
        arguments: [
            ("Armed group", Sector.nonStateArmed), ("militia", .nonStateArmed), ("Ministry of Interior", .state),
            ("Police", .state), ("Local government", .state), ("Tribe", nil), ("NGO", .civilSociety),
        ] as [(String, Sector?)])
    func elementTypeDefaults(type: String, expected: Sector?) {
        let found: Sector? =
            switch TypeMapping().sector(forElementType: type) {
            case .byDefault(let s, _), .mapped(let s): s
            case .unmapped: nil
            }
        #expect(found == expected)
    }

    @Test(
        arguments: [
            ("Infighting=competition", "'Infighting=competition' names no kind"),
            ("connection:Infighting", "'connection:Infighting' has no '='"),
            ("node:x=state", "unknown kind 'node' in 'node:x=state'"),
            ("element:Police=goverment", "unknown sector 'goverment'"),
            ("connection:x=feud:hostile", "unknown polarity 'hostile'"),
            ("connection:x=trust:negative", "'trust' is a built-in relation type with its own polarity"),
            ("connection:x=my type", "relation type 'my type' in 'connection:x=my type' may contain only"),
            ("connection:=trust", "leaves a type empty"),
        ])
    func badMappingsAreRefused(argument: String, expected: String) {
        #expect {
            try TypeMapping(arguments: [argument])
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test(
        arguments: [
            ("Name,Type\nA,x\n", "From,To\n", "el.csv:1:1: error: the Elements sheet has no 'Label' column"),
            ("Label\nA\n", "Source,To\nA,B\n", "co.csv:1:1: error: the Connections sheet has no 'From' column"),
            ("Label\nA\nB\n", "From,To,Strength\nA,B,strong\n", "co.csv:2:5: error: 'Strength' must be a finite"),
            ("Label\nA\nB\n", "From,To,Direction\nA,B,both\n", "co.csv:2:5: error: unknown direction 'both'"),
            ("Label\nA\nB\n", "From,To\nA,\n", "co.csv:2:3: error: empty 'To'"),
            ("Label\nA\nB\n", "From,To\nA,A\n", "co.csv:2:3: error: an actor cannot have a relation with itself"),
            ("Label\nA\nB\n", "From,To,Type,Strength\nA,B,rivalry,9\n", "co.csv:2:13: error: competition weight"),
            ("Label\nA\nB\n", "From,To\n\"A,B\n", "co.csv:2:1: error: a quoted field is never closed"),
            ("Label,ID\nA,a\nB,a\n", "From,To\n", "el.csv:3:3: error: duplicate actor id 'a'"),
            ("Label\n", "", "co.csv:1:1: error: the file is empty"),
        ] as [(String, String, String)])
    func sheetErrorsAreLocated(elements: String, connections: String, expected: String) {
        let errors = Self.sheets(elements, connections).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description).contains { $0.hasPrefix(expected) }, "\(errors)")
    }

    @Test func anEndNamingNoElementIsAddedWithAWarning() throws {
        let r = Self.sheets("Label\nAlpha\n", "From,To\nAlpha,Alpah\n")
        let map = try #require(r.validMap)
        #expect(map.actors.map(\.id) == ["Alpha", "Alpah"])
        #expect(
            r.diagnostics.map(\.description) == [
                "co.csv:2:7: warning: 'Alpah' names no Kumu element; it is added as an actor without attributes; "
                    + "did you mean 'Alpha'?"
            ])
    }

    static let export = """
        {
          "elements": [
            {"_id": "elem-1", "attributes": {"label": "Armed Youth", "element type": "Armed group",
             "tags": ["youth", "north"], "wealth": 3}},
            {"_id": "elem-2", "attributes": {"label": "District Office", "element type": "Government"}},
            {"_id": "elem-3", "attributes": {"label": "Isolated Council"}}
          ],
          "connections": [
            {"_id": "conn-1", "from": "elem-1", "to": "elem-2", "direction": "undirected",
             "attributes": {"connection type": "Infighting", "strength": 4}}
          ],
          "maps": []
        }
        """

    @Test func jsonExportIsRecognisedAndRead() throws {
        #expect(ModelFormat.recognise(path: "map.json", text: Self.export) == .format(.kumu))
        #expect(ModelFormat.recognise(path: "map.json", text: "actormap: 1\nactors: []\n") == .format(.json))
        let r = ModelLoader.parse(text: Self.export, path: "map.json")
        let map = try #require(r.validMap, "\(r.diagnostics)")
        #expect(map.actors.map(\.id) == ["Armed-Youth", "District-Office", "Isolated-Council"])
        #expect(map.actors.map(\.sector) == [.nonStateArmed, .state, nil])
        #expect(map.actors[0].tags == ["youth", "north"] && map.actors[0].attribute("wealth") == "3")
        #expect(map.relations == [Relation(type: "competition", from: "Armed-Youth", to: "District-Office", weight: 4)])
        #expect(
            r.diagnostics.map(\.description) == [
                "map.json:12:3: warning: 'maps' is not read: ActorMap takes a Kumu map's elements and connections"
            ])
    }

    @Test(
        arguments: [
            ("{\"elements\": 3}", "map.json:1:14: error: 'elements' must be a list"),
            (
                "{\"elements\": [{\"label\": \"a\"}], \"connections\": [{\"from\": \"a\"}]}",
                "map.json:1:48: error: a Kumu connection needs 'from' and 'to'"
            ),
            (
                "{\"connections\": [{\"from\": \"a\", \"to\": \"b\", \"strength\": \"x\"}]}",
                "map.json:1:55: error: 'strength' must be a number"
            ),
            ("{\"elements\": [{\"label\": \"a\"}", "map.json:2:1: error: invalid JSON"),
            (
                "{\"elements\": [{\"tags\": \"x\"}]}",
                "map.json:1:15: error: this Kumu element has neither an id nor a label"
            ),
        ] as [(String, String)])
    func jsonErrorsAreLocated(text: String, expected: String) {
        let errors = ModelLoader.parse(text: text, path: "map.json", format: .kumu).diagnostics.filter {
            $0.severity == .error
        }
        #expect(errors.map(\.description).contains { $0.hasPrefix(expected) }, "\(errors)")
    }
}
