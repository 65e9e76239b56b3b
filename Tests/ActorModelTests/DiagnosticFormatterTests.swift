import Testing

@testable import ActorModel

@Suite("Compiler-style diagnostics and near-miss suggestions")
struct DiagnosticFormatterTests {
    @Test func sourceLineAndCaretFollowTheMessage() {
        let text = "actormap: 1\n\tsector: stat\n"
        let d = Diagnostic.error("unknown sector 'stat'", at: SourceLocation(path: "m.yaml", line: 2, column: 10))
        let out = DiagnosticFormatter(sources: ["m.yaml": text]).format(d)
        #expect(out == "m.yaml:2:10: error: unknown sector 'stat'\n\tsector: stat\n\t        ^\n")
    }

    @Test func notesFollowTheirDiagnosticAndColourIsOptional() {
        let d = Diagnostic.error(
            "duplicate", at: SourceLocation(path: "m.yaml", line: 1, column: 1),
            notes: [.note("first here", at: SourceLocation(path: "m.yaml", line: 1, column: 1))])
        let plain = DiagnosticFormatter().format(d)
        #expect(plain == "m.yaml:1:1: error: duplicate\nm.yaml:1:1: note: first here\n")
        #expect(!plain.contains("\u{1B}"))
        #expect(DiagnosticFormatter(useColor: true).format(d).contains("\u{1B}[1;31merror:"))
    }

    @Test func unicodeColumnsCountScalars() {
        let line = "name: الشيخ, x"
        #expect(DiagnosticFormatter.caretLine(for: line, column: 13) == String(repeating: " ", count: 12) + "^")
    }

    @Test(
        arguments: [
            ("police-distrct", "police-district"), ("custmary", "customary"), ("Community", "community"),
            ("polic", "police-district"), ("xyz", nil),
        ] as [(String, String?)])
    func suggestions(word: String, expected: String?) {
        let candidates = ["police-district", "customary", "community", "chief-north"]
        #expect(NearMiss.suggestion(for: word, among: candidates) == expected)
    }

    @Test func oneLetterNamesAreNotSuggestedForEachOther() {
        #expect(NearMiss.suggestion(for: "b", among: ["a"]) == nil)
        #expect(NearMiss.suggestion(for: "bb", among: ["b"]) == "b")
    }

    @Test func aBlankSourceLineIsNotQuoted() {
        let d = Diagnostic.error("the file is empty", at: SourceLocation(path: "m.yaml", line: 1, column: 1))
        let text = DiagnosticFormatter(sources: ["m.yaml": ""]).format([d])
        #expect(text == "m.yaml:1:1: error: the file is empty\n")
    }

    @Test func editDistanceCountsASwapOnce() {
        #expect(NearMiss.editDistance("wieght", "weight") == 1)
        #expect(NearMiss.editDistance("", "abc") == 3)
        #expect(NearMiss.editDistance("kitten", "sitting") == 3)
    }
}

@Suite("Long source lines")
struct LongLineTests {
    @Test func aVeryLongLineIsShownAsAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let d = Diagnostic.error("here", at: SourceLocation(path: "m.yaml", line: 1, column: 1001))
        let out = DiagnosticFormatter(sources: ["m.yaml": line]).format(d)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].count <= 152 && lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
        // The caret still points at the X.
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == "X")
    }

    @Test func indexedLinesAreTheLinesReadFromTheStart() {
        let texts = [
            "", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\r\r\nb", "x\ry\nz", "\n\n", "é,ü\r\n\u{301}x\n", "a\r",
            "source,target\n1,2\r\n\"q\nr\",3\n",
        ]
        for text in texts {
            let index = DiagnosticFormatter.LineIndex(text)
            for n in 0 ... 6 {
                #expect(index.line(n) == DiagnosticFormatter.scannedLine(n, of: text), "\(text.debugDescription) \(n)")
            }
        }
    }
}
