extension ModelBuilder {
    // The co-optation screen's settings (`screening:`): each value overrides a default of
    // ``ScreeningSettings``, and each rule is reported at the offending value.

    /// The factor named `name`, or `nil` (reported, listing the factors, with a near-miss hint).
    /// A reader reads a factor's weight only when the factor is known.
    func riskFactor(named name: Located<String>) -> RiskFactor? {
        settingCase(name, kind: "factor")
    }

    /// Rule: a factor weight is not negative.
    mutating func setWeight(_ weight: Located<Double>, of factor: RiskFactor) {
        if weight.value < 0 {
            log.error("a factor weight cannot be negative, found \(format(weight.value))", at: weight.location)
        } else {
            map.screening.weights[factor] = weight.value
        }
    }

    /// Rule: after the weights are set, at least one is positive (reported at the `weights` mapping).
    func checkWeights(at location: SourceLocation) {
        if map.screening.weights.values.reduce(0, +) <= 0 {
            log.error("at least one factor weight must be positive", at: location)
        }
    }

    /// Rule: a band (`medium`, `high`, `critical`; another name sets nothing) starts at a score from 0 to 100.
    mutating func setBand(_ band: String, from score: Located<Double>) {
        let v = score.value
        guard v >= 0 && v <= 100 else {
            log.error("a band starts at a score from 0 to 100, found \(format(v))", at: score.location)
            return
        }
        switch band {
        case "medium": map.screening.mediumFrom = v
        case "high": map.screening.highFrom = v
        case "critical": map.screening.criticalFrom = v
        default: break
        }
    }

    /// Rule: after the bands are set, they rise: medium ≤ high ≤ critical (reported at the `bands` mapping).
    func checkBandsRise(at location: SourceLocation) {
        let s = map.screening
        if !(s.mediumFrom <= s.highFrom && s.highFrom <= s.criticalFrom) {
            log.error(
                "bands must rise: medium ≤ high ≤ critical (now \(format(s.mediumFrom)), "
                    + "\(format(s.highFrom)), \(format(s.criticalFrom)))", at: location)
        }
    }

    /// The flag named `name`, or `nil` (reported, listing the flags, with a near-miss hint).
    /// A reader reads a flag's band only when the flag is known.
    func riskFlag(named name: Located<String>) -> RiskFlagKind? {
        settingCase(name, kind: "flag")
    }

    /// The case of `Setting` named `name`, or `nil`: "unknown <kind> …; the <kind>s are …" with a hint.
    private func settingCase<Setting: RawRepresentable & CaseIterable>(_ name: Located<String>, kind: String)
        -> Setting? where Setting.RawValue == String
    {
        if let value = Setting(rawValue: name.value) { return value }
        let names = Setting.allCases.map(\.rawValue)
        log.error(
            "unknown \(kind) '\(name.value)'; the \(kind)s are " + names.joined(separator: ", ")
                + NearMiss.hint(for: name.value, among: names), at: name.location)
        return nil
    }

    /// Rule: a flag raises the band to one of ``RiskBand``, or `none` (the flag does not change the band).
    mutating func setFlag(_ kind: RiskFlagKind, raisesTo band: Located<String>) {
        if band.value == "none" {
            map.screening.flagMinimumBand[kind] = nil
        } else if let value = RiskBand(rawValue: band.value), value.isScoreBand {
            map.screening.flagMinimumBand[kind] = value
        } else {
            log.error(
                "a flag raises the band to low, medium, high or critical (or none), found '\(band.value)'"
                    + NearMiss.hint(
                        for: band.value, among: RiskBand.allCases.filter(\.isScoreBand).map(\.rawValue) + ["none"]),
                at: band.location)
        }
    }

    /// The marginalised groups (`groups`, each once). Rule: each of `named` is one of the map's groups
    /// when it declares them.
    mutating func setMarginalisedGroups(_ groups: [String], named: [Located<String>]) {
        named.forEach(checkGroup)
        map.screening.marginalisedGroups = groups
    }

    /// Rule: above 0 and at most 1.
    mutating func setDefaultConfidence(_ value: Located<Double>) {
        setSetting(
            \.defaultConfidence, value, allowed: { $0 > 0 && $0 <= 1 },
            "default_confidence must be above 0 and at most 1")
    }

    /// Rule: a spread on the 0–5 rating scale, from 0 to 5.
    mutating func setRatingUncertainty(_ value: Located<Double>) {
        setSetting(
            \.ratingUncertainty, value, allowed: { $0 >= 0 && $0 <= 5 },
            "rating_uncertainty is a spread on the 0–5 scale, from 0 to 5")
    }

    /// Rule: a competition weight, from 1 to 5.
    mutating func setRivalryThreshold(_ value: Located<Double>) {
        setSetting(
            \.rivalryThreshold, value, allowed: { $0 >= 1 && $0 <= 5 },
            "rivalry_threshold is a competition weight from 1 to 5")
    }

    /// Sets one numeric setting when `allowed`, else reports `rule` with the value found.
    private mutating func setSetting(
        _ setting: WritableKeyPath<ScreeningSettings, Double>, _ value: Located<Double>,
        allowed: (Double) -> Bool, _ rule: String
    ) {
        if allowed(value.value) {
            map.screening[keyPath: setting] = value.value
        } else {
            log.error("\(rule), found \(format(value.value))", at: value.location)
        }
    }
}
