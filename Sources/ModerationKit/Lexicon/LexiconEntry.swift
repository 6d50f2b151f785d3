/// One reviewed entry of a lexicon file: what it means and how it is written.
///
/// Entries are immutable and shared by every match that refers to them.
public final class LexiconEntry: Sendable, Hashable, CustomStringConvertible {
    /// What an entry is for.
    public enum Kind: Sendable, Hashable {
        /// Evidence of a harm: a category and one of its sub-categories.
        case harm(HarmCategory, Subcategory)
        /// A context cue the scorer reads around harm hits.
        case cue(CueKind)
        /// An allowlisted phrase that cancels overlapping harm hits of these categories.
        case allow(HarmCategorySet)
    }

    /// The stable id, e.g. `en.cyberbullying.exclusion.nobody-likes-you`.
    public let id: String
    public let kind: Kind
    /// Evidence strength in (0, 1] for harm entries; 0 for cues and allowlist entries.
    public let weight: Double
    /// The target the pattern itself names, if any.
    public let target: Target?
    /// Extra categories the same hit counts for.
    public let also: [(HarmCategory, Subcategory)]
    /// The patterns as written in the file.
    public let patterns: [String]
    /// The line of each pattern, for errors.
    let patternLines: [Int]
    /// Texts that must produce a hit of this entry.
    public let examples: [String]
    /// Texts that must not produce a hit of this entry.
    public let counterexamples: [String]
    /// Reviewer notes and sources.
    public let note: String?
    /// Where the entry was defined.
    public let file: String
    public let line: Int

    init(id: String, kind: Kind, weight: Double, target: Target?, also: [(HarmCategory, Subcategory)],
         patterns: [String], patternLines: [Int] = [], examples: [String], counterexamples: [String], note: String?, file: String, line: Int) {
        self.id = id
        self.kind = kind
        self.weight = weight
        self.target = target
        self.also = also
        self.patterns = patterns
        self.patternLines = patternLines
        self.examples = examples
        self.counterexamples = counterexamples
        self.note = note
        self.file = file
        self.line = line
    }

    /// The harm category, for harm entries.
    public var category: HarmCategory? {
        if case .harm(let category, _) = kind { return category }
        return nil
    }

    /// The sub-category, for harm entries.
    public var subcategory: Subcategory? {
        if case .harm(_, let sub) = kind { return sub }
        return nil
    }

    public var description: String { id }
    public static func == (a: LexiconEntry, b: LexiconEntry) -> Bool { a === b || a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
