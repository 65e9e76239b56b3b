import Yams

/// The relation entries of model and scenario files: `type`, the ends (`from`/`to`, or `between: [a, b]`),
/// and optional `weight`, `source`, `confidence`, `date` and `note`.
///
/// Reads one entry into a ``ModelBuilder/RelationInput``, reporting shape problems: unknown keys, a
/// missing type or end, both forms of ends at once, a `between` without exactly two ids, values that are
/// not numbers or dates. Whether the type, the actors and the weight are right is the builder's to say.
enum YAMLRelationSchema {
    static let keys = ["type", "from", "to", "between", "weight", "source", "confidence", "date", "note"]

    /// The entry `item` as builder input, or `nil` when it is not a mapping (reported).
    static func input(_ item: Node, nodes: YAMLNodeReader) -> ModelBuilder.RelationInput? {
        guard let fields = nodes.entries(of: item, what: "a relation") else { return nil }
        nodes.checkKeys(fields, allowed: keys, in: "a relation")
        let f = nodes.fields(fields)
        var input = ModelBuilder.RelationInput(ends: [], location: nodes.location(of: item))

        if let e = f["type"] {
            input.type = nodes.requiredName(e.value, field: "type")
            if input.type == nil { input.isComplete = false }
        } else {
            input.isComplete = false
            nodes.error("this relation has no 'type' (trust, power, competition or a declared type)", at: item)
        }

        if let b = f["between"] {
            if f["from"] != nil || f["to"] != nil {
                input.isComplete = false
                nodes.error("give either 'from'/'to' or 'between', not both", at: b.keyNode)
            } else if let pair = nodes.names(b.value, field: "between") {
                if pair.count == 2 {
                    input.ends = pair
                    input.isMutual = true
                } else {
                    input.isComplete = false
                    nodes.error("'between' takes exactly two actor ids, found \(pair.count)", at: b.value)
                }
            } else {
                input.isComplete = false
            }
        } else {
            for key in ["from", "to"] {
                if let e = f[key] {
                    if let id = nodes.requiredName(e.value, field: key) {
                        input.ends.append(id)
                    } else {
                        input.isComplete = false
                    }
                } else {
                    input.isComplete = false
                    nodes.error("this relation has no '\(key)'; give 'from' and 'to', or 'between: [a, b]'", at: item)
                }
            }
        }

        if let e = f["weight"] {
            input.weight = nodes.locatedNumber(e.value, field: "weight")
            if input.weight == nil { input.isComplete = false }
        }
        // A confidence that is not a number is reported but does not reject the tie (as it always has).
        input.confidence = f["confidence"].flatMap { nodes.locatedNumber($0.value, field: "confidence") }
        input.source = f["source"].flatMap { nodes.string($0.value, field: "source") }
        input.date = f["date"].flatMap { nodes.date($0.value, field: "date") }
        input.note = f["note"].flatMap { nodes.string($0.value, field: "note") }
        return input
    }
}
