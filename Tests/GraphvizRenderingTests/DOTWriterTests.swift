import ActorModel
import Testing

@testable import GraphvizRendering

@Suite("DOT text")
struct DOTWriterTests {
    @Test func sectorsBecomeShapesAndColours() throws {
        let dot = try DOTWriter().write(try smallMap())
        #expect(dot.contains("n0 [label=\"Paramount Chief\\n(North)\", shape=house, fillcolor=\"#E69F00\""))
        #expect(dot.contains("n1 [label=\"District Police\", shape=box, fillcolor=\"#56B4E9\""))
        #expect(
            dot.contains(
                "n3 [label=\"Night Watch\\nMilitia\", shape=octagon, fillcolor=\"#D55E00\", fontcolor=\"#FFFFFF\", "
                    + "style=\"filled,dashed\"]"
            ))
        #expect(dot.contains("n5 [label=\"Loner\", shape=ellipse, fillcolor=\"#DDDDDD\""))
        // Unicode survives, quotes are escaped.
        #expect(dot.contains("الشيخ") && dot.contains("إدريس"))
        #expect(dot.contains("label=\"Small \\\"quoted\\\" map (2026-03-01)\""))
    }

    @Test func relationTypesBecomeColoursAndLineStyles() throws {
        let dot = try DOTWriter().write(try smallMap())
        #expect(
            dotLines(dot, containing: "n2 -> n1 [") == [
                "  n2 -> n1 [color=\"#D55E00\", penwidth=3.5, style=dashed, arrowhead=normal];"
            ])
        #expect(
            dotLines(dot, containing: "n0 -> n1 [") == [
                "  n0 -> n1 [color=\"#0072B2\", penwidth=1, arrowhead=normal, dir=both, arrowtail=normal];"
            ])
        #expect(
            dotLines(dot, containing: "n4 -> n1 [") == ["  n4 -> n1 [color=\"#000000\", penwidth=3.5, arrowhead=vee];"])
        #expect(
            dotLines(dot, containing: "n0 -> n3 [") == [
                "  n0 -> n3 [color=\"#D55E00\", penwidth=3.5, style=dotted, dir=none];"
            ])
        #expect(dotLines(dot, containing: "n0 -> n2 [") == ["  n0 -> n2 [color=\"#009E73\", penwidth=1.5, dir=none];"])
        #expect(
            dotLines(dot, containing: "n2 -> n3 [") == [
                "  n2 -> n3 [color=\"#D55E00\", penwidth=1.5, style=dashed, dir=none];"
            ])
        // Rivals in one row (the community level): an invisible point between them, in their row and order,
        // so dot draws the tie as an arc over it rather than across the narrow gap of neighbours.
        #expect(
            dotLines(dot, containing: "gap") == [
                "  { rank=same; level0; gap0 [label=\"\", shape=point, style=invis, width=0.3]; }",
                "  n2 -> gap0 -> n3 [style=invis];",
            ])
        // dot layout: no len, which only neato and fdp honour.
        #expect(!dot.contains("len="))
    }

    @Test func levelsStackInternationalOnTopCommunityAtTheBottom() throws {
        let dot = try DOTWriter().write(try smallMap())
        #expect(dot.contains("  level2 -> level1 -> level0 [style=invis];"))
        #expect(dot.contains("  { rank=same; level2; n4; }"))
        #expect(dot.contains("  { rank=same; level1; n0; n1; }"))
        #expect(dot.contains("  { rank=same; level0; n2; n3; }"))
        #expect(dot.contains("level0 [label=\"COMMUNITY\""))
        #expect(!dot.contains("level3"))  // no international actor
        #expect(!(try DOTWriter(options: .init(layout: .neato)).write(try smallMap())).contains("rank=same"))
    }

    @Test(arguments: [LayoutEngine.neato, .fdp])
    func hostileTiesAreLongNotWeighted(layout: LayoutEngine) throws {
        let dot = try DOTWriter(options: .init(layout: layout)).write(try smallMap())
        let unit = layout == .fdp ? "0.3" : "1"
        let hostile = layout == .fdp ? "0.75" : "2.5"
        #expect(dotLines(dot, containing: "n2 -> n1 [").first?.hasSuffix("len=\(hostile)];") == true)
        #expect(dotLines(dot, containing: "n0 -> n3 [").first?.hasSuffix("len=\(hostile)];") == true)
        #expect(dotLines(dot, containing: "n2 -> n3 [").first?.hasSuffix("len=\(hostile)];") == true)
        #expect(dotLines(dot, containing: "n0 -> n1 [").first?.hasSuffix("len=\(unit)];") == true)
        #expect(!dot.contains("weight="))
        #expect(dot.contains("overlap=false"))
    }

    @Test func legendListsOnlyWhatIsDrawn() throws {
        let all = try DOTWriter().write(try smallMap())
        let legend = try #require(dotLines(all, containing: "legend [").first)
        for text in [
            "State", "Customary authority", "Community group", "Non-state armed", "Sector not given",
            "distrust", ">trust<", "power over", "competition", "marriage", "feud", "dashed outline = sensitive",
        ] {
            #expect(legend.contains(text), "legend lacks \(text)")
        }
        #expect(!legend.contains("Private sector") && !legend.contains("International"))
        let trustOnly = try DOTWriter(options: .init(relations: ["trust"], showIsolates: false)).write(try smallMap())
        let small = try #require(dotLines(trustOnly, containing: "legend [").first)
        #expect(!small.contains("power over") && !small.contains("competition") && !small.contains("Non-state armed"))
        #expect(!trustOnly.contains("Loner"))
        #expect(!(try DOTWriter(options: .init(showLegend: false)).write(try smallMap())).contains("legend"))
    }

    @Test func unknownRelationFilterSuggestsTheName() throws {
        #expect(throws: DiagramError.unknownRelationType("trsut", suggestion: "trust")) {
            try DOTWriter(options: .init(relations: ["trsut"])).write(try smallMap())
        }
    }

    @Test func redactionRemovesSensitiveNamesEverywhere() throws {
        let dot = try DOTWriter().write(try smallMap().redactingSensitiveActors().map)
        #expect(!dot.contains("Night Watch") && !dot.contains("armed\""))
        #expect(dot.contains("label=\"Sensitive actor 1\""))
        #expect(dot.contains("name withheld"))
        // Node ids never carry actor ids.
        #expect(!dot.contains("\"armed\"") && !dot.contains(" armed "))
    }

    @Test func pngGetsPrintResolution() throws {
        let map = try smallMap()
        #expect(try DOTWriter().write(map, for: .png).contains("dpi=150"))
        #expect(try DOTWriter(options: .init(dpi: 300)).write(map, for: .png).contains("dpi=300"))
        #expect(!(try DOTWriter().write(map, for: .svg)).contains("dpi="))
    }

    @Test func outputIsDeterministic() throws {
        let map = try smallMap()
        #expect(try DOTWriter().write(map) == (try DOTWriter().write(map)))
    }

    @Test func helpers() {
        #expect(
            DOTWriter.wrap("Paramount Chief of the Northern Hills", width: 18)
                == "Paramount Chief of\nthe Northern Hills")
        #expect(DOTWriter.quote("a\\b\"c\nd") == "\"a\\\\b\\\"c\\nd\"")
        #expect(DOTWriter.html("<b>&\"") == "&lt;b&gt;&amp;&quot;")
        #expect(DOTWriter.number(2.875) == "2.88" && DOTWriter.number(1) == "1" && DOTWriter.number(0.5) == "0.5")
        #expect(DiagramStyle.penWidth(magnitude: 5, range: 1 ... 5) == 3.5)
        #expect(DiagramStyle.penWidth(magnitude: 1, range: 1 ... 5) == 1)
    }
}

