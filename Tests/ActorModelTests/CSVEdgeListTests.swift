import Foundation
import Testing

@testable import ActorModel

@Suite("CSV edge lists")
struct CSVEdgeListTests {
    @Test func plainEdgeListLoadsWithActorsInOrderOfAppearance() throws {
        let r = ModelLoader.parse(text: "source,target\nb,a\na,c\n", path: "e.csv")
        let map = try #require(r.validMap)
        #expect(map.actors.map(\.id) == ["b", "a", "c"])
        #expect(map.relationTypes.last == RelationType(name: "tie", isDirected: false, polarity: .positive))
        #expect(map.relations.map(\.weight) == [1, 1])
        #expect(map.name == "e")
    }

    @Test func weightTypeAndDirectedness() throws {
        let text = "Source,Target,Weight,Type\na,b,2.5,funding\nb,c,-1,trust\nc,a,,funding\n"
        let r = ModelLoader.parse(text: text, path: "e.csv", options: .init(csvDirected: true))
        let map = try #require(r.validMap)
        #expect(map.relationType(named: "funding")?.isDirected == true)
        #expect(map.relationType(named: "trust")?.isBuiltIn == true)
        #expect(map.relations.map(\.weight) == [2.5, -1, 1])
    }

    @Test(arguments: ["From,To", "from,to", "FROM,TO", "Source,Target", "SOURCE,target", "source,To"])
    func kumuAndGephiHeadersAreAcceptedInAnyCase(header: String) throws {
        let r = ModelLoader.parse(text: "\(header),Weight\na,b,2\nb,c,1\n", path: "e.csv")
        let map = try #require(r.validMap)
        #expect(r.diagnostics.isEmpty)
        #expect(map.actors.map(\.id) == ["a", "b", "c"])
        #expect(map.relations.map { [$0.from, $0.to] } == [["a", "b"], ["b", "c"]])
        #expect(map.relations.map(\.weight) == [2, 1])
    }

    @Test func aColumnNamedTwiceUnderTwoNamesIsAnError() {
        let found = ModelLoader.parse(text: "source,target,From\na,b,c\n", path: "e.csv").diagnostics
        #expect(
            found.map(\.description) == [
                "e.csv:1:15: error: the header names the column 'source' twice (as 'source' and 'From'); "
                    + "which one is meant is unclear"
            ])
    }

    @Test func negativeCustomWeightsMakeASignedType() throws {
        let map = try #require(ModelLoader.parse(text: "source,target,weight\na,b,-1\nb,c,1\n", path: "e.csv").validMap)
        #expect(map.relationType(named: "tie")?.polarity == .signed)
    }

    @Test(
        arguments: [
            (
                "a,b\nx,y\n",
                "e.csv:1:1: error: the header has no 'source' column; an edge list starts with 'source,target'"
            ),
            ("source,target,weight\na,b,heavy\n", "e.csv:2:5: error: weight must be a finite number, found 'heavy'"),
            ("source,target,weight\na,b,nan\n", "e.csv:2:5: error: weight must be a finite number, found 'nan'"),
            ("source,target\na,a\n", "e.csv:2:3: error: an actor cannot have a relation with itself ('a')"),
            ("source,target\na\n", "e.csv:2:1: error: this row has 1 field; the header has 2"),
            (
                "source,target,type,weight\na,b,trust,5\n",
                "e.csv:2:11: error: trust weight must be between -2 and 2, found 5"
            ),
            ("source,target\n\"a,b\n", "e.csv:2:1: error: a quoted field is never closed; add the closing '\"'"),
            ("", "e.csv:1:1: error: the file is empty; an edge list starts with the header 'source,target'"),
        ] as [(String, String)])
    func errorsAreLocated(text: String, expected: String) {
        let found = ModelLoader.parse(text: text, path: "e.csv").diagnostics.filter { $0.severity == .error }
        #expect(found.map(\.description) == [expected])
    }

    /// A quoted field may hold a line break: rows after it keep their line numbers. (An id may not: a line
    /// break is a control character, reported at the field.)
    @Test func positionsStayRightAfterAQuotedLineBreak() {
        let text = "source,target,weight\n\"multi\nline\",b,1\nc,d,bad\n"
        let found = ModelLoader.parse(text: text, path: "e.csv").diagnostics
        #expect(
            found.map(\.description) == [
                "e.csv:2:1: error: an actor id cannot contain a control character (U+000A, character 6 of the id)",
                "e.csv:4:5: error: weight must be a finite number, found 'bad'",
            ])
    }

    @Test func extraColumnsAreIgnoredWithAWarning() throws {
        let r = ModelLoader.parse(text: "source,target,sign\na,b,1\n", path: "e.csv")
        #expect(r.validMap != nil)
        #expect(
            r.diagnostics.map(\.description) == [
                "e.csv:1:15: warning: column 'sign' is ignored; an edge list uses source, target, weight and type"
            ])
    }

    @Test func quotedFieldsAndCRLF() throws {
        let text = "\u{FEFF}source,target\r\n\"Chief \"\"Big\"\" Man\",b\r\n"
        let map = try #require(ModelLoader.parse(text: text, path: "e.csv").validMap)
        #expect(map.actors.map(\.id) == ["Chief \"Big\" Man", "b"])
    }

    @Test func fieldsAreTrimmedAsFoundationTrimsWhitespace() {
        for text in ["", " ", "a", " a ", "\ta\t", "a b", " \u{A0}a\u{A0} ", "\u{2003}x", "é ", " ü", "\u{B}a", "a\r"] {
            #expect(
                CSVEdgeListReader.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)"
            )
        }
    }
}
