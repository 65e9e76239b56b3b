import CGraphviz
import Foundation

/// A Graphviz failure, with Graphviz's own message when it gave one.
public enum GraphvizError: Error, Equatable, CustomStringConvertible {
    /// The DOT text could not be read.
    case invalidDOT(String)
    /// The layout engine failed.
    case layoutFailed(engine: String, message: String)
    /// Drawing to the format failed (or no plugin renders it).
    case renderFailed(format: String, message: String)
    /// Graphviz could not start.
    case unavailable

    public var description: String {
        switch self {
        case .invalidDOT(let m): return "Graphviz could not read the diagram: \(m)"
        case .layoutFailed(let e, let m): return "Graphviz's \(e) layout failed: \(m)"
        case .renderFailed(let f, let m): return "Graphviz could not draw \(f.uppercased()): \(m)"
        case .unavailable: return "Graphviz could not start (is libgraphviz installed with its plugins?)"
        }
    }
}

/// Lays out and draws DOT text with libgvc, in-process. The only file that talks to Graphviz.
///
/// libcgraph keeps global state and is not thread-safe, so every call is serialised on one lock.
/// Graphviz's own messages are captured (never printed) and become ``GraphvizError`` values.
public enum GraphvizRenderer {
    private static let lock = NSLock()

    /// The one Graphviz context of the process, made on first use and never freed (callers hold `lock`).
    ///
    /// Not one context per render: Graphviz 2.43's pango plugin remembers the last font name it measured as
    /// a pointer into the context's font table, so after `gvFreeContext` the next render in the process
    /// compares text against freed memory (a heap use-after-free AddressSanitizer reports in every second
    /// render, found by `make fuzz`; `report` draws several diagrams in one process).
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// ``sharedContext``, made when first needed; `nil` when Graphviz cannot start. The caller holds `lock`.
    private static func context() -> OpaquePointer? {
        if sharedContext == nil { sharedContext = gvContext() }
        return sharedContext
    }

    /// The bytes of `dot` laid out with `layout` and drawn as `format` (not `.dot`). A PNG also records
    /// `dpi` in its metadata (see ``PNGResolution``); the DOT text's own `dpi` sets its pixel size.
    ///
    /// - Throws: ``GraphvizError``.
    public static func render(dot: String, layout: LayoutEngine, format: DiagramFormat, dpi: Int = 150) throws -> Data {
        var ignored: [String] = []
        return try render(dot: dot, layout: layout, format: format, dpi: dpi, warnings: &ignored)
    }

    /// As ``render(dot:layout:format:dpi:)``, collecting what Graphviz's plugins would have printed on standard
    /// error (e.g. "graph is too large for cairo-renderer bitmaps. Scaling by 0.08 to fit") as `warnings`, so
    /// that Graphviz never writes to the terminal on its own.
    public static func render(
        dot: String, layout: LayoutEngine, format: DiagramFormat, dpi: Int = 150, warnings: inout [String]
    ) throws -> Data {
        // One render at a time, standard error's redirection included (libcgraph is not thread-safe, and two
        // overlapping redirections of file descriptor 2 would restore each other's).
        lock.lock()
        defer { lock.unlock() }
        let (result, printed) = capturingStandardError {
            Result { try renderUnmodified(dot: dot, layout: layout, format: format) }
        }
        warnings += printed.split(separator: "\n").map {
            var line = $0.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("(null): ") { line.removeFirst("(null): ".count) }
            return line
        }.filter { !$0.isEmpty }
        let data = try result.get()
        switch format {
        case .png: return PNGResolution.setting(dpi: dpi, in: data)
        case .pdf: return PDFCreationDate.removing(in: data)
        default: return data
        }
    }

    private static func renderUnmodified(dot: String, layout: LayoutEngine, format: DiagramFormat) throws -> Data {
        precondition(format != .dot, "DOT output needs no rendering")
        // The caller holds `lock`.

        _ = agseterr(AGMAX)  // keep every message in Graphviz's buffer; print nothing
        _ = agreseterrors()
        guard let gvc = context() else { throw GraphvizError.unavailable }

        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError.invalidDOT(lastMessage() ?? "syntax error")
        }
        defer { agclose(graph) }

        guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
            throw GraphvizError.layoutFailed(engine: layout.rawValue, message: lastMessage() ?? "unknown error")
        }
        // The layout is not freed with gvFreeLayout: Graphviz 2.43's dot cleanup frees some layouts twice (a
        // double free, then a crash, on the Maro endline's trust layer). agclose below still frees the
        // graph; what the layout engine allocated is left to the process (a few kilobytes per diagram).

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // cairo stamps a PDF with the local time and its offset; in UTC the blanked stamp has the same length
        // on every machine, so the same map gives the same bytes wherever it is drawn.
        let savedZone = format == .pdf ? getenv("TZ").map { String(cString: $0) } : nil
        if format == .pdf {
            setenv("TZ", "UTC0", 1)
            tzset()
        }
        defer {
            if format == .pdf {
                if let savedZone { setenv("TZ", savedZone, 1) } else { unsetenv("TZ") }
                tzset()
            }
        }
        let status = gvRenderData(gvc, graph, format.rawValue, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let bytes = buffer, length > 0 else {
            throw GraphvizError.renderFailed(
                format: format.rawValue, message: lastMessage() ?? "no renderer for this format")
        }
        return Data(bytes: bytes, count: Int(length))
    }

    /// Runs `body` with file descriptor 2 sent to a temporary file, and returns what was written there.
    /// Callers hold no lock of their own; the renderer's lock serialises the Graphviz calls inside.
    private static func capturingStandardError<T>(_ body: () -> T) -> (T, String) {
        fflush(nil)
        guard let file = tmpfile() else { return (body(), "") }
        defer { fclose(file) }
        let saved = dup(2)
        guard saved >= 0 else { return (body(), "") }
        dup2(fileno(file), 2)
        let value = body()
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        rewind(file)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0 ..< n]
        }
        return (value, String(decoding: bytes, as: UTF8.self))
    }

    /// The Graphviz library version, e.g. `2.43.0`.
    public static var version: String {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = context() else { return "unknown" }
        return gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
    }

    private static func lastMessage() -> String? {
        guard let raw = aglasterr() else { return nil }
        defer { free(raw) }  // aglasterr returns a malloc'd copy
        let text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text.replacingOccurrences(of: "\n", with: " ")
    }
}
