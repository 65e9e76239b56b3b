/// `report.html`: one self-contained, well-formed file (XHTML syntax, UTF-8) that opens offline: a small
/// inline stylesheet, the diagrams inline as SVG, no script, font, image or link to anything outside it.
/// Every string from the model is escaped, so an actor named `<script>` stays text.
public enum HTMLReport {
    public static func text(_ document: ReportDocument, diagrams: [ReportDiagram]) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(escape(document.title)) — ActorMap report</title>\n"
        out += "<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        out += "<h1>\(escape(document.title))</h1>\n"
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let h = min(max(level, 2), 4)
                out += "<h\(h)>\(escape(text))</h\(h)>\n"
            case .paragraph(let text):
                out += "<p>\(escape(text))</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows, let numeric):
                func cells(_ row: [String], tag: String) -> String {
                    row.enumerated().map { i, text in
                        "<\(tag)\(numeric.contains(i) ? " class=\"n\"" : "")>\(escape(text))</\(tag)>"
                    }.joined()
                }
                out += "<table>\n<thead><tr>\(cells(header, tag: "th"))</tr></thead>\n<tbody>\n"
                out += rows.map { "<tr>\(cells($0, tag: "td"))</tr>\n" }.joined()
                out += "</tbody>\n</table>\n"
            case .diagram(let index):
                guard diagrams.indices.contains(index) else { continue }
                let d = diagrams[index]
                out += "<figure>\n\(inlineSVG(d.svg, idPrefix: "d\(index)-"))\n"
                out += "<figcaption>\(escape(d.title))</figcaption>\n</figure>\n"
            case .chart(let chart):
                out += "<figure class=\"chart\">\n\(chart.svg(standalone: false))"
                out += "<figcaption>Programme indicators over time</figcaption>\n</figure>\n"
            }
        }
        out += "<footer>\(escape(document.traceability))</footer>\n</body>\n</html>\n"
        return out
    }

    /// Text as HTML (and XML) character data or a quoted attribute value. Control characters other than
    /// tab and line breaks, which neither allows, become U+FFFD.
    public static func escape(_ s: String) -> String {
        s.escapingScalars { u in
            switch u {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            case "\n", "\t": return nil
            case "\r": return "&#13;"
            case _ where u.value < 0x20 || (0x7F ... 0x9F).contains(u.value) || u.value == 0xFFFE || u.value == 0xFFFF:
                return "\u{FFFD}"
            default: return nil
            }
        }
    }

    /// Graphviz's SVG made fit to sit inside the page: the XML prolog, DOCTYPE and comments go (the DOCTYPE
    /// names an external DTD; comments can hold text), so do the namespace declarations (HTML puts `<svg>`
    /// in the SVG namespace itself; they are the only addresses in the file), and every `id` gets `idPrefix`
    /// so that several diagrams on one page keep their ids unique. Graphviz escapes the labels itself.
    public static func inlineSVG(_ svg: String, idPrefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        // Comments out (Graphviz writes one before each node and edge).
        while let open = body.range(of: "<!--") {
            guard let close = body.range(of: "-->", range: open.upperBound ..< body.endIndex) else {
                body.removeSubrange(open.lowerBound...)
                break
            }
            body.removeSubrange(open.lowerBound ..< close.upperBound)
        }
        for attribute in [" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""] {
            body = body.replacingOccurrences(of: attribute, with: "")
        }
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
        // Blank lines left where comments were.
        let lines = body.split(separator: "\n", omittingEmptySubsequences: true)
        return lines.joined(separator: "\n")
    }

    static let stylesheet = """
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; max-width: 72rem;
          margin: 1.5rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
        h1 { font-size: 1.7rem; margin-bottom: 0.3rem; }
        h2 { font-size: 1.35rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.4rem; }
        table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
        th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9rem; color: #555; }
        footer { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #ccc; font-size: 0.8rem; color: #555; }
        @media print { h2, h3 { page-break-after: avoid; } figure, table { page-break-inside: avoid; }
          footer { position: fixed; bottom: 0; } }

        """
}
