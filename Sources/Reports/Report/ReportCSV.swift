import ActorModel

/// The report's tables as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the encoding
/// right), a header row, formula-like cells neutralised (``CSVWriter``).
public enum ReportCSV {
    /// The UTF-8 byte-order mark every report CSV starts with.
    public static let byteOrderMark = "\u{FEFF}"

    /// `actors.csv`: one row per actor in model order.
    public static func actors(_ map: StakeholderMap) -> String {
        var out = CSVWriter.row([
            "id", "name", "sector", "level", "represents", "tags", "power", "legitimacy", "accountability",
            "sensitive", "notes",
        ])
        for a in map.actors {
            out += CSVWriter.row([
                a.id, a.name, a.sector?.rawValue ?? "", a.level ?? "", a.represents.joined(separator: "; "),
                a.tags.joined(separator: "; "), CSVWriter.number(a.power), CSVWriter.number(a.legitimacy),
                CSVWriter.number(a.accountability), a.sensitive ? "yes" : "no", a.notes ?? "",
            ])
        }
        return byteOrderMark + out
    }

    /// `relations.csv`: one row per tie in model order (a mutual tie once, `mutual` = yes).
    public static func relations(_ map: StakeholderMap) -> String {
        var out = CSVWriter.row(["type", "from", "to", "mutual", "weight", "source", "confidence", "date", "note"])
        for r in map.relations {
            out += CSVWriter.row([
                r.type, r.from, r.to, r.isMutual ? "yes" : "no", CSVWriter.number(r.weight), r.source ?? "",
                CSVWriter.number(r.confidence), r.date ?? "", r.note ?? "",
            ])
        }
        return byteOrderMark + out
    }
}
