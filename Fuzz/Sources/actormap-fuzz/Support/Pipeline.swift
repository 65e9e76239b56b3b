import CLibFuzzer
import ConflictAnalysis
import GraphvizRendering

@testable import ActorModel

/// What the commands do with a valid map, with the invariants every valid map must keep:
/// `analyze` (every default measure, signed analysis included), `screen` (the co-optation screen with the
/// first plan and a few Monte Carlo draws), `perspectives` (views, consensus, comparison), `render` (the
/// DOT text, which Graphviz's parser must read, plain and redacted) and `convert` (a YAML export that
/// loads again as a valid map of the same size).
enum Pipeline {
    /// Runs every stage on `map`; `input` chooses the options (draws, layout, legend, Graphviz rendering).
    static func exercise(_ map: StakeholderMap, _ input: inout FuzzInput) {
        // analyze: failures are reported to the user (exit 65), never a crash.
        _ = try? NetworkAnalysis.run(map)

        // screen
        let plan = map.engagementPlans.first.map { (name: $0.name, partners: $0.partners) }
        _ = try? CooptationScreen.run(map, options: ScreenOptions(plan: plan, samples: input.int(0 ... 6)))

        // perspectives
        let perspectives = Perspectives(map)
        for source in perspectives.sources.prefix(3) { _ = perspectives.view(of: source) }
        for rule in ConsensusRule.allCases { _ = perspectives.consensus(rule) }
        _ = try? PerspectiveComparison(perspectives)

        // render
        checkDiagram(map, &input)

        // convert
        checkRoundTrip(map)
        _ = ModelExport.export(map, as: .nodeLink)
        if let graphml = ModelExport.export(map, as: .graphml) {
            _ = ModelLoader.parse(text: graphml.text, path: "roundtrip.graphml", format: .graphml)
        }
    }

    /// The DOT text of `map` (and of its redacted form) must parse in Graphviz; the redacted one must not
    /// name a sensitive actor; and, for small maps when `input` asks, Graphviz must lay it out and draw it.
    static func checkDiagram(_ map: StakeholderMap, _ input: inout FuzzInput) {
        let options = DiagramOptions(
            layout: input.likely(200) ? .dot : input.pick(LayoutEngine.allCases), showLegend: input.likely(200),
            showIsolates: input.likely(200), maxPerRow: input.int(1 ... 6))
        let writer = DOTWriter(options: options)
        guard let dot = try? writer.write(map, for: input.pick([.svg, .png, .pdf, .dot])) else {
            fuzzFailure("DOTWriter threw on a valid map with every relation type drawn")
        }
        requireParses(dot, "the DOT text")

        let (redacted, _) = map.redactingSensitiveActors()
        if let secret = map.actors.first(where: { $0.sensitive }) {
            guard let hidden = try? writer.write(redacted) else { fuzzFailure("DOTWriter threw on a redacted map") }
            requireParses(hidden, "the redacted DOT text")
            if hidden.contains(ModelRecipe.withheldMarker) {
                fuzzFailure("the redacted DOT text names a sensitive actor ('\(secret.name)')")
            }
            if let yaml = ModelExport.export(redacted, as: .yaml)?.text, yaml.contains(ModelRecipe.withheldMarker) {
                fuzzFailure("the redacted YAML export names a sensitive actor")
            }
        }

        if map.actors.count <= 12 && input.byte() < 64 {
            do {
                _ = try GraphvizRenderer.render(dot: dot, layout: options.layout, format: .svg)
            } catch {
                fuzzFailure("Graphviz could not draw a valid map: \(error)\n\(dot)")
            }
        }
    }

    /// Stops the fuzzer when Graphviz's parser cannot read `dot`.
    static func requireParses(_ dot: String, _ what: String) {
        if actormap_fuzz_dot_node_count(dot) < 0 {
            fuzzFailure("Graphviz's parser cannot read \(what):\n\(dot)")
        }
    }

    /// A valid map exported as YAML must load again, valid, with the same actors and ties.
    static func checkRoundTrip(_ map: StakeholderMap) {
        // Known, reported: an edge list's ids may be any text, a model file's may not, so such a map's YAML
        // export does not load (FuzzRegressionTests.edgeListIdsThatAModelFileRefuses).
        guard map.actors.allSatisfy({ ModelRules.isValidID($0.id) }) else { return }
        guard let yaml = ModelExport.export(map, as: .yaml) else { fuzzFailure("no YAML export") }
        let again = ModelLoader.parse(text: yaml.text, path: "roundtrip.yaml")
        guard let reread = again.validMap else {
            let messages = again.diagnostics.map(\.message).joined(separator: "\n")
            fuzzFailure("the YAML export of a valid map does not load:\n\(messages)\n---\n\(yaml.text)")
        }
        if reread.actors.map(\.id) != map.actors.map(\.id) || reread.relations.count != map.relations.count {
            fuzzFailure("the YAML export changed the map's actors or ties:\n\(yaml.text)")
        }
    }
}

/// Diagnostics must point into the file they describe: a line from 1 to the file's last line (one past
/// it for "ends too early") and a column from 1.
func checkLocations(_ diagnostics: [Diagnostic], text: String, path: String) {
    // Every line end a reader may count (LF, CR LF, a lone CR, NEL, LS, PS): an upper bound on the lines.
    var lines = 1
    var previous: Unicode.Scalar = " "
    for u in text.unicodeScalars {
        switch u {
        case "\n": if previous != "\r" { lines += 1 }
        case "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
        default: break
        }
        previous = u
    }
    for d in diagnostics {
        guard let at = d.location, at.path == path else { continue }
        if at.line < 1 || at.line > lines + 1 || at.column < 1 {
            fuzzFailure("diagnostic at \(at.line):\(at.column) outside the file (\(lines) lines): \(d.message)")
        }
    }
}
