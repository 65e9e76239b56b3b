/// A value read from a file, with where it was written: what a reader hands to ``ModelBuilder``, so that
/// every rule the builder applies can point at the offending value.
struct Located<Value> {
    var value: Value
    var location: SourceLocation

    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
