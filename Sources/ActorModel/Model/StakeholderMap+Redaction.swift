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

    /// `text` with every sensitive actor's id and name, and every tie source, replaced by its label —
    /// for messages (diagnostics, warnings) written from the original map. Only whole words are replaced:
    /// a match must not be glued to a letter, digit, `-`, `_` or `.` on either side.
    public func redactingText(_ text: String) -> String {
        var replacements = ids.map { ($0.key, $0.value) } + names.map { ($0.key, $0.value) } + sources.map { ($0.key, $0.value) }
        replacements.removeAll { $0.0.isEmpty }
        // Longest first, so a name containing an id is replaced whole.
        replacements.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        var result = text
        for (original, label) in replacements {
            result = Self.replacingWholeWords(original, with: label, in: result)
        }
        return result
    }

    static func replacingWholeWords(_ word: String, with label: String, in text: String) -> String {
        // Letters, digits and `_` always glue; `-` and `.` glue only between two of those (so "militia." at
        // the end of a sentence is the word "militia", but "militia.x" is another id).
        func isCore(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
        let chars = Array(text)
        let target = Array(word)
        guard !target.isEmpty, chars.count >= target.count else { return text }
        var out = ""
        var i = 0
        while i < chars.count {
            if i + target.count <= chars.count && chars[i] == target[0] && Array(chars[i ..< i + target.count]) == target {
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let beforeBefore: Character? = i > 1 ? chars[i - 2] : nil
                let j = i + target.count
                let after: Character? = j < chars.count ? chars[j] : nil
                let afterAfter: Character? = j + 1 < chars.count ? chars[j + 1] : nil
                let gluedBefore = isCore(target.first) && (isCore(before) || ((before == "-" || before == ".") && isCore(beforeBefore)))
                let gluedAfter = isCore(target.last) && (isCore(after) || ((after == "-" || after == ".") && isCore(afterAfter)))
                if !gluedBefore && !gluedAfter {
                    out += label
                    i = j
                    continue
                }
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
    /// exactly as on the original map (renaming changes nothing).
    public func redactingSensitiveActors() -> (map: StakeholderMap, redaction: Redaction) {
        var result = self
        var redaction = Redaction()
        let publicIDs = Set(actors.filter { !$0.sensitive }.map(\.id))
        var k = 0
        for i in result.actors.indices where result.actors[i].sensitive {
            k += 1
            var alias = "sensitive-\(k)"
            while publicIDs.contains(alias) { alias += "-r" }
            redaction.ids[result.actors[i].id] = alias
            if !result.actors[i].name.isEmpty { redaction.names[result.actors[i].name] = "Sensitive actor \(k)" }
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
        return (result, redaction)
    }
}

extension Scenario {
    /// The scenario written against the original map, made to follow its redacted version.
    public func redacted(by redaction: Redaction) -> Scenario {
        var redaction = redaction
        return Scenario(name: name, removeActors: removeActors.map(redaction.id),
                        addRelations: addRelations.map { redaction.redact($0) },
                        changeRelations: changeRelations.map { redaction.redact($0) },
                        removeRelations: removeRelations.map { redaction.redact($0) })
    }
}
