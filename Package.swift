// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorMap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NetworkCore", targets: ["NetworkCore"]),
        .library(name: "ActorModel", targets: ["ActorModel"]),
        .library(name: "ConflictAnalysis", targets: ["ConflictAnalysis"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .library(name: "Reports", targets: ["Reports"]),
        .executable(name: "actormap", targets: ["actormap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Floor 1: graph storage and algorithms. Knows nothing of actors.
        .target(name: "NetworkCore"),
        // Floor 2: actors, relations, model files, validation, projection onto the core.
        .target(name: "ActorModel", dependencies: ["NetworkCore", .product(name: "Yams", package: "Yams")]),
        // Floor 2b: analyses of a map — network measures per layer, signed analysis, (later) the co-optation screen.
        .target(name: "ConflictAnalysis", dependencies: ["ActorModel", "NetworkCore"]),
        // The C boundary: Graphviz's libgvc/libcgraph, nothing else.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // zlib, for the PNG encoder (GraphvizRendering/Raster).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Floor 3: diagram styling, DOT text (pure Swift), the views (risk, factions ... from ConflictAnalysis)
        // and one renderer over libgvc.
        .target(
            name: "GraphvizRendering", dependencies: ["ActorModel", "ConflictAnalysis", "CGraphviz", "CZlib"]),
        // Floor 4: output of results as tables, CSV and JSON (and, later, whole reports).
        .target(name: "Reports", dependencies: ["ConflictAnalysis", "ActorModel"]),
        // The thin CLI: options, calls, output and exit statuses; it sees no NetworkCore type.
        .executableTarget(
            name: "actormap",
            dependencies: [
                "ActorModel", "ConflictAnalysis", "GraphvizRendering", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: an executable kept out of `swift test` (see scripts/bench/).
        .executableTarget(name: "actormap-bench", dependencies: ["NetworkCore"]),
        // Fixtures/ holds reference data the tests read from their own folder (#filePath), not resources.
        .testTarget(name: "NetworkCoreTests", dependencies: ["NetworkCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ActorModelTests", dependencies: ["ActorModel"]),
        .testTarget(name: "ConflictAnalysisTests", dependencies: ["ConflictAnalysis", "ActorModel", "NetworkCore"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "ConflictAnalysis"]),
        .testTarget(
            name: "GraphvizRenderingTests",
            dependencies: ["GraphvizRendering", "ActorModel", "ConflictAnalysis", "CZlib"]),
        .testTarget(name: "ActorMapCLITests", dependencies: ["actormap"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
