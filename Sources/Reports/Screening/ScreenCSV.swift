import ActorModel
import ConflictAnalysis

/// `actormap screen --format csv`: one row per actor in the screen's order (highest risk first), columns
/// `id,name,risk,band,confidence` then one column per factor, keyed as ``RiskFactor`` (`capture`,
/// `gatekeeping`, `legitimacy_deficit`, ...), in that order.
///
/// Numbers are written as in `analyze --format csv` (``CSVWriter/number(_:)``: shortest round-trip form,
/// not rounded): `risk` is the 0–100 score, `confidence` the share (0–1) of the factor weight that is
/// known, each factor its value in [0, 1]; an unknown factor is an empty field. `band` is the final band
/// (after flags). Evidence, flags, the plan and the Monte Carlo do not fit one table: they are in the table
/// and JSON outputs.
public enum ScreenCSV {
    public static func text(_ report: ScreenReport) -> String {
        var out = CSVWriter.row(["id", "name", "risk", "band", "confidence"] + RiskFactor.allCases.map(\.rawValue))
        for a in report.actors {
            let factors = RiskFactor.allCases.map { CSVWriter.number(a.factor($0)?.value) }
            out += CSVWriter.row(
                [a.id, a.name, CSVWriter.number(a.risk), a.band.rawValue, CSVWriter.number(a.confidence)] + factors)
        }
        return out
    }
}
