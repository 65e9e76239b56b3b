/// The value rules that do not depend on a map: id syntax and the weights a relation type allows.
enum ModelRules {
    /// Letters (any script), digits, `-`, `_`, `.`; not empty.
    static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// The largest weight magnitude a tie may have (and its inverse the smallest).
    static let maximumWeight = 1e12

    /// Why `w` is not a valid weight for `type`, or `nil` when it is: a magnitude between 1e-12 and 1e12
    /// (or 0), within the type's range, 0 only where the type allows it, negative only for a signed type.
    static func weightProblem(_ w: Double, type: RelationType) -> String? {
        // Analyses add weights and invert them into lengths; beyond this they would overflow or lose ties.
        if abs(w) > maximumWeight || (w != 0 && abs(w) < 1 / maximumWeight) {
            return "a weight must be between 1e-12 and 1e12 in size, found \(format(w))"
        }
        if let range = type.weightRange, !range.contains(w) {
            return "\(type.name) weight must be between \(format(range.lowerBound)) and "
                + "\(format(range.upperBound)), found \(format(w))"
        }
        if w == 0 && !type.allowsZeroWeight {
            return "a \(type.name) weight of 0 is no tie; leave the relation out, or use -1 or 1"
        }
        if w < 0 && type.polarity != .signed {
            let hint = type.polarity == .negative ? " (its ties already count as negative: give the strength)" : ""
            return "\(type.name) is not signed, so its weight cannot be negative, found \(format(w))\(hint)"
        }
        return nil
    }

    /// Whether `scalar` is a control character (Unicode category Cc: U+0000–U+001F, U+007F–U+009F), which no
    /// id may contain and no output may write as is.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }
}

/// A number as messages show it: without a needless `.0`.
func format(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(x)

}
