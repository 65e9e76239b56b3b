import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/PlanSuggestions.swift: suggestions that do no harm, each re-screened before it is made.
@Suite("Plan suggestions")
struct PlanSuggestionsTests {
    /// A militia (partner) holds power over the youth league, its rival, whose only trusted channel to the
    /// plan runs through the militia; `youthTrustsChief` gives the youth league a channel of its own to the
    /// chief (also a partner).
    ///
    ///   village-1 ── chief-a ── police        youth-league ──trust──▶ militia
    ///                                         militia ──power 4──▶ youth-league, rivals 4/5
    static func coercedYouthModel(youthTrustsChief: Bool) -> String {
        """
        actormap: 1
        name: Coerced youth
        actors:
          - {id: chief-a, sector: customary, level: district, represents: [elders], power: 3, accountability: 3}
          - {id: village-1, sector: community, level: community, represents: [elders]}
          - {id: youth-league, sector: community, level: community, represents: [youth]}
          - {id: militia, sector: non-state-armed, level: community, power: 4, accountability: 1}
          - {id: police, sector: state, level: district, power: 3, accountability: 3}
        relations:
          - {type: trust, from: village-1, to: chief-a, weight: 2}
          - {type: trust, between: [chief-a, police], weight: 1}
          - {type: trust, from: youth-league, to: militia, weight: 1}
          - {type: power, from: militia, to: youth-league, weight: 4}
          - {type: power, from: police, to: militia, weight: 1}
          - {type: competition, between: [militia, youth-league], weight: 4}
        \(youthTrustsChief ? "  - {type: trust, from: youth-league, to: chief-a, weight: 1}" : "")
        engagement:
          - {name: With the militia, partners: [chief-a, militia]}

        """
    }

    /// An armed partner, and two groups the plan does not reach: the women's group distrusts the militia
    /// at −2 in both reports (mean −2), the traders at −2 and +1 (mean −0.5).
    static let distrustModel = """
        actormap: 1
        name: Distrust
        actors:
          - {id: chief-a, sector: customary, level: district, represents: [elders], power: 3, accountability: 3}
          - {id: village-1, sector: community, level: community, represents: [elders]}
          - {id: women-group, sector: community, level: community, represents: [women]}
          - {id: traders, sector: community, level: community, represents: [traders]}
          - {id: militia, sector: non-state-armed, level: community, power: 4, accountability: 1}
          - {id: police, sector: state, level: district, power: 3, accountability: 3}
        relations:
          - {type: trust, from: village-1, to: chief-a, weight: 2}
          - {type: trust, between: [chief-a, police], weight: 1}
          - {type: trust, from: women-group, to: militia, weight: -2, source: women's FGD}
          - {type: trust, from: women-group, to: militia, weight: -2, source: elders' FGD}
          - {type: trust, from: traders, to: militia, weight: -2, source: traders' FGD}
          - {type: trust, from: traders, to: militia, weight: 1, source: KII}
          - {type: power, from: police, to: militia, weight: 1}
          - {type: power, from: chief-a, to: village-1, weight: 2}
          - {type: power, from: police, to: chief-a, weight: 1}
        engagement:
          - {name: With the militia, partners: [chief-a, militia]}

        """

    /// Two chiefs, rivals at 4/5 who distrust each other at −2; `chief-b` has a violent rivalry of its own
    /// with `chief-c` when `thirdRival` is set.
    static func rivalChiefsModel(thirdRival: Bool) -> String {
        """
        actormap: 1
        name: Rival chiefs
        actors:
          - {id: chief-a, sector: customary, level: district, power: 3, accountability: 3}
          - {id: chief-b, sector: customary, level: district, power: 3, accountability: 3}
          - {id: chief-c, sector: customary, level: district, power: 3, accountability: 3}
          - {id: village-1, sector: community, level: community}
          - {id: village-2, sector: community, level: community}
          - {id: police, sector: state, level: district, power: 3, accountability: 3}
        relations:
          - {type: trust, from: village-1, to: chief-a, weight: 2}
          - {type: trust, from: village-2, to: chief-b, weight: 2}
          - {type: trust, from: village-2, to: police, weight: 1}
          - {type: trust, between: [chief-a, police], weight: 1}
          - {type: trust, between: [chief-b, police], weight: 1}
          - {type: trust, between: [chief-a, chief-b], weight: -2}
          - {type: power, from: police, to: chief-a, weight: 1}
          - {type: power, from: police, to: chief-b, weight: 1}
          - {type: power, from: police, to: chief-c, weight: 1}
          - {type: power, from: chief-a, to: village-1, weight: 2}
          - {type: power, from: chief-b, to: village-2, weight: 2}
          - {type: competition, between: [chief-a, chief-b], weight: 4}
        \(thirdRival ? "  - {type: competition, between: [chief-b, chief-c], weight: 5}" : "")
        engagement:
          - {name: One chief, partners: [chief-a]}

        """
    }

