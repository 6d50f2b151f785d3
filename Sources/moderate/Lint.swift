import ArgumentParser
import ModerationKit

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile the lexicons and run every match:/nomatch: example; report FILE:LINE for each failure.",
        discussion: "Exit 0 when all examples hold, 1 when some fail, 2 when a lexicon is malformed."
    )

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let moderator = try lexicon.makeModerator()
        let (failures, checked) = moderator.checkLexiconExamples()
        for failure in failures { writeOut(failure.description) }
        let entries = moderator.lexicon.entries
        writeOut("\(entries.count) entries (\(moderator.lexicon.termCount) words, \(moderator.lexicon.stateCount) states, \(megabytes(moderator.lexicon.matcherByteCount)) MB of tables), \(checked) examples, \(failures.count) failing")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// `bytes` in MB (10^6) with one decimal.
private func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10)"
}
