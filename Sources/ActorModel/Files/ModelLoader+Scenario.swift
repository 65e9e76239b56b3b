import Foundation

extension ModelLoader {
    /// Reads and validates a scenario file (YAML or JSON) against `base`.
    public static func loadScenario(path: String, base: StakeholderMap) throws -> ScenarioResult {
        let ext = (path as NSString).pathExtension.lowercased()
        guard modelExtensions.contains(ext) else { throw LoadError.notAScenario(path: path) }
        switch try readText(at: path) {
        case .text(let text): return parseScenario(text: text, path: path, base: base)
        case .notText(let problem): return ScenarioResult(scenario: nil, diagnostics: [problem], text: "")
        }
    }

    /// Reads `text` as a scenario at `path`.
    public static func parseScenario(text: String, path: String, base: StakeholderMap) -> ScenarioResult {
        var reader = YAMLScenarioReader(path: path, text: text, base: base)
        let scenario = reader.read(defaultName: stem(of: path))
        return ScenarioResult(
            scenario: scenario, diagnostics: sorted(reader.builder.diagnostics), text: text,
            sources: reader.builder.sourcesRead)
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
