/// Pearson's correlation coefficient r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), summed in order (so the
/// same inputs give the same bits); `nil` with fewer than two pairs or when either side has no variance.
/// Spearman's ρ is this on ranks.
func pearsonCorrelation(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count >= 2, x.count == y.count else { return nil }
    let n = Double(x.count)
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for (a, b) in zip(x, y) {
        sxy += (a - mx) * (b - my)
        sxx += (a - mx) * (a - mx)
        syy += (b - my) * (b - my)
    }
    guard sxx > 0 && syy > 0 else { return nil }
    return sxy / (sxx * syy).squareRoot()
}
