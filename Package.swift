// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "storyline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Storyline", targets: ["Storyline"]),
        .executable(name: "storyline", targets: ["storyline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // C headers of libgvc/libcgraph (Debian: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only module that touches Graphviz: one lock, one context, Swift-only API.
        .target(name: "GraphvizRender", dependencies: ["CGraphviz"]),
        // The library: document model, pipeline stages, writers. No C types in its API.
        .target(name: "Storyline", dependencies: ["GraphvizRender"]),
        // The command-line tool: a thin layer over the library.
        .executableTarget(
            name: "storyline",
            dependencies: [
                "Storyline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput and memory benchmark (`make bench`).
        .executableTarget(name: "storyline-bench", dependencies: ["Storyline"]),
        // libFuzzer harnesses (built with -DFUZZING, see fuzz.mk) and their replayer (normal build).
        .executableTarget(name: "storyline-fuzz", dependencies: ["Storyline", "GraphvizRender"]),
        .testTarget(
            name: "StorylineTests",
            dependencies: [
                "Storyline", "GraphvizRender",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Corpora and regression inputs the tests read by path.
            exclude: ["Robustness/Regressions", "Time/TimeExamples.tsv", "Time/TimeNegatives.txt", "Time/DaterExamples.tsv", "Time/DaterNegatives.txt",
                      "Entities/entity-corpus.txt", "Relations/relation-corpus.txt"]
        ),
    ]
)
