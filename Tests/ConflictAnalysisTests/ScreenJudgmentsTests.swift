import ActorModel
import Foundation
import NetworkCore
import Testing

@testable import ConflictAnalysis

/// The screen's judgments an analyst can defend (docs/METHODOLOGY.md §4): unknown is not low, one rule for
/// several informant groups, the community's own view in the social contract, a rival's distrust is not
/// the community's, numbers that read right.
@Suite("Screen judgments: unknown, informants, one-sided trust, rivals")
struct ScreenJudgmentsTests {
    /// A district where the armed group appears with no tie and no rating.
    static let unsurveyed = """
        actormap: 1
        groups: [women, youth]
        actors:
          - {id: village, sector: community, represents: [women]}
          - {id: youth, sector: community, represents: [youth]}
          - {id: chief, sector: customary, power: 4, legitimacy: 3, accountability: 2}
          - {id: police, sector: state, tags: [security]}
          - {id: armed-group, sector: non-state-armed}
          - {id: nobody, sector: civil-society}
        relations:
          - {type: trust, from: village, to: chief, weight: 2}
          - {type: trust, from: youth, to: chief, weight: 1}
          - {type: trust, from: chief, to: police, weight: 1}
          - {type: power, from: chief, to: village, weight: 4}
          - {type: power, from: police, to: youth, weight: 2}
          - {type: competition, between: [chief, police], weight: 2}
        engagement:
          - {name: With the armed group, partners: [chief, armed-group]}
          - {name: Chief alone, partners: [chief]}
        """

    @Test func anUnsurveyedArmedGroupIsUnknownNeverLow() throws {
        let r = try CooptationScreen.run(try parseValidMap(Self.unsurveyed))
        let armed = try actorRisk(r, "armed-group")
        #expect(armed.isPartial && armed.band == .unknown)
        #expect(armed.confidence < 0.7)
        #expect(armed.factor(.coercion)?.value == nil)  // armed, but whether it coerces is not recorded
        #expect(armed.factor(.capture)?.value == nil && armed.factor(.gatekeeping)?.value == nil)
        #expect(armed.missing.contains { $0.contains("no power ties recorded for armed-group") })
        #expect(armed.explanation.contains("Too little is recorded to judge"))
        // An actor with nothing recorded at all is unknown too, not "0 low".
        let nobody = try actorRisk(r, "nobody")
        #expect(nobody.band == .unknown && nobody.band != .low)
    }

    @Test func aPlanWithAnUnknownPartnerIsAtLeastUnknown() throws {
        let map = try parseValidMap(Self.unsurveyed)
        let withArmed = try CooptationScreen.run(
            map, options: .init(plan: ("With the armed group", ["chief", "armed-group"])))
        let plan = try #require(withArmed.plan)
        #expect(plan.unknownPartners == ["armed-group"])
        #expect(plan.band >= .unknown)
        #expect(plan.explanation.contains("Too little is recorded about armed-group"))
        let alone = try #require(try CooptationScreen.run(map, options: .init(plan: ("Chief alone", ["chief"]))).plan)
        #expect(alone.unknownPartners.isEmpty)
    }

