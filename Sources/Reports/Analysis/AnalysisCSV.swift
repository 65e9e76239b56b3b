import ConflictAnalysis
import Foundation

/// `actormap analyze --format csv`: one row per actor per layer (and per actor for the signed block,
/// layer `signed`); columns `layer,id,name` then every measure key that any layer produced, in order.
public enum AnalysisCSV {
    /// The CSV text, with each actor's name taken from `names` by id (the id when absent).
    public static func text(_ report: NetworkAnalysisReport, names: [String: String]) -> String {
        String(decoding: bytes(report, name: { id, _ in names[id] ?? id }), as: UTF8.self)
    }

    /// The CSV bytes, with the actor names the report holds: written straight into one buffer (no
    /// string per row), for reports of a million actors.
    public static func data(_ report: NetworkAnalysisReport) -> Data {
        let layers = report.layers.map(\.actorNames) + (report.signed.map { [$0.actorNames] } ?? [])
        return Data(bytes(report, name: { _, position in layers[position.block][position.row] }))
    }

    /// An actor's row: which block (layer, then the signed block) and which row in it.
    private typealias Position = (block: Int, row: Int)

    private static func bytes(_ report: NetworkAnalysisReport, name: (String, Position) -> String) -> [UInt8] {
        var keys: [String] = []
        let allColumns = report.layers.flatMap { $0.columns.map(\.key) } + (report.signed?.columns.map(\.key) ?? [])
        for k in allColumns where !keys.contains(k) { keys.append(k) }
        var out: [UInt8] = []
        let rowCount = report.layers.reduce(0) { $0 + $1.actorIDs.count } + (report.signed?.actorIDs.count ?? 0)
        out.reserveCapacity(64 + rowCount * (16 + 24 * keys.count))
        appendUTF8(CSVWriter.row(["layer", "id", "name"] + keys), to: &out)
        func rows(_ block: Int, _ layer: String, _ ids: [String], _ columns: [MeasureColumn]) {
            var byKey: [String: [Double?]] = [:]
            for c in columns { byKey[c.key] = c.values }
            let values = keys.map { byKey[$0] }
            var layerField: [UInt8] = []
            appendUTF8(CSVWriter.field(layer), to: &layerField)
            for (i, id) in ids.enumerated() {
                out.append(contentsOf: layerField)
                out.append(UInt8(ascii: ","))
                appendField(id, to: &out)
                out.append(UInt8(ascii: ","))
                appendField(name(id, (block, i)), to: &out)
                for column in values {
                    out.append(UInt8(ascii: ","))
                    if let x = column?[i] ?? nil { appendNumber(x, to: &out) }
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
        for (b, l) in report.layers.enumerated() { rows(b, l.relations.joined(separator: "+"), l.actorIDs, l.columns) }
        if let s = report.signed { rows(report.layers.count, "signed", s.actorIDs, s.columns) }
        return out
    }

    /// ``CSVWriter/field(_:)``, without building a string when the text needs neither guard nor quotes.
    private static func appendField(_ text: String, to out: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
            guard let first = bytes.first else { return true }
            if first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@")
            {
                return false
            }
            for byte in bytes
            where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
            {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        if !plain { appendUTF8(CSVWriter.field(text), to: &out) }
    }

    private static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// ``CSVWriter/number(_:)`` (integral values as integers, others in Swift's shortest round-trip form;
    /// nothing for a non-finite value), written into `out`.
    private static func appendNumber(_ x: Double, to out: inout [UInt8]) {
        guard x.isFinite else { return }
        if x == x.rounded() && abs(x) < 9.007_199_254_740_992e15 {
            var v = Int64(x)
            if v < 0 {
                out.append(UInt8(ascii: "-"))
                v = -v
            }
            let start = out.count
            repeat {
                out.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10))
                v /= 10
            } while v > 0
            out[start...].reverse()
            return
        }
        appendUTF8(x.description, to: &out)
    }
}
