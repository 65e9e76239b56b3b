import Foundation
import Testing

@Suite("actormap analyze (end to end)")
struct AnalyzeCommandTests {
    @Test func jsonHasTheDocumentedShape() throws {
        let r = try runActormap(["analyze", "models/florentine-families.yaml", "--format", "json", "--weights", "none"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(layers.map { $0["relations"] as? [String] } == [["marriage"], ["business"]])
        let marriage = layers[0]
        #expect(marriage["directed"] as? Bool == false)
        let graph = try #require(marriage["graph"] as? [String: Any])
        #expect(graph["nodes"] as? Int == 16 && graph["edges"] as? Int == 20)
        let actors = try #require(marriage["actors"] as? [[String: Any]])
        #expect(actors.count == 16)
        let medici = try #require(actors.first { $0["id"] as? String == "medici" })
        for key in [
            "degree_centrality", "closeness", "harmonic", "betweenness", "betweenness_raw", "eigenvector",
            "pagerank", "katz", "constraint", "effective_size", "core_number", "clustering", "community",
        ] {
            #expect(medici[key] != nil, "missing \(key)")
        }
        // Pucci is an isolate: constraint is undefined → null.
        let pucci = try #require(actors.first { $0["id"] as? String == "pucci" })
        #expect(pucci["constraint"] is NSNull)
    }

    @Test func csvHasOneRowPerActorPerLayer() throws {
        let r = try runActormap([
            "analyze", "models/florentine-families.yaml", "--format", "csv", "--measures", "degree,betweenness",
        ])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "layer,id,name,degree_centrality,strength,betweenness,betweenness_raw")
        #expect(lines.count == 1 + 16 * 2)
        #expect(lines.contains { $0.hasPrefix("marriage,medici,Medici,") })
    }

    @Test func tableListsTopActorsPerMeasure() throws {
        let r = try runActormap([
            "analyze", "models/florentine-families.yaml", "--relations", "marriage", "--weights", "none",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("marriage — undirected, weights: none\n"))
        let betweenness = try #require(r.stdout.split(separator: "\n").first { $0.contains("(betweenness): ") })
        #expect(
            betweenness.contains("medici 0.")
                && betweenness.firstRange(of: "medici")!.lowerBound < betweenness.firstRange(of: "guadagni")!.lowerBound
        )
    }

    @Test func warningsGoToStandardErrorAndNullToJSON() throws {
        let r = try runActormap([
            "analyze", "models/maro-district.yaml", "--format", "json", "--measures", "eigenvector",
        ])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: trust: eigenvector: eigenvector centrality is undefined here"))
        #expect(r.stdout.contains("\"eigenvector\": null"))
    }

    @Test func threadsDoNotChangeTheOutput() throws {
        let one = try runActormap(["analyze", "models/maro-district.yaml", "--format", "json", "--threads", "1"])
        let two = try runActormap(["analyze", "models/maro-district.yaml", "--format", "json", "--threads", "2"])
        #expect(one.status == 0 && one.stdoutData == two.stdoutData)
    }

    @Test func csvEdgeListInput() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile("source,target,weight\na,b,1\nb,c,1\nc,a,1\nc,d,2\n", named: "e.csv", in: dir)
        let r = try runActormap(["analyze", path, "--directed", "--format", "json", "--measures", "degree"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"directed\": true") && r.stdout.contains("\"in_degree_centrality\""))
    }

    @Test func usageErrors() throws {
        let unknownMeasure = try runActormap(["analyze", "models/gahuku-gama.yaml", "--measures", "betweenes"])
        #expect(unknownMeasure.status == 64 && unknownMeasure.stderr.contains("did you mean 'betweenness'?"))
        let unknownType = try runActormap(["analyze", "models/gahuku-gama.yaml", "--relations", "aliance"])
        #expect(unknownType.status == 64 && unknownType.stderr.contains("did you mean 'alliance'?"))
        #expect(try runActormap(["analyze", "models/gahuku-gama.yaml", "--weights", "heavy"]).status == 64)
        #expect(try runActormap(["analyze", "models/gahuku-gama.yaml", "--format", "xml"]).status == 64)
        #expect(try runActormap(["analyze", "models/gahuku-gama.yaml", "--group-by", "attribute:wealth"]).status == 64)
        #expect(try runActormap(["analyze", "models/gahuku-gama.yaml", "--threads", "0"]).status == 64)
    }

    @Test func invalidModelIsADataError() throws {
        let dir = try makeScratchFolder()
        let path = try writeFile(modelWithTwoErrors, named: "bad.yaml", in: dir)
        let r = try runActormap(["analyze", path])
        #expect(r.status == 65 && r.stdout.isEmpty)
    }
}

@Suite("analyze options")
struct AnalyzeOptionTests {
    @Test func negativeBetaParsesAndGivesThePublishedMediciPower() throws {
        let r = try runActormap([
            "analyze", "models/florentine-families.yaml", "--relations", "marriage", "--weights", "none",
            "--measures", "bonacich", "--beta", "-0.25", "--format", "csv",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let medici = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("marriage,medici,") })
        let value = try #require(Double(medici.split(separator: ",").last!))
        #expect(abs(value - 2.841969) < 1e-6)
    }
}
