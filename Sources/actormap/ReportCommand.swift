import ActorModel
import ArgumentParser
import ConflictAnalysis
import Foundation
import GraphvizRendering
import Reports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report folder: HTML and Markdown findings, diagrams (SVG, PNG, PDF) and CSV tables.",
        usage:
            "actormap report <model> [-o <dir>] [--plan <name>] [--scenario <file>] [--baseline <old> ...] "
            + "[--redact]",
        discussion: """
            Default folder: output/<model-file-stem>/. It holds report.html (one self-contained file that \
            opens offline: coverage, key findings, diagrams, measure and risk tables, methodology, and the \
            model's name, date, SHA-256 and ActorMap version; its own inline script switches relation layers, \
            shows an actor's measures, risk evidence and ties, finds actors and outlines the plan's partners), \
            report.md, the diagrams (overview and one per relation type) as SVG, 300-dpi PNG (at most an \
            A4-landscape text area) and PDF, and actors.csv, relations.csv, measures.csv and \
            screen.csv (UTF-8 with a byte-order mark). The folder is written beside the destination and then \
            renamed over it, so a failed run leaves the previous report as it was; an existing folder is \
            replaced only if it holds nothing but a report. --redact makes a version safe to share. With \
            --baseline OLD, a section on what changed since OLD (ties, risk bands, factions, the programme \
            indicators as a table and a chart, and a diagram of the changes).
            """
    )

    @Argument(help: "A model file (.yaml, .yml, .json) or CSV edge list (.csv).")
    var model: String

    @Option(name: .shortAndLong, help: "Output folder. Default: output/<stem>/.")
    var output: String?

    @Option(help: "The engagement plan to screen, by name (default: the model's first).")
    var plan: String?

    @Option(
        help: ArgumentHelp(
            "An earlier snapshot of the map: adds a section on what changed since it (repeat for a series, "
                + "oldest first; the change is measured from the first).", valueName: "old"))
    var baseline: [String] = []

    @OptionGroup var what: ScenarioOption
    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var typeMap: TypeMapOptions
    @OptionGroup var redaction: RedactionOptions
    @OptionGroup var perspective: PerspectiveOptions

    func validate() throws {
        if output?.isEmpty == true || output == "-" { throw ValidationError("-o needs a folder name") }
    }

    func run() throws {
        let command = "report"
        let result = try loadModel(model, options: inputOptions, mappings: typeMap.mappings, command: command)
        printDiagnostics(result, redact: redaction.redact)
        guard let valid = result.validMap else { throw ExitCode(ExitStatus.dataError) }
        let original = try perspective.apply(to: valid, command: command, redact: redaction.redact)
        // Every baseline is read through the same view (--source, --consensus) as the map.
        var baselines: [StakeholderMap] = []
        for path in baseline {
            let old = try loadModel(path, options: inputOptions, mappings: typeMap.mappings, command: command)
            printDiagnostics(old, redact: redaction.redact)
            guard let oldMap = old.validMap else { throw ExitCode(ExitStatus.dataError) }
            baselines.append(try perspective.apply(to: oldMap, command: command, redact: redaction.redact))
        }
        // Redaction renames before anything runs, so every id, name and message is already anonymous; with
        // baselines, one table of aliases for every snapshot, so an alias names the same actor in all of them.
        var (map, aliases) = redaction.redact ? original.redactingSensitiveActors() : (original, Redaction())
        if redaction.redact && !baselines.isEmpty {
            let together = StakeholderMap.redactingTogether(baselines + [original])
            (map, aliases) = (together.maps.last!, together.redaction)
            baselines = Array(together.maps.dropLast())
        }
        if redaction.redact {
            // Free text of public actors and ties may name a sensitive actor or an informant too.
            for i in map.actors.indices {
                map.actors[i].notes = map.actors[i].notes.map(aliases.redactingText)
                map.actors[i].attributes = map.actors[i].attributes.map { ($0.key, aliases.redactingText($0.value)) }
            }
            for i in map.relations.indices { map.relations[i].note = map.relations[i].note.map(aliases.redactingText) }
        }
        var options = ScreenOptions()
        if let name = plan {
            options.plan = try engagementPlan(
                named: name, original: original, map: map, redaction: redaction.redact ? aliases : nil,
                command: command)
        } else if let first = map.engagementPlans.first {
            options.plan = (first.name, first.partners)
        }
        var shown = map
        let screen: ScreenReport
        if let path = what.scenario {
            let scenario = try loadScenario(
                path, base: original, redaction: redaction.redact ? aliases : nil, withheld: result.withheld,
                command: command)
            let applied = redaction.redact ? scenario.redacted(by: aliases) : scenario
            shown = applied.applied(to: map)
            screen = try CooptationScreen.run(map, scenario: applied, options: options)
        } else {
            screen = try CooptationScreen.run(map, options: options)
        }
        let analysis = try analyse(shown)
        var wanted = diagramsWanted(shown, screen: screen, analysis: analysis)
        var change: ReportChange?
        if let first = baselines.first {
            change = try self.change(baselines: baselines, map: map, screen: screen, aliases: aliases)
            wanted.append(
                (
                    "changes", "Changes since the baseline (\(change!.baseline))",
                    { try DiagramViews.diff(old: first, new: map, options: Self.base) }
                ))
        }
        keepLargeBuffersInTheHeap()
        let diagrams = try draw(shown, wanted)
        let files = ReportBuilder.files(
            ReportInput(
                map: shown, analysis: analysis, screen: screen, diagrams: diagrams, sha256: result.sha256,
                change: change))
        let stem = ((model as NSString).lastPathComponent as NSString).deletingPathExtension
        let destination = output ?? "output/\(redaction.redact ? aliases.redactingText(stem) : stem)"
        do {
            try AtomicFolder.write(files.map { ($0.name, $0.bytes) }, to: destination)
        } catch {
            Terminal.standardError.error("\(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        try writeStandardOutput(line: "wrote \(destination)/ (\(files.count) files: report.html, report.md, ...)")
    }

    /// Network measures per layer with the default options, as `actormap analyze` computes them.
    private func analyse(_ map: StakeholderMap) throws -> NetworkAnalysisReport {
        var options = AnalysisOptions()
        let (control, done) = longComputation(label: "shortest paths", showProgress: true)
        options.control = control
        defer { done() }
        let report = try runningAnalysis(command: "report", done: done) {
            try NetworkAnalysis.run(map, options: options)
        }
        for warning in report.warnings { Terminal.standardError.warning(warning) }
        return report
    }

    /// The change since the first baseline (measured on the map without the scenario, as snapshots are
    /// recorded) and the indicators of every snapshot, labelled by date, else by file name.
    private func change(baselines: [StakeholderMap], map: StakeholderMap, screen: ScreenReport, aliases: Redaction)
        throws -> ReportChange
    {
        let paths = baseline + [model]
        let labels = zip(baselines + [map], paths).map { snapshot, path -> String in
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return snapshot.date ?? (redaction.redact ? aliases.redactingText(stem) : stem)
        }
        let diff = try SnapshotDiff(old: baselines[0], new: map)
        var indicators = try baselines.map { try ProgrammeIndicators($0) }
        indicators.append(try ProgrammeIndicators(map))
        var names: [String: String] = [:]
        for snapshot in baselines + [map] {
            for a in snapshot.actors { names[a.id] = a.name.isEmpty ? a.id : a.name }
        }
        return ReportChange(
            baseline: labels[0], current: labels.last!, diff: diff,
            chart: IndicatorChart(snapshots: labels, indicators: indicators), names: names)
    }

    /// The largest a report's PNG is drawn, in inches: the text area of an A4 page in landscape (29.7 × 21 cm
    /// less 2.5 cm margins), so at 300 dpi a diagram is at most 2,917 × 1,890 pixels; a smaller diagram keeps
    /// its natural size. SVG and PDF keep the natural size (they scale without loss).
    /// At most this many high- or critical-risk actors get an ego diagram of their own.
    static let riskyEgoLimit = 12

    static let pngPage = (width: (29.7 - 5) / 2.54, height: (21 - 5) / 2.54)

    /// A diagram the report draws: its file stem, its title, and how to build its view.
    typealias WantedDiagram = (stem: String, title: String, view: () throws -> ViewDiagram)

    /// The options every report diagram starts from: levels by `dot`, 300 dpi.
    static let base = DiagramOptions(layout: .dot, dpi: 300)

    /// The diagrams of a report: the overview, one per relation type with ties, the risk view (bands, flags,
    /// the plan's partners), the factions when the map has hostile ties, and an ego diagram (radius 1) for
    /// each of the plan's partners and each actor whose band is high or critical, in the map's order.
    private func diagramsWanted(_ map: StakeholderMap, screen: ScreenReport, analysis: NetworkAnalysisReport)
        -> [WantedDiagram]
    {
        var wanted: [WantedDiagram] = [("overview", "Overview: every relation type", { DiagramViews.overview(map) })]
        for type in map.relationTypesInUse {
            var options = Self.base
            options.relations = [type.name]
            wanted.append((type.name, "Layer: \(type.name)", { try DiagramViews.layer(map, options: options) }))
        }
        wanted.append(
            (
                "risk", "Co-optation risk: actors by band" + (screen.plan.map { ", partners of '\($0.name)'" } ?? ""),
                { DiagramViews.risk(map, screen: screen, options: Self.base) }
            ))
        if analysis.signed != nil {
            wanted.append(
                (
                    "factions", "Factions (positive and negative ties)",
                    {
                        try DiagramViews.factions(
                            map, options: DiagramOptions(layout: .fdp, dpi: 300), analysis: AnalysisOptions(threads: 1))
                    }
                ))
        }
        let partners = Set(screen.plan?.partners ?? [])
        // The riskiest first (critical before high, then by score, then in model order), at most
        // `riskyEgoLimit` of them: a 3,000-actor map had 670 high-risk actors, so 2,000 files.
        let ranked = screen.actors.enumerated().filter { $0.element.band == .high || $0.element.band == .critical }
            .sorted {
                let a = ($0.element.band == .critical ? 1 : 0, $0.element.risk, -$0.offset)
                let b = ($1.element.band == .critical ? 1 : 0, $1.element.risk, -$1.offset)
                return a > b
            }
        let risky = Set(ranked.prefix(Self.riskyEgoLimit).map(\.element.id))
        if ranked.count > Self.riskyEgoLimit {
            Terminal.standardError.warning(
                "ego diagrams are drawn for the \(Self.riskyEgoLimit) riskiest of the \(ranked.count) high- or "
                    + "critical-risk actors (and for the plan's partners); every actor's risk is in the report's "
                    + "tables and screen.csv")
        }
        for actor in map.actors where partners.contains(actor.id) || risky.contains(actor.id) {
            let why = [
                partners.contains(actor.id) ? "plan partner" : nil, risky.contains(actor.id) ? "high risk" : nil,
            ]
            .compactMap { $0 }.joined(separator: ", ")
            wanted.append(
                (
                    "ego-\(actor.id)", "Neighbourhood of \(actor.name.isEmpty ? actor.id : actor.name) (\(why))",
                    { try DiagramViews.ego(map, actor: actor.id, radius: 1, options: Self.base) }
                ))
        }
        return wanted
    }

    /// Each wanted diagram as SVG, 300-dpi PNG and PDF, each laid out once, with the engine the rendering
    /// limits allow for its size. The DOT texts are written in order first, then drawn two at a time (one
    /// diagram's PNG is encoded while the next is laid out); messages keep the diagrams' order.
    private func draw(_ map: StakeholderMap, _ wanted: [WantedDiagram]) throws -> [ReportDiagram] {
        for w in DOTWriter.shortenedLabels(in: map) { Terminal.standardError.warning(w) }
        var jobs: [RenderJob] = []
        for w in wanted {
            let view: ViewDiagram
            do { view = try w.view() } catch let error as DiagramError {
                throw usageError(error.description, command: "report")
            }
            for m in view.warnings { Terminal.standardError.warning(m) }
            var options = view.options
            let drawnTies =
                options.relations.map { types in view.map.relations.filter { types.contains($0.type) }.count }
                ?? view.map.relations.count
            switch RenderingLimits.decide(nodes: view.map.actors.count, edges: drawnTies, requested: options.layout) {
            case .draw(let engine, let message):
                if let message { Terminal.standardError.warning(message) }
                options.layout = engine
            case .refuse(let message):
                Terminal.standardError.error(message)
                throw ExitCode(ExitStatus.dataError)
            }
            options.elementNames = true
            do {
                jobs.append(
                    RenderJob(dot: try DOTWriter(options: options).write(view.map, for: .svg), layout: options.layout))
            } catch let error as DiagramError {
                throw usageError(error.description, command: "report")
            }
        }
        // One layout per diagram, drawn as SVG, PDF and PNG; the PNG at most an A4-landscape text area.
        let outcomes = GraphvizRenderer.render(
            jobs, formats: [.svg, .pdf, .png], dpi: 300, pngMaximumSize: Self.pngPage)
        var diagrams: [ReportDiagram] = []
        for (w, outcome) in zip(wanted, outcomes) {
            for m in outcome.warnings { Terminal.standardError.warning("Graphviz: \(m)") }
            switch outcome.result {
            case .success(let rendered):
                diagrams.append(
                    ReportDiagram(
                        stem: w.stem, title: w.title, svg: String(decoding: rendered[.svg]!, as: UTF8.self),
                        png: [UInt8](rendered[.png]!), pdf: [UInt8](rendered[.pdf]!)))
            case .failure(let error):
                Terminal.standardError.error(error.description)
                throw ExitCode(ExitStatus.software)
            }
        }
        return diagrams
    }
}
