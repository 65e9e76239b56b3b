/// Decodes fuzz bytes into a well-shaped model file (YAML text), so that most inputs pass validation and
/// reach the analyses, the screen and the diagram, with mutated values, ids, weights and sizes: actors
/// with ids, names, sectors, levels, ratings, groups, tags, attributes and the sensitive flag; declared
/// relation types; ties (`from`/`to` or `between`) with weights from ordinary to extreme or not numbers,
/// informant sources, confidences and notes; engagement plans; and `screening:` settings.
///
/// Each choice is "mostly valid" (``FuzzInput/likely(_:)``): a mutation usually changes a value, and
/// sometimes breaks one rule, so both the analyses and the validation messages are exercised.
struct ModelRecipe {
    /// Marks the names of sensitive actors, so a redacted output can be searched for them.
    static let withheldMarker = "⟦withheld⟧"

    /// The model file.
    var yaml = ""
    /// Whether names are drawn mostly from ``Vocabulary/hostile`` (the DOT target) rather than plain words.
    let hostile: Bool

    init(_ input: inout FuzzInput, hostile: Bool) {
        self.hostile = hostile
        write(&input)
    }

    private mutating func line(_ s: String) { yaml += s + "\n" }

    private func name(_ input: inout FuzzInput, plain: String) -> String {
        let wantHostile = hostile ? input.byte() < 200 : input.byte() < 40
        let s = wantHostile ? input.hostileText() : plain
        // Only sensitive actors carry the marker.
        return s.replacingOccurrences(of: "⟦", with: "[")
    }

    private func number(_ input: inout FuzzInput, _ ordinary: [String]) -> String {
        input.likely() ? input.pick(ordinary) : input.pick(Vocabulary.oddNumbers)
    }

