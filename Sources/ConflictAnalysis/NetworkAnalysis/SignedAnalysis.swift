import ActorModel
import NetworkCore

/// Signed analysis of the whole map from separate positive and negative layers.
///
/// Which ties: every relation type except `power` (influence, not sentiment) and `neutral` types, each
/// by its polarity: signed types (trust) split by the sign of each tie, negative types (competition,
/// enmity) are negative, positive types (alliance, marriage) positive. Ties count 1 each (Gahuku-Gama
/// convention); a pair tied both ways is "ambivalent" as documented in NetworkCore. Present only when the
/// map has at least one negative tie.
///
/// Factions: the Doreian–Mrvar partition into `k` blocks for the `k` in 2 … 4 with the smallest criterion
/// (the smaller `k` on ties), unless `factionCount` fixes `k`.
enum SignedAnalysis {
    /// Above this many actors the walk balance is left out (with a note): its exact value needs every
    /// eigenvalue of two dense n × n matrices, O(n³) by the Jacobi method (4 s at 500 actors, 52 s at 1,000).
    static let walkBalanceActorLimit = 500

    static func run(
        _ map: StakeholderMap, network: LayeredNetwork, options: AnalysisOptions,
        warnings: inout [String]
    ) throws -> SignedReport? {
        let used = Set(map.relations.map(\.type))
        let layers = map.relationTypes.indices.filter {
            let t = map.relationTypes[$0]
            return t.builtIn != .power && t.polarity != .neutral && used.contains(t.name)
        }
        let hasNegative = map.relations.contains { r in
            guard let t = map.relationType(named: r.type),
                layers.contains(where: { map.relationTypes[$0].name == t.name })
            else { return false }
            return t.signedWeight(r.weight) < 0
        }
        guard hasNegative else { return nil }
        let signed = try SignedGraph(network, layers: layers, weightKind: .unweighted)
        let n = signed.nodeCount
        var values: [(key: String, value: Double?)] = []
        var notes: [String] = []
        var columns: [MeasureColumn] = []

        let triangles = signed.triangleBalance()
        values.append(("balance_triangles", triangles.ratio))
        values.append(("triangles_balanced", Double(triangles.balanced)))
        values.append(("triangles_unbalanced", Double(triangles.unbalanced)))
        if n > walkBalanceActorLimit {
            // Two dense eigen-decompositions, O(n³): 4 s at 500 actors, 52 s at 1,000, minutes beyond.
            values.append(("balance_walk", nil))
            notes.append(
                "walk balance not computed: the signed network has \(n) actors, more than "
                    + "\(walkBalanceActorLimit) (it needs every eigenvalue of two \(n) × \(n) matrices)")
        } else {
            do {
                values.append(("balance_walk", try signed.walkBalance()))
            } catch {
                values.append(("balance_walk", nil))
                warnings.append("signed: balance_walk: \(error)")
            }
        }
        let frustration = signed.frustrationIndex(options: .init(seed: options.seed))
        values.append(("frustration", Double(frustration.frustration)))
        values.append(("frustration_normalized", frustration.normalized))
        notes.append(
            frustration.isExact
                ? "frustration index exact (exhaustive search over 2-camp splits)"
                : "frustration index is an upper bound from a seeded local search (a component has more than 26 actors)"
        )

        let candidates = options.factionCount.map { [$0] } ?? Array(2 ... max(2, min(4, n)))
        var best: FactionPartition?
        for k in candidates where k <= n {
            let p = signed.factions(options: .init(blockCount: k, seed: options.seed))
            if best == nil || p.criterion < best!.criterion - 1e-12 { best = p }
        }
        if let k = options.factionCount, k > n {
            warnings.append(
                "signed: factions: \(k) factions asked for but the signed network has only "
                    + "\(n) actor\(n == 1 ? "" : "s"); no factions computed"
            )
        }
        var factions: [[String]] = []
        var aligned: [Bool]?
        if let p = best {
            aligned = (0 ..< n).map { u in
                let positiveNeighbours = signed.positive.successors(of: u) + signed.positive.predecessors(of: u)
                return positiveNeighbours.contains { Int($0) != u && p.blocks[Int($0)] == p.blocks[u] }
            }
            values.append(("factions_k", Double(p.blockCount)))
            values.append(("factions_criterion", p.criterion))
            values.append(("factions_violations", Double(p.violations.count)))
            var blocks = [[String]](repeating: [], count: p.blockCount)
            for (i, b) in p.blocks.enumerated() { blocks[b].append(map.actors[i].id) }
            factions = blocks
            notes.append(
                "factions: Doreian–Mrvar criterion with alpha 0.5, "
                    + (p.isExact ? "exact (branch and bound)" : "best of a seeded local search (not proven optimal)")
            )
            columns.append(MeasureColumn(.faction, p.blocks.map { Double($0) }))
        }

        let degrees = signed.signedDegrees()
        columns.append(MeasureColumn(.degreePositive, degrees.positive.map(Double.init)))
        columns.append(MeasureColumn(.degreeNegative, degrees.negative.map(Double.init)))
        columns.append(MeasureColumn(.degreeNet, degrees.net.map(Double.init)))
        columns.append(MeasureColumn(.degreeRatio, degrees.ratio))
        for (measure, variant) in [
            (Measure.pn, PNCentralityVariant.symmetric), (.pnIn, .incoming), (.pnOut, .outgoing),
        ] {
            if measure != .pn && !signed.isDirected { continue }
            do {
                columns.append(MeasureColumn(measure, try signed.pnCentrality(variant).map { Optional($0) }))
            } catch {
                warnings.append("signed: \(measure.key): \(error)")
                columns.append(MeasureColumn(measure, [Double?](repeating: nil, count: n)))
            }
        }
        return SignedReport(
            values: values, notes: notes, factions: factions, aligned: aligned,
            actorIDs: map.actors.map(\.id), actorNames: map.actors.map(\.name), columns: columns)
    }
}

extension NetworkAnalysis {
    /// The signed analysis alone (balance, frustration, factions, signed degrees), without the per-layer
    /// measures: what the factions diagram needs. `nil` when the map has no negative tie. Reports of one tie
    /// are combined first, as in ``run(_:options:)``; `options.seed` and `options.factionCount` apply.
    ///
    /// Complexity: that of the factions search (exact up to 24 actors, else a seeded local search).
    public static func signedAnalysis(_ original: StakeholderMap, options: AnalysisOptions = AnalysisOptions())
        throws -> (report: SignedReport?, warnings: [String])
    {
        let map = original.combiningRepeatedReports()
        var warnings: [String] = []
        let report = try SignedAnalysis.run(
            map, network: map.layeredNetwork(), options: options, warnings: &warnings)
        return (report, warnings)
    }
}
