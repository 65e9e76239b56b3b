import Foundation

extension ModelLoader {
    /// Reads and validates a scenario file (YAML or JSON) against `base`, the map it changes.
    ///
    /// Without a map (`base` nil) only the rules that need none are checked: the file's shape and keys,
    /// the version, each tie's type, ends, weight, confidence and date as a model's (a custom relation
    /// type's weights are not checked, since only a map declares the type), no tie from an actor to
    /// itself, and no tie that touches an actor the scenario removes. Whether the actors, relation types
    /// and the ties to change or remove exist is checked only against a map.
    ///
    /// - Throws: ``LoadError/notAScenario(path:)`` for a file that is not YAML or JSON,
    ///   ``LoadError/unreadable(path:reason:)`` for one that cannot be read.
    public static func loadScenario(path: String, base: StakeholderMap?) throws -> ScenarioResult {
        let ext = (path as NSString).pathExtension.lowercased()
        guard modelExtensions.contains(ext) else { throw LoadError.notAScenario(path: path) }
        switch try readText(at: path) {
        case .text(let text, _): return parseScenario(text: text, path: path, base: base)
        case .notText(let problem, _): return ScenarioResult(scenario: nil, diagnostics: [problem], text: "")
        }
    }

    /// Reads `text` as a scenario at `path`, against `base` when given (see ``loadScenario(path:base:)``).
    public static func parseScenario(text: String, path: String, base: StakeholderMap?) -> ScenarioResult {
        var reader = YAMLScenarioReader(path: path, text: text, base: base)
        let scenario = reader.read(defaultName: stem(of: path))
        return ScenarioResult(
            scenario: scenario, diagnostics: sorted(reader.builder.diagnostics), text: text,
            sources: reader.builder.sourcesRead)
    }

    /// Whether the file at `path` is a scenario rather than a map: a YAML or JSON file whose first key is
    /// `actormap-scenario` (after blank lines, `#` comments, a `---` document start and, in JSON, the
    /// opening brace). Any other file, or one that cannot be read, is not.
    public static func isScenario(path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        guard modelExtensions.contains(ext), let file = try? readText(at: path),
            case .text(let text, _) = file
        else { return false }
        return isScenario(text: text)
    }

    /// Whether `text` starts as a scenario file does (see ``isScenario(path:)``).
    public static func isScenario(text: String) -> Bool {
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            var line = Substring(raw.drop { $0 == "\u{FEFF}" }).trimmingCharacters(in: .whitespaces)[...]
            if line.isEmpty || line.hasPrefix("#") || line == "---" || line.hasPrefix("%") { continue }
            if line.hasPrefix("{") { line = line.dropFirst().drop(while: \.isWhitespace) }
            if line.isEmpty { continue }
            for key in ["actormap-scenario", "\"actormap-scenario\"", "'actormap-scenario'"] {
                if line.hasPrefix(key), line.dropFirst(key.count).drop(while: \.isWhitespace).hasPrefix(":") {
                    return true
                }
            }
            return false
        }
        return false
    }

    /// A scenario file read against a map.
    public struct ScenarioResult: Sendable {
        /// The scenario; use it only when `diagnostics` has no errors.
        public var scenario: Scenario?
        /// Every problem found, sorted by position.
        public var diagnostics: [Diagnostic]
        /// The file's text, for diagnostic excerpts.
        public var text: String
        /// Every tie source the file names (for redacting its messages).
        public var sources: [String] = []
    }
}
