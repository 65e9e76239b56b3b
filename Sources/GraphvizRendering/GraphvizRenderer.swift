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

/// Lays out and draws DOT text with libgvc, in-process. With GroupedLayout, the only code that talks to Graphviz.
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
        // overlapping redirections of file descriptor 2 would restore each other's). A PNG is encoded after
        // the lock is released.
        precondition(format != .dot, "DOT output needs no rendering")
        lock.lock()
        let (result, printed) = capturingStandardError {
            Result { try renderUnmodified(dot: dot, layout: layout, format: format.rawValue) }
        }
        lock.unlock()
        warnings += lines(of: printed)
        let data = try result.get().finished(dpi: dpi)
        return format == .pdf ? PDFCreationDate.removing(in: data) : data
    }

    /// The size of `dot` laid out with `layout`: its bounding box in inches, as Graphviz's `plain` output
    /// gives it (before `pad` and `size` apply). What Graphviz prints is added to `warnings`.
    ///
    /// - Throws: ``GraphvizError``.
    public static func layoutSize(dot: String, layout: LayoutEngine, warnings: inout [String]) throws
        -> (width: Double, height: Double)
    {
        lock.lock()
        defer { lock.unlock() }
        let (result, printed) = capturingStandardError {
            Result { try renderUnmodified(dot: dot, layout: layout, format: "plain") }
        }
        warnings += lines(of: printed)
        let text = String(decoding: try result.get().finished(dpi: 72), as: UTF8.self)
        // First line: "graph SCALE WIDTH HEIGHT".
        let fields = text.prefix { $0 != "\n" }.split(separator: " ")
        guard fields.count >= 4, fields[0] == "graph", let w = Double(fields[2]), let h = Double(fields[3]) else {
            throw GraphvizError.renderFailed(format: "plain", message: "no graph size in Graphviz's plain output")
        }
        return (w, h)
    }

    /// Graphviz's printed lines, trimmed, without its "(null): " prefix.
    private static func lines(of printed: String) -> [String] {
        printed.split(separator: "\n").map {
            var line = $0.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("(null): ") { line.removeFirst("(null): ".count) }
            return line
        }.filter { !$0.isEmpty }
    }

    /// `dot` laid out and drawn by the Graphviz renderer `format` (`svg`, `pdf`, `plain`; `png` through
    /// ``drawPNG(gvc:graph:device:)``).
    private static func renderUnmodified(dot: String, layout: LayoutEngine, format: String) throws -> Drawing {
        // The caller holds `lock`.
        try withLaidOutGraph(dot: dot, layout: layout) { gvc, graph in
            try format == "png"
                ? drawPNG(gvc: gvc, graph: graph, device: bitmapDevice)
                : .finished(renderData(gvc: gvc, graph: graph, format: format))
        }
    }

    /// `body` given the context and `dot` read and laid out with `layout`; the graph is closed after it.
    /// The caller holds `lock`.
    ///
    /// The layout is not freed with gvFreeLayout: Graphviz 2.43's dot cleanup frees some layouts twice (a
    /// double free, then a crash, on the Maro endline's trust layer). agclose still frees the graph; what
    /// the layout engine allocated is left to the process (a few kilobytes per diagram).
    private static func withLaidOutGraph<T>(
        dot: String, layout: LayoutEngine, _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws -> T
    ) throws -> T {
        _ = agseterr(AGMAX)  // keep every message in Graphviz's buffer; print nothing
        _ = agreseterrors()
        guard let gvc = context() else { throw GraphvizError.unavailable }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError.invalidDOT(lastMessage() ?? "syntax error")
        }
        defer { agclose(graph) }
        try layOut(graph, with: layout, gvc: gvc)
        return try body(gvc, graph)
    }

    /// One layout, several drawings: `dot` is laid out once with `layout` and drawn as each of `formats` (not
    /// `.dot`), so a diagram wanted as SVG, PNG and PDF costs one layout, not three. Write `dot` for `.svg`
    /// (no `dpi` attribute): SVG and PDF are drawn at their devices' own scale. A PNG is drawn at `dpi`
    /// (recorded in its metadata too) and, when `pngMaximumSize` (inches) is given, first scaled down with
    /// its proportions kept to fit it (Graphviz's `size`, never enlarged), so a large map does not become a
    /// bitmap of tens of megapixels: the layout is the same, only the PNG's scale differs.
    ///
    /// Graphviz reads `dpi` and `size` into the laid-out graph's drawing record when it lays the graph out;
    /// they are set there for the PNG alone and restored after it.
    ///
    /// Thread-safe: Graphviz's part runs under one lock, the PNG's encoding after it, so several threads
    /// drawing diagrams overlap one's encoding with another's layout.
    ///
    /// - Returns: the bytes of each format asked for.
    /// - Throws: ``GraphvizError``.
    public static func render(
        dot: String, layout: LayoutEngine, formats: [DiagramFormat], dpi: Int = 150,
        pngMaximumSize: (width: Double, height: Double)? = nil, warnings: inout [String]
    ) throws -> [DiagramFormat: Data] {
        try render(
            dot: dot, layout: layout, formats: formats, dpi: dpi, pngMaximumSize: pngMaximumSize,
            bitmapDevice: bitmapDevice, warnings: &warnings)
    }

    /// The Graphviz device whose uncompressed bitmap ``PNGEncoder`` encodes (see ``drawPNG(gvc:graph:device:)``).
    static let bitmapDevice = "bmp:cairo:gdk"

    /// As the public ``render(dot:layout:formats:dpi:pngMaximumSize:warnings:)``, with the bitmap device to
    /// try first named (tests name a missing one to check the fallback to Graphviz's own PNG).
    static func render(
        dot: String, layout: LayoutEngine, formats: [DiagramFormat], dpi: Int,
        pngMaximumSize: (width: Double, height: Double)?, bitmapDevice: String, warnings: inout [String]
    ) throws -> [DiagramFormat: Data] {
        try draw(
            dot: dot, layout: layout, formats: formats, dpi: dpi, pngMaximumSize: pngMaximumSize,
            bitmapDevice: bitmapDevice, warnings: &warnings
        ).finished()
    }

    /// Graphviz's part of ``render(dot:layout:formats:dpi:pngMaximumSize:bitmapDevice:warnings:)``, under the
    /// lock: the layout and every drawing, a PNG not yet encoded. ``PendingDrawings/finished()`` does the
    /// rest, on any thread.
    static func draw(
        dot: String, layout: LayoutEngine, formats: [DiagramFormat], dpi: Int,
        pngMaximumSize: (width: Double, height: Double)?, bitmapDevice: String = bitmapDevice,
        warnings: inout [String]
    ) throws -> PendingDrawings {
        lock.lock()
        let (result, printed) = capturingStandardError {
            Result {
                try renderEach(
                    dot: dot, layout: layout, formats: formats, dpi: dpi, pngMaximumSize: pngMaximumSize,
                    bitmapDevice: bitmapDevice)
            }
        }
        lock.unlock()
        warnings += lines(of: printed)
        return PendingDrawings(drawings: try result.get(), dpi: dpi)
    }

    /// Drawings made by Graphviz, still to finish: a PNG to encode, a PDF's creation date to remove.
    struct PendingDrawings {
        fileprivate var drawings: [DiagramFormat: Drawing]
        var dpi: Int

        /// The bytes of each format.
        func finished() throws -> [DiagramFormat: Data] {
            var out: [DiagramFormat: Data] = [:]
            for (format, drawing) in drawings {
                let data = try drawing.finished(dpi: dpi)
                out[format] = format == .pdf ? PDFCreationDate.removing(in: data) : data
            }
            return out
        }
    }

    private static func renderEach(
        dot: String, layout: LayoutEngine, formats: [DiagramFormat], dpi: Int,
        pngMaximumSize: (width: Double, height: Double)?, bitmapDevice: String
    ) throws -> [DiagramFormat: Drawing] {
        precondition(!formats.contains(.dot), "DOT output needs no rendering")
        // The caller holds `lock`.
        return try withLaidOutGraph(dot: dot, layout: layout) { gvc, graph in
            try drawEach(
                gvc: gvc, graph: graph, formats: formats, dpi: dpi, pngMaximumSize: pngMaximumSize,
                bitmapDevice: bitmapDevice)
        }
    }

    /// `graph`, laid out, drawn as each of `formats`, a PNG at `dpi` within `pngMaximumSize` (see
    /// ``render(dot:layout:formats:dpi:pngMaximumSize:warnings:)``).
    private static func drawEach(
        gvc: OpaquePointer, graph: UnsafeMutablePointer<Agraph_t>, formats: [DiagramFormat], dpi: Int,
        pngMaximumSize: (width: Double, height: Double)?, bitmapDevice: String
    ) throws -> [DiagramFormat: Drawing] {
        // The drawing record (GD_drawing) of the laid-out graph: AGDATA(graph) is its Agraphinfo_t.
        let drawing = graph.pointee.base.data.flatMap {
            UnsafeMutableRawPointer($0).assumingMemoryBound(to: Agraphinfo_t.self).pointee.drawing
        }
        var out: [DiagramFormat: Drawing] = [:]
        for format in formats {
            guard format == .png, let drawing else {
                out[format] =
                    try format == .png
                    ? drawPNG(gvc: gvc, graph: graph, device: bitmapDevice)
                    : .finished(renderData(gvc: gvc, graph: graph, format: format.rawValue))
                continue
            }
            let saved = drawing.pointee
            drawing.pointee.dpi = Double(dpi)
            if let size = pngMaximumSize {
                drawing.pointee.size = pointf(x: size.width * 72, y: size.height * 72)
                drawing.pointee.filled = 0
            }
            defer { drawing.pointee = saved }
            out[format] = try drawPNG(gvc: gvc, graph: graph, device: bitmapDevice)
        }
        return out
    }

    /// Lays `graph` out with `layout`; `fdp` on a graph with clusters goes through ``GroupedLayout``, which
    /// (unlike Graphviz 2.43's fdp) gives the same drawing every time. The caller holds `lock`.
    private static func layOut(_ graph: UnsafeMutablePointer<Agraph_t>, with layout: LayoutEngine, gvc: OpaquePointer)
        throws
    {
        if layout == .fdp, try GroupedLayout.layOut(graph, gvc: gvc) { return }
        guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
            throw GraphvizError.layoutFailed(engine: layout.rawValue, message: lastMessage() ?? "unknown error")
        }
    }

    /// What Graphviz drew under the lock, finished (a PNG encoded) after it is released.
    fileprivate enum Drawing {
        /// The bytes as they are (SVG, PDF, plain text).
        case finished(Data)
        /// Graphviz's own PNG, its print resolution still to record.
        case graphvizPNG(Data)
        /// An uncompressed bitmap ``BMPDecoder`` reads, still to encode as a PNG.
        case bitmap(Data, BMPDecoder.Layout)

        /// The output's bytes; a PNG records `dpi` in its `pHYs` chunk.
        func finished(dpi: Int) throws -> Data {
            switch self {
            case .finished(let data):
                return data
            case .graphvizPNG(let png):
                return PNGResolution.setting(dpi: dpi, in: png)
            case .bitmap(let bytes, let layout):
                let image = bytes.withUnsafeBytes { BMPDecoder.decode($0, layout: layout) }
                guard let png = PNGEncoder.encode(image, dpi: dpi) else {
                    throw GraphvizError.renderFailed(format: "png", message: "zlib could not compress the image")
                }
                return png
            }
        }
    }

    /// `graph`, laid out, drawn as a PNG, to be finished by ``Drawing/finished(dpi:)``. The caller holds `lock`.
    ///
    /// cairo draws it either way; the PNG is encoded by ``PNGEncoder`` from the uncompressed bitmap of
    /// Graphviz's `device` (``bitmapDevice``: `bmp:cairo:gdk`, cairo's pixels written by gdk-pixbuf), several
    /// times faster than Graphviz's own PNG encoding (libpng with its defaults). Where that device is missing
    /// (a Graphviz built without its gdk plugin) or its bitmap is not one ``BMPDecoder`` reads, Graphviz's own
    /// PNG is used.
    private static func drawPNG(gvc: OpaquePointer, graph: UnsafeMutablePointer<Agraph_t>, device: String) throws
        -> Drawing
    {
        if let bitmap = try? renderData(gvc: gvc, graph: graph, format: device),
            let layout = bitmap.withUnsafeBytes({ BMPDecoder.layout(of: $0) })
        {
            return .bitmap(bitmap, layout)
        }
        _ = agreseterrors()
        return .graphvizPNG(try renderData(gvc: gvc, graph: graph, format: "png"))
    }

    /// `graph`, laid out, drawn as `format` with Graphviz's own bytes. The caller holds `lock`.
    private static func renderData(
        gvc: OpaquePointer, graph: UnsafeMutablePointer<Agraph_t>, format: String
    ) throws -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // cairo stamps a PDF with the local time and its offset; in UTC the blanked stamp has the same length
        // on every machine, so the same map gives the same bytes wherever it is drawn.
        let savedZone = format == "pdf" ? getenv("TZ").map { String(cString: $0) } : nil
        if format == "pdf" {
            setenv("TZ", "UTC0", 1)
            tzset()
        }
        defer {
            if format == "pdf" {
                if let savedZone { setenv("TZ", savedZone, 1) } else { unsetenv("TZ") }
                tzset()
            }
        }
        let status = gvRenderData(gvc, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let bytes = buffer, length > 0 else {
            throw GraphvizError.renderFailed(
                format: format, message: lastMessage() ?? "no renderer for this format")
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