    private mutating func write(_ input: inout FuzzInput) {
        line(input.likely() ? "actormap: 1" : "actormap: " + input.pick(["2", "\"1\"", "0", "1.0", "~"]))
        line("name: " + YAMLText.quoted(name(&input, plain: "Fuzz map")))
        if input.bool() { line("description: " + YAMLText.quoted(name(&input, plain: "A generated map."))) }
        if input.bool() { line("source: " + YAMLText.quoted(name(&input, plain: "generated"))) }
        if input.bool() { line("date: " + (input.likely() ? "2026-03-01" : input.pick(["2026-02-30", "x", "1"]))) }

        // Levels and groups: the default levels, or declared ones (hostile names for the DOT target, whose
        // diagram writes level names in a column).
        var levels = Vocabulary.levels
        if !input.likely(hostile ? 64 : 200) {
            levels = (0 ..< input.int(1 ... 5)).map { k in hostile ? "\(k) " + input.hostileText() : "level \(k)" }
            line("levels: " + YAMLText.list(levels))
        }
        var groups: [String] = []
        if input.bool() {
            groups = Array(Vocabulary.groups.prefix(input.int(1 ... Vocabulary.groups.count)))
            if hostile && input.bool() { groups.append("g " + input.hostileText()) }
            line("groups: " + YAMLText.list(groups))
        }

        // Relation types: the built-ins and up to three declared ones.
        var types: [(name: String, directed: Bool, polarity: String)] = [
            ("trust", true, "signed"), ("power", true, "positive"), ("competition", false, "negative"),
        ]
        let declared = input.int(0 ... 3)
        if declared > 0 {
            line("relation_types:")
            for k in 0 ..< declared {
                let typeName = input.likely() ? "custom\(k)" : input.hostileText()
                let directed = input.bool()
                let polarity = input.likely() ? input.pick(Vocabulary.polarities) : input.hostileText()
                line("  \(YAMLText.quoted(typeName)):")
                if input.likely() { line("    directed: \(directed)") }
                if input.likely(220) { line("    polarity: " + YAMLText.quoted(polarity)) }
                if input.bool() { line("    description: " + YAMLText.quoted(name(&input, plain: "a type"))) }
                types.append((typeName, directed, polarity))
            }
        }

        // Actors.
        let actorCount = input.likely(240) ? input.int(1 ... 14) : input.int(0 ... 60)
        var ids: [String] = []
        line("actors:")
        for i in 0 ..< actorCount {
            let id: String
            switch input.byte() {
            case 0 ..< 200: id = "a\(i)"
            case 200 ..< 253: id = "A\(i)" + input.pick(["x", "-", "_", ".", "-é", "中", ".5"])
            case 253: id = ids.isEmpty ? "a\(i)" : input.pick(ids)  // a duplicate
            default: id = input.hostileText()
            }
            ids.append(id)
            line("  - id: " + YAMLText.quoted(id))
            let sensitive = input.byte() < 40
            var actorName = name(&input, plain: "Actor \(i)")
            if sensitive { actorName = Self.withheldMarker + actorName }
            if input.likely(230) { line("    name: " + YAMLText.quoted(actorName)) }
            if input.likely(220) {
                line(
                    "    sector: "
                        + YAMLText.quoted(input.likely() ? input.pick(Vocabulary.sectors) : input.hostileText()))
            }
            if input.likely(200) {
                line("    level: " + YAMLText.quoted(input.likely() ? input.pick(levels) : input.hostileText()))
            }
            let ratings = ["0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"]
            for rating in ["power", "legitimacy", "accountability"] where input.likely(200) {
                line("    \(rating): " + number(&input, ratings))
            }
            if sensitive { line("    sensitive: " + (input.likely() ? "true" : input.pick(["yes", "\"true\"", "1"]))) }
            if !groups.isEmpty && input.bool() {
                var represents = (0 ..< input.int(1 ... 3)).map { _ in input.pick(groups) }
                if !input.likely() { represents.append(input.hostileText()) }
                line("    represents: " + YAMLText.list(represents))
            }
            if input.byte() < 40 { line("    tags: " + YAMLText.list([name(&input, plain: "security")])) }
            if input.byte() < 40 { line("    notes: " + YAMLText.quoted(name(&input, plain: "Notes."))) }
            if input.byte() < 30 {
                let key = YAMLText.quoted(name(&input, plain: "k"))
                line("    attributes: {\(key): \(YAMLText.quoted(name(&input, plain: "v")))}")
            }
        }

        // Relations.
        let relationCount = actorCount == 0 ? 0 : input.int(0 ... min(48, 4 * actorCount))
        if relationCount > 0 || input.bool() { line("relations:") }
        for _ in 0 ..< relationCount {
            let type: (name: String, directed: Bool, polarity: String) =
                input.likely() ? input.pick(types) : (input.hostileText(), false, "neutral")
            func end(_ input: inout FuzzInput) -> String {
                input.likely() ? ids[input.int(0 ... ids.count - 1)] : input.hostileText()
            }
            var fields = ["type: " + YAMLText.quoted(type.name)]
            let a = end(&input)
            var b = end(&input)
            // A tie of an actor with itself is an error: mostly take the next actor instead.
            if a == b && ids.count > 1 && input.likely() { b = ids[((ids.firstIndex(of: a) ?? 0) + 1) % ids.count] }
            if input.byte() < 60 {
                fields.append("between: " + YAMLText.list(input.likely() ? [a, b] : [a]))
            } else {
                fields.append("from: " + YAMLText.quoted(a))
                fields.append("to: " + YAMLText.quoted(b))
            }
            let weights: [String]
            switch type.name {
            case "trust": weights = ["-2", "-1", "-0.5", "0.5", "1", "2", "1.5"]
            case "power", "competition": weights = ["1", "2", "3", "4", "5", "2.5"]
            default:
                weights = type.polarity == "signed" ? ["-3", "-1", "1", "2.5", "100"] : ["0.5", "1", "2", "3", "1000"]
            }
            if input.likely(235) { fields.append("weight: " + number(&input, weights)) }
            if input.byte() < 100 {
                fields.append(
                    "source: " + YAMLText.quoted(input.likely() ? input.pick(Vocabulary.sources) : input.hostileText()))
            }
            if input.byte() < 60 { fields.append("confidence: " + number(&input, ["0", "0.3", "0.5", "0.8", "1"])) }
            if input.byte() < 20 { fields.append("date: " + input.pick(["2025-11-14", "2025-13-01", "yesterday"])) }
            if input.byte() < 40 { fields.append("note: " + YAMLText.quoted(name(&input, plain: "A note."))) }
            line("  - {" + fields.joined(separator: ", ") + "}")
        }

        // Engagement plans.
        let plans = ids.isEmpty ? 0 : input.int(0 ... 2)
        if plans > 0 { line("engagement:") }
        for k in 0 ..< plans {
            line("  - name: " + YAMLText.quoted(input.likely() ? "Plan \(k)" : input.hostileText()))
            var partners = (0 ..< input.int(0 ... min(6, ids.count))).map { _ in input.pick(ids) }
            if !input.likely() { partners.append(input.hostileText()) }
            if input.likely() { line("    partners: " + YAMLText.list(partners)) }
            if input.byte() < 30 { line("    notes: " + YAMLText.quoted(name(&input, plain: "Plan notes."))) }
        }

        // Screening settings (the section is written only when it has a setting).
        if input.byte() < 90 {
            var settings: [String] = []
            if input.bool() {
                let chosen = Vocabulary.riskFactors.filter { _ in input.bool() }
                let values = chosen.map { "\($0): " + number(&input, ["0", "0.1", "0.2", "0.5", "1", "3"]) }
                settings.append("  weights: {" + values.joined(separator: ", ") + "}")
            }
            if input.bool() {
                var b = [input.int(0 ... 100), input.int(0 ... 100), input.int(0 ... 100)]
                if input.likely() { b.sort() }
                settings.append("  bands: {medium: \(b[0]), high: \(b[1]), critical: \(b[2])}")
            }
            if input.bool() {
                let flags = Vocabulary.riskFlags.filter { _ in input.bool() }.map {
                    "\($0): " + (input.likely() ? input.pick(Vocabulary.bands) : input.hostileText())
                }
                settings.append("  flags: {" + flags.joined(separator: ", ") + "}")
            }
            if !groups.isEmpty && input.bool() {
                let marginalised = (0 ..< input.int(1 ... 2)).map { _ in input.pick(groups) }
                settings.append("  marginalised: " + YAMLText.list(Array(Set(marginalised)).sorted()))
            }
            if input.bool() { settings.append("  default_confidence: " + number(&input, ["0.1", "0.5", "0.7", "1"])) }
            if input.bool() { settings.append("  rating_uncertainty: " + number(&input, ["0", "0.5", "1", "2"])) }
            if input.bool() { settings.append("  rivalry_threshold: " + number(&input, ["1", "3", "4", "5"])) }
            if !settings.isEmpty {
                line("screening:")
                for setting in settings { line(setting) }
            }
        }
    }
}
