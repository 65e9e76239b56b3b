/// Writes a map as GraphML with typed attribute keys (`attr.name`, `attr.type`), as yEd, igraph and
/// networkx read them. Lists (tags, represents) are written as text joined with `|`; engagement plans and
/// the relation types' own descriptions have no place and are reported as losses.
enum GraphMLWriter {
    /// The node attributes ActorMap writes, with their GraphML types.
    static let nodeKeys: [(String, String)] = [
        ("name", "string"), ("sector", "string"), ("level", "string"), ("represents", "string"),
        ("tags", "string"), ("power", "double"), ("legitimacy", "double"), ("accountability", "double"),
        ("sensitive", "boolean"), ("notes", "string"),
    ]
    static let edgeKeys: [(String, String)] = [
        ("type", "string"), ("weight", "double"), ("polarity", "string"), ("mutual", "boolean"),
        ("directed", "boolean"), ("source_group", "string"), ("confidence", "double"), ("date", "string"),
        ("note", "string"),
    ]

    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let n = ModelExport.number
        let directed = map.relationTypesInUse.contains { $0.isDirected }
        var losses = ModelExport.modelOnlyLosses(map, format: "GraphML", keepsPlans: false)
        if map.levels != StakeholderMap.defaultLevels || map.groups != nil {
            losses.append("GraphML cannot carry the model's levels and groups lists: not written")
        }
        let described = map.relationTypes.filter { !$0.isBuiltIn && $0.description != nil }
        if !described.isEmpty {
            losses.append("GraphML cannot carry relation type descriptions: \(described.count) not written")
        }
        var custom: [String] = []
        for a in map.actors { for (k, _) in a.attributes where !custom.contains(k) { custom.append(k) } }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (name, kind) in [("name", "string"), ("description", "string"), ("source", "string"), ("date", "string")] {
            out += "  <key id=\"g_\(name)\" for=\"graph\" attr.name=\"\(name)\" attr.type=\"\(kind)\"/>\n"
        }
        for (name, kind) in nodeKeys {
            out += "  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(kind)\"/>\n"
        }
        for (i, name) in custom.enumerated() {
            out += "  <key id=\"a\(i)\" for=\"node\" attr.name=\"\(escape(name))\" attr.type=\"string\"/>\n"
        }
        for (name, kind) in edgeKeys {
            out += "  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(kind)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
        func data(_ key: String, _ value: String, indent: String = "    ") -> String {
            "\(indent)<data key=\"\(key)\">\(escape(value))</data>\n"
        }
        out += data("g_name", map.name)
        if let d = map.description { out += data("g_description", d) }
        if let s = map.source { out += data("g_source", s) }
        if let d = map.date { out += data("g_date", d) }
        for a in map.actors {
            out += "    <node id=\"\(escape(a.id))\">\n"
            let i = "      "
            out += data("n_name", a.name, indent: i)
            if let s = a.sector { out += data("n_sector", s.rawValue, indent: i) }
            if let l = a.level { out += data("n_level", l, indent: i) }
            if !a.represents.isEmpty { out += data("n_represents", a.represents.joined(separator: "|"), indent: i) }
            if !a.tags.isEmpty { out += data("n_tags", a.tags.joined(separator: "|"), indent: i) }
            if let p = a.power { out += data("n_power", n(p), indent: i) }
            if let p = a.legitimacy { out += data("n_legitimacy", n(p), indent: i) }
            if let p = a.accountability { out += data("n_accountability", n(p), indent: i) }
            if a.sensitive { out += data("n_sensitive", "true", indent: i) }
            if let notes = a.notes { out += data("n_notes", notes, indent: i) }
            for (k, v) in a.attributes {
                if let index = custom.firstIndex(of: k) { out += data("a\(index)", v, indent: i) }
            }
            out += "    </node>\n"
        }
        for r in map.relations {
            let type = map.relationType(named: r.type)
            let undirectedInDirected = directed && type?.isDirected == false
            // networkx refuses the XML attribute directed="false" in a directed graph: it goes in a data key.
            out += "    <edge source=\"\(escape(r.from))\" target=\"\(escape(r.to))\">\n"
            let i = "      "
            out += data("e_type", r.type, indent: i)
            out += data("e_weight", n(r.weight), indent: i)
            out += data("e_polarity", type?.polarity.rawValue ?? "positive", indent: i)
            if r.isMutual { out += data("e_mutual", "true", indent: i) }
            if undirectedInDirected { out += data("e_directed", "false", indent: i) }
            if let s = r.source { out += data("e_source_group", s, indent: i) }
            if let c = r.confidence { out += data("e_confidence", n(c), indent: i) }
            if let d = r.date { out += data("e_date", d, indent: i) }
            if let note = r.note { out += data("e_note", note, indent: i) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return ModelExport.Output(text: out, losses: losses)
    }

    /// Text as XML character data or an attribute value; characters XML 1.0 cannot hold become U+FFFD.
    static func escape(_ s: String) -> String {
        s.escapingScalars { u in
            switch u {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "\n": return "&#10;"
            case "\r": return "&#13;"
            case "\t": return "&#9;"
            case _ where u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF: return "\u{FFFD}"
            default: return nil
            }
        }
    }
}
