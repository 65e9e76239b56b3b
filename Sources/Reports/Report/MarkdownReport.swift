/// `report.md`: the findings and tables in Markdown (CommonMark with pipe tables), the diagrams as image
/// links to the SVG files beside it. Model text is escaped, so it never becomes markup or inline HTML.
public enum MarkdownReport {
    public static func text(_ document: ReportDocument, diagrams: [ReportDiagram]) -> String {
        var out = "# \(escape(document.title))\n\n"
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(max(level, 2), 4)) + " \(escape(text))\n\n"
            case .paragraph(let text):
                out += escape(text) + "\n\n"
            case .list(let items):
                out += items.map { "- \(escape($0))\n" }.joined() + "\n"
            case .table(let header, let rows, let numeric, _):
                out += "| " + header.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
                for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
                out += "\n"
            case .diagram(let index):
                guard diagrams.indices.contains(index) else { continue }
                let d = diagrams[index]
                out += "![\(escape(d.title))](\(d.fileStem).svg)\n\n"
                var formats: [String] = []
                if d.png != nil { formats.append("[PNG](\(d.fileStem).png)") }
                if d.pdf != nil { formats.append("[PDF](\(d.fileStem).pdf)") }
                if !formats.isEmpty { out += "Also as " + formats.joined(separator: ", ") + ".\n\n" }
            case .chart:
                out += "![Programme indicators over time](\(ReportBuilder.chartFile))\n\n"
            }
        }
        out += "---\n\n" + escape(document.traceability) + "\n"
        return out
    }

    /// Model text as literal Markdown: punctuation that could start markup is backslash-escaped (`<` too, so
    /// no inline HTML), line breaks become spaces (a table row or list item stays one line).
    public static func escape(_ s: String) -> String {
        s.escapingScalars { u in
            switch u {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&", "(", ")", "{", "}":
                return "\\" + String(u)
            case "\n", "\r", "\t": return " "
            case _ where u.value < 0x20 || (0x7F ... 0x9F).contains(u.value): return "\u{FFFD}"
            default: return nil
            }
        }
    }
}
