/// A parsed CSV file (RFC 4180: `,` separators, `"` quoting with `""` escapes, CRLF or LF line ends,
/// quoted fields may span lines) that remembers where every field starts.
///
/// Written here rather than taken from a CSV package because diagnostics need each field's line and
/// column, also after a quoted field that holds a line break.
struct CSVTable {
    struct Field {
        var text: String
        var line: Int
        var column: Int
    }

    /// Rows in file order; blank lines are skipped.
    var rows: [[Field]] = []

    enum ParseError: Error {
        case unterminatedQuote(line: Int, column: Int)
        case textAfterClosingQuote(line: Int, column: Int)
    }

    /// Parses `text` (a leading byte-order mark is ignored).
    init(parsing text: String) throws {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        var line = 1
        var column = 1
        var row: [Field] = []
        let n = scalars.count

        func endRow() {
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
        }

        while i <= n {
            // Start of a field.
            let startLine = line
            let startColumn = column
            var value = String.UnicodeScalarView()
            if i < n && scalars[i] == "\"" {
                i += 1
                column += 1
                var closed = false
                while i < n {
                    let c = scalars[i]
                    if c == "\"" {
                        if i + 1 < n && scalars[i + 1] == "\"" {
                            value.append("\"")
                            i += 2
                            column += 2
                        } else {
                            i += 1
                            column += 1
                            closed = true
                            break
                        }
                    } else if c == "\n" {
                        value.append(c)
                        i += 1
                        line += 1
                        column = 1
                    } else if c == "\r" {
                        // CRLF inside quotes is kept as LF.
                        value.append("\n")
                        i += 1
                        if i < n && scalars[i] == "\n" { i += 1 }
                        line += 1
                        column = 1
                    } else {
                        value.append(c)
                        i += 1
                        column += 1
                    }
                }
                if !closed { throw ParseError.unterminatedQuote(line: startLine, column: startColumn) }
                if i < n && scalars[i] != "," && scalars[i] != "\n" && scalars[i] != "\r" {
                    throw ParseError.textAfterClosingQuote(line: line, column: column)
                }
            } else {
                while i < n && scalars[i] != "," && scalars[i] != "\n" && scalars[i] != "\r" {
                    value.append(scalars[i])
                    i += 1
                    column += 1
                }
            }
            row.append(Field(text: String(value), line: startLine, column: startColumn))
            if i >= n {
                endRow()
                break
            }
            let c = scalars[i]
            if c == "," {
                i += 1
                column += 1
                continue
            }
            // Line end.
            i += 1
            if c == "\r" && i < n && scalars[i] == "\n" { i += 1 }
            line += 1
            column = 1
            endRow()
            if i >= n { break }
        }
    }
}
