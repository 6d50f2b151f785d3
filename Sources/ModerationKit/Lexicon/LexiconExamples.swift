/// A lexicon example that does not behave as its entry says.
public struct LexiconExampleFailure: Sendable, Hashable, CustomStringConvertible {
    public let entry: LexiconEntry
    public let example: String
    /// `true` for a `match:` example that produced no hit, `false` for a `nomatch:` example that did.
    public let shouldMatch: Bool
    /// Scanning the example needed more live phrase states than the matcher keeps
    /// (``maxPhraseStates``), whether or not the example held: patterns with many long
    /// alternatives at one word crowd out others' partial matches, so text loses hits (a missed
    /// `match:` example is reported this way when states were turned away).
    public let exceededStateCap: Bool

    /// How many partial phrase matches the matcher follows at once.
    public static var maxPhraseStates: Int { PhraseAutomaton.maxStates }

    public var description: String {
        if exceededStateCap {
            return "\(entry.file):\(entry.line): \(entry.id) needs more than \(Self.maxPhraseStates) live phrase states on: \(example)"
        }
        return "\(entry.file):\(entry.line): \(entry.id) \(shouldMatch ? "should match" : "should not match"): \(example)"
    }
}

extension Moderator {
    /// Runs every `match:` and `nomatch:` example of the compiled lexicons.
    ///
    /// A `match:` text must produce a hit of its entry (harm hits after the allowlist). A
    /// `nomatch:` text must not produce one that counts: no hit, or one whose context left it
    /// less than half the entry's weight (negated, reported, supportive). An example whose scan
    /// needed more live phrase states than the matcher keeps fails too (hits elsewhere may be lost).
    ///
    /// - Returns: the failures (empty when every example holds) and how many examples ran.
    public func checkLexiconExamples() -> (failures: [LexiconExampleFailure], checked: Int) {
        let engine = makeEngine(policy: configuration.policy)
        engine.recordAllHits = true
        var failures: [LexiconExampleFailure] = []
        var checked = 0
        func hits(_ entry: LexiconEntry, _ text: String, counting: Bool) -> Bool {
            engine.reset()
            Array(text.utf8).withUnsafeBytes { engine.feed($0) }
            engine.finishInput()
            if entry.category != nil {
                return engine.retained.contains { $0.entry === entry && (!counting || $0.evidence >= 0.5 * entry.weight) }
            }
            return engine.rawHits.contains(entry.id)
        }
        for entry in lexicon.entries {
            for example in entry.examples {
                checked += 1
                // A miss with states turned away is reported as their loss (the likely cause).
                if !hits(entry, example, counting: false) || engine.droppedStates > 0 {
                    failures.append(LexiconExampleFailure(entry: entry, example: example, shouldMatch: true,
                                                          exceededStateCap: engine.droppedStates > 0))
                }
            }
            for example in entry.counterexamples {
                checked += 1
                if hits(entry, example, counting: true) || engine.droppedStates > 0 {
                    failures.append(LexiconExampleFailure(entry: entry, example: example, shouldMatch: false,
                                                          exceededStateCap: engine.droppedStates > 0))
                }
            }
        }
        return (failures, checked)
    }
}
