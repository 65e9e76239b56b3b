import Foundation
import Testing

/// Kumu's spreadsheet pair for the Gahuku-Gama subtribes (derived from Read 1954 / UCINET `gama.dat`,
/// copied from the shared reference data into Golden/inputs) gives the YAML model's analysis.
@Suite("Foreign formats read by every command (end to end)")
struct ForeignImportTests {
    static let elements = "Tests/ActorMapCLITests/Golden/inputs/kumu-gahuku-gama-elements.csv"
    static let connections = "Tests/ActorMapCLITests/Golden/inputs/kumu-gahuku-gama-connections.csv"
    /// Kumu's two connection types as the model's own: rova (alliance) positive, hina (enmity) negative.
    static let mapping = [
        "--map", "connection:rova (alliance)=alliance:positive", "--map", "connection:hina (enmity)=enmity:negative",
    ]

    @Test(arguments: ["table", "csv", "json"])
    func kumuPairAnalysesLikeTheYAMLModel(format: String) throws {
        let kumu = try runActormap(
            ["analyze", Self.elements, "--connections", Self.connections, "--format", format] + Self.mapping)
        let yaml = try runActormap(["analyze", "models/gahuku-gama.yaml", "--format", format])
        #expect(kumu.status == 0 && yaml.status == 0, "\(kumu.stderr)")
        if format == "json" {
            // Only the model's record (name, file digest) may differ.
            var a = try #require(try JSONSerialization.jsonObject(with: kumu.stdoutData) as? [String: Any])
            var b = try #require(try JSONSerialization.jsonObject(with: yaml.stdoutData) as? [String: Any])
            a["model"] = nil
            b["model"] = nil
            #expect(NSDictionary(dictionary: a).isEqual(to: b))
            #expect(a["signed"] != nil)
        } else {
            #expect(kumu.stdout == yaml.stdout)
        }
        #expect(format != "table" || kumu.stdout.contains("frustration 7"))
    }

    @Test func unmappedKumuTypesAreWarningsNamedWithTheirCount() throws {
        let r = try runActormap([
            "validate", Self.elements, "--connections", Self.connections, "--map", "element:x=state",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("16 actors, 58 relations") && r.stdout.contains("(29 trust, 29 competition)"))
        #expect(r.stderr.contains("warning: Kumu element type 'Tribe' (16 elements) is not mapped to a sector"))
        #expect(r.stderr.contains("kumu-gahuku-gama-connections.csv:1:14: warning: column 'Sign' is not kept"))
        // The excerpt under a Connections sheet's diagnostic is that sheet's line.
        #expect(r.stderr.contains("From,To,Type,Sign,Direction\n             ^"))
    }

    @Test func badUsesAreUsageErrors() throws {
        let bad = try runActormap(["analyze", Self.elements, "--map", "connection:x"])
        #expect(bad.status == 64 && bad.stderr.contains("error: --map: 'connection:x' has no '='"))
        let pair = try runActormap(["analyze", "models/gahuku-gama.yaml", "--connections", Self.connections])
        #expect(pair.status == 64 && pair.stderr.contains("--connections goes with a Kumu Elements sheet"))
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let unknown = try writeFile("x", named: "map.txt", in: scratch)
        let r = try runActormap(["validate", unknown])
        #expect(
            r.status == 64
                && r.stderr.contains(
                    "name its format with --from yaml, json, csv, kumu, gephi, gexf, graphml, node-link")
        )
        let dot = try writeFile("graph { a -- b }", named: "g.dot", in: scratch)
        let n = try runActormap(["validate", dot])
        #expect(n.status == 64 && n.stderr.contains("is dot data, which ActorMap does not read"))
    }

    @Test func aKumuExportIsReadByEveryCommand() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let export = """
            {"elements": [{"label": "A", "type": "Militia"}, {"label": "B", "type": "Ministry"}, {"label": "C"}],
             "connections": [{"from": "A", "to": "B", "type": "Infighting", "direction": "undirected"}]}
            """
        let path = try writeFile(export, named: "kumu.json", in: scratch)
        let v = try runActormap(["validate", path], environment: ["COLUMNS": "300"])
        #expect(v.status == 0 && v.stdout.contains("3 actors, 1 relation (1 competition)"), "\(v.stderr)")
        let a = try runActormap(["analyze", path])
        #expect(a.status == 0 && a.stdout.contains("signed"))
        let s = try runActormap(["screen", path])
        #expect(s.status == 0, "\(s.stderr)")
        let d = try runActormap(["render", path, "--format", "dot", "-o", "-"])
        #expect(d.status == 0 && d.stdout.contains("digraph") || d.stdout.contains("graph"))
    }
}
