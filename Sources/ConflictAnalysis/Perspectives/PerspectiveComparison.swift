import ActorModel

/// Where informant groups disagree about a map, and which conclusions depend on whose view is taken
/// (`actormap perspectives`).
///
/// - **Disagreements**: ties some groups report and others do not (only ties that some group reported as its
///   own: a tie with no source is everyone's), ties with opposite signs, and weight gaps of at least
///   ``largeGap`` on the type's scale.
/// - **Agreement per pair of groups**: Jaccard similarity of their tie sets, |A ∩ B| / |A ∪ B| (ties
///   identified by type, ends and direction), and the Pearson correlation of the weights they give the ties
///   both report (`nil` with fewer than two such ties, or no variance).
/// - **Per actor**: for trust and power, the mean weight each group gives the ties into the actor, and the
///   spread (largest − smallest) across groups.
/// - **Conclusions by perspective**: the co-optation screen's band for every actor in each group's view
///   (actors whose band differs between views first), and each actor's rank by trust betweenness in each
///   view (actors in some view's top ten whose rank moves by three places or more).
public struct PerspectiveComparison: Sendable {
    /// A weight difference this large between two groups' reports of one tie is listed.
    public static let largeGap = 2.0

    public enum DisagreementKind: String, Sendable {
        case reportedBySome = "reported-by-some"
        case oppositeSigns = "opposite-signs"
        case weightGap = "weight-gap"
    }

    public struct Disagreement: Sendable {
        public let kind: DisagreementKind
        public let type: String
        public let from: String
        public let to: String
        /// The weight each reporting group gives the tie.
        public let weights: [(source: String, weight: Double)]
        /// The groups that do not report it.
        public let silent: [String]
    }

    public struct PairAgreement: Sendable {
        public let first: String
        public let second: String
        public let jaccard: Double
        public let commonTies: Int
        public let weightCorrelation: Double?
    }

    public struct ActorView: Sendable {
        public let actor: String
        public let relation: String
        /// Mean weight of the ties into the actor, per group that reports any.
        public let means: [(source: String, mean: Double)]
        public var spread: Double {
            guard let low = means.map(\.mean).min(), let high = means.map(\.mean).max() else { return 0 }
            return high - low
        }
    }

    /// An actor's rank (1 = highest) by trust betweenness in each group's view.
    public struct ActorRanks: Sendable {
        public let actor: String
        public let ranks: [(source: String, rank: Int)]
        /// The largest difference between two views' ranks.
        public var spread: Int { (ranks.map(\.rank).max() ?? 0) - (ranks.map(\.rank).min() ?? 0) }
    }

    public struct ActorBands: Sendable {
        public let actor: String
        public let bands: [(source: String, band: RiskBand)]
        public var differs: Bool { Set(bands.map(\.band)).count > 1 }
    }

    public let sources: [String]
    public let disagreements: [Disagreement]
    public let pairs: [PairAgreement]
    public let actorViews: [ActorView]
    public let bands: [ActorBands]
    /// Actors in some view's top ten by trust betweenness whose rank moves by three places or more between
    /// views, the largest moves first.
    public let rankChanges: [ActorRanks]

