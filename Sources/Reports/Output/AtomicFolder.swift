import Foundation

/// Writes a whole folder so that a reader never sees a half-written one and a failed run leaves the previous
/// folder as it was: the files go into a temporary sibling folder, which then takes the destination's place.
///
/// An existing destination is replaced only when it is empty or holds nothing but a previous report (regular
/// files whose names end as a report's files do, `report.html` among them): `-o ~` must never empty a home
/// folder.
public enum AtomicFolder {
    /// File name endings a report folder may hold.
    public static let reportExtensions = ["html", "md", "csv", "svg", "png", "pdf"]

    /// Writes `files` (name → bytes, names without a folder part) as the folder `path`.
    public static func write(_ files: [(name: String, bytes: Data)], to path: String) throws {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        func fail(_ reason: String) -> AtomicFile.WriteError { .cannotWrite(path: path, reason: reason) }
        var isFolder: ObjCBool = false
        let exists = fm.fileExists(atPath: url.path, isDirectory: &isFolder)
        if exists {
            guard isFolder.boolValue else { throw fail("it exists and is not a folder") }
            guard isReplaceable(url) else {
                throw fail("the folder exists and holds more than an ActorMap report; choose another -o")
            }
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw fail("cannot create its folder '\(parent.path)'")
        }
        let temporary = parent.appendingPathComponent(".\(name).\(getpid()).tmp")
        let old = parent.appendingPathComponent(".\(name).\(getpid()).old")
        try? fm.removeItem(at: temporary)
        do {
            try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw fail("permission denied")
        }
        for file in files {
            guard !file.name.contains("/"), !file.name.hasPrefix("."),
                fm.createFile(atPath: temporary.appendingPathComponent(file.name).path, contents: file.bytes)
            else {
                try? fm.removeItem(at: temporary)
                throw fail("cannot write '\(file.name)': permission denied or disk full")
            }
        }
        if exists {
            try? fm.removeItem(at: old)
            if rename(url.path, old.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(at: temporary)
                throw fail(reason)
            }
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            if exists { _ = rename(old.path, url.path) }
            try? fm.removeItem(at: temporary)
            throw fail(reason)
        }
        if exists { try? fm.removeItem(at: old) }
    }

    /// Whether the folder at `url` may be replaced: empty, or only a previous report's files.
    static func isReplaceable(_ url: URL) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return false }
        if entries.isEmpty { return true }
        guard entries.contains("report.html") else { return false }
        return entries.allSatisfy { entry in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: url.appendingPathComponent(entry).path, isDirectory: &isFolder)
            let ext = (entry as NSString).pathExtension.lowercased()
            return exists && !isFolder.boolValue && reportExtensions.contains(ext)
        }
    }
}
