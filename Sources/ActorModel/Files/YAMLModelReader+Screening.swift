import Yams

extension YAMLModelReader {
    static let screeningKeys = [
        "weights", "bands", "flags", "marginalised", "default_confidence", "rating_uncertainty", "rivalry_threshold",
    ]

    /// Reads a model's `screening:` section (see ``ScreeningSettings``); the rules are the builder's.
    mutating func readScreening(_ node: Node) {
        guard let fields = nodes.entries(of: node, what: "'screening' (a mapping of settings)") else { return }
        nodes.checkKeys(fields, allowed: Self.screeningKeys, in: "'screening'")
        let f = nodes.fields(fields)
        if let e = f["weights"], let weights = nodes.entries(of: e.value, what: "'weights' (factor: weight)") {
            for w in weights {
                guard let factor = builder.riskFactor(named: nodes.located(w.key, w.keyNode)),
                    let v = nodes.locatedNumber(w.value, field: w.key)
                else { continue }
                builder.setWeight(v, of: factor)
            }
            builder.checkWeights(at: nodes.location(of: e.value))
        }
        if let e = f["bands"],
            let bands = nodes.entries(of: e.value, what: "'bands' (medium, high, critical: lowest score of each)")
        {
            nodes.checkKeys(bands, allowed: ["medium", "high", "critical"], in: "'bands'")
            for b in bands {
                if let v = nodes.locatedNumber(b.value, field: b.key) { builder.setBand(b.key, from: v) }
            }
            builder.checkBandsRise(at: nodes.location(of: e.value))
        }
        if let e = f["flags"],
            let flags = nodes.entries(of: e.value, what: "'flags' (flag: band it raises to, or none)")
        {
            for flag in flags {
                guard let kind = builder.riskFlag(named: nodes.located(flag.key, flag.keyNode)),
                    let band = nodes.string(flag.value, field: flag.key)
                else { continue }
                builder.setFlag(kind, raisesTo: nodes.located(band, flag.value))
            }
        }
        if let e = f["marginalised"], let groups = nodes.uniqueNames(e.value, field: "marginalised") {
            // The list is read a second time to check each group, as before the builder existed: an entry
            // without a value is then reported twice (kept so that outputs stay byte-identical).
            let named = builder.map.groups == nil ? [] : nodes.names(e.value, field: "marginalised") ?? []
            builder.setMarginalisedGroups(groups, named: named)
        }
        if let e = f["default_confidence"], let v = nodes.locatedNumber(e.value, field: "default_confidence") {
            builder.setDefaultConfidence(v)
        }
        if let e = f["rating_uncertainty"], let v = nodes.locatedNumber(e.value, field: "rating_uncertainty") {
            builder.setRatingUncertainty(v)
        }
        if let e = f["rivalry_threshold"], let v = nodes.locatedNumber(e.value, field: "rivalry_threshold") {
            builder.setRivalryThreshold(v)
        }
    }
}
