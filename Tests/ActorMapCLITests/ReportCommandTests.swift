import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `actormap report`: the folder of every example model, redaction over every byte, safe replacement.
@Suite("actormap report")
struct ReportCommandTests {
    static let reportFiles = [
        "report.html", "report.md", "diagram-overview.svg", "diagram-overview.png", "diagram-overview.pdf",
        "actors.csv", "relations.csv", "measures.csv", "screen.csv",
    ]

    static var models: [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("models").path))
        return (names ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: models)
    func reportOfEveryExampleModel(model: String) throws {
        try checkReport(model: model)
    }

    func checkReport(model: String) throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r").path
        let r = try runActormap(["report", "models/\(model)", "-o", out])
        try #require(r.status == 0, "\(model): exit \(r.status)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        for name in Self.reportFiles { #expect(files.contains(name), "\(model): no \(name)") }
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(!html.contains("http") && !html.contains("//") && !html.contains("src="))
        // Its own data and script only; every actor's node in the overview carries the name the script finds.
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "\(model)")
        #expect(html.contains("class=\"node actor\"") && html.contains("id=\"d0-a-"), "\(model)")
        #expect(html.contains("class=\"edge rel-"), "\(model)")
        // Well-formed: an XML parser reads the whole page, script and data included.
        let parser = XMLParser(data: Data(html.utf8))
        parser.shouldResolveExternalEntities = false
        #expect(parser.parse(), "\(model): \(String(describing: parser.parserError))")
        // No temporary folder is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r"])
    }

    /// Sensitive names no text could hold by chance, in ids, names, notes, attributes, sources, plan names,
    /// the map's name and a public actor's notes; none may appear in any byte of any file, nor in a file name.
    /// Each has five or more mixed letters: compressed image data does hold short repetitive runs such as
    /// "Qqqq" by chance (seen in a PNG), which would fail the check for no leak.
    static let secretModel = """
        actormap: 1
        name: Maro and Zyxwvut Qjxqzv
        description: What Zyxwvut Qjxqzv does near Kessa.
        actors:
          - {id: chief, name: Chief Boru, sector: customary, level: district, notes: meets Zyxwvut Qjxqzv}
          - {id: police, name: Police, sector: state, level: district}
          - {id: youth, name: Youth group, sector: community, level: community, represents: [youth]}
          - id: qzjxv-militia
            name: Zyxwvut Qjxqzv
            sector: non-state-armed
            level: community
            sensitive: true
            notes: Commander Vvqqzzk
            attributes: {contact: Kkxxqq Wkvjwx}
        relations:
          - {type: trust, from: youth, to: chief, weight: 1, source: told by Jjqqxx Informant}
          - {type: trust, from: youth, to: qzjxv-militia, weight: -2, source: Zyxwvut Qjxqzv patrol log}
          - {type: trust, from: chief, to: qzjxv-militia, weight: 1, note: seen with Vvqqzzk}
          - {type: trust, between: [chief, police], weight: 2}
          - {type: power, from: qzjxv-militia, to: youth, weight: 3}
          - {type: competition, between: [qzjxv-militia, chief], weight: 2}
        engagement:
          - {name: Talks with Zyxwvut Qjxqzv, partners: [chief, qzjxv-militia]}

        """

    static let secrets = [
        "Zyxwvut", "Qjxqzv", "qzjxv", "Vvqqzzk", "Kkxxqq", "Wkvjwx", "Jjqqxx", "patrol",
    ]

    @Test func redactedReportHoldsNoSensitiveByte() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(Self.secretModel, named: "Zyxwvut Qjxqzv.yaml", in: dir)
        let r = try runActormap(["report", "Zyxwvut Qjxqzv.yaml", "--redact"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let output = dir.appendingPathComponent("output")
        let folders = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(folders == ["Sensitive actor 1"])  // the file's stem is the sensitive actor's name
        let folder = output.appendingPathComponent(folders[0])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in Self.reportFiles { #expect(files.contains(name)) }
        #expect(try Self.filesCheckedForSecrets(in: folder) >= 12)
        #expect(!r.stdout.contains("Zyxwvut") && !r.stderr.contains("Zyxwvut"))
        // The redacted report still shows the actor under its label.
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Sensitive actor 1") && html.contains("source-2"))
        // Without --redact the same names are in the report (the check above can see them).
        let plain = try runActormap(["report", "Zyxwvut Qjxqzv.yaml", "-o", "plain"], in: dir)
        #expect(plain.status == 0)
        let plainHTML = try String(
            contentsOfFile: dir.appendingPathComponent("plain/report.html").path, encoding: .utf8)
        #expect(plainHTML.contains("Zyxwvut Qjxqzv"))
        let plainPDF = [UInt8](try Data(contentsOf: dir.appendingPathComponent("plain/diagram-overview.pdf")))
        #expect(!plainPDF.isEmpty)
    }

    /// Checks every file of `folder` for every secret (in its name, and in its bytes as UTF-8 and UTF-16 either
    /// way round, whatever the format); returns how many files were checked.
    static func filesCheckedForSecrets(in folder: URL) throws -> Int {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            for secret in secrets + secrets.map({ $0.lowercased() }) {
                #expect(!name.contains(secret), "\(secret) in the file name \(name)")
                for pattern in [Array(secret.utf8), utf16(secret, bigEndian: true), utf16(secret, bigEndian: false)] {
                    let found = contains(bytes, pattern)
                    #expect(!found, "\(secret) in \(name)")
                }
            }
        }
        return files.count
    }

    /// `--baseline`: the change section's figures are `actormap diff`'s, the chart and the diagram of changes
    /// are written, and a series of baselines gives one indicator row per snapshot, oldest first.
    @Test func aBaselineAddsTheChangeSection() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r").path
        let old = "models/maro-district.yaml"
        let new = "models/maro-district-endline.yaml"
        let r = try runActormap(["report", new, "--baseline", old, "--baseline", new, "-o", out])
        try #require(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        for name in ["chart-indicators.svg", "diagram-changes.svg", "diagram-changes.png", "diagram-changes.pdf"] {
            #expect(files.contains(name), "no \(name)")
        }
        let md = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let diff = try runActormap(["diff", old, new, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let indicators = try #require(json["indicators"] as? [String: [String: Any]])
        let ties = try #require(json["ties"] as? [[String: Any]])
        #expect(md.contains("## Change since the baseline \\(2026-03-01\\)"))
        func count(_ change: String) -> Int { ties.filter { $0["change"] as? String == change }.count }
        #expect(md.contains("\(count("added")) added, \(count("removed")) removed, \(count("sign-changed"))"))
        // One row per snapshot (the baseline, the repeated endline, the map), with diff's values.
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| 2026-") || $0.hasPrefix("| 2027-") }
        #expect(rows.count == 3)
        for (row, side) in zip(rows, ["before", "after", "after"]) {
            let i = try #require(indicators[side])
            let share = Int(((i["trusted_path_share"] as? Double ?? -1) * 100).rounded())
            let gatekeepers = i["single_gatekeeper_communities"] as? Double ?? -1
            #expect(row.contains("| \(share)% |") && row.hasSuffix("| \(Int(gatekeepers)) |"), "\(row)")
        }
        #expect(md.contains("![Programme indicators over time](chart-indicators.svg)"))
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("<figure class=\"chart\">") && !html.contains("http"))
        // Without a baseline there is no change section.
        let plain = try runActormap(["report", new, "-o", out])
        #expect(plain.status == 0)
        #expect(!(try String(contentsOfFile: out + "/report.md", encoding: .utf8)).contains("Change since"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: out)).contains("chart-indicators.svg"))
    }

    /// A redacted report with a baseline: the same aliases in both snapshots, no sensitive byte anywhere.
    @Test func aRedactedReportWithABaselineHoldsNoSensitiveByte() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(Self.secretModel, named: "old.yaml", in: dir)
        let later = Self.secretModel.replacingOccurrences(
            of: "  - {type: power, from: qzjxv-militia, to: youth, weight: 3}",
            with: "  - {type: power, from: qzjxv-militia, to: youth, weight: 1}\n"
                + "  - {type: trust, from: police, to: qzjxv-militia, weight: -1, source: Zyxwvut Qjxqzv log}")
        #expect(later != Self.secretModel)
        try writeFile(later, named: "new.yaml", in: dir)
        let r = try runActormap(["report", "new.yaml", "--baseline", "old.yaml", "--redact", "-o", "r"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let folder = dir.appendingPathComponent("r")
        #expect(try Self.filesCheckedForSecrets(in: folder) >= 14)
        let md = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("| added | trust | Police | Sensitive actor 1 |"))
        #expect(md.contains("| re-weighted | power | Sensitive actor 1 | Youth group | +3 | +1 |"))
        #expect(!r.stderr.contains("Zyxwvut"))
    }

    /// `--consensus` and `--source` choose whose view the whole report is of.
    @Test func consensusAndSourceChooseTheView() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(
            """
            actormap: 1
            actors:
              - {id: a, name: Alpha, sector: state}
              - {id: b, name: Beta, sector: community}
              - {id: c, name: Gamma, sector: customary}
            relations:
              - {type: trust, from: b, to: a, weight: 1, source: women}
              - {type: trust, from: b, to: a, weight: 2, source: men}
              - {type: trust, from: c, to: a, weight: 1, source: men}

            """, named: "m.yaml", in: dir)
        func relationRows(_ args: [String]) throws -> [Substring] {
            let r = try runActormap(["report", "m.yaml", "-o", "r"] + args, in: dir)
            try #require(r.status == 0, "\(args): \(r.stderr)")
            let csv = try String(contentsOf: dir.appendingPathComponent("r/relations.csv"), encoding: .utf8)
            return csv.split(separator: "\n").dropFirst().filter { !$0.isEmpty }
        }
        let union = try relationRows(["--consensus", "union"])
        let both = try relationRows(["--consensus", "intersection"])
        let women = try relationRows(["--source", "women"])
        // Each report of a kept tie stays a row (with its source); c → a is reported by one group only.
        #expect(union.count == 3 && both.count == 2 && women.count == 1)
        #expect(both.allSatisfy { $0.hasPrefix("trust,b,a,") } && women[0].hasPrefix("trust,b,a,no,1,women"))
    }

    @Test func hostileNamesStayTextAndRunsAreByteForByteEqual() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(
            "actormap: 1\nactors:\n  - {id: a, name: \"<script>alert(1)</script>\", sector: state}\n"
                + "  - {id: b, name: \"=1+2\", sector: community}\nrelations:\n  - {type: trust, from: b, to: a}\n",
            named: "m.yaml", in: dir)
        #expect(try runActormap(["report", "m.yaml", "-o", "one"], in: dir).status == 0)
        #expect(try runActormap(["report", "m.yaml", "-o", "two"], in: dir).status == 0)
        let one = dir.appendingPathComponent("one")
        let html = try String(contentsOf: one.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // Text in the page and in the script's data: the page's own two script elements and no other.
        #expect(!html.contains("<script>alert") && !html.contains("alert(1)</script>"))
        #expect(html.contains("\\u003cscript\\u003ealert(1)\\u003c\\/script\\u003e"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        for name in try FileManager.default.contentsOfDirectory(atPath: one.path) {
            let a = try Data(contentsOf: one.appendingPathComponent(name))
            let b = try Data(contentsOf: dir.appendingPathComponent("two").appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    /// The flagship's whole report, every diagram included (the factions diagram was once drawn by Graphviz's
    /// fdp, which never came out the same twice), is the same in two runs, byte for byte.
    @Test func theFlagshipReportIsTheSameInEveryRun() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = packageRoot.appendingPathComponent("models/maro-district.yaml").path
        for folder in ["one", "two"] {
            #expect(try runActormap(["report", model, "-o", folder], in: dir).status == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("one").path)
        #expect(names.count == 51 && names.contains("diagram-factions.svg"))
        for name in names {
            let a = try Data(contentsOf: dir.appendingPathComponent("one").appendingPathComponent(name))
            let b = try Data(contentsOf: dir.appendingPathComponent("two").appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    /// A map with many high-risk actors gets ego diagrams for the 12 riskiest only, with a warning (a
    /// 3,000-actor map once gave 670 ego diagrams, 2,000 files).
    @Test func egoDiagramsAreCappedAtTheTwelveRiskiest() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var yaml = "actormap: 1\nactors:\n"
        for i in 0 ..< 14 {
            yaml += "  - {id: m\(i), sector: non-state-armed, level: community, power: 5, accountability: 0, "
            yaml += "legitimacy: 0}\n  - {id: v\(i), sector: community, level: community}\n"
        }
        yaml += "relations:\n"
        for i in 0 ..< 14 {
            yaml += "  - {type: power, from: m\(i), to: v\(i), weight: 5}\n"
            yaml += "  - {type: trust, from: v\(i), to: m\(i), weight: -2}\n"
        }
        try writeFile(yaml, named: "m.yaml", in: dir)
        let r = try runActormap(["report", "m.yaml", "-o", "r"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("ego diagrams are drawn for the 12 riskiest of the 14 high- or critical-risk actors"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("r").path)
        #expect(names.filter { $0.hasPrefix("diagram-ego-") && $0.hasSuffix(".svg") }.count == 12)
    }

    @Test func replacesAPreviousReportButNeverAnotherFolder() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(threeActorModel, named: "m.yaml", in: dir)
        #expect(try runActormap(["report", "m.yaml", "-o", "r"], in: dir).status == 0)
        // A second run replaces the first report.
        #expect(try runActormap(["report", "m.yaml", "-o", "r"], in: dir).status == 0)
        // A folder holding anything else is left alone (exit 73).
        let other = dir.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try writeFile("keep me", named: "thesis.docx", in: other)
        let r = try runActormap(["report", "m.yaml", "-o", "mine"], in: dir)
        #expect(r.status == 73 && r.stderr.contains("holds more than an ActorMap report"))
        #expect(try String(contentsOf: other.appendingPathComponent("thesis.docx"), encoding: .utf8) == "keep me")
        // A model with an error writes nothing and leaves the previous report whole.
        let before = try Data(contentsOf: dir.appendingPathComponent("r/report.html"))
        try writeFile(modelWithTwoErrors, named: "m.yaml", in: dir)
        #expect(try runActormap(["report", "m.yaml", "-o", "r"], in: dir).status == 65)
        #expect(try Data(contentsOf: dir.appendingPathComponent("r/report.html")) == before)
    }
}

private func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
    s.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for i in 0 ... haystack.count - needle.count where haystack[i] == needle[0] {
        if haystack[i ..< i + needle.count].elementsEqual(needle) { return true }
    }
    return false
}
