import Foundation
import Testing

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
        #expect(!html.contains("http") && !html.contains("//") && !html.contains("<script"))
        // No temporary folder is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r"])
    }

    /// Sensitive names no text could hold by chance, in ids, names, notes, attributes, sources, plan names,
    /// the map's name and a public actor's notes; none may appear in any byte of any file, nor in a file name.
    static let secretModel = """
        actormap: 1
        name: Maro and Zyxwvut Qqqq
        description: What Zyxwvut Qqqq does near Kessa.
        actors:
          - {id: chief, name: Chief Boru, sector: customary, level: district, notes: meets Zyxwvut Qqqq}
          - {id: police, name: Police, sector: state, level: district}
          - {id: youth, name: Youth group, sector: community, level: community, represents: [youth]}
          - id: qqxv-militia
            name: Zyxwvut Qqqq
            sector: non-state-armed
            level: community
            sensitive: true
            notes: Commander Vvqqzzk
            attributes: {contact: Kkxxqq Wwvv}
        relations:
          - {type: trust, from: youth, to: chief, weight: 1, source: told by Jjqqxx Informant}
          - {type: trust, from: youth, to: qqxv-militia, weight: -2, source: Zyxwvut Qqqq patrol log}
          - {type: trust, from: chief, to: qqxv-militia, weight: 1, note: seen with Vvqqzzk}
          - {type: trust, between: [chief, police], weight: 2}
          - {type: power, from: qqxv-militia, to: youth, weight: 3}
          - {type: competition, between: [qqxv-militia, chief], weight: 2}
        engagement:
          - {name: Talks with Zyxwvut Qqqq, partners: [chief, qqxv-militia]}

        """

    static let secrets = [
        "Zyxwvut", "Qqqq", "qqxv", "Vvqqzzk", "Kkxxqq", "Wwvv", "Jjqqxx", "patrol",
    ]

    @Test func redactedReportHoldsNoSensitiveByte() throws {
        let dir = try makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try writeFile(Self.secretModel, named: "Zyxwvut Qqqq.yaml", in: dir)
        let r = try runActormap(["report", "Zyxwvut Qqqq.yaml", "--redact"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let output = dir.appendingPathComponent("output")
        let folders = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(folders == ["Sensitive actor 1"])  // the file's stem is the sensitive actor's name
        let folder = output.appendingPathComponent(folders[0])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in Self.reportFiles { #expect(files.contains(name)) }
        var checked = 0
        for name in files {
            let raw = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            // A PNG's compressed pixels (IDAT) are no text and can hold any 4 bytes by chance; its other chunks
            // (metadata, where text would be) are checked.
            let bytes = name.hasSuffix(".png") ? pngWithoutPixels(raw) : raw
            for secret in Self.secrets + Self.secrets.map({ $0.lowercased() }) {
                #expect(!name.contains(secret), "\(secret) in the file name \(name)")
                // Raw bytes, as UTF-8 and as UTF-16 (either byte order), whatever the format.
                for pattern in [Array(secret.utf8), utf16(secret, bigEndian: true), utf16(secret, bigEndian: false)] {
                    let found = contains(bytes, pattern)
                    #expect(!found, "\(secret) in \(name)")
                }
            }
            checked += 1
        }
        #expect(checked == files.count && checked >= 12)
        #expect(!r.stdout.contains("Zyxwvut") && !r.stderr.contains("Zyxwvut"))
        // The redacted report still shows the actor under its label.
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Sensitive actor 1") && html.contains("source-2"))
        // Without --redact the same names are in the report (the check above can see them).
        let plain = try runActormap(["report", "Zyxwvut Qqqq.yaml", "-o", "plain"], in: dir)
        #expect(plain.status == 0)
        let plainHTML = try String(
            contentsOfFile: dir.appendingPathComponent("plain/report.html").path, encoding: .utf8)
        #expect(plainHTML.contains("Zyxwvut Qqqq"))
        let plainPDF = [UInt8](try Data(contentsOf: dir.appendingPathComponent("plain/diagram-overview.pdf")))
        #expect(!plainPDF.isEmpty)
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
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for name in try FileManager.default.contentsOfDirectory(atPath: one.path) {
            let a = try Data(contentsOf: one.appendingPathComponent(name))
            let b = try Data(contentsOf: dir.appendingPathComponent("two").appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
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

/// `png` without its IDAT chunks (compressed pixels): the signature and every other chunk, as they are.
private func pngWithoutPixels(_ png: [UInt8]) -> [UInt8] {
    guard png.count > 8 else { return png }
    var out = Array(png[0 ..< 8])
    var p = 8
    while p + 12 <= png.count {
        let length = png[p ..< p + 4].reduce(0) { $0 << 8 | Int($1) }
        let end = min(png.count, p + 12 + length)
        if png[p + 4 ..< p + 8].elementsEqual(Array("IDAT".utf8)) == false { out += png[p ..< end] }
        p = end
    }
    return out
}

private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for i in 0 ... haystack.count - needle.count where haystack[i] == needle[0] {
        if haystack[i ..< i + needle.count].elementsEqual(needle) { return true }
    }
    return false
}
