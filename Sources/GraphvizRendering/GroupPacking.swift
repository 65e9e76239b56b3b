/// Places boxes of given sizes in rows, left to right and top to bottom, in their order ("shelf" packing):
/// where a grouped diagram's groups go once each is laid out on its own.
///
/// A row holds boxes until the next would pass `rowWidth` (at least the widest box; by default about
/// 1.4 × √(total area), so the drawing comes out a little wider than tall); each row is as tall as its
/// tallest box, boxes `gap` apart. Coordinates are Graphviz's (y up): the first row is at the top, the whole
/// drawing in the positive quadrant. Deterministic; O(k) for k boxes.
enum GroupPacking {
    struct Box: Equatable {
        var width: Double
        var height: Double
    }

    /// The lower-left corner of each box, in the boxes' order.
    static func pack(_ boxes: [Box], gap: Double, rowWidth: Double? = nil) -> [(x: Double, y: Double)] {
        guard !boxes.isEmpty else { return [] }
        let area = boxes.reduce(0) { $0 + ($1.width + gap) * ($1.height + gap) }
        let widest = boxes.map(\.width).max()!
        let limit = max(widest, rowWidth ?? 1.4 * area.squareRoot())
        // Rows of box indices.
        var rows: [[Int]] = [[]]
        var x = 0.0
        for (i, box) in boxes.enumerated() {
            if !rows[rows.count - 1].isEmpty && x + box.width > limit {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append(i)
            x += box.width + gap
        }
        let heights = rows.map { row in row.map { boxes[$0].height }.max()! }
        let total = heights.reduce(0, +) + gap * Double(rows.count - 1)
        var origins = [(x: Double, y: Double)](repeating: (0, 0), count: boxes.count)
        var top = total
        for (r, row) in rows.enumerated() {
            var left = 0.0
            for i in row {
                // Top-aligned in the row.
                origins[i] = (left, top - boxes[i].height)
                left += boxes[i].width + gap
            }
            top -= heights[r] + gap
        }
        return origins
    }
}
