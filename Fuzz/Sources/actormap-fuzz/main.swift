import CLibFuzzer
import Foundation

// actormap-fuzz TARGET [libFuzzer options and corpus folders ...]
//
// One executable holds every fuzz target (see FuzzTarget.all); the first argument chooses one and the rest
// go to libFuzzer. scripts/fuzz/run.sh builds it and runs each target in turn.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
    let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: actormap-fuzz TARGET [libFuzzer options] [CORPUS ...]\n".utf8))
    FileHandle.standardError.write(Data("targets: \(names)\n".utf8))
    for t in FuzzTarget.all {
        FileHandle.standardError.write(Data("  \(t.name): \(t.summary)\n".utf8))
    }
    exit(64)
}
FuzzTarget.current = target
atexit {
    let share = FuzzStats.inputs == 0 ? 0 : 100 * Double(FuzzStats.valid) / Double(FuzzStats.inputs)
    let line =
        "actormap-fuzz: \(FuzzStats.valid) of \(FuzzStats.inputs) inputs were valid maps ("
        + String(format: "%.1f", share) + "%)\n"
    FileHandle.standardError.write(Data(line.utf8))
}

/// libFuzzer's callback: one input for the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target = FuzzTarget.current else { return 0 }
    target.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

// libFuzzer sees argv without the target name.
var argc = CommandLine.argc - 1
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
argv![1] = argv![0]
argv = argv! + 1
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
