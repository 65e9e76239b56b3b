import ActorModel
import ArgumentParser
import ConflictAnalysis
import GraphvizRendering

/// `render --view`: what the diagram shows.
enum RenderView: String, ExpressibleByArgument, CaseIterable {
    /// The map as it is (the default).
    case overview
    /// What changed since `--baseline OLD`: added, removed, changed and unchanged ties styled apart.
    case diff
    /// Which informant groups report each tie: every group, most, some, or a disputed sign.
    case perspectives
}

/// The ties of a view, marked; the map to draw may gain what only the baseline had.
enum DiagramViews {
    static let green = "#009E73"
    static let orange = "#E69F00"
    static let grey = "#999999"
    static let faint = "#CCCCCC"

    /// `new` with the baseline's removed ties (and removed actors) added back, and every tie marked.
    static func diff(old: StakeholderMap, new: StakeholderMap) throws -> (StakeholderMap, [TieMark.Key: TieMark]) {
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

    /// Every tie marked by how many informant groups report it.
    static func perspectives(_ map: StakeholderMap) -> (StakeholderMap, [TieMark.Key: TieMark]) {
        let p = Perspectives(map)
        var marks: [TieMark.Key: TieMark] = [:]
        let n = p.sources.count
        for t in p.ties {
            let key = TieMark.Key(type: t.type, from: t.from, to: t.to)
            let values = Array(t.weights.values)
            if values.contains(where: { $0 > 0 }) && values.contains(where: { $0 < 0 }) {
                marks[key] = TieMark(
                    color: "#D55E00", style: "bold", legend: "groups disagree on the sign",
                    label: "±\(t.weights.count)/\(n)", penWidth: 3)
            } else if t.weights.count == n {
                marks[key] = TieMark(color: faint, style: "solid", legend: "reported by every group", penWidth: 0.8)
            } else if t.weights.count * 2 > n {
                marks[key] = TieMark(
                    color: "#0072B2", style: "solid", legend: "reported by most groups",
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
        return (shown, marks)
    }

    private static func short(_ x: Double) -> String {
        let text = x == x.rounded() ? String(Int(x)) : String(format: "%.2g", x)
        return x > 0 ? "+" + text : text.replacingOccurrences(of: "-", with: "−")
    }
}
