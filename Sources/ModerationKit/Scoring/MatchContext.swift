/// What the words around a hit say about it.
public struct MatchContext: Sendable, Hashable {
    /// Who the hit is aimed at: the entry's own target, or the nearest pronoun or @mention.
    public var target: Target = .unknown
    /// A negation just before the hit ("not a loser", "don't kill yourself").
    public var negated = false
    /// Reported or quoted speech ("he called me …", "she said …").
    public var reported = false
    /// The words stand in quotation marks inside a longer text: mentioned, not used ("the
    /// word 'kys' …").
    public var quoted = false
    /// The sentence is a question.
    public var question = false
    /// Support cues nearby ("you matter", "988", "we love you").
    public var support = false
    /// Help-seeking cues nearby ("I need help", "what should I do").
    public var helpSeeking = false
    /// Recovery framing nearby ("in recovery", "days clean").
    public var recovery = false
    /// Awareness or reporting framing nearby ("prevention", "research shows").
    public var awareness = false
    /// Hyperbole or joking nearby ("lol", "jk", "this homework"), unless the sentence says it is
    /// meant ("no seriously", "not joking", "fr").
    public var hyperbole = false
    /// Affection nearby ("ily", "love you", "bestie"): teasing, for insults.
    public var affection = false
    /// A sincerity cue in the sentence ("no seriously", "not joking", "deadass").
    public var sincere = false
    /// An intensifier just before the hit ("so", "fucking").
    public var intensified = false
    /// The factor the context applied to the entry's weight.
    public var multiplier = 1.0

    public init() {}

    /// The cues that were present, by name, for explanations.
    public var cueNames: [String] {
        var names: [String] = []
        if negated { names.append("negated") }
        if reported { names.append("reported") }
        if quoted { names.append("quoted") }
        if question { names.append("question") }
        if support { names.append("support") }
        if helpSeeking { names.append("help_seeking") }
        if recovery { names.append("recovery") }
        if awareness { names.append("awareness") }
        if hyperbole { names.append("hyperbole") }
        if affection { names.append("affection") }
        if sincere { names.append("sincere") }
        if intensified { names.append("intensified") }
        return names
    }
}
