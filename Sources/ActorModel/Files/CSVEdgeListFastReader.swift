/// Reads a large, plain CSV edge list straight from its bytes into a ``CompactEdgeList``, or gives up
/// (`nil`) as soon as the file has anything the general reader (``CSVEdgeListReader``) would say something
/// about or read differently; ``ModelLoader`` then reads it the general way. So a file this reader takes
/// means the same as it would through the general reader, and has no diagnostics.
///
/// It takes: ASCII text; a first line naming `source` (first), `target` and optionally `weight`, nothing
/// else and nothing twice; LF or CRLF line ends, no blank line; no quotes; every row with as many fields
/// as the header; non-empty ids (spaces and tabs around a field are trimmed, as the general reader
/// does); no tie of an actor with itself; weights that are finite, non-negative numbers; no tie twice.
///
/// Ids are interned as they are met: an id written as a plain decimal number (no sign, no leading zero)
/// is looked up in an array by its value, any other in a dictionary, so the file's ids are never all held
/// as strings twice and a numeric id costs no hashing.
enum CSVEdgeListFastReader {
    /// Files smaller than this are left to the general reader (it is fast enough there, and every small
    /// file then goes through one path). 64 KB, about 6,000 ties: above it the general reader's located
    /// fields, relations and actors cost more than the work on the graph for quick measures, and more memory
    /// than the whole process of igraph (a 10,000-actor, 50,000-tie edge list of 456 KB: 0.6 s and 55 MB
    /// through the general reader).
    static let minimumBytes = 1 << 16

    /// The edge list in `bytes`, or `nil` when it is smaller than `minimumBytes` or has anything the
    /// general reader should see (the fuzz target passes a `minimumBytes` of 0 to reach the scanner).
    static func read(
        _ bytes: UnsafeRawBufferPointer, directed: Bool, minimumBytes: Int = minimumBytes
    ) -> CompactEdgeList? {
        guard bytes.count >= minimumBytes else { return nil }
        var reader = Scanner(bytes: bytes.bindMemory(to: UInt8.self))
        return reader.read(directed: directed)
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// The next line's content range (without its line end), or `nil` at the end or for a line the
        /// fast path does not take (a lone carriage return, a quote, a non-ASCII byte).
        mutating func nextLine() -> Range<Int>?? {
            let n = bytes.count
            guard position < n else { return .some(nil) }
            let start = position
            var i = start
            while i < n {
                let c = bytes[i]
                if c == 0x0A { break }
                // A quote, a non-ASCII byte, a control character (a NUL in an id is an error the general
                // reader reports) or a lone carriage return: the general reader's business.
                if c == 0x22 || c >= 0x7F || (c < 0x20 && c != 0x0D && c != 0x09)
                    || (c == 0x0D && !(i + 1 < n && bytes[i + 1] == 0x0A))
                {
                    return nil
                }
                i += 1
            }
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            position = i + 1
            return .some(start ..< end)
        }

        /// The field's range without surrounding spaces and tabs.
        func trimmed(_ r: Range<Int>) -> Range<Int> {
            var lo = r.lowerBound
            var hi = r.upperBound
            while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
            while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
            return lo ..< hi
        }

        func text(_ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        }

        mutating func read(directed: Bool) -> CompactEdgeList? {
            guard let headerLine = nextLine(), let header = headerLine else { return nil }
            var names: [String] = []
            var fieldStart = header.lowerBound
            for i in header.lowerBound ... header.upperBound where i == header.upperBound || bytes[i] == 0x2C {
                names.append(text(trimmed(fieldStart ..< i)).lowercased())
                fieldStart = i + 1
            }
            let columnCount = names.count
            guard names.first == "source", let targetColumn = names.firstIndex(of: "target"),
                Set(names).count == columnCount, names.allSatisfy({ ["source", "target", "weight"].contains($0) })
            else { return nil }
            let weightColumn = names.firstIndex(of: "weight")

            var interner = Interner(byteCountHint: bytes.count)
            var sources: [Int32] = []
            var targets: [Int32] = []
            var weights: [Double] = []
            let rowsHint = bytes.count / 16
            sources.reserveCapacity(rowsHint)
            targets.reserveCapacity(rowsHint)
            if weightColumn != nil { weights.reserveCapacity(rowsHint) }
            var fields = [Range<Int>](repeating: 0 ..< 0, count: columnCount)
            while true {
                guard let next = nextLine() else { return nil }
                guard let line = next else { break }
                if line.isEmpty { return nil }
                var count = 0
                var start = line.lowerBound
                var i = line.lowerBound
                while true {
                    if i == line.upperBound || bytes[i] == 0x2C {
                        guard count < columnCount else { return nil }
                        fields[count] = trimmed(start ..< i)
                        count += 1
                        if i == line.upperBound { break }
                        start = i + 1
                    }
                    i += 1
                }
                guard count == columnCount else { return nil }
                let s = fields[0]
                let t = fields[targetColumn]
                guard !s.isEmpty, !t.isEmpty, let u = interner.index(of: s, in: bytes),
                    let v = interner.index(of: t, in: bytes), u != v
                else { return nil }
                if let weightColumn {
                    let raw = text(fields[weightColumn])
                    // The general reader's rule; a negative weight makes the type signed: left to it.
                    guard let w = Double(raw), w.isFinite, w >= 0, !raw.lowercased().contains("n") else { return nil }
                    weights.append(w)
                }
                sources.append(u)
                targets.append(v)
            }
            guard !sources.isEmpty,
                !Self.hasRepeatedTie(sources, targets, nodeCount: interner.ids.count, directed: directed)
            else { return nil }
            return CompactEdgeList(
                ids: interner.ids, sources: sources, targets: targets,
                weights: weightColumn == nil ? nil : weights, isDirected: directed)
        }

        /// Whether two ties join the same ends (in either order when undirected): the general reader
        /// warns about those. O(n + m): ties bucketed by their first end, a mark per second end.
        static func hasRepeatedTie(_ sources: [Int32], _ targets: [Int32], nodeCount n: Int, directed: Bool) -> Bool {
            let m = sources.count
            var start = [Int32](repeating: 0, count: n + 1)
            func ends(_ e: Int) -> (Int, Int32) {
                let (a, b) = (sources[e], targets[e])
                return directed || a <= b ? (Int(a), b) : (Int(b), a)
            }
            for e in 0 ..< m { start[ends(e).0 + 1] += 1 }
            for u in 0 ..< n { start[u + 1] += start[u] }
            var fill = start
            var other = [Int32](repeating: 0, count: m)
            for e in 0 ..< m {
                let (a, b) = ends(e)
                other[Int(fill[a])] = b
                fill[a] += 1
            }
            var mark = [Int32](repeating: -1, count: n)
            for u in 0 ..< n {
                for k in Int(start[u]) ..< Int(start[u + 1]) {
                    let v = Int(other[k])
                    if mark[v] == Int32(u) { return true }
                    mark[v] = Int32(u)
                }
            }
            return false
        }
    }

