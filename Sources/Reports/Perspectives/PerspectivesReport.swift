import ActorModel
import ConflictAnalysis

/// `actormap perspectives`: where informant groups disagree, how far they agree, and which conclusions
/// depend on whose view is taken; as text (within `width`) or JSON.
public enum PerspectivesReport {
    public static func text(_ c: PerspectiveComparison, width: Int = 100, top: Int = 15) -> String {
        func line(_ text: String, indent: String = "") -> String {
            TextWrap.wrap(text, width: width, prefix: indent, continuation: indent + "    ")
        }
        guard !c.sources.isEmpty else {
            return line("No relation names its informant group (`source`): there is one view only.")
        }
        var out = line("INFORMANT GROUPS (\(c.sources.count)): \(c.sources.joined(separator: ", "))")
        out += line("Ties with no source count as reported by every group.", indent: "  ")
        out += "\n" + line("AGREEMENT BETWEEN GROUPS (Jaccard on ties; correlation of the weights of common ties)")
        var table = TextColumns(rightAligned: [2, 3, 4])
        table.add(["group", "with", "Jaccard", "common ties", "weight r"])
        for p in c.pairs {
            table.add([
                p.first, p.second, tableNumber(p.jaccard), String(p.commonTies), tableNumber(p.weightCorrelation),
            ])
        }
        out += table.render(indent: "  ", width: width)
        let changing = c.bands.filter(\.differs)
        out += "\n" + line("CONCLUSIONS THAT DEPEND ON WHOSE VIEW (the screen's band in each group's view)")
        if changing.isEmpty {
            out += line("Every actor's band is the same in every group's view.", indent: "  ")
        } else {
            for b in changing {
                out += line(
                    "\(b.actor): " + b.bands.map { "\($0.source) \($0.band.rawValue)" }.joined(separator: ", "),
                    indent: "  ")
            }
        }
        if !c.rankChanges.isEmpty {
            out += "\n" + line("TRUSTED BROKERS BY VIEW (rank by trust betweenness; moves of three places or more)")
            for r in c.rankChanges.prefix(top) {
                out += line(
                    "\(r.actor): " + r.ranks.map { "\($0.source) #\($0.rank)" }.joined(separator: ", "),
                    indent: "  ")
            }
        }
        out += "\nDISAGREEMENTS\n"
        let kinds: [(PerspectiveComparison.DisagreementKind, String)] = [
            (.oppositeSigns, "opposite signs"), (.weightGap, "weight gaps of 2 or more"),
            (.reportedBySome, "reported by some groups only"),
        ]
        for (kind, label) in kinds {
            let list = c.disagreements.filter { $0.kind == kind }
            guard !list.isEmpty else { continue }
            out += line("\(label) (\(list.count)):", indent: "  ")
            for d in list.prefix(top) {
                var text = "\(d.type) \(d.from) → \(d.to): "
                text += d.weights.map { "\($0.source) \(signedNumber($0.weight))" }.joined(separator: ", ")
                if !d.silent.isEmpty { text += "; not reported by \(d.silent.joined(separator: ", "))" }
                out += line(text, indent: "    ")
            }
            if list.count > top { out += line("… \(list.count - top) more (see --format json)", indent: "    ") }
        }
        if !c.actorViews.isEmpty {
            out += "\n" + line("HOW DIFFERENTLY GROUPS SEE AN ACTOR (mean weight of the ties into it, per group)")
            for v in c.actorViews.prefix(top) {
                let means = v.means.map { "\($0.source) \(signedNumber($0.mean))" }.joined(separator: ", ")
                out += line("\(v.actor), \(v.relation) (spread \(tableNumber(v.spread))): \(means)", indent: "  ")
            }
        }
        return out
    }

    public static func json(_ c: PerspectiveComparison) -> JSONValue {
        .object([
            ("sources", .array(c.sources.map { .string($0) })),
            (
                "pairs",
                .array(
                    c.pairs.map {
                        .object([
                            ("first", .string($0.first)), ("second", .string($0.second)),
                            ("jaccard", .number($0.jaccard)), ("common_ties", .number(Double($0.commonTies))),
                            ("weight_correlation", .optional($0.weightCorrelation)),
                        ])
                    })
            ),
            (
                "bands",
                .array(
                    c.bands.map { b in
                        .object([
                            ("actor", .string(b.actor)), ("differs", .bool(b.differs)),
                            ("by_source", .object(b.bands.map { ($0.source, .string($0.band.rawValue)) })),
                        ])
                    })
            ),
            (
                "rank_changes",
                .array(
                    c.rankChanges.map { r in
                        .object([
                            ("actor", .string(r.actor)), ("measure", .string(Measure.betweenness.key)),
                            ("ranks", .object(r.ranks.map { ($0.source, .number(Double($0.rank))) })),
                        ])
                    })
            ),
            (
                "disagreements",
                .array(
                    c.disagreements.map { d in
                        .object([
                            ("kind", .string(d.kind.rawValue)), ("type", .string(d.type)), ("from", .string(d.from)),
                            ("to", .string(d.to)),
                            ("weights", .object(d.weights.map { ($0.source, .number($0.weight)) })),
                            ("not_reported_by", .array(d.silent.map { .string($0) })),
                        ])
                    })
            ),
            (
                "actors",
                .array(
                    c.actorViews.map { v in
                        .object([
                            ("actor", .string(v.actor)), ("relation", .string(v.relation)),
                            ("spread", .number(v.spread)),
                            ("means", .object(v.means.map { ($0.source, .number($0.mean)) })),
                        ])
                    })
            ),
        ])
    }
}

/// `+1`, `−0.5`, `0`.
func signedNumber(_ x: Double) -> String { x > 0 ? "+" + tableNumber(x) : x < 0 ? "−" + tableNumber(-x) : "0" }
