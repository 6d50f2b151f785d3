import ArgumentParser
import ModerationKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the whole path: normalisation steps, matches, context cues and scores."
    )

    @Argument(help: "The text to explain (default: standard input).")
    var text: String?

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let moderator = try lexicon.makeModerator()
        let input = text ?? String(decoding: readStandardInput(), as: UTF8.self)
        let normalized = try Normalizer(steps: moderator.configuration.steps).normalize(input)
        writeOut("input:      \(input.replacingNewlines())")
        writeOut("normalized: \(normalized.text.replacingNewlines())")
        if normalized.events.isEmpty {
            writeOut("steps:      none fired")
        } else {
            writeOut("steps:")
            let bytes = Array(input.utf8)
            for event in normalized.events {
                let original = String(decoding: bytes[event.utf8Range], as: UTF8.self)
                writeOut("  \(event.steps.description): \(event.utf8Range.lowerBound)..<\(event.utf8Range.upperBound) \(JSON.string(original)) → \(JSON.string(event.folded))")
            }
        }
        let verdict = moderator.moderate(input)
        if verdict.matches.isEmpty {
            writeOut("matches:    none")
        } else {
            writeOut("matches:")
            for m in verdict.matches {
                let original = m.range.map { String(input[$0]) } ?? m.folded
                writeOut("  \(m.utf8Range.lowerBound)..<\(m.utf8Range.upperBound) \(JSON.string(original)) reads \(JSON.string(m.folded))")
                writeOut("    entry \(m.entry.id) (\(m.entry.file):\(m.entry.line)) \(m.category.rawValue)/\(m.subcategory.rawValue) weight \(JSON.number(m.entry.weight))")
                if !m.entry.also.isEmpty {
                    writeOut("    also counts for \(m.entry.also.map { "\($0.0.rawValue)/\($0.1.rawValue)" }.joined(separator: ", "))")
                }
                let cues = m.context.cueNames.isEmpty ? "none" : m.context.cueNames.joined(separator: ", ")
                writeOut("    context: target \(m.context.target.rawValue); cues \(cues); multiplier \(JSON.number(m.context.multiplier)) → evidence \(JSON.number(m.evidence))")
                if !m.steps.isEmpty { writeOut("    seen through: \(m.steps.description)") }
            }
        }
        writeOut("scores (policy \(verdict.policy.profile.rawValue)):")
        for r in verdict.categories {
            let subs = r.subcategories.map { "\($0.rawValue) \(JSON.number(r.subcategoryScores[$0] ?? 0))" }.joined(separator: ", ")
            let mark = r.isFlagged ? "FLAGGED" : "       "
            writeOut("  \(mark) \(r.category.rawValue.padding(16)) \(JSON.number(r.score).padding(6)) \(r.severity.rawValue.padding(8)) flag ≥ \(JSON.number(verdict.policy.flagThreshold(r.category))) block ≥ \(JSON.number(verdict.policy.blockThreshold(r.category)))\(subs.isEmpty ? "" : "  [\(subs)]")")
        }
        writeOut("action:     \(verdict.action.rawValue)")
        writeOut("lexicons:   \(verdict.lexiconVersion)")
        if verdict.isFlagged { throw ExitCode(1) }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
