import Foundation
import Testing

@testable import ActorModel

/// Inputs found by the fuzz targets (Fuzz/, `make fuzz`), minimised, and the cases issue 13 names. Each
/// test states what the input broke and checks the behaviour that replaced it.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// Issue 13: an edge list whose id is a NUL byte (`target,source` / `\0,2`) or holds one (`a\0b`)
    /// passed validation, then broke Graphviz's parser in `render`. Now a located error, whichever column
    /// the id is in, and the fast reader leaves such a file to the general one.
    @Test(arguments: [
        (
            "target,source\n\u{0},2\n",
            "nul.csv:2:1: error: an actor id cannot contain a control character (U+0000, "
                + "character 1 of the id)"
        ),
        (
            "target,source\n2,a\u{0}b\n",
            "nul.csv:2:3: error: an actor id cannot contain a control character (U+0000, "
                + "character 2 of the id)"
        ),
    ])
    func aNulInAnEdgeListIdIsALocatedError(text: String, expected: String) {
        let result = ModelLoader.parse(text: text, path: "nul.csv")
        #expect(result.validMap == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [expected])
    }

    /// The fast reader (for files of 1 MiB and more) takes a plain edge list but never one with a control
    /// character in an id: the general reader reports it.
    @Test func theFastReaderLeavesANulToTheGeneralReader() {
        func fast(_ text: String) -> CompactEdgeList? {
            Data(text.utf8).withUnsafeBytes { CSVEdgeListFastReader.read($0, directed: false, minimumBytes: 0) }
        }
        #expect(fast("source,target\n1,2\na,3\n")?.ids == ["1", "2", "a", "3"])
        #expect(fast("source,target\n\u{0},2\n") == nil)
        #expect(fast("source,target\n1,2\na\u{0}b,3\n") == nil)
    }

    /// Found by the `model` target: a name or tag holding U+FFFE or U+FFFF (read from an escaped `\uFFFF`)
    /// was exported as YAML unescaped, and libyaml refuses those characters, so the export did not load.
    @Test func noncharactersSurviveAYAMLRoundTrip() throws {
        let yaml = "actormap: 1\nactors:\n  - {id: a, name: \"\\uFFFEx\", tags: [\"\\uFFFF\"]}\n"
        let map = try #require(ModelLoader.parse(text: yaml, path: "m.yaml").validMap)
        #expect(map.actors[0].name == "\u{FFFE}x" && map.actors[0].tags == ["\u{FFFF}"])
        let text = try #require(ModelExport.export(map, as: .yaml)).text
        let again = ModelLoader.parse(text: text, path: "again.yaml")
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
        let reread = try #require(again.validMap)
        #expect(reread.actors[0].name == "\u{FFFE}x" && reread.actors[0].tags == ["\u{FFFF}"])
    }

    /// Found by the `kumu` target: a custom column header over 1,024 characters becomes an attribute key, which
    /// YAML refuses as an implicit key; the export writes it as an explicit one and loads again.
    @Test func aVeryLongAttributeKeySurvivesAYAMLRoundTrip() throws {
        let key = String(repeating: "k", count: 2_000)
        let yaml = "actormap: 1\nactors:\n  - {id: a, name: A, attributes: {short: \"1\"}}\n"
        var map = try #require(ModelLoader.parse(text: yaml, path: "m.yaml").validMap)
        map.actors[0].attributes = [(key, "v"), ("short", "1")]
        let text = try #require(ModelExport.export(map, as: .yaml)).text
        let again = ModelLoader.parse(text: text, path: "again.yaml")
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics.prefix(2))")
        let attributes = try #require(again.validMap).actors[0].attributes
        #expect(attributes.map(\.key) == [key, "short"] && attributes.map(\.value) == ["v", "1"])
    }

    /// Found by the `csv` target (the round-trip invariant): an edge list's ids may be any text without a
    /// control character, a model file's only letters, digits, `-`, `_` and `.`; the YAML and JSON exports
    /// rewrite such ids (the original kept as the name, ties and plans following) and say so, so they load.
    @Test(arguments: [ModelFormat.yaml, .json])
    func edgeListIdsAModelFileRefusesAreRewritten(format: ModelFormat) throws {
        let csv = "From,To,Type,Weight\n\"C, the third\",A,power,4\n\"C the third\",\"!!\",trust,1\n"
        let map = try #require(ModelLoader.parse(text: csv, path: "edges.csv").validMap)
        #expect(map.actors.map(\.id) == ["C, the third", "A", "C the third", "!!"])
        let out = try #require(ModelExport.export(map, as: format))
        #expect(out.losses.first?.contains("3 actor ids rewritten") == true, "\(out.losses)")
        #expect(out.losses.first?.contains("'C, the third' → 'C-the-third'") == true)
        let path = format == .yaml ? "again.yaml" : "again.json"
        let again = ModelLoader.parse(text: out.text, path: path)
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics.prefix(2))")
        let reread = try #require(again.validMap)
        #expect(reread.actors.map(\.id) == ["C-the-third", "A", "C-the-third-2", "actor"])
        #expect(reread.actors.map(\.name) == ["C, the third", "A", "C the third", "!!"])
        #expect(reread.relations.map { "\($0.from)>\($0.to)" } == ["C-the-third>A", "C-the-third-2>actor"])
    }

    /// Found by the `gexf` fuzz target: a processing instruction without data (`<?x?>`) crashed Foundation's
    /// XML parser on Linux (strlen of NULL, a segmentation fault); such instructions never reach it now.
    @Test(arguments: [
        (
            "m.gexf",
            "<?x?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph defaultedgetype=\"directed\">"
                + "<nodes><node id=\"a\" label=\"A\"/><?y?></nodes><edges/></graph></gexf>\n"
        ),
        (
            "m.graphml",
            "<?xml version=\"1.0\"?><?x?>\n<graphml><graph edgedefault=\"directed\"><node id=\"a\"/><?z?>"
                + "</graph></graphml>\n"
        ),
    ])
    func processingInstructionsWithoutDataAreHarmless(file: String, text: String) throws {
        let result = ModelLoader.parse(text: text, path: file)
        let map = try #require(result.validMap, "\(result.diagnostics)")
        #expect(map.actors.map(\.id) == ["a"])
    }

    /// Found by the `gephi` fuzz target: a node table whose header repeats a column (here two empty ones)
    /// gave an actor the same attribute key twice, and the YAML export did not load; the first is kept, and
    /// the repeat is reported.
    @Test func aRepeatedColumnKeepsTheFirstValueAndTheExportLoads() throws {
        let nodes = "Id,Label,,,kind\na,A,x,y,z\n"
        let result = ModelLoader.parse(text: nodes, path: "nodes.csv", format: .gephi)
        let map = try #require(result.validMap, "\(result.diagnostics)")
        #expect(map.actors[0].attributes.map(\.key) == ["", "kind"] && map.actors[0].attributes[0].value == "x")
        #expect(result.diagnostics.contains { $0.message.contains("attribute '' is given more than once") })
        let yaml = try #require(ModelExport.export(map, as: .yaml)).text
        let again = ModelLoader.parse(text: yaml, path: "again.yaml")
        #expect(again.diagnostics.isEmpty && again.validMap != nil, "\(again.diagnostics.prefix(2))")
    }
}