    public init(_ perspectives: Perspectives) throws {
        let p = perspectives
        sources = p.sources
        var disagreements: [Disagreement] = []
        for t in p.ties where !t.everyone || t.weights.count < p.sources.count {
            let weights = p.reporters(of: t).map { (source: $0, weight: t.weights[$0]!) }
            let silent = p.sources.filter { t.weights[$0] == nil }
            if !silent.isEmpty && !t.everyone {
                disagreements.append(
                    Disagreement(
                        kind: .reportedBySome, type: t.type, from: t.from, to: t.to,
                        weights: weights, silent: silent))
            }
        }
        for t in p.ties where t.weights.count > 1 {
            let weights = p.reporters(of: t).map { (source: $0, weight: t.weights[$0]!) }
            let values = weights.map(\.weight)
            if values.contains(where: { $0 > 0 }) && values.contains(where: { $0 < 0 }) {
                disagreements.append(
                    Disagreement(
                        kind: .oppositeSigns, type: t.type, from: t.from, to: t.to,
                        weights: weights, silent: []))
            } else if let low = values.min(), let high = values.max(), high - low >= Self.largeGap - 1e-12 {
                disagreements.append(
                    Disagreement(
                        kind: .weightGap, type: t.type, from: t.from, to: t.to,
                        weights: weights, silent: []))
            }
        }
        self.disagreements = disagreements

        var pairs: [PairAgreement] = []
        for (i, a) in p.sources.enumerated() {
            for b in p.sources[(i + 1)...] {
                let ta = p.ties.filter { $0.weights[a] != nil }
                let union = p.ties.filter { $0.weights[a] != nil || $0.weights[b] != nil }.count
                let common = ta.filter { $0.weights[b] != nil }
                let x = common.map { $0.weights[a]! }
                let y = common.map { $0.weights[b]! }
                pairs.append(
                    PairAgreement(
                        first: a, second: b,
                        jaccard: union > 0 ? Double(common.count) / Double(union) : 1,
                        commonTies: common.count, weightCorrelation: pearsonCorrelation(x, y)))
            }
        }
        self.pairs = pairs

        var views: [ActorView] = []
        for relation in ["trust", "power"] {
            for actor in p.map.actors.map(\.id) {
                let into = p.ties.filter { $0.type == relation && $0.to == actor }
                let means = p.sources.compactMap { s -> (source: String, mean: Double)? in
                    let w = into.compactMap { $0.weights[s] }
                    return w.isEmpty ? nil : (s, w.reduce(0, +) / Double(w.count))
                }
                let view = ActorView(actor: actor, relation: relation, means: means)
                if view.means.count > 1 && view.spread > 0 { views.append(view) }
            }
        }
        actorViews = views.sorted { $0.spread != $1.spread ? $0.spread > $1.spread : false }

        var bySource: [[ActorRisk]] = []
        var rankBySource: [[Int]] = []
        var betweennessBySource: [[Double]] = []
        for s in p.sources {
            let view = p.view(of: s)
            bySource.append(try CooptationScreen.actorRisks(view))
            let analysis = try NetworkAnalysis.run(
                view, options: AnalysisOptions(relations: ["trust"], measures: [.betweenness], threads: 1))
            let values = (analysis.layers.first?.column(.betweenness) ?? []).map { $0 ?? 0 }
            betweennessBySource.append(values)
            // Competition ranking: 1 + the number of actors strictly higher, so equal values share a rank.
            rankBySource.append(values.map { v in 1 + values.filter { $0 > v }.count })
        }
        var rankChanges: [ActorRanks] = []
        if !p.sources.isEmpty && p.map.relations.contains(where: { $0.type == "trust" }) {
            for (i, actor) in p.map.actors.enumerated() {
                // An actor that brokers nothing in any view has no rank worth comparing.
                guard betweennessBySource.contains(where: { $0[i] > 0 }) else { continue }
                let ranks = p.sources.indices.map { (source: p.sources[$0], rank: rankBySource[$0][i]) }
                let entry = ActorRanks(actor: actor.id, ranks: ranks)
                if entry.spread >= 3 && ranks.contains(where: { $0.rank <= 10 }) { rankChanges.append(entry) }
            }
        }
        self.rankChanges = rankChanges.sorted { $0.spread > $1.spread }
        var bands: [ActorBands] = []
        for (i, actor) in p.map.actors.enumerated() {
            bands.append(
                ActorBands(
                    actor: actor.id,
                    bands: p.sources.indices.map { (p.sources[$0], bySource[$0][i].band) }))
        }
        // Stable: actors whose band depends on the view first, then model order.
        self.bands = bands.filter(\.differs) + bands.filter { !$0.differs }
    }
}
