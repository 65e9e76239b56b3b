import Foundation

/// Loads a stakeholder map from a file, choosing the reader by extension:
/// `.yaml`/`.yml`/`.json` → model file (version 1), `.csv` → edge list. Every reader turns its syntax
/// into ``ModelBuilder`` calls, so the model's rules are the same whatever the format. Scenarios are
/// loaded beside maps (`ModelLoader+Scenario.swift`).
public enum ModelLoader {
    /// Options for inputs that do not say everything themselves.
    public struct Options: Sendable {
        /// Treat a CSV edge list's custom types as directed.
        public var csvDirected: Bool
        /// The input's format (`--from`); `nil`: recognised from the extension and the content.
        public var format: ModelFormat?
        /// A Kumu Connections sheet to read with an Elements sheet (`--connections`).
        public var connections: String?
        /// How foreign element and connection types become sectors and relation types (`--map`).
        public var typeMapping: TypeMapping
        /// A Gephi edge table to read with a node table (`--edges`).
        public var edges: String?
        /// An ACLED table's window (`--since`, `--until`; inclusive, `YYYY-MM-DD`).
        public var since: String?
        public var until: String?

        public init(
            csvDirected: Bool = false, format: ModelFormat? = nil, connections: String? = nil,
            typeMapping: TypeMapping = TypeMapping(), edges: String? = nil, since: String? = nil, until: String? = nil
        ) {
            self.csvDirected = csvDirected
            self.format = format
            self.connections = connections
            self.typeMapping = typeMapping
            self.edges = edges
            self.since = since
            self.until = until
        }
    }

    /// The outcome of loading: the map when the file could be read, and every diagnostic.
    public struct Result: Sendable {
        /// The map; present even with errors when the file's structure could be read, but only safe to
        /// analyse when `diagnostics` has no errors (see ``validMap``). For a file read compactly
        /// (``edgeList``) it is built from that the first time it is asked for.
        public var map: StakeholderMap? {
            get { storedMap ?? lazyMap?.value }
            set {
                storedMap = newValue
                lazyMap = nil
                edgeList = nil
            }
        }
        private var storedMap: StakeholderMap?
        private var lazyMap: Lazy<StakeholderMap>?
        /// A large plain edge list read without building a map (see ``CompactEdgeList``): commands that
        /// can work on it should, and leave ``map`` alone. Such a file has no diagnostics.
        public private(set) var edgeList: CompactEdgeList?
        /// Every problem found, sorted by position.
        public var diagnostics: [Diagnostic]
        /// The file's text, for diagnostic excerpts.
        public var text: String
        /// The text of every other file read with it (a Kumu Connections sheet), by path.
        public var otherTexts: [String: String] = [:]
        /// The SHA-256 of the file's exact bytes as read (64 lowercase hexadecimal digits, as `sha256sum`
        /// prints it), so an output can name the file it came from. For ``parse(text:path:options:)``, the
        /// digest of the text's UTF-8 bytes. For a pair of files (Kumu's Elements and Connections sheets,
        /// Gephi's node and edge tables), the digest of both files' bytes one after the other, as
        /// `cat nodes.csv edges.csv | sha256sum` prints it: a change to either changes it.
        public var sha256: String
        /// The raw ids and names of actors marked sensitive (or with a `sensitive` value that could not be
        /// read), including actors rejected for errors: redacted messages must not show them.
        public var withheld: [String] = []

        /// The map, if it has no errors.
        public var validMap: StakeholderMap? { diagnostics.containsErrors ? nil : map }

        /// The number of actors and ties of a valid file, without building a map for a compact edge list.
        public var validSize: (actors: Int, ties: Int)? {
            if let edgeList { return (edgeList.actorCount, edgeList.tieCount) }
            return validMap.map { ($0.actors.count, $0.relations.count) }
        }

        public init(
            map: StakeholderMap?, diagnostics: [Diagnostic], text: String, sha256: String = "", withheld: [String] = []
        ) {
            self.storedMap = map
            self.diagnostics = diagnostics
            self.text = text
            self.sha256 = sha256
            self.withheld = withheld
        }

        /// The result of a compact edge list (no diagnostics; the map is built when asked for).
        init(edgeList: CompactEdgeList, name: String, path: String, sha256: String) {
            self.init(map: nil, diagnostics: [], text: "", sha256: sha256)
            self.edgeList = edgeList
            lazyMap = Lazy { edgeList.stakeholderMap(name: name, path: path) }
        }
    }

