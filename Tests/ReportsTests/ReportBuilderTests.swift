import ActorModel
import ConflictAnalysis
import Foundation
import Testing

@testable import Reports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report folder's files from results already computed: escaping, self-containment, CSVs, determinism.
@Suite("Report builder (HTML, Markdown, CSV)")
struct ReportBuilderTests {
    static let hostile = "<script>alert(1)</script>"

    /// A small map whose actor names are hostile to HTML, Markdown and spreadsheets.
    static func input() throws -> ReportInput {
        let map = StakeholderMap(
            name: "Test & <map>", date: "2026-03-01",
            actors: [
                Actor(id: "chief", name: hostile, sector: .customary, level: "district"),
                Actor(id: "police", name: "=HYPERLINK(\"x\")", sector: .state, level: "district"),
                Actor(id: "women", name: "Women | *group* [x](y)", sector: .community, level: "community"),
            ],
            relations: [
                Relation(type: "trust", from: "women", to: "police", weight: -2, source: "a, b"),
                Relation(type: "trust", from: "chief", to: "police", isMutual: true, weight: 1),
                Relation(type: "trust", from: "women", to: "chief", weight: 2),
                Relation(type: "power", from: "chief", to: "women", weight: 4, note: "@SUM(A1)"),
            ],
            engagementPlans: [EngagementPlan(name: "Phase 1", partners: ["chief"])])
        let svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
             "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Title: actormap Pages: 1 -->
            <svg width="10pt" height="10pt" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg" \
            xmlns:xlink="http://www.w3.org/1999/xlink">
            <g id="graph0" class="graph"><title>actormap</title>
            <!-- n0 -->
            <g id="node1" class="node"><text>&lt;script&gt;alert(1)&lt;/script&gt;</text></g>
            </g>
            </svg>

            """
        return ReportInput(
            map: map, analysis: try NetworkAnalysis.run(map),
            screen: try CooptationScreen.run(map, options: ScreenOptions(plan: ("Phase 1", ["chief"]))),
            diagrams: [
                ReportDiagram(stem: "overview", title: "Overview", svg: svg, png: [0x89, 0x50], pdf: [0x25, 0x50]),
                ReportDiagram(stem: "trust", title: "Layer: trust", svg: svg),
            ],
            sha256: "ab12cd", version: "9.9.9")
    }

    static func file(_ files: [ReportFile], _ name: String) throws -> Data {
        try #require(files.first { $0.name == name }).bytes
    }

    @Test func filesAreNamedAndOrdered() throws {
        let files = ReportBuilder.files(try Self.input())
        #expect(
            files.map(\.name) == [
                "report.html", "report.md", "diagram-overview.svg", "diagram-overview.png", "diagram-overview.pdf",
                "diagram-trust.svg", "actors.csv", "relations.csv", "measures.csv", "screen.csv",
            ])
    }

    @Test func htmlEscapesEveryUserStringAndIsWellFormed() throws {
        let html = String(decoding: try Self.file(ReportBuilder.files(try Self.input()), "report.html"), as: UTF8.self)
        // The page's own two script elements and no other; the hostile name is text everywhere.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.contains("<script type=\"application/json\" id=\"actormap-data\">{"))
        #expect(html.contains("<script>/*<![CDATA[*/\n"))
        #expect(!html.contains("<script>alert") && !html.contains("alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<title>Test &amp; &lt;map&gt; — ActorMap report</title>"))
        // Traceability: name, date, hash, version.
        #expect(html.contains("dated 2026-03-01, file SHA-256 ab12cd, ActorMap 9.9.9"))
        // Well-formed: an XML parser reads the whole page (no DTD, no external entities).
        let parser = XMLParser(data: Data(html.utf8))
        parser.shouldResolveExternalEntities = false
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test func htmlIsSelfContained() throws {
        let html = String(decoding: try Self.file(ReportBuilder.files(try Self.input()), "report.html"), as: UTF8.self)
        for reference in ["http", "//", "src=", "href", "url(", "@import", "<link", "<img", "<!DOCTYPE svg", "import("]
        {
            #expect(!html.lowercased().contains(reference.lowercased()), "found \(reference)")
        }
        // Both diagrams are inline, with distinct ids and without Graphviz's comments.
        #expect(html.components(separatedBy: "<svg").count == 3)
        #expect(html.contains("id=\"d0-graph0\"") && html.contains("id=\"d1-graph0\""))
        #expect(!html.contains("<!--") && !html.contains("<?xml"))
        // No script but the page's own (no `src`, checked above), nothing that fetches.
        for call in [
            "fetch(", "XMLHttpRequest", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
        ] {
            #expect(!html.contains(call), "found \(call)")
        }
    }

    /// The script's data, read back as JSON from the page.
    static func pageData(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"actormap-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound ..< html.endIndex))
        let json = String(html[start.upperBound ..< end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func scriptDataHoldsEveryActorEscaped() throws {
        let html = String(decoding: try Self.file(ReportBuilder.files(try Self.input()), "report.html"), as: UTF8.self)
        // In the JSON text, the hostile name's `<`, `>` and `/` are escapes.
        #expect(html.contains("\"name\": \"\\u003cscript\\u003ealert(1)\\u003c\\/script\\u003e\""))
        let data = try Self.pageData(html)
        let actors = try #require(data["actors"] as? [[String: Any]])
        #expect(actors.map { $0["key"] as? String } == ["chief", "police", "women"])
        let chief = try #require(actors.first)
        // Read back, the name is the name.
        #expect(chief["name"] as? String == Self.hostile)
        #expect(chief["partner"] as? Bool == true && actors[1]["partner"] as? Bool == false)
        let risk = try #require(chief["risk"] as? [String: Any])
        let factors = try #require(risk["factors"] as? [[String]])
        #expect(!factors.isEmpty && factors.allSatisfy { $0.count == 4 })
        let ties = try #require(chief["ties"] as? [[String: Any]])
        #expect(ties.count == 3)
        #expect(ties.contains { $0["type"] as? String == "power" && $0["direction"] as? String == "out" })
        #expect(ties.contains { $0["other"] as? String == "police" && $0["direction"] as? String == "both" })
        let measures = try #require(chief["measures"] as? [[String: Any]])
        #expect(measures.contains { $0["layer"] as? String == "trust" })
        let layers = try #require(data["layers"] as? [[String: String]])
        #expect(layers == [["key": "trust", "name": "trust"], ["key": "power", "name": "power"]])
        let plan = try #require(data["plan"] as? [String: Any])
        #expect(plan["partners"] as? [String] == ["chief"])
    }

    @Test func scriptDataCannotEndItsElement() {
        let text = JSONValue.string("</script><!-- & \u{2028}\u{2029} ]]>").text()
        let escaped = ReportPageData.escapeForScript(text)
        #expect(escaped == #""\u003c\/script\u003e\u003c!-- \u0026 \u2028\u2029 ]]\u003e""#)
        for bad in ["<", ">", "&", "</", "\u{2028}", "\u{2029}"] { #expect(!escaped.contains(bad)) }
        let back = try? JSONSerialization.jsonObject(with: Data(escaped.utf8), options: .fragmentsAllowed) as? String
        #expect(back == "</script><!-- & \u{2028}\u{2029} ]]>")
    }

    @Test func controlsAreHiddenWithoutTheScriptAndRowsNameTheirActor() throws {
        let html = String(decoding: try Self.file(ReportBuilder.files(try Self.input()), "report.html"), as: UTF8.self)
        #expect(html.contains("<div id=\"am-controls\" class=\"am-controls\" hidden=\"hidden\">"))
        #expect(html.contains("<aside id=\"am-panel\" hidden=\"hidden\""))
        #expect(html.contains("data-layer=\"trust\"/> trust</label>") && html.contains("data-layer=\"power\""))
        #expect(html.contains("Highlight the partners of Phase 1"))
        #expect(html.contains("<tr data-actor=\"chief\"><td>&lt;script&gt;"))
        // Printing hides the controls and the panel.
        #expect(html.contains("@media print { .am-controls, #am-panel, button.am-zoom { display: none !important; }"))
        // The evidence of high risks and flags reads without the script.
        #expect(html.contains("<h3>Evidence behind the high risks and flags</h3>"))
    }

    @Test func markdownEscapesAndLinksTheDiagrams() throws {
        let md = String(decoding: try Self.file(ReportBuilder.files(try Self.input()), "report.md"), as: UTF8.self)
        #expect(md.hasPrefix("# Test \\& \\<map\\>\n"))
        // Every `<` is escaped, so no viewer reads inline HTML.
        #expect(md.contains("\\<script\\>alert\\(1\\)\\</script\\>"))
        #expect(!md.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(md.contains("Women \\| \\*group\\* \\[x\\]\\(y\\)"))
        #expect(md.contains("![Overview](diagram-overview.svg)"))
        #expect(md.contains("[PNG](diagram-overview.png), [PDF](diagram-overview.pdf)"))
        #expect(md.hasSuffix("ActorMap 9.9.9\n"))
    }

    @Test(arguments: [
        ("actors.csv", "id,name,sector,level,represents,tags,power,legitimacy,accountability,sensitive,notes\n"),
        ("relations.csv", "type,from,to,mutual,weight,source,confidence,date,note\n"),
        ("measures.csv", "layer,id,name,"),
        ("screen.csv", "id,name,risk,band,confidence,capture,"),
    ])
    func csvHasByteOrderMarkAndHeader(name: String, header: String) throws {
        let bytes = try Self.file(ReportBuilder.files(try Self.input()), name)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(header))
        // Formula-like names and notes are neutralised.
        #expect(!text.contains(",=HYPERLINK") && !text.contains(",@SUM"))
    }

    @Test func csvCellsAreNeutralisedAndQuoted() throws {
        let files = ReportBuilder.files(try Self.input())
        let actors = String(decoding: try Self.file(files, "actors.csv").dropFirst(3), as: UTF8.self)
        #expect(actors.contains("police,\"'=HYPERLINK(\"\"x\"\")\",state,district"))
        let relations = String(decoding: try Self.file(files, "relations.csv").dropFirst(3), as: UTF8.self)
        #expect(relations.contains("trust,women,police,no,-2,\"a, b\",,,\n"))
        #expect(relations.contains("power,chief,women,no,4,,,,'@SUM(A1)\n"))
    }

    /// The coverage sentence ends once, whether or not the model's source text ends its own sentence.
    @Test(arguments: [("Interviews.", "source: Interviews."), ("Interviews", "source: Interviews.")])
    func theCoverageSentenceEndsOnce(source: String, expected: String) throws {
        var input = try Self.input()
        input.map.source = source
        let md = String(decoding: try Self.file(ReportBuilder.files(input), "report.md"), as: UTF8.self)
        #expect(md.contains(expected) && !md.contains(expected + "."))
    }

    @Test func sameInputSameBytes() throws {
        let a = ReportBuilder.files(try Self.input())
        let b = ReportBuilder.files(try Self.input())
        #expect(a == b)
    }

    @Test func diagramFileNamesAreSafeAndDistinct() {
        let named = ReportBuilder.uniquelyNamed([
            ReportDiagram(stem: "ثقة", title: "a", svg: ""), ReportDiagram(stem: "a.b", title: "b", svg: ""),
            ReportDiagram(stem: "a-b", title: "b", svg: ""),
            ReportDiagram(stem: "../x", title: "c", svg: ""), ReportDiagram(stem: "overview", title: "d", svg: ""),
            ReportDiagram(stem: "overview", title: "e", svg: ""),
        ])
        #expect(
            named.map(\.fileStem) == [
                "diagram----", "diagram-a-b", "diagram-a-b-2", "diagram----x", "diagram-overview", "diagram-overview-2",
            ])
    }

    @Test func inlineSVGDropsPrologCommentsAndNamespaces() {
        let svg =
            "<?xml version=\"1.0\"?>\n<!-- a --><svg xmlns=\"http://www.w3.org/2000/svg\">\n\n<g id=\"x&#45;y\"/>"
            + "<text>a&#45;b</text></svg>"
        #expect(HTMLReport.inlineSVG(svg, idPrefix: "p-") == "<svg>\n<g id=\"p-x-y\"/><text>a-b</text></svg>")
        // An unclosed comment ends the drawing.
        #expect(HTMLReport.inlineSVG("<svg><g/><!-- open", idPrefix: "p-") == "<svg><g/>")
        #expect(HTMLReport.inlineSVG("no drawing", idPrefix: "p-") == "")
    }
}
