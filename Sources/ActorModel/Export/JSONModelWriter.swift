import Yams

/// Writes a map as ActorMap's own model file in JSON (the YAML schema, version 1), which reads back to the
/// same map.
///
/// Convention: the YAML writer's document, node for node, in the same key order; a plain scalar is a
/// JSON boolean (`true`/`false`) or number (when it reads as a finite number), any other scalar a string.
/// So the JSON and YAML exports cannot drift apart. Complexity: O(size of the map).
enum JSONModelWriter {
    static func write(_ map: StakeholderMap) -> ModelExport.Output {
        let yaml = YAMLModelWriter.write(map)
        // The YAML writer's output is always valid YAML; a failure here would be a bug in it.
        guard let node = try? Yams.compose(yaml: yaml.text) else {
            return ModelExport.Output(text: "{}\n", losses: ["the map could not be written as JSON"])
        }
        var out = ""
        append(node, indent: "", to: &out)
        out += "\n"
        return ModelExport.Output(
            text: out,
            losses: yaml.losses.map { $0.replacingOccurrences(of: "this YAML writer", with: "this JSON writer") })
    }

    private static func append(_ node: Node, indent: String, to out: inout String) {
        let inner = indent + "  "
        switch node {
        case .mapping(let m):
            if m.count == 0 {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, (k, v)) in m.enumerated() {
                out += inner + ModelExport.quoted(k.scalar?.string ?? "") + ": "
                append(v, indent: inner, to: &out)
                out += i == m.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        case .sequence(let s):
            if s.count == 0 {
                out += "[]"
                return
            }
            // Lists of scalars stay on one line, as the YAML writer writes them.
            if s.allSatisfy({ $0.scalar != nil }) {
                out += "[" + s.map { scalar($0.scalar!) }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (i, v) in s.enumerated() {
                out += inner
                append(v, indent: inner, to: &out)
                out += i == s.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .scalar(let s): out += scalar(s)
        case .alias: out += "null"
        }
    }

    private static func scalar(_ s: Node.Scalar) -> String {
        guard s.style == .plain else { return ModelExport.quoted(s.string) }
        if s.string == "true" || s.string == "false" { return s.string }
        if let x = Double(s.string), x.isFinite, s.string.allSatisfy({ "0123456789.-+eE".contains($0) }) {
            return s.string
        }
        return ModelExport.quoted(s.string)
    }
}
