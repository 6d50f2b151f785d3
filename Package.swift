// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ModerationKit",
    products: [
        .library(name: "ModerationKit", targets: ["ModerationKit"]),
        .executable(name: "moderate", targets: ["moderate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only target that includes ICU headers; its public header exposes our own C types only.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(
            name: "ModerationKit",
            dependencies: ["CICU"]
        ),
        .executableTarget(
            name: "moderate",
            dependencies: [
                "ModerationKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ModerationKitTests",
            dependencies: ["ModerationKit", "moderate", "CICU"],
            exclude: ["Fixtures"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
