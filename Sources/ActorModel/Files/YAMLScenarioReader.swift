import Foundation
import Yams

/// Reads a what-if scenario file (`actormap-scenario: 1`, YAML or JSON; see ``Scenario``) against the
/// map it changes, or without one.
///
/// Relations are read with the model's schema (``YAMLRelationSchema``) and checked by a ``ModelBuilder``
/// made from the map, exactly as a model's; the scenario's own rules (removed actors exist, changed and
/// removed ties exist, no tie touches a removed actor) are the builder's too. Without a map the builder
/// lets ties name any actor and type (``ModelBuilder/Conventions/scenarioWithoutMap``) and the rules that
/// need the map's actors and ties are skipped.
struct YAMLScenarioReader {
    static let keys = [
        "actormap-scenario", "name", "remove_actors", "add_relations", "change_relations",
        "remove_relations",
    ]

    let text: String
    let nodes: YAMLNodeReader
    private(set) var builder: ModelBuilder
    /// Whether the scenario is checked against a map (its actors, types and ties).
    let hasMap: Bool

    init(path: String, text: String, base: StakeholderMap?) {
        self.text = text
        hasMap = base != nil
        builder = base.map { ModelBuilder(base: $0) } ?? ModelBuilder(name: "", conventions: .scenarioWithoutMap)
        nodes = YAMLNodeReader(path: path, log: builder.log)
    }

    /// The scenario (named `defaultName` unless the file names it), or `nil` when the file could not be
    /// read as one at all. Check the builder's diagnostics for errors.
    mutating func read(defaultName: String) -> Scenario? {
        let empty = "the file is empty; a scenario starts with 'actormap-scenario: 1'"
        guard let root = nodes.compose(text, emptyMessage: empty),
            let top = nodes.entries(of: root, what: "the scenario")
        else { return nil }
        nodes.checkKeys(top, allowed: Self.keys, in: "the scenario")
        let f = nodes.fields(top)
        nodes.checkVersion(f, key: "actormap-scenario", kind: "scenario", root: root)
        var scenario = Scenario(name: defaultName)
        if let e = f["name"], let s = nodes.string(e.value, field: "name") { scenario.name = s }
        if let e = f["remove_actors"], let list = nodes.names(e.value, field: "remove_actors") {
            scenario.removeActors = hasMap ? builder.removableActors(list) : list.map(\.value)
        }
        if let e = f["add_relations"] { scenario.addRelations = relations(e.value, field: "add_relations") }
        for (key, isChange) in [("change_relations", true), ("remove_relations", false)] {
            guard let e = f[key] else { continue }
            let parsed = relations(e.value, field: key)
            for r in parsed where hasMap {
                builder.checkTieExists(r, changing: isChange, fallback: nodes.location(of: e.value))
            }
            if isChange { scenario.changeRelations = parsed } else { scenario.removeRelations = parsed }
        }
        builder.checkRemovedActors(
            scenario.removeActors,
            in: [
                ("add_relations", scenario.addRelations), ("change_relations", scenario.changeRelations),
                ("remove_relations", scenario.removeRelations),
            ], fallback: nodes.location(of: root))
        return scenario
    }

    /// One list of relations, checked as a model's (duplicates within the list are warned about).
    private mutating func relations(_ node: Node, field: String) -> [Relation] {
        guard let items = nodes.sequence(node, field: field) else { return [] }
        var ties = TieIndex()
        return items.compactMap { item in
            YAMLRelationSchema.input(item, nodes: nodes).flatMap { builder.checkedRelation($0, among: &ties) }
        }
    }
}
