extension String {
    /// The string with each Unicode scalar for which `replacement` gives text replaced by that text, the
    /// others kept: the one loop behind every output format's escaping (JSON, YAML, DOT, XML), each of which
    /// only states its own table.
    public func escapingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let text = replacement(scalar) { out += text } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
