import Foundation
import Yams

/// Reads values out of a composed YAML (or JSON) node tree, keeping every value's position, and reports
/// each shape problem ("must be a list", "unknown key", "must be a number") at the offending node.
///
/// Knows no schema: the model, screening and scenario readers (and any future YAML-based reader) say which
/// keys and values they expect. Every problem goes to the shared ``DiagnosticLog``; a method that finds one
/// returns `nil` (or leaves the entry out) so the caller can go on and report the rest of the file.
///
/// Rules:
/// - An explicit null (`~`, `null`, nothing) is "no value": optional fields read it as absent, required
///   ones (``requiredString(_:field:)``) report it, so a blank id never drops an actor silently.
/// - Numbers are plain scalars that parse as finite doubles (no `nan`, no `inf`); quoted numbers are text.
/// - Booleans are plain `true`/`false` (any of the three YAML spellings); dates are `YYYY-MM-DD`.
struct YAMLNodeReader {
    let path: String
    let log: DiagnosticLog

    /// One `key: value` line of a mapping, with the key's node (for "unknown key") and the value's.
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    // MARK: - The document

    /// The document's root node, or `nil` with a located error (empty file, YAML syntax error).
    func compose(_ text: String, emptyMessage: String) -> Node? {
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                log.error(emptyMessage, at: start)
                return nil
            }
            return composed
        } catch let yamlError as YamlError {
            report(yamlError)
            return nil
        } catch {
            log.error("cannot parse the file: \(error)", at: start)
            return nil
        }
    }

    /// Checks a document's version line `key: 1`: a missing one is reported at the root, another number
    /// at the value (`kind` names the document: "format", "scenario").
    func checkVersion(_ fields: [String: Entry], key: String, kind: String, root: Node) {
        if let v = fields[key] {
            if let version = number(v.value, field: key), version != 1 {
                error("unsupported \(kind) version \(format(version)); this ActorMap reads version 1", at: v.value)
            }
        } else {
            error("missing the format version: add '\(key): 1' as the first line", at: root)
        }
    }

    /// Line 1, column 1: where problems with the file as a whole are reported.
    var start: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    // MARK: - Mappings and lists

    /// The entries of a mapping node, or an error if it is not a mapping.
    func entries(of node: Node, what: String) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            error("expected \(what) as a mapping of 'key: value' lines, found \(describe(node))", at: node)
            return nil
        }
        var result: [Entry] = []
        for (k, v) in mapping {
            guard case .scalar(let s) = k else {
                error("a key must be a plain name, found \(describe(k))", at: k)
                continue
            }
            result.append(Entry(key: s.string, keyNode: k, value: v))
        }
        return result
    }

    /// The entries by key (the first of a repeated key; Yams reports repeats itself).
    func fields(_ entries: [Entry]) -> [String: Entry] {
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reports every key not in `allowed`, with a near-miss hint.
    func checkKeys(_ entries: [Entry], allowed: [String], in context: String) {
        for e in entries where !allowed.contains(e.key) {
            error("unknown key '\(e.key)' in \(context)" + NearMiss.hint(for: e.key, among: allowed), at: e.keyNode)
        }
    }

    /// The items of a list node; an explicit null is an empty list.
    func sequence(_ node: Node, field: String) -> [Node]? {
        if isNull(node) { return [] }
        guard case .sequence(let s) = node else {
            error("'\(field)' must be a list (lines starting with '- ', or [a, b]), found \(describe(node))", at: node)
            return nil
        }
        return Array(s)
    }

    /// A list of scalar names with their positions (an entry without a value is reported and left out).
    func names(_ node: Node, field: String) -> [Located<String>]? {
        guard let items = sequence(node, field: field) else { return nil }
        var result: [Located<String>] = []
        for item in items {
            if let s = requiredString(item, field: "an entry of '\(field)'") { result.append(located(s, item)) }
        }
        return result
    }

    /// A list of names in which each may appear once (a repeat is reported and left out).
    func uniqueNames(_ node: Node, field: String) -> [String]? {
        guard let list = names(node, field: field) else { return nil }
        var seen = Set<String>()
        var result: [String] = []
        for name in list {
            if seen.insert(name.value).inserted {
                result.append(name.value)
            } else {
                log.error("'\(name.value)' appears twice in '\(field)'", at: name.location)
            }
        }
        return result
    }

    // MARK: - Scalars

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// Whether `node` is a plain `false` (without reporting anything).
    func isExplicitFalse(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["false", "False", "FALSE"].contains(s.string)
    }

    /// A scalar's text without reporting anything: `nil` for a null, a list or a mapping.
    func peekString(_ node: Node?) -> String? {
        guard let node, case .scalar(let s) = node, !isNull(node) else { return nil }
        return s.string
    }

    /// A scalar as text; `nil` (no error) for an explicit null, `nil` with an error for a list or mapping.
    func string(_ node: Node, field: String) -> String? {
        guard case .scalar(let s) = node else {
            error("\(quoted(field)) must be a single value, found \(describe(node))", at: node)
            return nil
        }
        if isNull(node) { return nil }
        return s.string
    }

    /// A scalar as text that must be there: an explicit null (`~`, `null`, nothing) is an error too, so a
    /// blank id, type or endpoint never drops an actor or a tie silently.
    func requiredString(_ node: Node, field: String) -> String? {
        if isNull(node) {
            error("\(quoted(field)) needs a value, found nothing", at: node)
            return nil
        }
        return string(node, field: field)
    }

    /// ``requiredString(_:field:)`` with the value's position.
    func requiredName(_ node: Node, field: String) -> Located<String>? {
        requiredString(node, field: field).map { located($0, node) }
    }

    func number(_ node: Node, field: String) -> Double? {
        guard case .scalar(let s) = node else {
            error("\(quoted(field)) must be a number, found \(describe(node))", at: node)
            return nil
        }
        guard s.style == .plain, let value = Double(s.string.trimmingCharacters(in: .whitespaces)),
            !s.string.lowercased().contains("nan"), !s.string.lowercased().contains("inf")
        else {
            let shown = s.style == .plain ? "'\(s.string)'" : "the text \"\(s.string)\""
            error("\(quoted(field)) must be a number, found \(shown)", at: node)
            return nil
        }
        guard value.isFinite else {
            error("\(quoted(field)) must be a finite number, found '\(s.string)'", at: node)
            return nil
        }
        return value
    }

    /// ``number(_:field:)`` with the value's position.
    func locatedNumber(_ node: Node, field: String) -> Located<Double>? {
        number(node, field: field).map { located($0, node) }
    }

    /// A number that may be left blank: an explicit null is `nil` without an error.
    func optionalNumber(_ node: Node, field: String) -> Located<Double>? {
        isNull(node) ? nil : locatedNumber(node, field: field)
    }

    func bool(_ node: Node, field: String) -> Bool? {
        if case .scalar(let s) = node, s.style == .plain {
            switch s.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error("\(quoted(field)) must be true or false, found \(describe(node))", at: node)
        return nil
    }

    func date(_ node: Node, field: String) -> String? {
        guard let s = string(node, field: field) else { return nil }
        guard Self.isValidDate(s) else {
            error("\(quoted(field)) must be a date written YYYY-MM-DD, found '\(s)'", at: node)
            return nil
        }
        return s
    }

    /// `YYYY-MM-DD`, a real day of the Gregorian calendar, year above 0.
    static func isValidDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), y > 0
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1 ... 12).contains(m) && d >= 1 && d <= days[m - 1]
    }

    func quoted(_ field: String) -> String {
        field.hasPrefix("an ") || field.hasPrefix("a ") || field.hasPrefix("attribute") ? field : "'\(field)'"
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return isNull(node) ? "nothing" : "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: - Positions and reporting

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func located<Value>(_ value: Value, _ node: Node) -> Located<Value> {
        Located(value, at: location(of: node))
    }

    func error(_ message: String, at node: Node, notes: [Diagnostic] = []) {
        log.error(message, at: location(of: node), notes: notes)
    }

    /// A Yams error as a located diagnostic, in the user's words (JSON or YAML, as the file is named).
    func report(_ e: YamlError) {
        switch e {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let here = SourceLocation(path: path, line: mark.line, column: mark.column)
            var notes: [Diagnostic] = []
            if let c = context {
                notes.append(.note(c.text, at: SourceLocation(path: path, line: c.mark.line, column: c.mark.column)))
            }
            // JSON files go through the same parser (JSON is YAML); name the syntax the user wrote.
            let syntax = (path as NSString).pathExtension.lowercased() == "json" ? "JSON" : "YAML"
            var problem = problem
            if problem.hasPrefix("Maximum nesting level reached") {
                problem = "lists and mappings are nested too deeply (more than about 1 000 levels)"
            }
            log.error("invalid \(syntax): \(problem)", at: here, notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let here = SourceLocation(path: path, line: context.mark.line, column: context.mark.column)
            log.error(
                "duplicate key\(duplicates.count == 1 ? "" : "s") "
                    + duplicates.map { "'\($0)'" }.joined(separator: ", ")
                    + " in this mapping; each key may appear once", at: here)
        case .reader(let problem, let offset, _, _):
            log.error(
                "cannot read the file as UTF-8 text: \(problem)" + (offset.map { " at byte \($0)" } ?? ""),
                at: start)
        default:
            log.error("cannot parse the file: \(e)", at: start)
        }
    }
}
