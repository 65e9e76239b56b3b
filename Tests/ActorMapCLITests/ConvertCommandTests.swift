import Foundation
import Testing

/// Whether `python3 -c "import networkx"` works here (CI installs networkx, so the check runs there).
let networkxAvailable: Bool = {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import networkx"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
}()

@Suite("actormap convert (end to end)")
struct ConvertCommandTests {
    @Test func yamlRoundTripGivesTheSameAnalysis() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("maro.yaml").path
        let c = try runActormap(["convert", "models/maro-district.yaml", out])
        #expect(c.status == 0 && c.stderr.contains("wrote \(out) (yaml: 36 actors"), "\(c.stderr)")
        for args in [["analyze"], ["screen", "--format", "csv"]] {
            let a = try runActormap([args[0], out] + args.dropFirst())
            let b = try runActormap([args[0], "models/maro-district.yaml"] + args.dropFirst())
            #expect(a.stdout == b.stdout)
        }
    }

    @Test func outputFormatsAreChosenOrRefusedByName() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let json = try runActormap([
            "convert", "models/gahuku-gama.yaml", scratch.appendingPathComponent("g.json").path,
        ])
        #expect(
            json.status == 64 && json.stderr.contains("may be json or node-link or kumu; name the format with --to"))
        let unknown = try runActormap(["convert", "models/gahuku-gama.yaml", "g.txt"])
        #expect(
            unknown.status == 64
                && unknown.stderr.contains(
                    "name it with --to yaml, json, kumu, gephi, gexf, graphml, node-link, pajek, dot")
        )
        let acled = try runActormap(["convert", "models/gahuku-gama.yaml", "-", "--to", "acled"])
        #expect(acled.status == 64 && acled.stderr.contains("cannot write acled"))
        let broken = try runActormap([
            "convert", "Tests/ActorMapCLITests/Golden/inputs/broken-model.yaml", "-", "--to", "yaml",
        ])
        #expect(broken.status == 65 && broken.stdout.isEmpty && broken.stderr.contains("nothing written"))
        let graphml = try runActormap(["convert", "models/maro-district.yaml", "-", "--to", "graphml"])
        #expect(graphml.status == 0 && graphml.stderr.contains("warning: GraphML cannot carry engagement plans: 2"))
    }

    @Test func graphMLInputIsReadByEveryCommand() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let g = scratch.appendingPathComponent("g.graphml").path
        #expect(try runActormap(["convert", "models/gahuku-gama.yaml", g]).status == 0)
        let a = try runActormap(["analyze", g, "--format", "csv"])
        let b = try runActormap(["analyze", "models/gahuku-gama.yaml", "--format", "csv"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let bomb = try writeFile(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<graphml/>\n",
            named: "bomb.graphml", in: scratch)
        let r = try runActormap(["validate", bomb])
        #expect(r.status == 65 && r.stderr.contains("bomb.graphml:2:1: error: a DOCTYPE is not allowed"))
    }

    /// networkx reads the GraphML, GEXF and node-link exports with the same nodes, edges, weights, types and
    /// attributes.
    @Test(.enabled(if: networkxAvailable, "needs python3 with networkx"), arguments: ["graphml", "gexf", "node-link"])
    func networkxReadsTheExport(format: String) throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("maro.\(format == "node-link" ? "json" : format)").path
        let c = try runActormap(["convert", "models/maro-district.yaml", out, "--to", format])
        #expect(c.status == 0, "\(c.stderr)")
        let reference = scratch.appendingPathComponent("maro.json").path + ".ref"
        let n = try runActormap(["convert", "models/maro-district.yaml", reference, "--to", "node-link"])
        #expect(n.status == 0)
        let script = """
            import json, sys
            import networkx as nx
            path, fmt, ref = sys.argv[1:4]
            if fmt == "graphml":
                g = nx.read_graphml(path)
            elif fmt == "gexf":
                g = nx.read_gexf(path)
            else:
                g = nx.node_link_graph(json.load(open(path)), edges="edges")
            # GEXF carries the relation type as the edge's label (and kind), the name as the node's label.
            tkey, nkey = ("label", "label") if fmt == "gexf" else ("type", "name")
            data = json.load(open(ref))
            nodes = [n["id"] for n in data["nodes"]]
            assert list(g.nodes) == nodes, (list(g.nodes)[:5], nodes[:5])
            assert g.number_of_edges() == len(data["edges"]), (g.number_of_edges(), len(data["edges"]))
            got = sorted((u, v, d[tkey], float(d["weight"]), d["polarity"]) for u, v, d in g.edges(data=True))
            edges = data["edges"]
            want = sorted((e["source"], e["target"], e["type"], float(e["weight"]), e["polarity"]) for e in edges)
            assert got == want, [x for x in got if x not in want][:3]
            for n in data["nodes"]:
                a = g.nodes[n["id"]]
                assert a[nkey] == n["name"], (a, n)
                assert a.get("sector") == n.get("sector"), (a, n)
                if "power" in n:
                    assert float(a["power"]) == float(n["power"]), (a, n)
                for k, v in n.get("attributes", {}).items():
                    got = a["attributes"][k] if fmt == "node-link" else a[k]
                    assert got == v, (k, got, v)
            print("ok", g.number_of_nodes(), g.number_of_edges())
            """
        let scriptPath = try writeFile(script, named: "check.py", in: scratch)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", scriptPath, out, format, reference]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(output)")
        #expect(output.hasPrefix("ok 36 129"), "\(output)")
    }
}
