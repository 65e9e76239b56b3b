import Foundation

/// Reads a plain CSV edge list into a ``StakeholderMap``.
///
/// Format: a header row naming at least `source` and `target` (any case, any order); optional `weight`
/// (a number; default 1) and `type` (a relation type name; default `tie`) columns; other columns are
/// ignored with a warning. Actors are the ids in order of first appearance. A `type` naming a built-in
/// (`trust`, `power`, `competition`) keeps that type's meaning and weight range; any other type is
/// directed when `directed` is set (the CLI's `--directed`), and signed when one of its weights is
/// negative, positive otherwise.
struct CSVEdgeListReader {
    let path: String
    let text: String
    let directed: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, text: String, directed: Bool) {
        self.path = path
        self.text = text
        self.directed = directed
    }

    mutating func read(defaultName: String) -> StakeholderMap? {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch CSVTable.ParseError.unterminatedQuote(let line, let column) {
            error("a quoted field is never closed; add the closing '\"'", line: line, column: column)
            return nil
        } catch CSVTable.ParseError.textAfterClosingQuote(let line, let column) {
            error("text after a closing quote; put the whole field in quotes, doubling any '\"' inside", line: line, column: column)
            return nil
        } catch {
            self.error("cannot read the CSV file: \(error)", line: 1, column: 1)
            return nil
        }
        guard let header = table.rows.first else {
            error("the file is empty; an edge list starts with the header 'source,target'", line: 1, column: 1)
            return nil
        }
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        let known = ["source", "target", "weight", "type"]
        for (i, name) in names.enumerated() where !known.contains(name) {
            diagnostics.append(.warning("column '\(header[i].text)' is ignored; an edge list uses source, target, weight and type"
                + NearMiss.hint(for: name, among: known), at: loc(header[i])))
        }
        for (i, name) in names.enumerated() where known.contains(name) {
            if let first = names.firstIndex(of: name), first < i {
                error("the header names the column '\(name)' twice; which one is meant is unclear", line: header[i].line, column: header[i].column)
            }
        }
        guard let sourceColumn = column("source"), let targetColumn = column("target") else {
            let missing = column("source") == nil ? "source" : "target"
            error("the header has no '\(missing)' column; an edge list starts with 'source,target'"
                + NearMiss.hint(for: names.first ?? "", among: [missing]), line: header[0].line, column: header[0].column)
            return nil
        }
        let weightColumn = column("weight")
        let typeColumn = column("type")

        var map = StakeholderMap(name: defaultName, relationTypes: RelationType.builtIns)
        var actorSeen = Set<String>()
        var customTypes: [String] = []
        var negativeTypes = Set<String>()
        var relations: [Relation] = []
        var seenTies: [String: SourceLocation] = [:]
        for row in table.rows.dropFirst() {
            func field(_ c: Int) -> CSVTable.Field? { c < row.count ? row[c] : nil }
            guard let s = field(sourceColumn), let t = field(targetColumn) else {
                error("this row has \(row.count) field\(row.count == 1 ? "" : "s"); the header has \(header.count)",
                      line: row[0].line, column: row[0].column)
                continue
            }
            if row.count > header.count, let extra = row.dropFirst(header.count).first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
                warning("this row has \(row.count) fields; the header has \(header.count): the extra ones are ignored", at: loc(extra))
            }
            let a = s.text.trimmingCharacters(in: .whitespaces)
            let b = t.text.trimmingCharacters(in: .whitespaces)
            var ok = true
            for (id, f) in [(a, s), (b, t)] where id.isEmpty {
                ok = false
                error("empty actor id", line: f.line, column: f.column)
            }
            if ok && a == b {
                ok = false
                error("an actor cannot have a relation with itself ('\(a)')", line: t.line, column: t.column)
            }
            var typeName = "tie"
            if let c = typeColumn, let f = field(c), !f.text.trimmingCharacters(in: .whitespaces).isEmpty {
                typeName = f.text.trimmingCharacters(in: .whitespaces)
                if !YAMLModelReader.isValidID(typeName) {
                    ok = false
                    error("relation type '\(typeName)' may contain only letters, digits, '-', '_' and '.'", line: f.line, column: f.column)
                }
            }
            var weight = 1.0
            if let c = weightColumn, let f = field(c), !f.text.trimmingCharacters(in: .whitespaces).isEmpty {
                let raw = f.text.trimmingCharacters(in: .whitespaces)
                if let w = Double(raw), w.isFinite, !raw.lowercased().contains("n") {
                    weight = w
                    if let builtIn = RelationType.builtIns.first(where: { $0.name == typeName }),
                       let problem = YAMLModelReader.weightProblem(w, type: builtIn) {
                        ok = false
                        error(problem, line: f.line, column: f.column)
                    }
                } else {
                    ok = false
                    error("weight must be a finite number, found '\(raw)'", line: f.line, column: f.column)
                }
            }
            guard ok else { continue }
            for id in [a, b] where actorSeen.insert(id).inserted { map.actors.append(Actor(id: id)) }
            if !RelationType.builtIns.contains(where: { $0.name == typeName }) && !customTypes.contains(typeName) {
                customTypes.append(typeName)
            }
            if weight < 0 { negativeTypes.insert(typeName) }
            let here = SourceLocation(path: path, line: s.line, column: s.column)
            // As in model files: a tie recorded twice is allowed (the weights add) but said.
            let builtInUndirected = RelationType.builtIns.first(where: { $0.name == typeName }).map { !$0.isDirected }
            let undirected = builtInUndirected ?? !directed
            let key = [typeName, undirected ? min(a, b) : a, undirected ? max(a, b) : b].joined(separator: "\u{1F}")
            if let first = seenTies[key] {
                warning("the same \(typeName == "tie" ? "" : typeName + " ")tie between '\(a)' and '\(b)' is recorded twice; analyses add the weights",
                        at: here, notes: [.note("first recorded here", at: first)])
            } else {
                seenTies[key] = here
            }
            relations.append(Relation(type: typeName, from: a, to: b, weight: weight, location: here))
        }
        map.relationTypes += customTypes.map {
            RelationType(name: $0, isDirected: directed, polarity: negativeTypes.contains($0) ? .signed : .positive)
        }
        map.relations = relations
        return map
    }

    private func loc(_ f: CSVTable.Field) -> SourceLocation {
        SourceLocation(path: path, line: f.line, column: f.column)
    }

    /// A warning, unless 200 have been given already (a hostile file must not flood the terminal).
    private mutating func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        guard diagnostics.warningCount < YAMLModelReader.maximumErrors else { return }
        diagnostics.append(.warning(message, at: location, notes: notes))
    }

    private mutating func error(_ message: String, line: Int, column: Int) {
        guard diagnostics.errorCount < YAMLModelReader.maximumErrors else { return }
        diagnostics.append(.error(message, at: SourceLocation(path: path, line: line, column: column)))
    }
}
