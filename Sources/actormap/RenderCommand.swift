import ActorModel
import ArgumentParser
import ConflictAnalysis
import Foundation
import GraphvizRendering

extension LayoutEngine: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}
extension DiagramView: ExpressibleByArgument {}

/// `--view`'s help.
private let viewHelp =
    "What to show: overview (the map), layer (the types in --relations), ego (--actor ID and its "
    + "neighbourhood within --radius ties), risk (fill by screen band, --plan's partners outlined), "
    + "factions (signed partition), diff (changes since --baseline), perspectives (which informant groups "
    + "report each tie)."

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a map as a report-ready diagram (SVG, PNG, PDF or DOT) with Graphviz.",
        usage: "actormap render <model> [-o <file>] [--format <format>] [--layout <layout>] [options]",
        discussion: """
            Default output: output/<model-file-stem>.<format>. Sector is shown by shape and colour, relation \
            type by colour and line style, hostility (distrust, competition) dashed or dotted in vermillion, \
            strength by line width, with a legend. The default 'dot' layout stacks levels: international at \
            the top, community at the bottom.

            --fit PAGE shrinks the drawing into the page's text area (the page less 2.5 cm margins) as long as \
            no label gets smaller than 7 pt; a PDF then has the page's size, an SVG or PNG the text area's \
            (PNG at --dpi). A map that cannot fit is refused (exit 65) with a suggestion: a layer, an ego \
            or a factions view, fewer --relations, or a larger page.
            """
    )

    @Argument(help: "A model file (.yaml, .yml, .json) or CSV edge list (.csv).")
    var model: String

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output). Default: output/<stem>.<format>.")
    var output: String?

    @Option(help: "Output format: svg, png, pdf or dot. Default: from the output file's extension, else svg.")
    var format: DiagramFormat?

    @Option(help: "Layout: dot (levels), neato, fdp, sfdp, circo or twopi. Default: dot (fdp for --view factions).")
    var layout: LayoutEngine?

    @Option(help: "Relation types to draw, comma-separated (default: every type with ties).")
    var relations: String?

    @Option(
        parsing: .unconditional,
        help: "PNG resolution in dots per inch (72-600; default 150). SVG, PDF and DOT have no pixels.")
    var dpi: Int?

    @Option(help: ArgumentHelp(viewHelp))
    var view: DiagramView = .overview

    @Option(help: "The focal actor of --view ego, by id.")
    var actor: String?

    @Option(help: "For --view ego: how many ties away from the actor to draw (1-10; default 1).")
    var radius: Int?

    @Option(help: "For --view risk: the engagement plan whose partners are outlined (default: the model's first).")
    var plan: String?

    @Option(help: ArgumentHelp("Fit the drawing to a page: \(PageSize.syntax).", valueName: "page"))
    var fit: String?

    @Option(help: "The earlier snapshot for --view diff.")
    var baseline: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Stop with an error (exit 65) when Graphviz has not finished after this many seconds, counted from "
                + "the start (default 30; 0: no limit).",
            valueName: "seconds"))
    var timeLimit: Double = RenderingLimits.deadlineSeconds

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Replace sensitive actors' names with 'Sensitive actor N'.")
    var redact = false

    @OptionGroup var input: InputOptions
    @OptionGroup var perspective: PerspectiveOptions
    @OptionGroup var what: ScenarioOption
    @OptionGroup var typeMap: TypeMapOptions

    func validate() throws {
        if view == .diff && baseline == nil { throw ValidationError("--view diff needs --baseline OLD") }
        if baseline != nil && view != .diff { throw ValidationError("--baseline goes with --view diff") }
        if view == .ego && actor == nil { throw ValidationError("--view ego needs --actor ID") }
        if actor != nil && view != .ego { throw ValidationError("--actor goes with --view ego") }
        if radius != nil && view != .ego { throw ValidationError("--radius goes with --view ego") }
        if let radius, !(1 ... DiagramViews.maximumEgoRadius).contains(radius) {
            throw ValidationError("--radius must be between 1 and \(DiagramViews.maximumEgoRadius), got \(radius)")
        }
        if plan != nil && view != .risk { throw ValidationError("--plan goes with --view risk") }
        if let fit, PageSize(parsing: fit) == nil {
            throw ValidationError("--fit: cannot read '\(fit)' as a page; give \(PageSize.syntax)")
        }
        if let dpi, !(72 ... 600).contains(dpi) {
            throw ValidationError("--dpi must be between 72 and 600, got \(dpi)")
        }
        if !(timeLimit >= 0) { throw ValidationError("--time-limit must be 0 (no limit) or more seconds") }
        if output?.isEmpty == true { throw ValidationError("-o needs a file name (or - for standard output)") }
        if let output, output != "-", format == nil {
            let ext = (output as NSString).pathExtension.lowercased()
            if !ext.isEmpty && DiagramFormat(rawValue: ext) == nil {
                throw ValidationError("cannot tell the format from '\(output)'; add --format svg|png|pdf|dot")
            }
        }
    }

    func run() throws {
        let started = Date()
        // For scripts/bench/render_sizes.py only: time an engine beyond its limit.
        let limitsOff = ProcessInfo.processInfo.environment["ACTORMAP_RENDER_NO_LIMITS"] == "1"
        let result = try loadModel(model, options: input, mappings: typeMap.mappings, command: "render")
        printDiagnostics(result, redact: redact)
        guard result.validSize != nil else { throw ExitCode(ExitStatus.dataError) }
        // A compact edge list too large to draw is refused before its map is built.
        if let edges = result.edgeList, !limitsOff,
            case .refuse(let message) = RenderingLimits.decide(
                nodes: edges.actorCount, edges: edges.tieCount, requested: layout ?? .dot)
        {
            Terminal.standardError.error(message)
            throw ExitCode(ExitStatus.dataError)
        }
        guard var map = result.validMap else { throw ExitCode(ExitStatus.dataError) }
        map = try perspective.apply(to: map, command: "render", redact: redact)
        if let path = what.scenario {
            // Applied before redaction, which below renames what the scenario added too.
            let aliases = redact ? map.redactingSensitiveActors().redaction : nil
            map = try loadScenario(path, base: map, redaction: aliases, withheld: result.withheld, command: "render")
                .applied(to: map)
        }
        let chosenFormat =
            format
            ?? output.flatMap { DiagramFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) }
            ?? .svg
        if dpi != nil && chosenFormat != .png {
            Terminal.standardError.warning(
                "--dpi has no effect on \(chosenFormat.rawValue) output (only PNG has pixels)")
        }
        let dpi = self.dpi ?? 150
        let layout = self.layout ?? (view == .factions ? .fdp : .dot)
        var options = DiagramOptions(layout: layout, dpi: dpi, showLegend: !noLegend)
        options.relations = relations.map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if options.relations?.isEmpty == true {
            throw usageError("--relations lists no relation type", command: "render")
        }
        let original = map
        var aliases = Redaction()
        if redact && view != .diff && view != .perspectives {
            // These views are built on the redacted map, so their titles and marks hold aliases only.
            (map, aliases) = map.redactingSensitiveActors()
        }
        var drawing: ViewDiagram
        do {
            switch view {
            case .overview:
                drawing = DiagramViews.overview(map, options: options)
            case .layer:
                drawing = try DiagramViews.layer(map, options: options)
            case .ego:
                let id = actor!
                guard original.actors.contains(where: { $0.id == id }) else {
                    // Under --redact a suggestion must not reveal a sensitive id.
                    let suggestible = original.actors.filter { !redact || !$0.sensitive }.map(\.id)
                    throw usageError(
                        "unknown actor '\(redact ? aliases.redactingText(id) : id)' in --actor"
                            + NearMiss.hint(for: id, among: suggestible), command: "render")
                }
                drawing = try DiagramViews.ego(map, actor: aliases.id(id), radius: radius ?? 1, options: options)
            case .risk:
                var chosenPlan: (name: String, partners: [String])?
                if let name = plan {
                    chosenPlan = try engagementPlan(
                        named: name, original: original, map: map, redaction: redact ? aliases : nil,
                        command: "render")
                } else if let first = map.engagementPlans.first {
                    chosenPlan = (first.name, first.partners)
                }
                drawing = try DiagramViews.risk(map, plan: chosenPlan, options: options)
            case .factions:
                drawing = try DiagramViews.factions(map, options: options, analysis: AnalysisOptions(threads: 1))
            case .perspectives:
                drawing = DiagramViews.perspectives(map, options: options)
            case .diff:
                let old = try loadModel(baseline!, options: input, command: "render")
                printDiagnostics(old, redact: redact)
                guard let oldMap = old.validMap else { throw ExitCode(ExitStatus.dataError) }
                // The baseline is read through the same view (--source, --consensus) as the map.
                let baselineView = try perspective.apply(to: oldMap, command: "render", redact: redact)
                drawing = try DiagramViews.diff(old: baselineView, new: map, options: options)
            }
        } catch let error as DiagramError {
            throw usageError(error.description, command: "render")
        } catch let failure as NetworkAnalysis.Failure {
            Terminal.standardError.error(failure.description)
            throw ExitCode(ExitStatus.dataError)
        }
        if redact && (view == .diff || view == .perspectives) {
            // Marks name actors by id: rename them as the redaction does.
            let (redacted, names) = drawing.map.redactingSensitiveActors()
            drawing = drawing.renamingActors(names.id)
            drawing.map = redacted
        }
        for w in drawing.warnings { Terminal.standardError.warning(w) }
        map = drawing.map
        options = drawing.options

        let actorCount = map.actors.count
        let drawnTies =
            options.relations.map { types in map.relations.filter { types.contains($0.type) }.count }
            ?? map.relations.count
        switch limitsOff
            ? .draw(layout, message: nil)
            : RenderingLimits.decide(nodes: actorCount, edges: drawnTies, requested: layout)
        {
        case .draw(let engine, let message):
            if let message { Terminal.standardError.warning(message) }
            options.layout = engine
        case .refuse(let message):
            Terminal.standardError.error(message)
            throw ExitCode(ExitStatus.dataError)
        }
        if let fit, let page = PageSize(parsing: fit) {
            do {
                var warnings: [String] = []
                options = try PageFitting.fit(map, options: options, page: page, warnings: &warnings)
                for w in warnings { Terminal.standardError.warning("Graphviz: \(w)") }
            } catch let refusal as PageFitting.Refusal {
                Terminal.standardError.error(refusal.description)
                throw ExitCode(ExitStatus.dataError)
            } catch let error as GraphvizError {
                Terminal.standardError.error(error.description)
                throw ExitCode(ExitStatus.software)
            } catch let error as DiagramError {
                throw usageError(error.description, command: "render")
            }
        }

        for w in DOTWriter.shortenedLabels(in: map) { Terminal.standardError.warning(w) }
        let dot: String
        do {
            dot = try DOTWriter(options: options).write(map, for: chosenFormat)
        } catch let error as DiagramError {
            throw usageError(error.description, command: "render")
        }
        let bytes: Data
        if chosenFormat == .dot {
            bytes = Data(dot.utf8)
        } else {
            // The elapsed-time guard, for what the limits above cannot bound (see RenderingLimits).
            let deadline =
                timeLimit > 0
                ? RenderDeadline(
                    seconds: timeLimit - Date().timeIntervalSince(started),
                    message: "the \(options.layout.rawValue) layout of \(actorCount) actors and \(drawnTies) ties "
                        + "was not finished after \(String(format: "%g", timeLimit)) s; draw fewer relation types "
                        + "with --relations, a part of the map, another --layout, or allow more time with "
                        + "--time-limit",
                    status: ExitStatus.dataError) : nil
            defer { deadline?.disarm() }
            do {
                var warnings: [String] = []
                bytes = try GraphvizRenderer.render(
                    dot: dot, layout: options.layout, format: chosenFormat, dpi: dpi, warnings: &warnings)
                deadline?.disarm()
                for w in warnings { Terminal.standardError.warning("Graphviz: \(w)") }
            } catch let error as GraphvizError {
                Terminal.standardError.error(error.description)
                throw ExitCode(ExitStatus.software)
            }
        }
        let destination = output ?? defaultOutputPath(for: model, extension: chosenFormat.fileExtension)
        if let output, output != "-",
            let named = DiagramFormat(rawValue: (output as NSString).pathExtension.lowercased()),
            named != chosenFormat
        {
            Terminal.standardError.warning(
                "writing \(chosenFormat.rawValue) (--format) into '\(output)', whose name says \(named.rawValue)")
        }
        if destination == "-" {
            try writeStandardOutput(bytes)
            return
        }
        try writeOutput(bytes, to: destination)
        try writeStandardOutput(line: "wrote \(destination)")
    }
}
