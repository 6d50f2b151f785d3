// swift-tools-version: 6.1
// The bundled benchmarks, a package of their own so that `swift test` never builds them.
// Run: swift package --package-path Benchmarks benchmark
import PackageDescription

let package = Package(
    name: "ModerationKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ModerationKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ModerationKitBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ModerationKit", package: "ModerationKit"),
            ],
            path: "Benchmarks/ModerationKitBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
