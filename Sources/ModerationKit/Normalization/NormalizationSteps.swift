/// The normalisation steps, each of which can be switched off and each of which is reported
/// when it changed something.
public struct NormalizationSteps: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Invalid or truncated UTF-8 became U+FFFD (always on; reported only).
    public static let decoding = NormalizationSteps(rawValue: 1 << 0)
    /// NFKC_Casefold: case, width, ligatures, math and enclosed letters.
    public static let caseFold = NormalizationSteps(rawValue: 1 << 1)
    /// Default-ignorable characters removed (zero-width, soft hyphen, bidi controls, ...).
    public static let ignorables = NormalizationSteps(rawValue: 1 << 2)
    /// Diacritics and combining marks stripped from Latin letters ("zalgo", strike-through).
    public static let marks = NormalizationSteps(rawValue: 1 << 3)
    /// Confusables folded toward Latin in words that mix scripts (UTS #39).
    public static let confusables = NormalizationSteps(rawValue: 1 << 4)
    /// Leetspeak inside words (0→o, 1→i/l, 3→e, 4→a, 5→s, 7→t, @→a, $→s, !→i, |→l, * mask).
    public static let leetspeak = NormalizationSteps(rawValue: 1 << 5)
    /// Spaced-out or dotted single letters joined ("k i l l", "k.i.l.l").
    public static let spacedLetters = NormalizationSteps(rawValue: 1 << 6)
    /// Letters repeated three or more times squeezed ("kiiiill").
    public static let repeats = NormalizationSteps(rawValue: 1 << 7)
    /// Emoji from the emoji table read as words (🔪 → knife).
    public static let emoji = NormalizationSteps(rawValue: 1 << 8)

    public static let all: NormalizationSteps = [
        .decoding, .caseFold, .ignorables, .marks, .confusables, .leetspeak, .spacedLetters, .repeats, .emoji,
    ]

    /// Names in the order of the pipeline, as printed by `moderate normalize --explain`.
    public static let named: [(NormalizationSteps, String)] = [
        (.decoding, "decoding"), (.caseFold, "case_fold"), (.ignorables, "ignorables"), (.marks, "marks"),
        (.confusables, "confusables"), (.leetspeak, "leetspeak"), (.spacedLetters, "spaced_letters"),
        (.repeats, "repeats"), (.emoji, "emoji"),
    ]

    /// Parses a step name as printed by `description`.
    public init?(name: String) {
        guard let found = NormalizationSteps.named.first(where: { $0.1 == name }) else { return nil }
        self = found.0
    }

    public var names: [String] { NormalizationSteps.named.filter { contains($0.0) }.map(\.1) }
    public var description: String { names.joined(separator: ",") }
}
