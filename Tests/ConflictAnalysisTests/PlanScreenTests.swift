import ActorModel
import Foundation
import Testing

@testable import ConflictAnalysis

/// Screening/PlanScreen.swift: an engagement plan's flags, coverage and suggestions.
@Suite("Plan screen")
struct PlanScreenTests {
    @Test func engagingOneOfTwoViolentRivalsIsFlagged() throws {
        let plan = try #require(try screenTestDistrict(plan: "Chief only").plan)
        let rival = try #require(plan.flags.first { $0.kind == .rivalNotEngaged })
        #expect(rival.actors == ["chief-north", "chief-south"])
        #expect(plan.suggestions.contains { $0.action == .pair && $0.actors == ["chief-south", "chief-north"] })
        let balanced = try #require(try screenTestDistrict(plan: "Balanced").plan)
        #expect(!balanced.flags.contains { $0.kind == .rivalNotEngaged })
    }

    @Test func anUnreachedYouthGroupIsFlagged() throws {
        let plan = try #require(try screenTestDistrict(plan: "Balanced").plan)
        let excluded = try #require(plan.flags.first { $0.kind == .excludedGroup })
        #expect(excluded.actors == ["youth"])
        #expect(plan.groupCoverage.first { $0.group == "youth" }?.share == 0)
        #expect(plan.groupCoverage.first { $0.group == "women" }?.share == 1)
    }
}
