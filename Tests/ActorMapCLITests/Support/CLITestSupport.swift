import Foundation

/// The package's root folder (this file is `Tests/ActorMapCLITests/Support/CLITestSupport.swift`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The `actormap` binary built beside the test bundle.
let actormapBinary: URL = {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // On some platforms the tests run inside a bundle folder.
    for _ in 0 ..< 3 {
        let candidate = dir.appendingPathComponent("actormap")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/actormap")
}()

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
}

/// Runs `actormap` with `arguments` in `directory`, without a terminal, and collects its output.
/// With `standardOutput`, the child writes there instead (and `stdout` comes back empty).
func runActormap(
    _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
    standardOutput: FileHandle? = nil
) throws -> RunResult {
    let process = Process()
    process.executableURL = actormapBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    // Output goes to files (not pipes), so a large output can never block the child.
    let scratch = try makeScratchFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = standardOutput ?? out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return RunResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
}

/// A fresh, empty folder under the system's temporary directory.
func makeScratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` (UTF-8) into the file `directory/name` and returns its path.
@discardableResult
func writeFile(_ text: String, named name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// A valid three-actor model; the women's group is sensitive.
let threeActorModel = """
    actormap: 1
    name: CLI test
    actors:
      - {id: chief, name: Chief, sector: customary, level: district}
      - {id: police, name: Police, sector: state, level: district}
      - {id: women, name: Women's group, sector: community, level: community, sensitive: true}
    relations:
      - {type: trust, from: women, to: police, weight: -2}
      - {type: trust, between: [chief, police], weight: 1}
      - {type: power, from: chief, to: women, weight: 4}

    """

/// A model with two errors: a misspelt sector (3:25) and an unknown actor (5:36).
let modelWithTwoErrors = """
    actormap: 1
    actors:
      - {id: chief, sector: customry}
    relations:
      - {type: trust, from: chief, to: polce}

    """

/// A public tie whose source names a sensitive actor, a duplicated tie at a sensitive actor (a
/// warning that names both ends), and a public actor already called `sensitive-1`.
let sensitiveLeakModel = """
    actormap: 1
    actors:
      - {id: sensitive-1, name: Public One, sector: state}
      - {id: chief, name: Chief Boru, sector: customary}
      - {id: militia, name: Night Watch, sector: non-state-armed, sensitive: true}
      - {id: youth, name: Youth group, sector: community, represents: [youth]}
    relations:
      - {type: trust, from: youth, to: chief, weight: 1, source: told by Night Watch commander}
      - {type: trust, from: youth, to: militia, weight: -2, source: militia patrol logs}
      - {type: trust, from: chief, to: militia, weight: 1}
      - {type: trust, from: chief, to: militia, weight: 1}
      - {type: power, from: militia, to: youth, weight: 3}
    engagement:
      - {name: P, partners: [chief, militia]}

    """
