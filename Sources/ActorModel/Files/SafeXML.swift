import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// How every XML format (GraphML, GEXF) is parsed safely: a document with a `<!DOCTYPE` is refused before
/// parsing (neither format needs a DTD), so no entity is ever declared, expanded or fetched; the parser is
/// also told not to resolve external entities, and a delegate that meets an entity declaration or an
/// external entity anyway aborts (see ``refusal(forExternalEntity:)``).
enum SafeXML {
    /// The error for a document with a DOCTYPE, located at it, or `nil` when there is none.
    static func doctypeProblem(in text: String, path: String, format: String) -> (String, SourceLocation)? {
        guard let (line, column) = position(of: "<!DOCTYPE", in: text) else { return nil }
        return (
            "a DOCTYPE is not allowed: \(format) needs no DTD, and ActorMap never expands entities or reads "
                + "files a document names; remove the <!DOCTYPE ...> declaration",
            SourceLocation(path: path, line: line, column: column)
        )
    }

    /// Parses `text` as `format` (a DOCTYPE refused first) into `collector`. On failure the located error
    /// ("invalid GEXF (XML): …", or the collector's refusal of an entity) is logged and the result is `false`.
    /// swift-corelibs' parser may recover from some malformed documents and still say yes: its error and an
    /// unbalanced element count are checked too.
    static func parse(
        _ text: String, path: String, format: String, into collector: some Collecting, log: DiagnosticLog
    ) -> Bool {
        if let (message, location) = doctypeProblem(in: text, path: path, format: format) {
            log.error(message, at: location)
            return false
        }
        let parser = parser(for: text)
        parser.delegate = collector
        guard !parser.parse() || parser.parserError != nil || collector.depth != 0 else { return true }
        let reason =
            collector.refusal ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "an element is not closed"
        log.error(
            "invalid \(format) (XML): \(reason)",
            at: SourceLocation(path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
        return false
    }

    /// A format's parser delegate, as ``parse(_:path:format:into:log:)`` checks it: the depth of open
    /// elements (0 at a well-formed end) and why the delegate aborted, if it did.
    protocol Collecting: XMLParserDelegate {
        var depth: Int { get }
        var refusal: String? { get }
    }

    /// A parser for `text` that resolves no external entity and processes no namespaces. The text is fed
    /// as a stream, in chunks: handed over whole, a document over 10 MB fails in libxml2's push parser
    /// ("huge input lookup", reported as an internal error at its last line).
    static func parser(for text: String) -> XMLParser {
        let parser = XMLParser(stream: InputStream(data: blankingProcessingInstructions(Data(text.utf8))))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        return parser
    }

    /// `xml` with every processing instruction but the XML declaration (`<?target ...?>`, which neither format
    /// uses) replaced by spaces, line breaks kept, so positions do not move. Foundation's parser on Linux
    /// crashes on a processing instruction without data (`<?x?>`: a NULL passed to strlen; found by the
    /// `gexf` fuzz target), so none reaches it.
    static func blankingProcessingInstructions(_ xml: Data) -> Data {
        var bytes = [UInt8](xml)
        var i = 0
        let lt = UInt8(ascii: "<")
        let q = UInt8(ascii: "?")
        let gt = UInt8(ascii: ">")
        while i + 1 < bytes.count {
            guard bytes[i] == lt, bytes[i + 1] == q else {
                i += 1
                continue
            }
            var end = i + 2
            while end + 1 < bytes.count && !(bytes[end] == q && bytes[end + 1] == gt) { end += 1 }
            guard end + 1 < bytes.count else { break }  // unterminated: the parser reports it
            var t = i + 2
            var target: [UInt8] = []
            while t < end && !(bytes[t] == 0x20 || bytes[t] == 0x09 || bytes[t] == 0x0A || bytes[t] == 0x0D) {
                target.append(bytes[t])
                t += 1
            }
            if String(decoding: target, as: UTF8.self).lowercased() != "xml" {
                for k in i ... end + 1 where bytes[k] != 0x0A && bytes[k] != 0x0D { bytes[k] = 0x20 }
            }
            i = end + 2
        }
        return Data(bytes)
    }

    /// The reason to give when a document refers to an external entity.
    static func refusal(forExternalEntity name: String) -> String {
        "the document refers to an external entity '\(name)', which is never read"
    }

    /// The reason to give when a document declares an entity.
    static func refusal(forEntityDeclaration name: String) -> String {
        "the document declares an entity '\(name)'; entities are never expanded"
    }

    /// The 1-based line and column of the first `needle` in `text` (case-insensitive).
    static func position(of needle: String, in text: String) -> (Int, Int)? {
        guard let range = text.range(of: needle, options: .caseInsensitive) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = String(before.reversed().prefix { $0 != "\n" }).unicodeScalars.count + 1
        return (line, column)
    }

    /// An element's name without its namespace prefix.
    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
