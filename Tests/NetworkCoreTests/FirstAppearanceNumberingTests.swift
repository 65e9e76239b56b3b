import Testing

@testable import NetworkCore

/// Support/FirstAppearanceNumbering.swift: labels renumbered in order of first appearance.
@Suite("Numbering by first appearance")
struct FirstAppearanceNumberingTests {
    @Test func labelsAreRenumberedInNodeOrder() {
        let (labels, count) = renumberedByFirstAppearance([7, 3, 7, 0, 3, 5] as [Int32], labelBound: 8)
        #expect(labels == [0, 1, 0, 2, 1, 3])
        #expect(count == 4)
    }

    @Test func emptyAndAlreadyNumbered() {
        #expect(renumberedByFirstAppearance([] as [Int], labelBound: 0).count == 0)
        let same = renumberedByFirstAppearance([0, 1, 1, 2] as [Int], labelBound: 3)
        #expect(same.labels == [0, 1, 1, 2] && same.count == 3)
    }
}
