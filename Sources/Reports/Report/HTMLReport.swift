import ActorModel

/// `report.html`: one self-contained, well-formed file (XHTML syntax, UTF-8) that opens offline: a small
/// inline stylesheet, the diagrams inline as SVG and, given ``ReportPageData``, its data and a script of its
/// own (``ReportScript``); no font, image, external script or link to anything outside it. Every string from
/// the model is escaped, so an actor named `<script>` stays text, in the page and in the script's data.
///
/// Without JavaScript (and on paper) it is a complete static report: the controls stay hidden and the panel
/// empty. Layout: a header (the title), the controls, `main` with the blocks in order (each diagram a `figure`), the
/// actor panel, the footer, then the data and the script.
public enum HTMLReport {
    public static func text(
        _ document: ReportDocument, diagrams: [ReportDiagram], interactive page: ReportPageData? = nil
    ) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(escape(document.title)) — ActorMap report</title>\n"
        out += "<style>\n\(stylesheet)\(page == nil ? "" : ReportScript.stylesheet)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(escape(document.title))</h1>\n</header>\n"
        if let page { out += controls(page) }
        out += "<main>\n"
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let h = min(max(level, 2), 4)
                out += "<h\(h)>\(escape(text))</h\(h)>\n"
            case .paragraph(let text):
                out += "<p>\(escape(text))</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows, let numeric, let actors):
                func cells(_ row: [String], tag: String) -> String {
                    row.enumerated().map { i, text in
                        "<\(tag)\(numeric.contains(i) ? " class=\"n\"" : "")>\(escape(text))</\(tag)>"
                    }.joined()
                }
                out += "<table>\n<thead><tr>\(cells(header, tag: "th"))</tr></thead>\n<tbody>\n"
                for (i, row) in rows.enumerated() {
                    // The actor's key (a slug of its id), for the page's script.
                    let key = actors.indices.contains(i) ? " data-actor=\"\(ElementSlug.of(actors[i]))\"" : ""
                    out += "<tr\(key)>\(cells(row, tag: "td"))</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .diagram(let index):
                guard diagrams.indices.contains(index) else { continue }
                let d = diagrams[index]
                out += "<figure class=\"diagram\">\n\(inlineSVG(d.svg, idPrefix: "d\(index)-"))\n"
                out += "<figcaption>\(escape(d.title))</figcaption>\n</figure>\n"
            case .chart(let chart):
                out += "<figure class=\"chart\">\n\(chart.svg(standalone: false))"
                out += "<figcaption>Programme indicators over time</figcaption>\n</figure>\n"
            }
        }
        out += "</main>\n"
        if page != nil {
            out += "<aside id=\"am-panel\" hidden=\"hidden\" aria-label=\"Actor\" tabindex=\"-1\"></aside>\n"
        }
        out += "<footer>\(escape(document.traceability))</footer>\n"
        if let page {
            // JSON first (escaped so that no user text can end the element), then the script, in a CDATA
            // section that the script's own comments hide from HTML parsers.
            out += "<script type=\"application/json\" id=\"actormap-data\">\(page.json)</script>\n"
            out += "<script>/*<![CDATA[*/\n\(ReportScript.source)/*]]>*/</script>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// The controls the script shows (hidden without it): search, one switch per layer, the plan's
    /// partners.
    static func controls(_ page: ReportPageData) -> String {
        var out = "<div id=\"am-controls\" class=\"am-controls\" hidden=\"hidden\">\n"
        out += "<label>Find an actor <input type=\"search\" id=\"am-search\" autocomplete=\"off\"/></label>"
        out += "<span id=\"am-found\" aria-live=\"polite\"></span>\n"
        if !page.layers.isEmpty {
            out += "<fieldset id=\"am-layers\"><legend>Relation layers</legend>"
            for name in page.layers {
                out +=
                    "<label><input type=\"checkbox\" checked=\"checked\" data-layer=\"\(ElementSlug.of(name))\"/> "
                    + "\(escape(name))</label>"
            }
            out += "</fieldset>\n"
        }
        if let plan = page.plan {
            out +=
                "<button type=\"button\" id=\"am-partners\" aria-pressed=\"false\">Highlight the partners of "
                + "\(escape(plan))</button>\n"
        }
        out += "</div>\n"
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
    /// so that several diagrams on one page keep their ids unique; Graphviz's `&#45;` becomes a plain hyphen
    /// (ids then read as written: `d0-a-police`). Graphviz escapes the labels itself.
    /// Complexity: O(length of `svg`).
    public static func inlineSVG(_ svg: String, idPrefix: String) -> String {
        // One pass over the bytes (a diagram's SVG is hundreds of kilobytes: searching and replacing in the
        // string again for each comment made the report quadratic in the diagram's size).
        let bytes = Array(svg.utf8)
        guard var i = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        let comment = Array("<!--".utf8)
        let commentEnd = Array("-->".utf8)
        let namespaces = [
            Array(" xmlns=\"http://www.w3.org/2000/svg\"".utf8),
            Array(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"".utf8),
        ]
        let id = Array(" id=\"".utf8)
        let prefixed = id + Array(idPrefix.utf8)
        let hyphen = Array("&#45;".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), starts(bytes, with: comment, at: i) {
                // Comments out (Graphviz writes one before each node and edge); an unclosed one ends the text.
                guard let close = firstIndex(of: commentEnd, in: bytes, from: i + comment.count) else { break }
                i = close + commentEnd.count
                continue
            }
            if b == UInt8(ascii: "&"), starts(bytes, with: hyphen, at: i) {
                // Graphviz writes every hyphen as a character reference, in text and in ids alike.
                out.append(UInt8(ascii: "-"))
                i += hyphen.count
                continue
            }
            if b == UInt8(ascii: " ") {
                if starts(bytes, with: id, at: i) {
                    out += prefixed
                    i += id.count
                    continue
                }
                if let ns = namespaces.first(where: { starts(bytes, with: $0, at: i) }) {
                    i += ns.count
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        // Blank lines left where comments were.
        let lines = out.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        return String(decoding: Array(lines.joined(separator: [UInt8(ascii: "\n")])), as: UTF8.self)
    }

    private static func starts(_ bytes: [UInt8], with pattern: [UInt8], at i: Int) -> Bool {
        i + pattern.count <= bytes.count && bytes[i ..< i + pattern.count].elementsEqual(pattern)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && starts(bytes, with: pattern, at: i) { return i }
            i += 1
        }
        return nil
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
