extension ModelExport {
    /// `map` with every actor id a model file does not accept (an edge list's or another tool's ids may hold
    /// spaces, commas or other punctuation; a model file's ids are letters, digits, `-`, `_` and `.`) rewritten
    /// as one it does, in ties and plans too; an actor whose name was its id keeps the original text as its
    /// name. Returns what was rewritten, for the caller to report (an export must load again).
    ///
    /// The new id keeps the old one's letters and digits, every other run of characters becoming one `-`
    /// (`C, the third` → `C-the-third`); `actor` when nothing is left; `-2`, `-3`, ... when taken.
    static func withModelFileIDs(_ map: StakeholderMap) -> (map: StakeholderMap, renamed: [(from: String, to: String)])
    {
        guard map.actors.contains(where: { !ModelRules.isValidID($0.id) }) else { return (map, []) }
        var taken = Set(map.actors.map(\.id).filter(ModelRules.isValidID))
        var newID: [String: String] = [:]
        var renamed: [(from: String, to: String)] = []
        var out = map
        for i in out.actors.indices where !ModelRules.isValidID(out.actors[i].id) {
            let old = out.actors[i].id
            var slug = ""
            for c in old {
                if c.isLetter || c.isNumber || c == "_" || c == "." {
                    slug.append(c)
                } else if !slug.isEmpty && slug.last != "-" {
                    slug.append("-")
                }
            }
            while slug.last == "-" { slug.removeLast() }
            if slug.isEmpty { slug = "actor" }
            var candidate = slug
            var k = 1
            while taken.contains(candidate) {
                k += 1
                candidate = "\(slug)-\(k)"
            }
            taken.insert(candidate)
            newID[old] = candidate
            renamed.append((old, candidate))
            if out.actors[i].name.isEmpty || out.actors[i].name == old { out.actors[i].name = old }
            out.actors[i].id = candidate
        }
        for i in out.relations.indices {
            out.relations[i].from = newID[out.relations[i].from] ?? out.relations[i].from
            out.relations[i].to = newID[out.relations[i].to] ?? out.relations[i].to
        }
        for p in out.engagementPlans.indices {
            out.engagementPlans[p].partners = out.engagementPlans[p].partners.map { newID[$0] ?? $0 }
        }
        return (out, renamed)
    }

    /// The report of rewritten ids, at most five of them named.
    static func idChanges(_ renamed: [(from: String, to: String)], format: String) -> [String] {
        guard !renamed.isEmpty else { return [] }
        let shown = renamed.prefix(5).map { "'\($0.from)' → '\($0.to)'" }.joined(separator: ", ")
        return [
            "\(format) ids are letters, digits, '-', '_' and '.': \(renamed.count) actor id"
                + "\(renamed.count == 1 ? "" : "s") rewritten, the original kept as the name (\(shown)"
                + (renamed.count > 5 ? ", …" : "") + ")"
        ]
    }
}
