/// Reads a Pajek network (`.net`) into a map through ``ModelBuilder/addForeignNetwork(_:mapping:)``.
///
/// Sections (keywords in any case; `%` starts a comment line): `*Network NAME`; `*Vertices N` then
/// `i "label" …` lines (coordinates and drawing options after the label are ignored; a vertex not listed
/// is named by its number); `*Arcs` (directed) and `*Edges` (undirected), each line `i j [weight]`;
/// `*Arcslist` / `*Edgeslist` lines `i j k …` (i to each of the others). Multi-relational networks name
/// their relations in the section header, `*Arcs :1 "trust"`, and a line may choose a declared relation
/// with a prefix, `1: i j w`; the relation's name is the tie's type (mapped like any foreign type), an
/// unnamed relation is the type `tie`. `*Matrix`, `*Partition` and `*Vector` sections are not read.
/// Complexity: O(size of the file).
struct PajekReader {
    let path: String
    let mapping: TypeMapping
    private(set) var builder: ModelBuilder

    init(path: String, defaultName: String, mapping: TypeMapping) {
        self.path = path
        self.mapping = mapping
        builder = ModelBuilder(name: defaultName)
    }

    /// A token of a line, with its 1-based column.
    struct Token {
        var text: String
        var column: Int
        var quoted: Bool
    }

