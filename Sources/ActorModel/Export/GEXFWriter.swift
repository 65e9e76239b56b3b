/// Writes a map as GEXF 1.3, as Gephi and networkx read it: nodes with `label` (the name) and attribute
/// values for every actor field and custom attribute; edges with `weight`, the relation type as `kind`
/// and `label`, and attribute values for the type's polarity and the tie's own fields. The graph is
/// directed when any relation type is; an undirected tie in a directed graph carries `directed=false` as
/// an attribute value (networkx refuses mixed edge types), a mutual tie `mutual=true`.
enum GEXFWriter {
    static let nodeAttributes: [(String, String)] = [
        ("sector", "string"), ("level", "string"), ("represents", "string"), ("tags", "string"),
        ("power", "double"), ("legitimacy", "double"), ("accountability", "double"), ("sensitive", "boolean"),
        ("notes", "string"),
    ]
    static let edgeAttributes: [(String, String)] = [
        ("polarity", "string"), ("mutual", "boolean"), ("directed", "boolean"), ("source_group", "string"),
        ("confidence", "double"), ("date", "string"), ("note", "string"),
    ]

    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let e = GraphMLWriter.escape
        let n = ModelExport.number
        let directed = map.relationTypesInUse.contains { $0.isDirected }
        var losses = ModelExport.modelOnlyLosses(map, format: "GEXF", keepsPlans: false)
        if map.levels != StakeholderMap.defaultLevels || map.groups != nil {
            losses.append("GEXF cannot carry the model's levels and groups lists: not written")
        }
        if map.source != nil { losses.append("GEXF cannot carry the map's source: not written") }
        if let d = map.date, !YAMLNodeReader.isValidDate(d) {
            losses.append("GEXF carries a date as YYYY-MM-DD only: '\(d)' not written")
        }
        losses += ModelExport.typeLosses(map, format: "GEXF", carriesPolarity: true)
        var custom: [String] = []
        for a in map.actors { for (k, _) in a.attributes where !custom.contains(k) { custom.append(k) } }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">

            """
        let date = map.date.flatMap { YAMLNodeReader.isValidDate($0) ? " lastmodifieddate=\"\($0)\"" : nil } ?? ""
        out += "  <meta\(date)>\n    <creator>ActorMap</creator>\n"
        if let d = map.description { out += "    <description>\(e(d))</description>\n" }
        out += "  </meta>\n"
        out += "  <graph defaultedgetype=\"\(directed ? "directed" : "undirected")\" mode=\"static\" "
        out += "name=\"\(e(map.name))\">\n"
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for (name, kind) in nodeAttributes {
            out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(kind)\"/>\n"
        }
        for (i, name) in custom.enumerated() {
            out += "      <attribute id=\"a\(i)\" title=\"\(e(name))\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for (name, kind) in edgeAttributes {
            out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(kind)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        func value(_ key: String, _ v: String) -> String {
            "          <attvalue for=\"\(key)\" value=\"\(e(v))\"/>\n"
        }
        func attvalues(_ values: String) -> String {
            values.isEmpty ? "" : "        <attvalues>\n" + values + "        </attvalues>\n"
        }
        for a in map.actors {
            var v = ""
            if let s = a.sector { v += value("sector", s.rawValue) }
            if let l = a.level { v += value("level", l) }
            if !a.represents.isEmpty { v += value("represents", a.represents.joined(separator: "|")) }
            if !a.tags.isEmpty { v += value("tags", a.tags.joined(separator: "|")) }
            if let p = a.power { v += value("power", n(p)) }
            if let p = a.legitimacy { v += value("legitimacy", n(p)) }
            if let p = a.accountability { v += value("accountability", n(p)) }
            if a.sensitive { v += value("sensitive", "true") }
            if let notes = a.notes { v += value("notes", notes) }
            for (k, x) in a.attributes { if let i = custom.firstIndex(of: k) { v += value("a\(i)", x) } }
            out += "      <node id=\"\(e(a.id))\" label=\"\(e(a.name))\"" + (v.isEmpty ? "/>\n" : ">\n")
            if !v.isEmpty { out += attvalues(v) + "      </node>\n" }
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, r) in map.relations.enumerated() {
            let type = map.relationType(named: r.type)
            var v = value("polarity", type?.polarity.rawValue ?? "positive")
            if r.isMutual { v += value("mutual", "true") }
            if directed && type?.isDirected == false { v += value("directed", "false") }
            if let s = r.source { v += value("source_group", s) }
            if let c = r.confidence { v += value("confidence", n(c)) }
            if let d = r.date { v += value("date", d) }
            if let note = r.note { v += value("note", note) }
            out += "      <edge id=\"\(i)\" source=\"\(e(r.from))\" target=\"\(e(r.to))\" weight=\"\(n(r.weight))\" "
            out += "kind=\"\(e(r.type))\" label=\"\(e(r.type))\">\n" + attvalues(v) + "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return ModelExport.Output(text: out, losses: losses)
    }
}
