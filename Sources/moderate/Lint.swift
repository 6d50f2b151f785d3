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
        writeOut("\(entries.count) entries (\(moderator.lexicon.termCount) words, \(moderator.lexicon.stateCount) states), \(checked) examples, \(failures.count) failing")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
