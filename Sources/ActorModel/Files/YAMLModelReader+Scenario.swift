import Foundation
import Yams

extension YAMLModelReader {
    static let scenarioKeys = ["actormap-scenario", "name", "remove_actors", "add_relations", "change_relations", "remove_relations"]

    /// Reads a scenario file against `base`: relations are validated exactly as in a model, actor ids must
    /// exist, and every changed or removed tie must match a tie of the map.
    mutating func readScenario(base: StakeholderMap, defaultName: String) -> Scenario? {
        guard let root = compose(emptyMessage: "the file is empty; a scenario starts with 'actormap-scenario: 1'"),
              let top = entries(of: root, what: "the scenario") else { return nil }
        checkKeys(top, allowed: Self.scenarioKeys, in: "the scenario")
        let f = Dictionary(top.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        if let v = f["actormap-scenario"] {
            if let version = number(v.value, field: "actormap-scenario"), version != 1 {
                error("unsupported scenario version \(format(version)); this ActorMap reads version 1", at: v.value)
            }
        } else {
            error("missing the format version: add 'actormap-scenario: 1' as the first line", at: location(of: root))
        }
        var scenario = Scenario(name: defaultName)
        if let e = f["name"], let s = string(e.value, field: "name") { scenario.name = s }
        let ids = base.actors.map(\.id)
        if let e = f["remove_actors"], let list = names(e.value, field: "remove_actors") {
            for (id, node) in list {
                if ids.contains(id) { scenario.removeActors.append(id) }
                else { error("unknown actor '\(id)'" + NearMiss.hint(for: id, among: ids), at: node) }
            }
        }
        if let e = f["add_relations"] { scenario.addRelations = relations(e.value, map: base, field: "add_relations") }
        for (key, isChange) in [("change_relations", true), ("remove_relations", false)] {
            guard let e = f[key] else { continue }
            let parsed = relations(e.value, map: base, field: key)
            for r in parsed {
                let undirected = !(base.relationType(named: r.type)?.isDirected ?? true)
                if !base.relations.contains(where: { Scenario.matches(r, $0, undirected: undirected) }) {
                    let ends = r.isMutual ? "between '\(r.from)' and '\(r.to)'" : "from '\(r.from)' to '\(r.to)'"
                    error("the map has no \(r.type) tie \(ends)" + (r.source.map { " reported by '\($0)'" } ?? "")
                        + " to \(isChange ? "change" : "remove")", at: r.location ?? location(of: e.value))
                }
            }
            if isChange { scenario.changeRelations = parsed } else { scenario.removeRelations = parsed }
        }
        // A tie added, changed or removed at an actor the scenario removes would be dropped without a word.
        let removed = Set(scenario.removeActors)
        if !removed.isEmpty {
            for (key, list) in [("add_relations", scenario.addRelations), ("change_relations", scenario.changeRelations),
                                ("remove_relations", scenario.removeRelations)] {
                for r in list {
                    for end in [r.from, r.to] where removed.contains(end) {
                        error("'\(key)' names '\(end)', which this scenario removes in 'remove_actors'",
                              at: r.location ?? location(of: root))
                    }
                }
            }
        }
        return scenario
    }
}

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
        var reader = YAMLModelReader(path: path, text: text)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let scenario = reader.readScenario(base: base, defaultName: stem)
        return ScenarioResult(scenario: scenario, diagnostics: sorted(reader.diagnostics), text: text, sources: reader.sourcesRead)
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
