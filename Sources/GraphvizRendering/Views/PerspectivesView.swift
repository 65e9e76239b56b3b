import ActorModel
import ConflictAnalysis

extension DiagramViews {
    /// Every tie marked by how many informant groups report it.
    public static func perspectives(_ map: StakeholderMap, options: DiagramOptions = DiagramOptions()) -> ViewDiagram {
        let p = Perspectives(map)
        var marks: [TieMark.Key: TieMark] = [:]
        let n = p.sources.count
        for t in p.ties {
            let key = TieMark.Key(type: t.type, from: t.from, to: t.to)
            let values = Array(t.weights.values)
            if values.contains(where: { $0 > 0 }) && values.contains(where: { $0 < 0 }) {
                marks[key] = TieMark(
                    color: DiagramStyle.Palette.vermillion, style: "bold", legend: "groups disagree on the sign",
                    label: "±\(t.weights.count)/\(n)", penWidth: 3)
            } else if t.weights.count == n {
                marks[key] = TieMark(color: faint, style: "solid", legend: "reported by every group", penWidth: 0.8)
            } else if t.weights.count * 2 > n {
                marks[key] = TieMark(
                    color: DiagramStyle.Palette.blue, style: "solid", legend: "reported by most groups",
                    label: "\(t.weights.count)/\(n)",
                    penWidth: 2)
            } else {
                marks[key] = TieMark(
                    color: orange, style: "dashed", legend: "reported by some groups", label: "\(t.weights.count)/\(n)",
                    penWidth: 2)
            }
        }
        var shown = map
        shown.name = "\(map.name) — which informant groups report each tie (\(n))"
        var o = options
        o.tieMarks = marks
        return ViewDiagram(map: shown, options: o)
    }
}
