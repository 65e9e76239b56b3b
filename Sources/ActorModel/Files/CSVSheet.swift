/// A CSV sheet of a foreign format (Gephi's node and edge tables, ACLED's event table) as its readers use
/// it: the rows with a header, every field located, and its columns by lowercase name.
struct CSVSheet {
    let path: String
    let rows: [[CSVTable.Field]]
    /// The header's names, trimmed and lowercase.
    let names: [String]

    var header: [CSVTable.Field] { rows[0] }

    /// The sheet, or `nil` with a located error (a syntax error, an empty file: `what` says what it should
    /// start with); a column named twice is an error too.
    init?(_ text: String, path: String, what: String, log: DiagnosticLog) {
        self.path = path
        do {
            rows = try CSVTable(parsing: text).rows
        } catch CSVTable.ParseError.unterminatedQuote(let line, let column) {
            log.error(
                "a quoted field is never closed; add the closing '\"'",
                at: SourceLocation(path: path, line: line, column: column))
            return nil
        } catch CSVTable.ParseError.textAfterClosingQuote(let line, let column) {
            log.error(
                "text after a closing quote; put the whole field in quotes, doubling any '\"' inside",
                at: SourceLocation(path: path, line: line, column: column))
            return nil
        } catch {
            log.error("cannot read the CSV file: \(error)", at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        }
        guard !rows.isEmpty else {
            log.error("the file is empty; \(what)", at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        }
        names = rows[0].map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        for (i, name) in names.enumerated() {
            if let first = names.firstIndex(of: name), first < i, !name.isEmpty {
                log.error(
                    "the header names the column '\(rows[0][i].text)' twice; which one is meant is unclear",
                    at: location(of: rows[0][i]))
            }
        }
    }

    /// The first column with one of `names` (lowercase).
    func column(_ candidates: String...) -> Int? {
        for c in candidates { if let i = names.firstIndex(of: c) { return i } }
        return nil
    }

    func location(of f: CSVTable.Field) -> SourceLocation {
        SourceLocation(path: path, line: f.line, column: f.column)
    }

    /// A row's field in `column`, trimmed, located; `nil` when the row is shorter or the field blank.
    func value(_ row: [CSVTable.Field], _ column: Int?) -> Located<String>? {
        guard let column, column < row.count else { return nil }
        let text = row[column].text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : Located(text, at: location(of: row[column]))
    }
}
