import ActorModel
import Testing

@testable import ConflictAnalysis

/// Change/: what moved between two snapshots, and the programme indicators.
@Suite("Change over time: snapshot diff and indicators")
struct SnapshotDiffTests {
    static let old = """
        actormap: 1
        actors:
          - {id: village, sector: community}
          - {id: youth, sector: community}
          - {id: chief, sector: customary}
          - {id: police, sector: state, tags: [security]}
          - {id: gone, sector: civil-society}
        relations:
          - {type: trust, from: village, to: chief, weight: 2}
          - {type: trust, from: youth, to: chief, weight: 1}
          - {type: trust, from: chief, to: police, weight: 1}
          - {type: trust, from: youth, to: police, weight: -2}
          - {type: power, from: chief, to: village, weight: 4}
          - {type: competition, between: [chief, gone], weight: 2}
        """

    static let new = """
        actormap: 1
        actors:
          - {id: village, sector: community}
          - {id: youth, sector: community}
          - {id: chief, sector: customary}
          - {id: police, sector: state, tags: [security]}
          - {id: newcomer, sector: civil-society}
        relations:
          - {type: trust, from: village, to: chief, weight: 2}
          - {type: trust, from: youth, to: chief, weight: 1}
          - {type: trust, from: chief, to: police, weight: 1}
          - {type: trust, from: youth, to: police, weight: 1}
          - {type: trust, from: village, to: police, weight: 1}
          - {type: power, from: chief, to: village, weight: 2}
          - {type: competition, between: [chief, newcomer], weight: 2}
        """

    @Test func everyKindOfChange() throws {
        let d = try SnapshotDiff(old: try parseValidMap(Self.old), new: try parseValidMap(Self.new))
        #expect(d.actorsAdded == ["newcomer"] && d.actorsRemoved == ["gone"])
        func ties(_ change: SnapshotDiff.TieChange) -> [String] {
            d.ties.filter { $0.change == change }.map { "\($0.type) \($0.from)→\($0.to)" }
        }
        #expect(ties(.added) == ["trust village→police", "competition chief→newcomer"])
        #expect(ties(.removed) == ["competition chief→gone"])
        #expect(ties(.signChanged) == ["trust youth→police"])
        #expect(ties(.reweighted) == ["power chief→village"])
        // The chief is no longer the village's only channel to the police.
        #expect(d.shifts.contains { $0.actor == "chief" && $0.measure == .betweenness && $0.after < $0.before })
    }

    @Test func indicatorsMoveAsTheProgrammeHopes() throws {
        let d = try SnapshotDiff(old: try parseValidMap(Self.old), new: try parseValidMap(Self.new))
        // Before: both communities reach the police only through the chief; the youth distrust the police.
        #expect(d.before.trustedPathShare == 1 && d.before.singleGatekeeperCommunities == 2)
        #expect(d.before.communityStateTrust == -2)
        // After: the youth trust the police directly, the village too.
        #expect(d.after.trustedPathShare == 1 && d.after.singleGatekeeperCommunities == 0)
        #expect(d.after.communityStateTrust == 1)
    }

    @Test func identicalSnapshotsShowNoChange() throws {
        let map = try parseValidMap(Self.old)
        let d = try SnapshotDiff(old: map, new: map)
        #expect(d.ties.isEmpty && d.actorsAdded.isEmpty && d.shifts.isEmpty && d.bandChanges.isEmpty)
        #expect(d.factionsFormed.isEmpty && d.factionsDissolved.isEmpty && d.before == d.after)
    }
}