    /// The same trust tie from three informant groups, power from two: one tie each, the mean, and every
    /// factor stays within [0, 1].
    @Test func severalInformantGroupsAreOneTieSeenSeveralTimes() throws {
        let yaml = """
            actormap: 1
            actors:
              - {id: village, sector: community}
              - {id: chief, sector: customary}
              - {id: police, sector: state}
            relations:
              - {type: trust, from: village, to: chief, weight: 2, source: women}
              - {type: trust, from: village, to: chief, weight: -2, source: youth}
              - {type: trust, from: village, to: chief, weight: 1, source: elders}
              - {type: trust, from: chief, to: police, weight: 1}
              - {type: power, from: chief, to: village, weight: 5, source: women}
              - {type: power, from: chief, to: village, weight: 4, source: youth}
            """
        let map = try parseValidMap(yaml)
        let chief = try actorRisk(try CooptationScreen.run(map), "chief")
        // Coercion and capture read power 4.5, not 9; every value within [0, 1].
        for f in chief.factors { if let v = f.value { #expect(v >= 0 && v <= 1, "\(f.factor)") } }
        let legitimacy = try #require(chief.factor(.legitimacyDeficit))
        // Mean trust (2 − 2 + 1)/3 = 1/3: deficit (2 − 1/3)/4.
        #expect(abs(legitimacy.value! - (2 - 1.0 / 3) / 4) < 1e-12)
        #expect(legitimacy.evidence.contains("(elders, women, youth)"))
        // analyze reads one tie too.
        let report = try NetworkAnalysis.run(map, options: .init(measures: [.degree], threads: 1))
        let power = try #require(report.layers.first { $0.relations == ["power"] })
        #expect(power.column(.outStrength)?[1] == 4.5)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func everyFactorStaysWithinZeroAndOne(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let sectors = ["community", "state", "customary", "non-state-armed", "civil-society"]
        var yaml = "actormap: 1\ngroups: [women, youth]\nactors:\n"
        for i in 0 ..< 10 {
            let group = i % 3 == 0 ? ", represents: [women]" : i % 3 == 1 ? ", represents: [youth]" : ""
            let rating = pick(3) == 0 ? ", power: \(pick(6)), legitimacy: \(pick(6)), accountability: \(pick(6))" : ""
            yaml += "  - {id: a\(i), sector: \(sectors[pick(sectors.count)])\(group)\(rating)}\n"
        }
        yaml += "relations:\n"
        let sources = ["women", "youth", "elders"]
        for _ in 0 ..< 40 {
            let u = pick(10)
            var v = pick(10)
            if v == u { v = (u + 1) % 10 }
            let source = sources[pick(3)]
            switch pick(3) {
            case 0:
                yaml +=
                    "  - {type: trust, from: a\(u), to: a\(v), weight: \([-2, -1, 1, 2][pick(4)]), source: \(source)}\n"
            case 1: yaml += "  - {type: power, from: a\(u), to: a\(v), weight: \(1 + pick(5)), source: \(source)}\n"
            default:
                yaml += "  - {type: competition, between: [a\(u), a\(v)], weight: \(1 + pick(5)), source: \(source)}\n"
            }
        }
        let r = try CooptationScreen.run(try parseValidMap(yaml))
        for a in r.actors {
            #expect(a.risk >= 0 && a.risk <= 100)
            for f in a.factors { if let v = f.value { #expect(v >= 0 && v <= 1, "\(a.id) \(f.factor) \(v)") } }
        }
    }

    /// The youth distrust the police; the police say they trust the youth. That is no trusted path.
    @Test func theSocialContractFollowsTheCommunitysOwnView() throws {
        let yaml = """
            actormap: 1
            actors:
              - {id: youth, sector: community}
              - {id: women, sector: community}
              - {id: police, sector: state, tags: [security]}
            relations:
              - {type: trust, from: youth, to: police, weight: -2}
              - {type: trust, from: police, to: youth, weight: 1}
              - {type: trust, from: women, to: police, weight: 1}
            """
        let r = try CooptationScreen.run(try parseValidMap(yaml))
        let youth = try #require(r.socialContract.first { $0.community == "youth" })
        #expect(youth.path.isEmpty && youth.strength == nil)
        #expect(youth.oneSidedPath == ["youth", "police"])
        let women = try #require(r.socialContract.first { $0.community == "women" })
        #expect(women.path == ["women", "police"] && women.oneSidedPath.isEmpty)
    }

    /// A minority group distrusted only by the majority group it competes with.
    @Test func aRivalsDistrustIsNotTheCommunitys() throws {
        let yaml = """
            actormap: 1
            groups: [minority]
            actors:
              - {id: majority, sector: community}
              - {id: minority-assoc, sector: community, represents: [minority]}
              - {id: village, sector: community}
              - {id: dc, sector: state}
            relations:
              - {type: competition, between: [majority, minority-assoc], weight: 3}
              - {type: trust, from: majority, to: minority-assoc, weight: -2}
              - {type: trust, from: minority-assoc, to: dc, weight: 1}
              - {type: trust, from: village, to: dc, weight: 1}
            """
        let minority = try actorRisk(try CooptationScreen.run(try parseValidMap(yaml)), "minority-assoc")
        #expect(!minority.flags.contains { $0.kind == .lowCommunityTrust })
        #expect(minority.factor(.legitimacyDeficit)?.value == nil)  // nobody but its rival reported on it
        let divisiveness = try #require(minority.factor(.divisiveness))
        #expect(divisiveness.evidence.contains("Its rivals distrust it: majority −2"))
        // The same distrust from a community actor that is not its rival is the community's view.
        let neutral = yaml.replacingOccurrences(
            of: "  - {type: trust, from: majority, to: minority-assoc, weight: -2}",
            with: "  - {type: trust, from: village, to: minority-assoc, weight: -2}")
        let seen = try actorRisk(try CooptationScreen.run(try parseValidMap(neutral)), "minority-assoc")
        let flag = try #require(seen.flags.first { $0.kind == .lowCommunityTrust })
        #expect(flag.message.contains("from 1 report by 1 community actor"))
    }

    @Test func aBandAgreesWithItsDisplayedScore() {
        let settings = ScreeningSettings()
        // 24.6 is shown as 25, where medium starts.
        #expect(settings.band(for: 24.6) == .medium && settings.band(for: 24.4) == .low)
    }

    @Test func aPlanWhosePartnersHaveNoRivalriesHasDivisivenessZero() throws {
        let map = try parseValidMap(Self.unsurveyed)
        let plan = try #require(try CooptationScreen.run(map, options: .init(plan: ("p", ["village", "youth"]))).plan)
        #expect(plan.unevenRivalries.isEmpty)
        #expect(!plan.explanation.contains("rivalries engaged on one side ("))
        // The term is there and known: with it the score is a weighted mean over four terms.
        #expect(plan.risk < 50)
    }
}