    /// The first plan of a model text, screened, with its context and actor results for re-screening.
    static func firstPlan(_ yaml: String) throws -> (plan: PlanAssessment, screen: PlanScreen) {
        let map = try parseValidMap(yaml)
        let first = try #require(map.engagementPlans.first)
        let context = try ScreeningContext(map)
        let screen = PlanScreen(context: context, actors: ActorScreen(context: context).run())
        return (screen.run(name: first.name, partners: first.partners), screen)
    }

    @Test(arguments: [false, true])
    func aCoercedRivalIsNeverPairedWithItsCoercer(youthTrustsChief: Bool) throws {
        let (plan, _) = try Self.firstPlan(Self.coercedYouthModel(youthTrustsChief: youthTrustsChief))
        #expect(plan.flags.contains { $0.kind == .rivalNotEngaged && $0.actors == ["militia", "youth-league"] })
        #expect(!plan.suggestions.contains { [.pair, .add].contains($0.action) && $0.actors.contains("youth-league") })
        if youthTrustsChief {
            // The youth league is reached without the militia: the militia is the problem.
            let s = try #require(plan.suggestions.first { $0.action == .reconsider })
            #expect(s.actors == ["militia"])
            #expect(s.text.contains("holds power over youth-league"))
        } else {
            // Without the militia the plan does not reach the youth: a separate track.
            let s = try #require(plan.suggestions.first { $0.action == .separate })
            #expect(s.actors == ["youth-league"])
            #expect(s.text.hasPrefix("Reach youth-league"))
        }
    }

    @Test func aRivalThatCoercesThePartnerIsNotBroughtIn() throws {
        // The militia is outside the plan and holds power over its rival, the youth league (a partner).
        let yaml = Self.coercedYouthModel(youthTrustsChief: true).replacingOccurrences(
            of: "partners: [chief-a, militia]", with: "partners: [chief-a, youth-league]")
        let (plan, _) = try Self.firstPlan(yaml)
        #expect(plan.flags.contains { $0.kind == .rivalNotEngaged && $0.actors == ["youth-league", "militia"] })
        #expect(!plan.suggestions.contains { $0.actors.contains("militia") })
    }

    @Test func aCommunityThatDistrustsAPartnerAtTheMinimumIsNotAddedAlongsideIt() throws {
        let (plan, _) = try Self.firstPlan(Self.distrustModel)
        #expect(!plan.suggestions.contains { $0.action == .add && $0.actors.contains("women-group") })
        let separate = try #require(plan.suggestions.first { $0.actors == ["women-group"] })
        #expect(separate.action == .separate)
        #expect(separate.text.contains("women-group distrusts militia at −2"))
        // The traders' reports average −0.5: not the minimum, so they may be added.
        #expect(plan.suggestions.contains { $0.action == .add && $0.actors == ["traders"] })
    }

    @Test func rivalChiefsStillGetPairedEvenWhenTheyDistrustEachOther() throws {
        let (plan, _) = try Self.firstPlan(Self.rivalChiefsModel(thirdRival: false))
        let pair = try #require(plan.suggestions.first { $0.action == .pair })
        #expect(pair.actors == ["chief-b", "chief-a"])
        #expect(pair.text.hasPrefix("Engage chief-b (risk "))
        #expect(pair.text.contains("re-screened with both engaged: plan risk "))
        #expect(pair.text.hasSuffix(", no new flag."))
        // The test district's violent chiefs too.
        let district = try #require(try screenTestDistrict(plan: "Chief only").plan)
        #expect(district.suggestions.contains { $0.action == .pair && $0.actors == ["chief-south", "chief-north"] })
    }

