/// The seeded generator behind the signed measures' local searches: SplitMix64 (Steele, Lea & Flood 2014).
///
/// Its own bounded draw (`next() % bound`, bias below 2⁻³² for the small bounds used) keeps results
/// identical across Swift versions, whose `random(in:using:)` algorithm is not guaranteed.
struct SignedSearchRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A draw in `0 ..< bound`.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }
}
