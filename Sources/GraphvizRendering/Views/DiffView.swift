import ActorModel
import ConflictAnalysis

extension DiagramViews {
    static let green = DiagramStyle.Palette.bluishGreen
    static let orange = DiagramStyle.Palette.orange
    static let grey = DiagramStyle.Palette.grey
    static let faint = "#CCCCCC"

    /// What changed from `old` to `new`: `new` with the baseline's removed ties (and removed actors) added
    /// back, and every tie marked (added, removed, sign changed, re-weighted, unchanged) from ``SnapshotDiff``.
    public static func diff(old: StakeholderMap, new: StakeholderMap, options: DiagramOptions = DiagramOptions())
        throws -> ViewDiagram
    {
        let (map, marks) = try diffMarks(old: old, new: new)
        var o = options
        o.tieMarks = marks
        return ViewDiagram(map: map, options: o)
    }

    /// `new` with the baseline's removed ties (and removed actors) added back, and every tie marked.
    static func diffMarks(old: StakeholderMap, new: StakeholderMap) throws -> (StakeholderMap, [TieMark.Key: TieMark]) {
        let d = try SnapshotDiff(old: old, new: new)
        var map = new.combiningRepeatedReports()
        // One edge per direction: a mutual tie whose two directions changed differently must show both.
        map.relations = map.relations.flatMap { r -> [Relation] in
            guard r.isMutual, map.relationType(named: r.type)?.isDirected ?? true else { return [r] }
            var forward = r
            forward.isMutual = false
            var back = forward
            (back.from, back.to) = (r.to, r.from)
            return [forward, back]
        }
        let oldActors = Dictionary(uniqueKeysWithValues: old.actors.map { ($0.id, $0) })
        for id in d.actorsRemoved { if let a = oldActors[id] { map.actors.append(a) } }
        // An undirected tie is marked under both orders of its ends, so the way it is written never matters.
        var marks: [TieMark.Key: TieMark] = [:]
        func mark(_ type: String, _ from: String, _ to: String, _ m: TieMark) {
            marks[TieMark.Key(type: type, from: from, to: to)] = m
            if !(map.relationType(named: type)?.isDirected ?? true) {
                marks[TieMark.Key(type: type, from: to, to: from)] = m
            }
        }
        for r in map.relations {
            mark(r.type, r.from, r.to, TieMark(color: faint, style: "solid", legend: "unchanged", penWidth: 0.8))
        }
        for t in d.ties {
            let change = "\(t.before.map(short) ?? "") → \(t.after.map(short) ?? "")"
            switch t.change {
            case .added:
                mark(t.type, t.from, t.to, TieMark(color: green, style: "bold", legend: "added", penWidth: 3))
            case .removed:
                mark(t.type, t.from, t.to, TieMark(color: grey, style: "dashed", legend: "removed", penWidth: 2.5))
                map.relations.append(Relation(type: t.type, from: t.from, to: t.to, weight: t.before ?? 1))
            case .signChanged:
                mark(
                    t.type, t.from, t.to,
                    TieMark(color: orange, style: "bold", legend: "sign changed", label: change, penWidth: 3))
            case .reweighted:
                mark(
                    t.type, t.from, t.to,
                    TieMark(color: orange, style: "solid", legend: "re-weighted", label: change, penWidth: 2.5))
            }
        }
        map.name = "\(new.name) — changes since \(old.name)"
        return (map, marks)
    }

    static func short(_ x: Double) -> String {
        let text = x == x.rounded() ? String(Int(x)) : String(format: "%.2g", x)
        return x > 0 ? "+" + text : text.replacingOccurrences(of: "-", with: "−")
    }
}
