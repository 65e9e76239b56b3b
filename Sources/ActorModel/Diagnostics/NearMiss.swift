/// "Did you mean ...?" suggestions for misspelt names.
public enum NearMiss {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a plausible typo
    /// (distance ≤ max(1, length / 3), and smaller than the longer name, so the two share a letter), or if
    /// one contains the other. Ties go to the earlier candidate.
    ///
    /// - Complexity: O(candidates × |word| × |candidate|).
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = editDistance(lowered, candidate.lowercased())
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        guard let found = best else { return nil }
        let limit = max(1, lowered.count / 3)
        // A one-letter difference between one- or two-letter names ('b' for 'a') is no evidence of a typo.
        if found.distance <= limit && found.distance < max(lowered.count, found.name.count) { return found.name }
        // A prefix or abbreviation ("police" for "police-district").
        if lowered.count >= 3,
            let contained = candidates.first(where: {
                $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased())
            })
        {
            return contained
        }
        return nil
    }

    /// `; did you mean 'x'?` or an empty string.
    public static func hint(for word: String, among candidates: [String]) -> String {
        suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over characters (optimal string alignment: a swap of neighbours costs 1).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0 ... y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1 ... x.count {
            current[0] = i
            for j in 1 ... y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    v = min(v, previous2[j - 2] + 1)
                }
                current[j] = v
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