    @Test func aSuggestionThatWouldOpenANewFlagIsNotMade() throws {
        // Engaging chief-b would leave its violent rival chief-c out: a new rival-not-engaged flag.
        let (plan, screen) = try Self.firstPlan(Self.rivalChiefsModel(thirdRival: true))
        let applied = screen.run(name: plan.name, partners: plan.partners + ["chief-b"], suggesting: false)
        #expect(applied.flags.contains { $0.kind == .rivalNotEngaged && $0.actors == ["chief-b", "chief-c"] })
        #expect(applied.risk < plan.risk)
        #expect(!plan.suggestions.contains { $0.actors.contains("chief-b") })
    }

    static let suggestionModels: [String] = [
        coercedYouthModel(youthTrustsChief: false), coercedYouthModel(youthTrustsChief: true), distrustModel,
        rivalChiefsModel(thirdRival: false), testDistrictModel,
    ]

    @Test(arguments: suggestionModels)
    func everySuggestionLowersRiskOrClosesAGapWithoutANewFlag(yaml: String) throws {
        let (plan, screen) = try Self.firstPlan(yaml)
        #expect(!plan.suggestions.isEmpty)
        try Self.expectEverySuggestionHolds(plan, screen)
    }

    @Test func everySuggestionForTheMaroPlansHolds() throws {
        let map = try loadValidMap(modelsFolder.appendingPathComponent("maro-district.yaml"))
        let context = try ScreeningContext(map)
        let screen = PlanScreen(context: context, actors: ActorScreen(context: context).run())
        var made = 0
        let plans =
            map.engagementPlans.map { ($0.name, $0.partners) } + [
                ("ad hoc", ["chief-kessa", "armed-group", "youth-group"])
            ]
        for p in plans {
            let plan = screen.run(name: p.0, partners: p.1)
            made += plan.suggestions.count
            try Self.expectEverySuggestionHolds(plan, screen)
            // The Maro map's coercers never appear alongside the groups they hold power over.
            #expect(!plan.suggestions.contains { $0.action == .pair && $0.actors.contains("hunters-militia") })
        }
        #expect(made > 0)
    }

    /// Applies each suggestion (`add`, `pair`, `separate`: the plan with its first actor(s) engaged;
    /// `reconsider`: without the partner) and checks the re-screen by hand.
    static func expectEverySuggestionHolds(_ plan: PlanAssessment, _ screen: PlanScreen) throws {
        for s in plan.suggestions {
            let partners: [String]
            switch s.action {
            case .add, .separate: partners = plan.partners + s.actors
            case .pair: partners = plan.partners + [s.actors[0]]
            case .reconsider: partners = plan.partners.filter { !s.actors.contains($0) }
            }
            let after = screen.run(name: plan.name, partners: partners, suggesting: false)
            // A lone partner was every group's only route to the plan: its plan sole-gatekeeper flag is not new.
            let lone = plan.partners.count == 1 ? plan.partners.first : nil
            let newFlags = after.flags.filter { f in
                !(f.kind == .soleGatekeeper && f.actors.first == lone)
                    && !plan.flags.contains { $0.kind == f.kind && $0.actors == f.actors }
            }
            #expect(newFlags.isEmpty, "\(s.text)")
            let gapClosed =
                after.groupCoverage.contains { a in
                    a.share > 0 && plan.groupCoverage.contains { $0.group == a.group && $0.share == 0 }
                } || (after.communityCoverage ?? 0) > (plan.communityCoverage ?? 0)
            #expect(after.risk < plan.risk || gapClosed, "\(s.text)")
            #expect(s.text.contains(" — re-screened"), "\(s.text)")
            #expect(s.text.contains("no new flag"))
        }
    }
}
