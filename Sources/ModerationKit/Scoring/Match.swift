/// One lexicon hit in the original text, with the context that weighed it.
public struct Match: Sendable, Hashable, CustomStringConvertible {
    /// The entry that matched.
    public let entry: LexiconEntry
    /// The category the hit counts for (the entry's).
    public let category: HarmCategory
    /// The sub-category the hit counts for (the entry's).
    public let subcategory: Subcategory
    /// UTF-8 byte offsets in the original text (or stream).
    public let utf8Range: Range<Int>
    /// The range in the original `String`, when the verdict came from ``Moderator/moderate(_:)``;
    /// `nil` for byte streams (use ``range(in:)`` with the text).
    public internal(set) var range: Range<String.Index>?
    /// The folded text the matcher read for this hit.
    public let folded: String
    /// Normalisation steps that were needed to see the hit.
    public let steps: NormalizationSteps
    /// What the surrounding words said.
    public let context: MatchContext
    /// The evidence this hit gave: the entry's weight times the context multiplier, in 0...1.
    public let evidence: Double

    /// The range of this match in `text`, which must be the text that was moderated.
    public func range(in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard utf8Range.upperBound <= utf8.count,
              let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound, limitedBy: utf8.endIndex),
              let upper = utf8.index(lower, offsetBy: utf8Range.count, limitedBy: utf8.endIndex)
        else { return nil }
        return lower..<upper
    }

    public var description: String {
        "\(entry.id) [\(utf8Range.lowerBound)..<\(utf8Range.upperBound)] \"\(folded)\" evidence \(evidence)"
    }

    public static func == (a: Match, b: Match) -> Bool {
        a.entry == b.entry && a.utf8Range == b.utf8Range && a.folded == b.folded && a.steps == b.steps &&
            a.context == b.context && a.evidence == b.evidence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entry)
        hasher.combine(utf8Range.lowerBound)
        hasher.combine(utf8Range.upperBound)
    }
}
