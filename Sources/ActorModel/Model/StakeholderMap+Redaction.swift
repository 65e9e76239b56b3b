/// How a map was redacted: the new id of every sensitive actor and the label that replaced every tie
/// source, so that a scenario or a partner list written against the original map can follow it.
public struct Redaction: Sendable, Equatable {
    /// Original id → `sensitive-k` (with `-r` appended while a public actor already has that id).
    public var ids: [String: String] = [:]
    /// Original tie source → `source-k`, numbered by first appearance.
    public var sources: [String: String] = [:]
    /// Original name of a sensitive actor → "Sensitive actor k".
    public var names: [String: String] = [:]

    public init(ids: [String: String] = [:], sources: [String: String] = [:]) {
        self.ids = ids
        self.sources = sources
    }

    /// The id an actor has in the redacted map.
    public func id(_ original: String) -> String { ids[original] ?? original }

    /// Words of the file that must not be shown although they are not in the map (an actor marked sensitive
    /// that was rejected, with its raw id and name); messages show "[redacted]" instead.
    public var withheld: [String] = []

    /// Labels tie sources the map did not have (a scenario's), continuing the numbering.
    public mutating func addSources(_ list: [String]) {
        for source in list where sources[source] == nil { sources[source] = "source-\(sources.count + 1)" }
    }

