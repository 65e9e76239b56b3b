import Testing

@testable import Reports

/// Analysis/AnalysisTable.swift: honest top lists.
@Suite("Analysis table: top lists")
struct AnalysisTableTests {
    let ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]

    @Test func zerosAreLeftOutAndTiesAreShownTogether() {
        let items = AnalysisTable.rankedItems(ids: ids, values: [3, 0, 2, 2, nil, 0, 1, 0, 0], lowest: false)
        #expect(items == ["a 3", "c = d 2", "g 1"])
    }

    @Test func aTieCrossingTheCutIsShownWholeAndBigTiesByCount() {
        let crossing = AnalysisTable.rankedItems(ids: ids, values: [9, 8, 7, 6, 5, 5, 5, 1, 1], lowest: false)
        #expect(crossing == ["a 9", "b 8", "c 7", "d 6", "e = f = g 5"])
        let big = AnalysisTable.rankedItems(ids: ids, values: [9, 4, 4, 4, 4, 4, 4, 4, 1], lowest: false)
        #expect(big == ["a 9", "7 actors at 4 (b, c, d, e, f and 2 more)"])
    }

    @Test func lowestFirstKeepsSmallValues() {
        let items = AnalysisTable.rankedItems(
            ids: ids, values: [0.5, 0.2, nil, 0.9, 0.1, 0.3, 0.4, 0.6, 0.7], lowest: true)
        #expect(items == ["e 0.1", "b 0.2", "f 0.3", "g 0.4", "a 0.5"])
    }

    @Test func wrappingKeepsItemsWhole() {
        let text = TextWrap.wrapList(
            ["alpha 1", "beta 2", "gamma 3"], width: 21, prefix: "  x: ", continuation: "      ")
        #expect(text == "  x: alpha 1, beta 2,\n      gamma 3\n")
        // A label that leaves no room for the first item stands on its own line.
        let long = TextWrap.wrapList(["alpha 1"], width: 12, prefix: "  a long label: ", continuation: "    ")
        #expect(long == "  a long\n    label:\n    alpha 1\n")
        #expect(TextWrap.wrap("one two three", width: 8) == "one two\nthree\n")
    }
}

@Suite("Screen table: shares that add up")
struct ScreenSharesTests {
    @Test func percentagesAddUpToOneHundredAndNoDrawIsHidden() {
        #expect(wholePercents([0.335, 0.335, 0.33]) == [34, 33, 33])
        #expect(wholePercents([0.001, 0.994, 0.005]) == [1, 98, 1])
        #expect(wholePercents([0, 1, 0]) == [0, 100, 0])
        for shares in [[0.125, 0.375, 0.5], [0.004, 0.003, 0.993], [0.2, 0.2, 0.2, 0.2, 0.2]] {
            let p = wholePercents(shares)
            #expect(p.reduce(0, +) == 100)
            for (s, v) in zip(shares, p) where s > 0 { #expect(v > 0) }
        }
    }
}
