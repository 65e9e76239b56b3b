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

    /// Found by the `csv` target (the round-trip invariant): an edge list's ids may be any text without a
    /// control character, a model file's only letters, digits, `-`, `_` and `.`, so the YAML export of an
    /// edge list with an id such as `C, the third` does not load. Known and reported, not yet decided (slug
    /// the id and keep the text as the name, reported as a change, or accept such ids in model files):
    /// when it is fixed this test fails, and the known issue comes off.
    @Test func edgeListIdsThatAModelFileRefuses() throws {
        let csv = "From,To,Type,Weight\n\"C, the third\",A,power,4\n"
        let map = try #require(ModelLoader.parse(text: csv, path: "edges.csv").validMap)
        #expect(map.actors.map(\.id) == ["C, the third", "A"])
        let yaml = try #require(ModelExport.export(map, as: .yaml)).text
        withKnownIssue("the YAML export of an edge list keeps ids a model file refuses") {
            #expect(ModelLoader.parse(text: yaml, path: "again.yaml").validMap != nil)
        }
    }
}