    /// `text` with every sensitive actor's id and name, every tie source and every withheld word replaced
    /// by its label — for messages (diagnostics, warnings) written from the original file. One pass from
    /// left to right: at each position the longest original that matches as a whole word is replaced, and
    /// what was written is never searched again (a label cannot be mistaken for an original). A match must
    /// not be glued to a letter, digit or `_`, nor to a `-` or `.` that joins it to one.
    public func redactingText(_ text: String) -> String {
        // One label per original, by priority (an actor named like its id is shown by its new id), then
        // longest first and alphabetically, so the result never depends on dictionary order.
        var label: [String: String] = [:]
        for word in withheld { label[word] = "[redacted]" }
        for (original, new) in sources { label[original] = new }
        for (original, new) in names { label[original] = new }
        for (original, new) in ids { label[original] = new }
        label[""] = nil
        guard !label.isEmpty else { return text }
        let replacements: [(original: [Character], label: String)] =
            label
            .sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key }
            .map { (Array($0.key), $0.value) }
        func isCore(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
        let chars = Array(text)
        var out = ""
        var i = 0
        scan: while i < chars.count {
            for (original, label) in replacements where chars[i] == original[0] && i + original.count <= chars.count {
                guard chars[i ..< i + original.count].elementsEqual(original) else { continue }
                let j = i + original.count
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let beforeBefore: Character? = i > 1 ? chars[i - 2] : nil
                let after: Character? = j < chars.count ? chars[j] : nil
                let afterAfter: Character? = j + 1 < chars.count ? chars[j + 1] : nil
                let gluedBefore =
                    isCore(original.first)
                    && (isCore(before) || ((before == "-" || before == ".") && isCore(beforeBefore)))
                let gluedAfter =
                    isCore(original.last) && (isCore(after) || ((after == "-" || after == ".") && isCore(afterAfter)))
                if gluedBefore || gluedAfter { continue }
                out += label
                i = j
                continue scan
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// The relation with its ends renamed, its source replaced and, if it touches a sensitive actor, its
    /// note dropped. A source the map did not have gets the next free label.
    mutating func redact(_ relation: Relation) -> Relation {
        var r = relation
        if ids[r.from] != nil || ids[r.to] != nil { r.note = nil }
        r.from = id(r.from)
        r.to = id(r.to)
        if let source = r.source {
            if let label = sources[source] {
                r.source = label
            } else {
                let label = "source-\(sources.count + 1)"
                sources[source] = label
                r.source = label
            }
        }
        return r
    }
}

extension StakeholderMap {
    /// The map with every sensitive actor made anonymous, and how.
    ///
    /// The k-th sensitive actor in model order gets the id `sensitive-k` (`-r` appended while a public
    /// actor already uses that id) and the name "Sensitive actor k"; its notes and custom attributes are
    /// dropped, and so are the notes of every tie it is part of. Every tie source, which often names an
    /// informant or a sensitive actor, becomes `source-k` (numbered by first appearance; the same source
    /// keeps the same label, so ties stay distinguishable). What analysis needs stays: sector, level,
    /// represented groups, tags, ratings and the ties themselves, so every measure and risk is computed
    /// exactly as on the original map (renaming changes nothing). In the map's name, description and
    /// source and in plan names, sensitive ids and names are replaced as in ``Redaction/redactingText(_:)``.
    public func redactingSensitiveActors() -> (map: StakeholderMap, redaction: Redaction) {
        var redaction = Redaction()
        let publicIDs = Set(actors.filter { !$0.sensitive }.map(\.id))
        var k = 0
        for actor in actors where actor.sensitive {
            k += 1
            var alias = "sensitive-\(k)"
            while publicIDs.contains(alias) { alias += "-r" }
            redaction.ids[actor.id] = alias
            if !actor.name.isEmpty { redaction.names[actor.name] = "Sensitive actor \(k)" }
        }
        return redacting(with: redaction)
    }

    /// Several snapshots of one map made anonymous with **one** table of aliases, so that `sensitive-1` is the
    /// same actor in every snapshot (and a source keeps its label across them). Aliases are numbered over the
    /// actors of all snapshots, in order of first appearance; an actor sensitive in any snapshot is sensitive
    /// in all.
    public static func redactingTogether(_ maps: [StakeholderMap]) -> (maps: [StakeholderMap], redaction: Redaction) {
        guard var union = maps.first else { return ([], Redaction()) }
        var index = Dictionary(uniqueKeysWithValues: union.actors.enumerated().map { ($1.id, $0) })
        for map in maps.dropFirst() {
            for actor in map.actors {
                if let i = index[actor.id] {
                    union.actors[i].sensitive = union.actors[i].sensitive || actor.sensitive
                } else {
                    index[actor.id] = union.actors.count
                    union.actors.append(actor)
                }
            }
            union.relations += map.relations
        }
        var redaction = union.redactingSensitiveActors().redaction
        redaction.sources = [:]
        // Sources are labelled in the order the snapshots meet them, the same in every snapshot.
        for map in maps { redaction.addSources(map.relations.compactMap(\.source)) }
        let sensitiveIDs = Set(redaction.ids.keys)
        let redacted = maps.map { map -> StakeholderMap in
            var marked = map
            for i in marked.actors.indices where sensitiveIDs.contains(marked.actors[i].id) {
                marked.actors[i].sensitive = true
            }
            return marked.redacting(with: redaction).map
        }
        return (redacted, redaction)
    }

    /// The map renamed by `redaction` (its ids, names and sources), with what it must drop dropped.
    private func redacting(with table: Redaction) -> (map: StakeholderMap, redaction: Redaction) {
        var result = self
        var redaction = table
        for i in result.actors.indices {
            guard let alias = redaction.ids[result.actors[i].id] else { continue }
            let k = alias.dropFirst("sensitive-".count).prefix { $0.isNumber }
            result.actors[i].id = alias
            result.actors[i].name = "Sensitive actor \(k)"
            result.actors[i].notes = nil
            result.actors[i].attributes = []
            result.actors[i].location = nil
        }
        for i in result.relations.indices {
            result.relations[i] = redaction.redact(result.relations[i])
        }
        for i in result.engagementPlans.indices {
            result.engagementPlans[i].partners = result.engagementPlans[i].partners.map(redaction.id)
        }
        // Free text the analyst wrote may name a sensitive actor: the map's name, description and source,
        // and plan names (plans keep their order, so a plan is still found by its original name's index).
        result.name = redaction.redactingText(result.name)
        result.description = result.description.map(redaction.redactingText)
        result.source = result.source.map(redaction.redactingText)
        for i in result.engagementPlans.indices {
            result.engagementPlans[i].name = redaction.redactingText(result.engagementPlans[i].name)
        }
        result.isRedacted = true
        return (result, redaction)
    }
}

extension Scenario {
    /// The scenario written against the original map, made to follow its redacted version (its name, often
    /// the file's name, is rewritten like a message).
    public func redacted(by redaction: Redaction) -> Scenario {
        var redaction = redaction
        return Scenario(
            name: redaction.redactingText(name), removeActors: removeActors.map(redaction.id),
            addRelations: addRelations.map { redaction.redact($0) },
            changeRelations: changeRelations.map { redaction.redact($0) },
            removeRelations: removeRelations.map { redaction.redact($0) })
    }
}