@Suite("DOT writer: one edge per tie however many informant groups report it")
struct DOTWriterCombinedReportsTests {
    @Test func reportsOfOneTieAreOneEdgeAndASignDisputeIsMarked() throws {
        let text = """
            actormap: 1
            actors:
              - {id: a, name: Village, sector: community}
              - {id: b, name: Police, sector: state}
            relations:
              - {type: trust, from: a, to: b, weight: 2, source: women}
              - {type: trust, from: a, to: b, weight: -1, source: youth}
              - {type: power, from: b, to: a, weight: 3, source: women}
              - {type: power, from: b, to: a, weight: 3, source: youth}
            """
        let map = try #require(ModelLoader.parse(text: text, path: "m.yaml").validMap)
        let dot = try DOTWriter().write(map)
        #expect(dotLines(dot, containing: "n0 -> n1").count == 1)
        #expect(dotLines(dot, containing: "n1 -> n0").count == 1)
        #expect(dotLines(dot, containing: "n0 -> n1").first?.contains("label=\"±\"") == true)
        #expect(dotLines(dot, containing: "n1 -> n0").first?.contains("±") == false)
        #expect(dot.contains("informant groups disagree on the sign"))
        // Without a dispute there is no marker and no legend row.
        let agreed = text.replacingOccurrences(of: "weight: -1", with: "weight: 1")
        let plain = try DOTWriter().write(try #require(ModelLoader.parse(text: agreed, path: "m.yaml").validMap))
        #expect(!plain.contains("±") && !plain.contains("disagree"))
    }
}