    /// Actor numbers by id, in order of first appearance.
    private struct Interner {
        private(set) var ids: [String] = []
        /// Number of each plain decimal id below ``numericLimit`` by its value (-1: not met yet).
        private var numeric: [Int32] = []
        /// Number of every other id.
        private var other: [String: Int32] = [:]
        /// Plain decimal ids from this value on go to the dictionary (it bounds the array's memory).
        private let numericLimit: Int

        init(byteCountHint: Int) {
            numericLimit = max(byteCountHint / 4, 1 << 16)
        }

        /// The number of the id in `r`, or `nil` when there would be more actors than the core addresses.
        mutating func index(of r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
            if let value = Self.plainDecimal(r, in: bytes), value < numericLimit {
                if value >= numeric.count {
                    numeric.append(
                        contentsOf: repeatElement(-1, count: max(value + 1, numeric.count * 2) - numeric.count))
                }
                if numeric[value] >= 0 { return numeric[value] }
                guard let next = newID(r, in: bytes) else { return nil }
                numeric[value] = next
                return next
            }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
            if let known = other[key] { return known }
            guard let next = newID(r, in: bytes) else { return nil }
            other[key] = next
            return next
        }

        private mutating func newID(_ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
            guard ids.count < Int(Int32.max) - 1 else { return nil }
            ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self))
            return Int32(ids.count - 1)
        }

        /// The value of an id written as a plain decimal number of at most 9 digits ("0", "17"; not
        /// "017", "+1" or "1.0"), so that one value is one id.
        static func plainDecimal(_ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard r.count <= 9, r.count == 1 || bytes[r.lowerBound] != 0x30 else { return nil }
            var value = 0
            for i in r {
                let d = Int(bytes[i]) &- 0x30
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
            }
            return value
        }
    }
}