    /// The SHA-256 of some bytes, computed on another thread from the moment it is made.
    final class BackgroundDigest: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var digest = ""

        init(_ data: Data) {
            DispatchQueue.global().async {
                self.digest = SHA256.hexDigest(data)
                self.done.signal()
            }
        }

        /// The digest (waits for it).
        var value: String {
            done.wait()
            done.signal()
            return digest
        }
    }

    /// A value computed once, the first time it is asked for.
    final class Lazy<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private let make: @Sendable () -> Value
        private var made: Value?

        init(_ make: @escaping @Sendable () -> Value) { self.make = make }

        var value: Value {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }

    /// File extensions read as model files.
    public static let modelExtensions = ["yaml", "yml", "json"]
    /// File extensions read as edge lists.
    public static let edgeListExtensions = ["csv"]

    /// Errors that prevent reading the file at all (distinct from data errors in the file).
    public enum LoadError: Error, CustomStringConvertible {
        /// A scenario file must be YAML or JSON.
        case notAScenario(path: String)
        case unreadable(path: String, reason: String)
        case unknownExtension(path: String)
        /// The format is known but ActorMap cannot read it (yet, or ever: DOT).
        case cannotRead(path: String, format: ModelFormat)
        /// A Connections sheet was given for an input that is not a Kumu Elements sheet.
        case connectionsWithoutElements(path: String)
        /// An edge table was given for an input that is not a Gephi node table.
        case edgesWithoutNodeTable(path: String)
        /// `--since`/`--until` were given for an input that is not an ACLED event table.
        case windowWithoutEvents(path: String, format: ModelFormat)
        /// The content fits several formats; `--from` must name one.
        case ambiguous(path: String, choices: [ModelFormat])

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)"
            case .unknownExtension(let path):
                return "'\(path)' is neither a model file (.yaml, .yml, .json) nor an edge list (.csv) nor another "
                    + "format ActorMap reads (.json, .csv, .graphml, .gexf, .xml, .net); name its format with --from "
                    + ModelFormat.readable.map(\.rawValue).joined(separator: ", ")
            case .ambiguous(let path, let choices):
                return "'\(path)' may be " + choices.map(\.rawValue).joined(separator: " or ")
                    + "; name its format with --from"
            case .cannotRead(let path, let format):
                return
                    "'\(path)' is \(format.rawValue) data, which ActorMap does not read (DOT is a drawing); it reads "
                    + ModelFormat.readable.map(\.rawValue).joined(separator: ", ")
            case .windowWithoutEvents(let path, let format):
                return "--since and --until choose the events of an ACLED table; '\(path)' is \(format.rawValue) data"
            case .edgesWithoutNodeTable(let path):
                return "--edges goes with a Gephi node table (.csv, first column 'Id'); '\(path)' is not one"
            case .connectionsWithoutElements(let path):
                return
                    "--connections goes with a Kumu Elements sheet (.csv, first column 'Label'); '\(path)' is not one"
            case .notAScenario(let path):
                return "'\(path)' is not a scenario file: a scenario is YAML or JSON (.yaml, .yml, .json)"
            }
        }
    }

    /// Reads and validates the file at `path`.
    ///
    /// - Throws: ``LoadError`` when the file cannot be read or its kind is unknown; problems in the data
    ///   are returned as diagnostics instead.
    public static func load(path: String, options: Options = Options()) throws -> Result {
        if options.format == nil && ModelFormat.candidates(forExtensionOf: path).isEmpty {
            throw LoadError.unknownExtension(path: path)
        }
        let data = try readData(at: path)
        // A large plain edge list (no --from other than csv, no Kumu sheets) may take the compact path; its
        // digest is computed on another core while it is read.
        let ext = (path as NSString).pathExtension.lowercased()
        let plainEdgeList =
            edgeListExtensions.contains(ext) && (options.format == nil || options.format == .csv)
            && options.connections == nil && options.edges == nil
        let digest = plainEdgeList && data.count >= CSVEdgeListFastReader.minimumBytes ? BackgroundDigest(data) : nil
        if plainEdgeList,
            let compact = data.withUnsafeBytes({ CSVEdgeListFastReader.read($0, directed: options.csvDirected) })
        {
            return Result(edgeList: compact, name: stem(of: path), path: path, sha256: digest?.value ?? "")
        }
        let file = fileText(data, path: path)
        switch file {
        case .text(let text, _):
            let format: ModelFormat
            if let given = options.format {
                format = given
            } else {
                switch ModelFormat.recognise(
                    path: path, text: text, hasConnections: options.connections != nil, hasEdges: options.edges != nil)
                {
                case .format(let f): format = f
                case .ambiguous(let choices): throw LoadError.ambiguous(path: path, choices: choices)
                case .unknown: throw LoadError.unknownExtension(path: path)
                }
            }
            guard format.canRead else { throw LoadError.cannotRead(path: path, format: format) }
            if (options.since != nil || options.until != nil) && format != .acled {
                throw LoadError.windowWithoutEvents(path: path, format: format)
            }
            var result: Result
            if options.connections != nil && format != .kumu { throw LoadError.connectionsWithoutElements(path: path) }
            if options.edges != nil && format != .gephi { throw LoadError.edgesWithoutNodeTable(path: path) }
            if format == .kumu, let connections = options.connections {
                guard KumuReader.isElementsSheet(text) else { throw LoadError.connectionsWithoutElements(path: path) }
                switch try readText(at: connections) {
                case .text(let other, let otherBytes):
                    result = parseKumuSheets(
                        text, path: path, connections: other, connectionsPath: connections, options: options)
                    result.sha256 = SHA256.hexDigest(data + otherBytes)
                    return result
                case .notText(let problem, _):
                    return Result(map: nil, diagnostics: [problem], text: text, sha256: file.sha256)
                }
            } else if format == .gephi, let edges = options.edges {
                switch try readText(at: edges) {
                case .text(let other, let otherBytes):
                    result = parseGephiTables(text, path: path, edges: other, edgesPath: edges, options: options)
                    result.sha256 = SHA256.hexDigest(data + otherBytes)
                    return result
                case .notText(let problem, _):
                    return Result(map: nil, diagnostics: [problem], text: text, sha256: file.sha256)
                }
            } else {
                result = parse(text: text, path: path, format: format, options: options)
            }
            result.sha256 = digest?.value ?? file.sha256
            return result
        case .notText(let problem, _):
            return Result(map: nil, diagnostics: [problem], text: "", sha256: digest?.value ?? file.sha256)
        }
    }

    /// The text of the file at `path`, or the diagnostic for a file that is not UTF-8 text.
    ///
    /// - Throws: ``LoadError/unreadable(path:reason:)`` for a missing file, a directory or no permission.
    static func readText(at path: String) throws -> FileText {
        fileText(try readData(at: path), path: path)
    }

    /// The text of a file's bytes, or the diagnostic for bytes that are not UTF-8 text, at the line and
    /// column of the first bad byte (``TextEncodingCheck``). A NUL byte is such a byte in the formats whose
    /// syntax allows none (YAML, JSON, XML); CSV and Pajek readers locate one in an id or a name themselves.
    static func fileText(_ data: Data, path: String) -> FileText {
        let ext = (path as NSString).pathExtension.lowercased()
        let nulIsError = !["csv", "net", "paj"].contains(ext)
        let text = String(data: data, encoding: .utf8)
        let mayHaveNUL = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }
        if text == nil || mayHaveNUL || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            if let problem = data.withUnsafeBytes({ TextEncodingCheck.problem(in: $0, nulIsError: nulIsError) }) {
                return .notText(
                    .error(problem.message, at: SourceLocation(path: path, line: problem.line, column: problem.column)),
                    bytes: data)
            }
        }
        guard let text else {
            return .notText(
                .error(
                    "the file is not UTF-8 text; save it as UTF-8", at: SourceLocation(path: path, line: 1, column: 1)),
                bytes: data)
        }
        return .text(text, bytes: data)
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``LoadError/unreadable(path:reason:)`` for a missing file, a directory or no permission.
    static func readData(at path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError.unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw LoadError.unreadable(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return data
    }

    /// What ``readText(at:)`` found, with the file's bytes.
    enum FileText {
        case text(String, bytes: Data)
        case notText(Diagnostic, bytes: Data)

        /// The SHA-256 of the file's bytes (see ``Result/sha256``).
        var sha256: String {
            switch self {
            case .text(_, let bytes), .notText(_, let bytes): return SHA256.hexDigest(bytes)
            }
        }
    }

    /// Reads and validates `text` as if it were the file at `path` (in `format`, or the one recognised from
    /// the extension and the content; an unknown extension is read as a model file).
    public static func parse(
        text: String, path: String, format: ModelFormat? = nil, options: Options = Options()
    ) -> Result {
        var format = format ?? options.format
        if format == nil, case .format(let f) = ModelFormat.recognise(path: path, text: text) { format = f }
        let mapping = options.typeMapping
        let name = stem(of: path)
        let map: StakeholderMap?
        let builder: ModelBuilder
        if format == .kumu {
            var reader = KumuReader(path: path, defaultName: name, mapping: mapping)
            map =
                KumuReader.isElementsSheet(text)
                ? reader.readSheets(text, connections: nil, connectionsPath: "") : reader.readJSON(text)
            builder = reader.builder
        } else if format == .gephi {
            var reader = GephiReader(path: path, defaultName: name, mapping: mapping)
            map =
                !GephiReader.isNodeTable(text) && GephiReader.isEdgeTable(text)
                ? reader.readEdgesOnly(text) : reader.read(text, edges: nil, edgesPath: "")
            builder = reader.builder
        } else if format == .gexf {
            var reader = GEXFReader(path: path, text: text, defaultName: name, mapping: mapping)
            map = reader.read()
            builder = reader.builder
        } else if format == .nodeLink {
            var reader = NodeLinkReader(path: path, defaultName: name, mapping: mapping)
            map = reader.read(text)
            builder = reader.builder
        } else if format == .pajek {
            var reader = PajekReader(path: path, defaultName: name, mapping: mapping)
            map = reader.read(text)
            builder = reader.builder
        } else if format == .acled {
            var reader = ACLEDReader(
                path: path, defaultName: name, mapping: mapping, since: options.since, until: options.until)
            map = reader.read(text)
            builder = reader.builder
        } else if format == .graphml {
            var reader = GraphMLReader(
                path: path, text: text, defaultName: stem(of: path), mapping: options.typeMapping)
            map = reader.read()
            builder = reader.builder
        } else if format == .csv {
            var reader = CSVEdgeListReader(
                path: path, text: text, directed: options.csvDirected,
                defaultName: stem(of: path))
            map = reader.read()
            builder = reader.builder
        } else {
            var reader = YAMLModelReader(path: path, text: text, defaultName: stem(of: path))
            map = reader.read()
            builder = reader.builder
        }
        return Result(
            map: map, diagnostics: sorted(builder.diagnostics), text: text, sha256: SHA256.hexDigest(text.utf8),
            withheld: builder.withheld)
    }

    /// Reads a Gephi node table with its edge table, as if they were the files at `path` and `edgesPath`.
    public static func parseGephiTables(
        _ text: String, path: String, edges: String, edgesPath: String, options: Options = Options()
    ) -> Result {
        var reader = GephiReader(path: path, defaultName: stem(of: path), mapping: options.typeMapping)
        let map = reader.read(text, edges: edges, edgesPath: edgesPath)
        func isMine(_ d: Diagnostic) -> Bool { d.location.map { $0.path == path } ?? true }
        let mine = reader.builder.diagnostics.filter(isMine)
        var result = Result(
            map: map, diagnostics: sorted(mine) + sorted(reader.builder.diagnostics.filter { !isMine($0) }), text: text,
            sha256: SHA256.hexDigest(Data(text.utf8) + Data(edges.utf8)), withheld: reader.builder.withheld)
        result.otherTexts = [edgesPath: edges]
        return result
    }

    /// Reads a Kumu Elements sheet with its Connections sheet.
    public static func parseKumuSheets(
        _ text: String, path: String, connections: String, connectionsPath: String, options: Options = Options()
    ) -> Result {
        var reader = KumuReader(path: path, defaultName: stem(of: path), mapping: options.typeMapping)
        let map = reader.readSheets(text, connections: connections, connectionsPath: connectionsPath)
        // The Elements sheet's diagnostics first, then the Connections sheet's, each in file order.
        func isMine(_ d: Diagnostic) -> Bool { d.location.map { $0.path == path } ?? true }
        let mine = reader.builder.diagnostics.filter(isMine)
        var result = Result(
            map: map, diagnostics: sorted(mine) + sorted(reader.builder.diagnostics.filter { !isMine($0) }), text: text,
            sha256: SHA256.hexDigest(Data(text.utf8) + Data(connections.utf8)), withheld: reader.builder.withheld)
        result.otherTexts = [connectionsPath: connections]
        return result
    }

    /// The file name without folder and extension: the default name of a map or scenario.
    public static func stem(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Diagnostics in file order (stable for equal positions).
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let la = a.element.location
            let lb = b.element.location
            let ka = (la?.line ?? 0, la?.column ?? 0)
            let kb = (lb?.line ?? 0, lb?.column ?? 0)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}