    /// The tokens of `line`: runs of non-blank characters, or `"…"` quoted labels (no escapes: Pajek has
    /// none). Returns `nil` with the opening quote's column when a quote is not closed.
    static func tokens(_ line: Substring) -> Result<[Token], UnclosedQuote> {
        var tokens: [Token] = []
        var column = 1
        var i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            if ch == " " || ch == "\t" || ch == "\r" {
                i = line.index(after: i)
                column += 1
                continue
            }
            let start = column
            var text = ""
            if ch == "\"" {
                i = line.index(after: i)
                column += 1
                while i < line.endIndex && line[i] != "\"" {
                    text.append(line[i])
                    i = line.index(after: i)
                    column += 1
                }
                guard i < line.endIndex else { return .failure(UnclosedQuote(column: start)) }
                i = line.index(after: i)
                column += 1
                tokens.append(Token(text: text, column: start, quoted: true))
            } else {
                while i < line.endIndex && !(line[i] == " " || line[i] == "\t" || line[i] == "\r") {
                    text.append(line[i])
                    i = line.index(after: i)
                    column += 1
                }
                tokens.append(Token(text: text, column: start, quoted: false))
            }
        }
        return .success(tokens)
    }

    struct UnclosedQuote: Error { var column: Int }

    private enum Section {
        case none, vertices
        case ties(directed: Bool, list: Bool, relation: Int?)
        case skipped
    }

    mutating func read(_ text: String) -> StakeholderMap? {
        var network = ForeignNetwork(format: "Pajek")
        var count = 0
        var labels: [Int: Located<String>] = [:]
        var relationNames: [Int: Located<String>] = [:]
        var section = Section.none
        var sawVertices = false
        var name: String?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Relation names first: a `k:` prefix may choose a relation whose section comes later.
        for (index, line) in lines.enumerated() where line.first == "*" {
            guard case .success(let t) = Self.tokens(line), t.count >= 3, t[1].text.hasPrefix(":"),
                let k = Int(t[1].text.dropFirst()), relationNames[k] == nil,
                ["*arcs", "*edges", "*arcslist", "*edgeslist"].contains(t[0].text.lowercased())
            else { continue }
            relationNames[k] = Located(
                t[2...].map(\.text).joined(separator: " "),
                at: SourceLocation(path: path, line: index + 1, column: t[2].column))
        }
        func here(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(path: path, line: line, column: column)
        }
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            let line = lineNumber == 1 && raw.hasPrefix("\u{FEFF}") ? raw.dropFirst() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            let tokens: [Token]
            switch Self.tokens(line) {
            case .success(let t): tokens = t
            case .failure(let unclosed):
                builder.log.error(
                    "a quoted label is never closed; add the closing '\"'", at: here(lineNumber, unclosed.column))
                continue
            }
            guard let first = tokens.first else { continue }
            if first.text.hasPrefix("*") && !first.quoted {
                let keyword = first.text.lowercased()
                switch keyword {
                case "*network":
                    name = tokens.dropFirst().map(\.text).joined(separator: " ")
                    section = .none
                case "*vertices":
                    guard tokens.count >= 2, let n = Int(tokens[1].text), n >= 0, n <= 1_000_000 else {
                        builder.log.error(
                            "'*Vertices' needs the number of vertices",
                            at: here(lineNumber, tokens.count >= 2 ? tokens[1].column : first.column))
                        return nil
                    }
                    if sawVertices {
                        builder.log.error(
                            "a second '*Vertices' section; a Pajek network has one", at: here(lineNumber, first.column))
                        return nil
                    }
                    sawVertices = true
                    count = n
                    section = .vertices
                case "*arcs", "*edges", "*arcslist", "*edgeslist":
                    guard sawVertices else {
                        builder.log.error("'\(first.text)' before '*Vertices'", at: here(lineNumber, first.column))
                        return nil
                    }
                    var relation: Int?
                    if tokens.count >= 2, tokens[1].text.hasPrefix(":") {
                        guard let k = Int(tokens[1].text.dropFirst()) else {
                            builder.log.error(
                                "a relation number is written ':1', found '\(tokens[1].text)'",
                                at: here(lineNumber, tokens[1].column))
                            return nil
                        }
                        relation = k
                    }
                    section = .ties(
                        directed: keyword.hasPrefix("*arcs"), list: keyword.hasSuffix("list"), relation: relation)
                default:
                    builder.log.warning(
                        "'\(first.text)' sections are not read: ActorMap reads *Vertices, *Arcs and *Edges",
                        at: here(lineNumber, first.column))
                    section = .skipped
                }
                continue
            }
            switch section {
            case .none:
                builder.log.error(
                    "a line outside any section; a Pajek network starts with '*Vertices N'",
                    at: here(lineNumber, first.column))
                return nil
            case .skipped: continue
            case .vertices:
                guard let i = Int(first.text), (1 ... max(count, 1)).contains(i), count > 0 else {
                    builder.log.error(
                        "a vertex number must be 1 … \(count), found '\(first.text)'",
                        at: here(lineNumber, first.column))
                    continue
                }
                if labels[i] != nil {
                    builder.log.error("vertex \(i) is listed twice", at: here(lineNumber, first.column))
                    continue
                }
                let label = tokens.count >= 2 ? tokens[1] : first
                labels[i] = Located(label.text, at: here(lineNumber, label.column))
            case .ties(let directed, let list, let sectionRelation):
                var rest = tokens[...]
                var relation = sectionRelation
                if first.text.hasSuffix(":"), let k = Int(first.text.dropLast()) {
                    relation = k
                    rest = rest.dropFirst()
                }
                let numbers = Array(rest)
                guard numbers.count >= 2 else {
                    builder.log.error(
                        "a tie line needs two vertex numbers",
                        at: here(lineNumber, numbers.first?.column ?? first.column))
                    continue
                }
                var ends: [(Int, Token)] = []
                var usable = true
                for t in list ? numbers : Array(numbers.prefix(2)) {
                    guard let v = Int(t.text), v >= 1, v <= count else {
                        builder.log.error(
                            "a vertex number must be 1 … \(count), found '\(t.text)'", at: here(lineNumber, t.column))
                        usable = false
                        break
                    }
                    ends.append((v, t))
                }
                guard usable else { continue }
                var weight: Located<Double>?
                if !list, numbers.count >= 3 {
                    let w = numbers[2]
                    guard let x = Double(w.text), x.isFinite, !w.text.lowercased().contains("n") else {
                        builder.log.error(
                            "a weight must be a finite number, found '\(w.text)'", at: here(lineNumber, w.column))
                        continue
                    }
                    weight = Located(x, at: here(lineNumber, w.column))
                }
                let type: Located<String>? = relation.map { k in
                    relationNames[k] ?? Located("relation \(k)", at: here(lineNumber, first.column))
                }
                let (source, sourceToken) = ends[0]
                for (target, targetToken) in ends.dropFirst() {
                    var c = ForeignNetwork.Connection(
                        from: Located(String(source), at: here(lineNumber, sourceToken.column)),
                        to: Located(String(target), at: here(lineNumber, targetToken.column)),
                        location: here(lineNumber, first.column))
                    c.type = type
                    c.direction = Located(directed ? "directed" : "undirected", at: c.location)
                    c.strength = weight
                    network.connections.append(c)
                }
            }
        }
        guard sawVertices else {
            builder.log.error(
                "no '*Vertices' line: this is not a Pajek network", at: SourceLocation(path: path, line: 1, column: 1))
            return nil
        }
        for i in 0 ..< count {
            let v = i + 1
            var e = ForeignNetwork.Element(
                location: labels[v]?.location ?? SourceLocation(path: path, line: 1, column: 1))
            e.key = String(v)
            e.label = labels[v] ?? Located(String(v), at: e.location)
            network.elements.append(e)
        }
        if let name, !name.isEmpty { builder.describe(name: name, description: nil, source: nil, date: nil) }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }
}
