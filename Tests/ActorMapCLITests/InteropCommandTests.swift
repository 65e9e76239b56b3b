import Foundation
import Testing

/// The formats of issue 13 end to end: every command reads them, convert writes them (Gephi as two
/// files, DOT through the renderer's writer), ambiguous inputs and bad options are usage errors.
@Suite("Interoperability formats through the CLI")
struct InteropCommandTests {
    /// Every writable format and back: the analysis of the round-tripped map is the original's.
    @Test(arguments: ["json", "node-link", "gexf", "graphml", "gephi"])
    func everyCommandReadsTheExport(format: String) throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let ext = ["json": "json", "node-link": "json", "gexf": "gexf", "graphml": "graphml", "gephi": "csv"][format]!
        let out = scratch.appendingPathComponent("maro.\(ext)").path
        let c = try runActormap(["convert", "models/maro-district.yaml", out, "--to", format])
        #expect(c.status == 0, "\(c.stderr)")
        var input = [out, "--from", format]
        if format == "gephi" { input += ["--edges", scratch.appendingPathComponent("maro-edges.csv").path] }
        let back = try runActormap(["analyze"] + input + ["--format", "csv"])
        let original = try runActormap(["analyze", "models/maro-district.yaml", "--format", "csv"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == original.stdout)
        for command in [["validate"], ["screen", "--samples", "50"], ["render", "-o", out + ".svg"]] {
            let r = try runActormap(command + input)
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
    }

    @Test func gephiIsWrittenAsTwoFilesAndNeverToStandardOutput() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("g.csv").path
        let r = try runActormap(["convert", "models/gahuku-gama.yaml", out])
        #expect(r.status == 0)
        #expect(r.stderr.contains("wrote \(scratch.appendingPathComponent("g-edges.csv").path) (gephi edge table)"))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("g-edges.csv").path))
        // Read back without naming the format: a .csv whose first column is Id with --edges is Gephi's.
        let v = try runActormap(["validate", out, "--edges", scratch.appendingPathComponent("g-edges.csv").path])
        #expect(v.status == 0 && v.stdout.contains("16 actors, 58 relations"), "\(v.stderr)")
        let dash = try runActormap(["convert", "models/gahuku-gama.yaml", "-", "--to", "gephi"])
        #expect(dash.status == 64 && dash.stderr.contains("gephi is written as two files"))
    }

    @Test func dotIsTheDiagramsText() throws {
        let r = try runActormap(["convert", "models/gahuku-gama.yaml", "-", "--to", "dot"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("graph") || r.stdout.hasPrefix("digraph") || r.stdout.hasPrefix("strict"))
        #expect(r.stderr.contains("warning: dot is a drawing"))
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let read = try runActormap(["validate", try writeFile(r.stdout, named: "g.gv", in: scratch)])
        #expect(read.status == 64 && read.stderr.contains("is dot data, which ActorMap does not read"))
    }

    @Test func pajekAndACLEDAreReadByEveryCommand() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let net = try writeFile(
            "*Vertices 3\n1 \"Red Hand\"\n2 \"Police\"\n3 \"Elders\"\n*Edges :1 \"Infighting\"\n1 2 4\n"
                + "*Arcs :2 \"Trust\"\n3 2 2\n", named: "c.net", in: scratch)
        let v = try runActormap(["validate", net])
        #expect(v.status == 0 && v.stdout.contains("3 actors, 2 relations"), "\(v.stdout)")
        let acled = try writeFile(ForeignFormatFixtures.acled, named: "events.csv", in: scratch)
        let a = try runActormap(["analyze", acled, "--since", "2020-01-01", "--until", "2020-12-31"])
        #expect(a.status == 0, "\(a.stderr)")
        let bad = try runActormap(["validate", acled, "--since", "March 2020"])
        #expect(bad.status == 64 && bad.stderr.contains("--since takes a day written YYYY-MM-DD, found 'March 2020'"))
        let window = try runActormap(["validate", net, "--until", "2020-01-01"])
        #expect(
            window.status == 64 && window.stderr.contains("--since and --until choose the events of an ACLED table"))
        // diff and perspectives read foreign formats with --map too.
        let diff = try runActormap(["diff", net, net, "--map", "connection:Infighting=feud:negative"])
        #expect(diff.status == 0, "\(diff.stderr)")
    }

    @Test func ambiguousInputsNameTheChoices() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let xml = try writeFile("<graph/>", named: "g.xml", in: scratch)
        let r = try runActormap(["validate", xml])
        #expect(r.status == 64 && r.stderr.contains("may be graphml or gexf; name its format with --from"))
        let csv = try writeFile("Id,actor1,actor2\n", named: "t.csv", in: scratch)
        let c = try runActormap(["validate", csv])
        #expect(c.status == 64 && c.stderr.contains("may be gephi or acled"))
        let out = try runActormap(["convert", "models/gahuku-gama.yaml", scratch.appendingPathComponent("o.xml").path])
        #expect(out.status == 64 && out.stderr.contains("may be graphml or gexf"))
        let edges = try runActormap(["validate", "models/gahuku-gama.yaml", "--edges", csv])
        #expect(edges.status == 64 && edges.stderr.contains("--edges goes with a Gephi node table"))
    }

    @Test func encodingErrorsAreLocatedOnTheCommandLine() throws {
        let scratch = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = scratch.appendingPathComponent("latin1.csv").path
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(Array("source,target\nCaf".utf8) + [0xE9] + Array(",b\n".utf8)))
        let r = try runActormap(["validate", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("latin1.csv:2:4: error: byte 0xE9 is not UTF-8"), "\(r.stderr)")
    }
}

enum ForeignFormatFixtures {
    static let acled = """
        event_date,event_type,actor1,inter1,actor2,inter2
        2020-01-03,Battles,Army of X,1,Rebels Y,2
        2020-02-03,Battles,Rebels Y,2,Army of X,1
        2020-03-03,Violence against civilians,Rebels Y,2,Civilians (X),7

        """
}
