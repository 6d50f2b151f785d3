import ArgumentParser
import Foundation
import ModerationKit

@main
struct Moderate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderate",
        abstract: "Moderate text for self-harm, eating disorders, harassment, cyberbullying and gender-based abuse.",
        discussion: "Exit codes: 0 nothing flagged, 1 something flagged, 2 bad input or usage.",
        subcommands: [Check.self, Explain.self, Normalize.self, Eval.self, Bench.self, Lint.self],
        defaultSubcommand: Check.self
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ModerationError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Options every command that builds a moderator shares.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "Add a lexicon file (repeatable); read in the lexicon format whatever its name.")
    var lexicons: [String] = []

    @Option(name: .customLong("lexicons"), help: "Read the lexicons from this folder instead of the bundled copy (e.g. a working copy of lexicons/).")
    var lexiconDirectory: String?

    @Option(name: .customLong("disable"), help: "Leave out the entry with this id (repeatable).")
    var disabled: [String] = []

    @Option(help: "Policy profile: child, teen or adult.")
    var policy: Policy.Profile = .teen

    func makeModerator() throws(ModerationError) -> Moderator {
        var configuration = Moderator.Configuration()
        configuration.sources = [lexiconDirectory.map { .directory($0) } ?? .bundled] + lexicons.map { .file($0) }
        configuration.disabledEntries = Set(disabled)
        configuration.policy = Policy(policy)
        return try Moderator(configuration: configuration)
    }
}

extension Policy.Profile: ExpressibleByArgument {}

func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = read(0, &buffer, buffer.count)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
}

func writeOut(_ s: String) {
    var line = s
    line.append("\n")
    line.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }
}

let isTerminal = isatty(1) != 0
