// swift-tools-version: 6.0
// libFuzzer targets for ModerationKit, a package of their own so that `swift test` never builds
// them. Run: Fuzz/run.sh [seconds per target]
import PackageDescription

let package = Package(
    name: "ModerationKitFuzz",
    dependencies: [.package(name: "ModerationKit", path: "..")],
    targets: [
        .executableTarget(
            name: "ModerationKitFuzz",
            dependencies: [.product(name: "ModerationKit", package: "ModerationKit")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
