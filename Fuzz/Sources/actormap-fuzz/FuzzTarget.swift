import ActorModel
import Foundation

/// One fuzz entry point: a name for the command line and a function that must never crash on any bytes.
///
/// Adding a target: a file in Targets/ with `extension FuzzTarget { static let x = FuzzTarget(...) }`, and
/// its name in ``all``. A broken invariant is reported with ``fuzzFailure(_:)`` (libFuzzer then keeps the
/// input as a crash).
struct FuzzTarget: Sendable {
    let name: String
    let summary: String
    let run: @Sendable (UnsafeBufferPointer<UInt8>) -> Void

    /// Every target, in the order scripts/fuzz/run.sh runs them.
    static let all: [FuzzTarget] = [
        .modelText,
        .model,
        .scenario,
        .csv,
        .kumu,
        .graphml,
        .dot,
        .gexf,
        .pajek,
        .nodeLink,
        .gephi,
        .acled,
    ]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// The target this process fuzzes (set once, before libFuzzer starts).
    nonisolated(unsafe) static var current: FuzzTarget?
}

/// How many inputs reached a valid map, printed when the process ends (run.sh reports the share): the
/// structure-aware targets exist to keep it high.
enum FuzzStats {
    nonisolated(unsafe) static var inputs = 0
    nonisolated(unsafe) static var valid = 0
    /// With ACTORMAP_FUZZ_VERBOSE set, the first error of each invalid input is printed (to tune recipes).
    static let verbose = getenv("ACTORMAP_FUZZ_VERBOSE") != nil

    static func record(_ result: ModelLoader.Result) {
        inputs += 1
        if result.validMap != nil {
            valid += 1
        } else if verbose, let first = result.diagnostics.first(where: { $0.severity == .error }) {
            print("invalid: \(first)")
        }
    }
}

/// Stops the process with `message`: a broken invariant is a finding, like a crash.
func fuzzFailure(_ message: String, file: StaticString = #file, line: UInt = #line) -> Never {
    fatalError("FUZZ INVARIANT: " + message, file: file, line: line)
}

/// The input's bytes as text, the way ActorModel reads a file: UTF-8, invalid bytes replaced.
func text(of bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
}
