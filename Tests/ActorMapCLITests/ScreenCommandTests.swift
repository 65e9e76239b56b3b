import Foundation
import Testing

@Suite("actormap screen (end to end)")
struct ScreenCommandTests {
    @Test func tableLeadsWithFlagsThenTheHighestRisks() throws {
        let r = try runActormap(["screen", "models/maro-district.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("FLAGS\n"))
        let sections = ["FLAGS", "HIGHEST RISK", "PLAN 'Phase 1'", "SOCIAL CONTRACT"]
        let positions = sections.map { r.stdout.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! })
        #expect(r.stdout.contains("[sole-gatekeeper] Removing chief-kessa"))
        #expect(r.stdout.contains("[rival-not-engaged] Partner chief-kessa has a rivalry of 5/5 with chief-boru"))
        #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 260 })
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let r = try runActormap([
            "screen", "models/maro-district.yaml", "--plan", "Phase 1", "--samples", "50", "--format", "json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors.count == 36)
        let first = actors[0]
        for key in ["id", "risk", "band", "factors", "flags", "bands", "confidence", "explanation"] {
            #expect(first[key] != nil, "\(key)")
        }
        let factor = try #require((first["factors"] as? [[String: Any]])?.first)
        #expect(factor["name"] != nil && factor["evidence"] is String)
        let bands = try #require(first["bands"] as? [String: Double])
        #expect(Set(bands.keys) == ["low", "medium", "unknown", "high", "critical"])
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(plan["name"] as? String == "Phase 1")
        #expect((plan["coverage"] as? [String: Any])?["groups"] is [String: Any])
        #expect((plan["flags"] as? [[String: Any]])?.contains { $0["kind"] as? String == "rival-not-engaged" } == true)
        let contract = try #require(json["social_contract"] as? [[String: Any]])
        #expect(contract.first?["path"] is [String])
    }

    @Test func sameSeedSameBytes() throws {
        let args = ["screen", "models/maro-district.yaml", "--samples", "40", "--seed", "9", "--format", "json"]
        let a = try runActormap(args)
        let b = try runActormap(args)
        #expect(a.status == 0 && a.stdoutData == b.stdoutData)
        let c = try runActormap([
            "screen", "models/maro-district.yaml", "--samples", "40", "--seed", "10", "--format", "json",
        ])
        #expect(c.stdoutData != a.stdoutData)
    }

    @Test func scenarioShowsTheDifferences() throws {
        let r = try runActormap([
            "screen", "models/maro-district.yaml", "--scenario", "models/scenarios/maro-youth-police-dialogue.yaml",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("WHAT-IF 'Youth–police dialogue and mobile courts'"))
        #expect(r.stdout.contains("− [sole-gatekeeper] Removing chief-kessa"))
    }

    @Test func adHocPartners() throws {
        let r = try runActormap([
            "screen", "models/maro-district.yaml", "--partners", "womens-assoc,csc", "--format", "json",
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"name\": \"--partners\""))
    }

    @Test func errors() throws {
        let unknownPlan = try runActormap(["screen", "models/maro-district.yaml", "--plan", "Phase 2"])
        #expect(unknownPlan.status == 64 && unknownPlan.stderr.contains("the model has no engagement plan 'Phase 2'"))
        let unknownPartner = try runActormap(["screen", "models/maro-district.yaml", "--partners", "womens-asoc"])
        #expect(unknownPartner.status == 64 && unknownPartner.stderr.contains("did you mean 'womens-assoc'?"))
        #expect(
            try runActormap(["screen", "models/maro-district.yaml", "--plan", "Phase 1", "--partners", "csc"]).status
                == 64)
        #expect(try runActormap(["screen", "models/maro-district.yaml", "--format", "xml"]).status == 64)
        let dir = try makeScratchFolder()
        let bad = try writeFile("actormap-scenario: 1\nremove_actors: [nobody]\n", named: "s.yaml", in: dir)
        let badScenario = try runActormap(["screen", "models/maro-district.yaml", "--scenario", bad])
        #expect(badScenario.status == 65 && badScenario.stderr.contains("s.yaml:2:17: error: unknown actor 'nobody'"))
        #expect(
            try runActormap(["screen", "models/maro-district.yaml", "--scenario", "/nonexistent.yaml"]).status == 66)
    }

    /// `--format csv`: one row per actor in the screen's order, the documented columns, and the same
    /// numbers as the JSON (which rounds them).
    @Test func csvHasOneRowPerActorWithTheFactorColumns() throws {
        let csv = try runActormap(["screen", "models/maro-district.yaml", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(
            rows.first
                == "id,name,risk,band,confidence,capture,gatekeeping,legitimacy_deficit,unchecked_power,"
                + "divisiveness,coercion,exclusion")
        let json = try runActormap(["screen", "models/maro-district.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(rows.count == actors.count + 1)
        // chief-kessa's name has no comma or quote, so its row splits cleanly on commas.
        let row = try #require(rows.first { $0.hasPrefix("chief-kessa,") }).split(separator: ",").map(String.init)
        let expected = try #require(actors.first { $0["id"] as? String == "chief-kessa" })
        #expect(row[1] == expected["name"] as? String)
        #expect(abs(Double(row[2])! - (expected["risk"] as! Double)) <= 0.05)
        #expect(row[3] == expected["band"] as? String)
        #expect(row.count == 12)
        #expect(rows.dropFirst().map { $0.prefix { $0 != "," } } == actors.map { Substring($0["id"] as! String) })
    }

    /// An unknown factor is an empty field, never 0.
    @Test func csvLeavesUnknownFactorsEmpty() throws {
        let dir = try makeScratchFolder()
        try writeFile(threeActorModel, named: "m.yaml", in: dir)
        let r = try runActormap(["screen", "m.yaml", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try runActormap(["screen", "m.yaml", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        let unknown = actors.flatMap { a in
            (a["factors"] as! [[String: Any]]).filter { $0["value"] is NSNull }.map { "\(a["id"]!)/\($0["name"]!)" }
        }
        #expect(!unknown.isEmpty, "the three-actor model has no ratings, so some factors are unknown")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = rows[0].map(String.init)
        for item in unknown {
            let parts = item.split(separator: "/").map(String.init)
            let row = try #require(rows.first { $0.first.map(String.init) == parts[0] })
            #expect(row[try #require(header.firstIndex(of: parts[1]))].isEmpty, "\(item)")
        }
    }

    /// JSON outputs lead with ActorMap's version, the model (name, date, the file's SHA-256) and the
    /// settings; under --redact the model's name is the redacted one.
    @Test func jsonRecordsVersionModelAndSettings() throws {
        let dir = try makeScratchFolder()
        let text = """
            actormap: 1
            name: Women's group map
            date: 2026-01-31
            actors:
              - {id: chief, name: Chief, sector: customary}
              - {id: women, name: Women's group, sector: community, sensitive: true}
            relations:
              - {type: trust, between: [chief, women], weight: 1}

            """
        try writeFile(text, named: "m.yaml", in: dir)
        // The file's SHA-256, from Python's hashlib.
        let digest = "9c6fdc5c1ea7250718e9b20e6852fbde817c66270fc6cdb2df80e7092f495474"
        for command in [["screen", "--samples", "3", "--seed", "18446744073709551615"], ["analyze"]] {
            let r = try runActormap(
                [command[0], "m.yaml", "--format", "json", "--redact"] + command.dropFirst(), in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("{\n  \"version\": \"0.1.0\",\n  \"model\": {\n"))
            let object = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
            let model = try #require(object["model"] as? [String: Any])
            #expect(model["name"] as? String == "Sensitive actor 1 map")
            #expect(model["date"] as? String == "2026-01-31")
            #expect(model["sha256"] as? String == digest)
            #expect(object["settings"] is [String: Any])
        }
        let screen = try runActormap(
            ["screen", "m.yaml", "--format", "json", "--samples", "3", "--seed", "18446744073709551615"], in: dir)
        #expect(screen.stdout.contains("\n    \"seed\": 18446744073709551615,\n"))
        let version = try runActormap(["--version"])
        #expect(version.stdout == "0.1.0\n")
    }
}
