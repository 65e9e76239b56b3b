import Foundation

/// One file of a report folder: its name (no folder part) and its bytes.
public struct ReportFile: Sendable, Equatable {
    public var name: String
    public var bytes: Data
}

/// Builds a report folder's files from results already computed: no file system, no Graphviz, so the same
/// input always gives the same bytes. The caller writes them (``AtomicFolder``).
///
/// Files, in this order: `report.html`, `report.md`, each diagram as `diagram-<stem>.svg` (and `.png`,
/// `.pdf` when given), `chart-indicators.svg` with a baseline, `actors.csv`, `relations.csv`, `measures.csv`,
/// `screen.csv`.
public enum ReportBuilder {
    /// The indicators chart's file, when the report has a baseline.
    static let chartFile = "chart-indicators.svg"

    public static func files(_ input: ReportInput) -> [ReportFile] {
        var input = input
        input.diagrams = uniquelyNamed(input.diagrams)
        let document = ReportDocument(input)
        var files = [
            ReportFile(
                name: "report.html",
                bytes: Data(
                    HTMLReport.text(document, diagrams: input.diagrams, interactive: ReportPageData(input)).utf8)),
            ReportFile(name: "report.md", bytes: Data(MarkdownReport.text(document, diagrams: input.diagrams).utf8)),
        ]
        for d in input.diagrams {
            files.append(ReportFile(name: d.fileStem + ".svg", bytes: Data(d.svg.utf8)))
            if let png = d.png { files.append(ReportFile(name: d.fileStem + ".png", bytes: Data(png))) }
            if let pdf = d.pdf { files.append(ReportFile(name: d.fileStem + ".pdf", bytes: Data(pdf))) }
        }
        if let chart = input.change?.chart {
            files.append(ReportFile(name: chartFile, bytes: Data(chart.svg(standalone: true).utf8)))
        }
        var names: [String: String] = [:]
        for a in input.map.actors { names[a.id] = a.name }
        files += [
            ReportFile(name: "actors.csv", bytes: Data(ReportCSV.actors(input.map).utf8)),
            ReportFile(name: "relations.csv", bytes: Data(ReportCSV.relations(input.map).utf8)),
            ReportFile(
                name: "measures.csv",
                bytes: Data((ReportCSV.byteOrderMark + AnalysisCSV.text(input.analysis, names: names)).utf8)),
            ReportFile(
                name: "screen.csv", bytes: Data((ReportCSV.byteOrderMark + ScreenCSV.text(input.screen)).utf8)),
        ]
        return files
    }

    /// The diagrams with stems that give distinct file names (`-2`, `-3`, ... added to a repeat).
    static func uniquelyNamed(_ diagrams: [ReportDiagram]) -> [ReportDiagram] {
        var used: Set<String> = []
        return diagrams.map { d in
            var d = d
            d.stem = String(d.fileStem.dropFirst("diagram-".count))
            let base = d.stem
            var k = 1
            while used.contains(d.fileStem) {
                k += 1
                d.stem = "\(base)-\(k)"
            }
            used.insert(d.fileStem)
            return d
        }
    }
}
