import Foundation

/// Reads a plain CSV edge list into a ``StakeholderMap``.
///
/// Format: a header row naming at least `source` and `target` (any case, any order; `from` and `to`, as Kumu
/// writes them, are the same columns); optional `weight`
/// (a number; default 1) and `type` (a relation type name; default `tie`) columns; other columns are
/// ignored with a warning. Ties declare their actors and types (``ModelBuilder/Declarations/byTies(directed:)``):
/// actors are the ids in order of first appearance; a `type` naming a built-in (`trust`, `power`,
/// `competition`) keeps that type's meaning and weight range; any other type is directed when `directed`
/// is set (the CLI's `--directed`), and signed when one of its weights is negative, positive otherwise.
///
/// Only the CSV lives here (quoting, the header, field counts, numbers); the rules are the builder's.
struct CSVEdgeListReader {
    let path: String
    let text: String
    private(set) var builder: ModelBuilder

    /// The columns an edge list uses.
    static let columns = ["source", "target", "weight", "type"]
    /// Other names of those columns (Kumu's connections sheet, Gephi's `Source,Target` is already one).
    static let aliases = ["from": "source", "to": "target"]

    init(path: String, text: String, directed: Bool, defaultName: String) {
        self.path = path
        self.text = text
        builder = ModelBuilder(name: defaultName, conventions: .edgeList(directed: directed))
    }

    /// The map, or `nil` when the file could not be read as an edge list at all.
    mutating func read() -> StakeholderMap? {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch CSVTable.ParseError.unterminatedQuote(let line, let column) {
            error("a quoted field is never closed; add the closing '\"'", line: line, column: column)
            return nil
        } catch CSVTable.ParseError.textAfterClosingQuote(let line, let column) {
            error(
                "text after a closing quote; put the whole field in quotes, doubling any '\"' inside",
                line: line, column: column)
            return nil
        } catch {
            self.error("cannot read the CSV file: \(error)", line: 1, column: 1)
            return nil
        }
        guard let header = table.rows.first else {
            error("the file is empty; an edge list starts with the header 'source,target'", line: 1, column: 1)
            return nil
        }
        let names = header.map {
            let name = $0.text.trimmingCharacters(in: .whitespaces).lowercased()
            return Self.aliases[name] ?? name
        }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        for (i, name) in names.enumerated() where !Self.columns.contains(name) {
            builder.log.alwaysWarn(
                "column '\(header[i].text)' is ignored; an edge list uses source, target, weight and type"
                    + NearMiss.hint(for: name, among: Self.columns), at: location(of: header[i]))
        }
        for (i, name) in names.enumerated() where Self.columns.contains(name) {
            if let first = names.firstIndex(of: name), first < i {
                let spelled =
                    header[first].text == header[i].text ? "" : " (as '\(header[first].text)' and '\(header[i].text)')"
                error(
                    "the header names the column '\(name)' twice\(spelled); which one is meant is unclear",
                    line: header[i].line, column: header[i].column)
            }
        }
        guard let sourceColumn = column("source"), let targetColumn = column("target") else {
            let missing = column("source") == nil ? "source" : "target"
            error(
                "the header has no '\(missing)' column; an edge list starts with 'source,target'"
                    + NearMiss.hint(for: names.first ?? "", among: [missing]),
                line: header[0].line, column: header[0].column)
            return nil
        }
        let weightColumn = column("weight")
        let typeColumn = column("type")

        for row in table.rows.dropFirst() {
            // Both limits reached: nothing found from here on could be reported.
            if builder.log.isFull { break }
            func field(_ c: Int) -> CSVTable.Field? { c < row.count ? row[c] : nil }
            /// A field's text without surrounding spaces, or `nil` when the row has no such field or it is blank.
            func given(_ c: Int?) -> (String, CSVTable.Field)? {
                guard let c, let f = field(c) else { return nil }
                let text = Self.trimmed(f.text)
                return text.isEmpty ? nil : (text, f)
            }
            guard let s = field(sourceColumn), let t = field(targetColumn) else {
                error(
                    "this row has \(row.count) field\(row.count == 1 ? "" : "s"); the header has \(header.count)",
                    line: row[0].line, column: row[0].column)
                continue
            }
            if row.count > header.count,
                let extra = row.dropFirst(header.count)
                    .first(where: { !Self.trimmed($0.text).isEmpty })
            {
                builder.log.warning(
                    "this row has \(row.count) fields; the header has \(header.count): "
                        + "the extra ones are ignored", at: location(of: extra))
            }
            let ends = [s, t].map { Located(Self.trimmed($0.text), at: location(of: $0)) }
            var input = ModelBuilder.RelationInput(ends: ends, location: location(of: s))
            input.type =
                given(typeColumn).map { Located($0.0, at: location(of: $0.1)) }
                ?? Located("tie", at: location(of: s))
            if let (raw, f) = given(weightColumn) {
                if let w = Double(raw), w.isFinite, !raw.lowercased().contains("n") {
                    input.weight = Located(w, at: location(of: f))
                } else {
                    input.isComplete = false
                    error("weight must be a finite number, found '\(raw)'", line: f.line, column: f.column)
                }
            }
            builder.addRelation(input)
        }
        return builder.finish()
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (Unicode spaces and tabs), without Foundation for ASCII
    /// text, where the only such characters are the space and the tab.
    static func trimmed(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            guard let first = bytes.first, let last = bytes.last else { return text }
            func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
            if first < 0x80 && last < 0x80 && !isBlank(first) && !isBlank(last) { return text }
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: .whitespaces) }
            var lo = 0
            var hi = bytes.count
            while lo < hi && isBlank(bytes[lo]) { lo += 1 }
            while hi > lo && isBlank(bytes[hi - 1]) { hi -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo ..< hi]), as: UTF8.self)
        }
    }

    private func location(of f: CSVTable.Field) -> SourceLocation {
        SourceLocation(path: path, line: f.line, column: f.column)
    }

    private func error(_ message: String, line: Int, column: Int) {
        builder.log.error(message, at: SourceLocation(path: path, line: line, column: column))
    }
}
