import Testing

@testable import GraphvizRendering

/// GroupPacking.swift: boxes in rows, first row on top, nothing overlapping.
@Suite("Packing groups in rows")
struct GroupPackingTests {
    @Test func boxesFillRowsLeftToRightThenDown() {
        let boxes = [
            GroupPacking.Box(width: 4, height: 2), GroupPacking.Box(width: 3, height: 1),
            GroupPacking.Box(width: 5, height: 3),
        ]
        let origins = GroupPacking.pack(boxes, gap: 1, rowWidth: 8)
        // Row 1: boxes 0 and 1 (4 + 1 + 3 = 8); row 2: box 2, below the taller of row 1 (2) and the gap.
        #expect(origins.count == 3)
        #expect(origins[0].x == 0 && origins[1].x == 5 && origins[2].x == 0)
        #expect(origins[0].y == 4 && origins[1].y == 5)  // top-aligned: total height 2 + 1 + 3 = 6
        #expect(origins[2].y == 0)
    }

    @Test func noTwoBoxesOverlapAndAllArePositive() {
        let boxes: [GroupPacking.Box] = (0 ..< 12).map { (k: Int) -> GroupPacking.Box in
            GroupPacking.Box(width: Double(1 + k % 4), height: Double(1 + k % 3))
        }
        let o = GroupPacking.pack(boxes, gap: 0.5)
        for i in boxes.indices {
            #expect(o[i].x >= 0 && o[i].y >= 0)
            for j in boxes.indices where j > i {
                let a = (x: o[i].x, y: o[i].y, right: o[i].x + boxes[i].width, top: o[i].y + boxes[i].height)
                let b = (x: o[j].x, y: o[j].y, right: o[j].x + boxes[j].width, top: o[j].y + boxes[j].height)
                let sideBySide: Bool = a.right <= b.x || b.right <= a.x
                let aboveEachOther: Bool = a.top <= b.y || b.top <= a.y
                #expect(sideBySide || aboveEachOther, "\(i) and \(j) overlap")
            }
        }
        #expect(GroupPacking.pack([], gap: 1).isEmpty)
    }
}
