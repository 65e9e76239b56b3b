import Testing

@testable import ActorModel

@Suite("The model's screening section")
struct ScreeningSettingsTests {
    static let head = "actormap: 1\ngroups: [women, youth]\nactors:\n  - {id: a}\n"

    @Test func overridesAreRead() throws {
        let yaml =
            Self.head + """
                screening:
                  weights: {capture: 0.5, coercion: 0}
                  bands: {medium: 20, high: 40, critical: 60}
                  flags: {armed-actor: critical, low-community-trust: medium, unchecked-power: none}
                  marginalised: [women, youth]
                  default_confidence: 0.6
                  rating_uncertainty: 0.5
                  rivalry_threshold: 4
                """
        let s = try #require(ModelLoader.parse(text: yaml, path: "m.yaml").validMap).screening
        #expect(s.weights[.capture] == 0.5 && s.weights[.coercion] == 0 && s.weights[.gatekeeping] == 0.2)
        // Bands read the score as shown (rounded): 19.4 shows as 19, 19.5 as 20.
        #expect(s.band(for: 19.4) == .low && s.band(for: 19.5) == .medium && s.band(for: 60) == .critical)
        #expect(s.flagMinimumBand[.armedActor] == .critical && s.flagMinimumBand[.lowCommunityTrust] == .medium)
        #expect(s.flagMinimumBand[.uncheckedPower] == nil)
        #expect(s.marginalisedGroups == ["women", "youth"] && s.defaultConfidence == 0.6)
        #expect(s.ratingUncertainty == 0.5 && s.rivalryThreshold == 4)
    }

    @Test func defaultsAreDocumentedValues() {
        let s = ScreeningSettings()
        #expect(abs(s.weights.values.reduce(0, +) - 1) < 1e-12)
        #expect(
            s.band(for: 24.4) == .low && s.band(for: 24.5) == .medium && s.band(for: 50) == .high
                && s.band(for: 75) == .critical)
    }

    @Test(
        arguments: [
            (
                "screening:\n  weights: {captur: 1}\n",
                "m.yaml:6:13: error: unknown factor 'captur'; the factors are capture, gatekeeping, "
                    + "legitimacy_deficit, unchecked_power, divisiveness, coercion, exclusion; did you mean 'capture'?"
            ),
            (
                "screening:\n  weights: {capture: -1}\n",
                "m.yaml:6:22: error: a factor weight cannot be negative, found -1"
            ),
            (
                "screening:\n  bands: {medium: 60, high: 40}\n",
                "m.yaml:6:10: error: bands must rise: medium ≤ high ≤ critical (now 60, 40, 75)"
            ),
            (
                "screening:\n  bands: {high: 140}\n",
                "m.yaml:6:17: error: a band starts at a score from 0 to 100, found 140"
            ),
            (
                "screening:\n  flags: {armed: high}\n",
                "m.yaml:6:11: error: unknown flag 'armed'; the flags are sole-gatekeeper, rival-not-engaged, "
                    + "excluded-group, armed-actor, unchecked-power, low-community-trust; did you mean 'armed-actor'?"
            ),
            (
                "screening:\n  flags: {armed-actor: severe}\n",
                "m.yaml:6:24: error: a flag raises the band to low, medium, high or critical (or none), found 'severe'"
            ),
            (
                "screening:\n  marginalised: [women, elders]\n",
                "m.yaml:6:25: error: group 'elders' is not in the model's 'groups' list"
            ),
            (
                "screening:\n  default_confidence: 0\n",
                "m.yaml:6:23: error: default_confidence must be above 0 and at most 1, found 0"
            ),
            ("screening:\n  colour: red\n", "m.yaml:6:3: error: unknown key 'colour' in 'screening'"),
        ] as [(String, String)])
    func errorsAreLocated(extra: String, expected: String) {
        let errors = ModelLoader.parse(text: Self.head + extra, path: "m.yaml").diagnostics.filter {
            $0.severity == .error
        }
        #expect(errors.map(\.description) == [expected])
    }
}
