import ActorModel
import ConflictAnalysis
import Testing

@testable import Reports

/// The record that leads every JSON output: version, model (name, date, digest), settings.
@Suite("Output record (version, model, settings)")
struct OutputRecordTests {
    @Test func recordKeysComeFirstAndTheBodyIsUnchanged() {
        var map = StakeholderMap(name: "Test map")
        map.date = "2026-03-01"
        let record = OutputRecord(
            map: map, sha256: "ab12", settings: [("seed", .unsigned(7))], version: "9.9.9")
        let body = JSONValue.object([("actors", .array([])), ("z", .number(1))])
        #expect(
            record.text(body) == """
                {
                  "version": "9.9.9",
                  "model": {
                    "name": "Test map",
                    "date": "2026-03-01",
                    "sha256": "ab12"
                  },
                  "settings": {
                    "seed": 7
                  },
                  "actors": [],
                  "z": 1
                }

                """)
        map.date = nil
        #expect(OutputRecord(map: map, sha256: "", settings: []).json(.object([])).text().contains("\"date\": null"))
    }

    @Test func theVersionIsActorMapsOwn() {
        #expect(
            OutputRecord(map: StakeholderMap(name: "m"), sha256: "", settings: []).version == ActorMapVersion.current)
        #expect(ActorMapVersion.current.split(separator: ".").count == 3)
    }

    /// A 64-bit seed is written with all its digits (a Double would round it).
    @Test func seedsAreExactIntegers() {
        #expect(JSONValue.unsigned(UInt64.max).text() == "18446744073709551615")
        #expect(JSONValue.unsigned(9_007_199_254_740_993).text() == "9007199254740993")
        // As a Double the same seed rounds to an even neighbour.
        #expect(JSONValue.number(Double(UInt64(9_007_199_254_740_993))).text() == "9007199254740992.0")
    }

    @Test func screenSettingsListEverySettingUsed() {
        var s = ScreeningSettings()
        s.weights[.coercion] = 0.5
        s.flagMinimumBand[.armedActor] = .critical
        s.highFrom = 60
        let text = JSONValue.object(OutputRecord.screen(plan: nil, samples: 0, seed: 42, screening: s)).text()
        #expect(text.hasPrefix("{\n  \"plan\": null,\n  \"samples\": 0,\n  \"seed\": 42,\n  \"weights\": {\n"))
        #expect(text.contains("\"coercion\": 0.5"))
        #expect(text.contains("\"armed-actor\": \"critical\""))
        #expect(text.contains("\"low-community-trust\": null"))
        #expect(text.contains("\"high\": 60"))
        let keys = OutputRecord.screen(plan: "P", samples: 5, seed: 1, screening: s).map(\.0)
        #expect(
            keys == [
                "plan", "samples", "seed", "weights", "bands", "flag_minimum_bands", "marginalised_groups",
                "default_confidence", "rating_uncertainty", "rivalry_threshold",
            ])
    }

    @Test func analysisSettingsFollowTheOptions() {
        var o = AnalysisOptions(
            relations: ["trust", "power"], weights: .length, measures: [.katz, .degree], katzAlpha: 0.05,
            bonacichBeta: -0.25, groupBy: .attribute("clan"), factionCount: 3, seed: UInt64.max)
        o.approximateBetweenness = 0.01
        let text = JSONValue.object(OutputRecord.analysis(o)).text()
        #expect(
            text == """
                {
                  "relations": ["trust", "power"],
                  "weights": "length",
                  "measures": ["degree", "katz"],
                  "group_by": "attribute:clan",
                  "katz_alpha": 0.05,
                  "beta": -0.25,
                  "factions": 3,
                  "seed": 18446744073709551615,
                  "approximate": 0.01
                }
                """)
    }
}
