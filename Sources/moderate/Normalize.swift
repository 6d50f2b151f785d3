import ArgumentParser
import ModerationKit

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the folded text the matcher reads.",
        discussion: "With no TEXT, normalises each line of standard input to one output line."
    )

    @Argument(help: "The text to normalise (default: each line of standard input).")
    var text: String?

    @Flag(help: "Also print every step that fired, with the original span it touched.")
    var explain = false

    @Option(name: .customLong("skip"), help: "Switch a step off (repeatable): \(NormalizationSteps.named.map(\.1).joined(separator: ", ")).")
    var skip: [String] = []

    func run() throws {
        var steps = NormalizationSteps.all
        for name in skip {
            guard let step = NormalizationSteps(name: name) else {
                throw ValidationError("unknown step '\(name)'")
            }
            steps.subtract(step)
        }
        let normalizer = try Normalizer(steps: steps)
        if let text {
            print(normalizer: normalizer, bytes: Array(text.utf8))
        } else {
            let input = readStandardInput()
            var lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
            if lines.last?.isEmpty == true { lines.removeLast() }
            for line in lines { print(normalizer: normalizer, bytes: Array(line)) }
        }
    }

    private func print(normalizer: Normalizer, bytes: [UInt8]) {
        let result = normalizer.normalize(utf8: bytes)
        writeOut(result.text.replacingNewlines())
        guard explain else { return }
        for event in result.events {
            let original = String(decoding: bytes[event.utf8Range], as: UTF8.self)
            let shown = original.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16, uppercase: true))}" }.joined()
            writeOut("  \(event.steps.description): \(event.utf8Range.lowerBound)..<\(event.utf8Range.upperBound) \"\(shown)\" → \"\(event.folded)\"")
        }
    }
}
