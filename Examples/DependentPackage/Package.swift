// swift-tools-version: 6.0
// A package that depends on ModerationKit by path, as a service would, and checks that the
// streaming scanner gives the one-call verdict for random cuts of 1-7 bytes.
// Run: swift run --package-path Examples/DependentPackage StreamingCheck [FILE.jsonl ...]
import PackageDescription

let package = Package(
    name: "DependentPackage",
    dependencies: [.package(name: "ModerationKit", path: "../..")],
    targets: [
        .executableTarget(name: "StreamingCheck", dependencies: [.product(name: "ModerationKit", package: "ModerationKit")]),
    ]
)
