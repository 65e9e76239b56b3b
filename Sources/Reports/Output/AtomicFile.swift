import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file in the
/// same directory, which is then renamed over the destination (rename is atomic on one file system).
public enum AtomicFile {
    public enum WriteError: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// Writes `data` to `path`, creating missing parent directories.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError.cannotWrite(path: path, reason: "cannot create its folder '\(directory.path)'")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw WriteError.cannotWrite(path: path, reason: "permission denied or disk full")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
