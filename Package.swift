// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorMap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NetworkCore", targets: ["NetworkCore"]),
        .library(name: "ActorModel", targets: ["ActorModel"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
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
        // The C boundary: Graphviz's libgvc/libcgraph, nothing else.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Floor 3: diagram styling, DOT text (pure Swift) and one renderer over libgvc.
        .target(name: "GraphvizRendering", dependencies: ["ActorModel", "CGraphviz"]),
        // The thin CLI.
        .executableTarget(
            name: "actormap",
            dependencies: [
                "ActorModel", "GraphvizRendering", "NetworkCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures/ holds reference data the tests read from their own folder (#filePath), not resources.
        .testTarget(name: "NetworkCoreTests", dependencies: ["NetworkCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ActorModelTests", dependencies: ["ActorModel"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering", "ActorModel"]),
        .testTarget(name: "ActorMapCLITests", dependencies: ["actormap"]),
    ],
    swiftLanguageModes: [.v6]
)
