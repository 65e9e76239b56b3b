// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorMapFuzz",
    dependencies: [.package(name: "ActorMap", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "actormap-fuzz",
            dependencies: [
                "CLibFuzzer",
                .product(name: "ActorModel", package: "ActorMap"),
                .product(name: "ConflictAnalysis", package: "ActorMap"),
                .product(name: "GraphvizRendering", package: "ActorMap"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
