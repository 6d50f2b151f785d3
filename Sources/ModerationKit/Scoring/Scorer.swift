/// Running evidence per category: turns finalised hits and their context into scores.
///
/// A hit's evidence is its entry's weight times a context multiplier (see README, "Scoring").
/// Within a category, overlapping hits count once (the strongest); separate hits combine as a
/// noisy-OR, `1 - Π(1 - e)`, so that several weak signals add up but never pass 1.
final class Scorer {
    let policy: Policy
    @exclusivity(unchecked) private var product: [Double]
    @exclusivity(unchecked) private var lastRange: [Range<Int>?]
    @exclusivity(unchecked) private var lastEvidence: [Double]
    @exclusivity(unchecked) private(set) var subScores: [[Subcategory: Double]]
    /// Strongest evidence that the writer is the one at risk, and strongest other harm evidence.
    @exclusivity(unchecked) private var atRisk: [Double]
    @exclusivity(unchecked) private var otherHarm: [Double]

    init(policy: Policy) {
        self.policy = policy
        product = [Double](repeating: 1, count: 5)
        lastRange = [Range<Int>?](repeating: nil, count: 5)
        lastEvidence = [Double](repeating: 0, count: 5)
        subScores = [[Subcategory: Double]](repeating: [:], count: 5)
        atRisk = [Double](repeating: 0, count: 5)
        otherHarm = [Double](repeating: 0, count: 5)
    }

    func reset() {
        for i in 0..<5 {
            product[i] = 1
            lastRange[i] = nil
            lastEvidence[i] = 0
            atRisk[i] = 0
            otherHarm[i] = 0
            if !subScores[i].isEmpty { subScores[i].removeAll() }
        }
    }

    /// The current score of a category.
    func score(_ category: HarmCategory) -> Double { 1 - product[category.index] }

    static func cue(for sub: Subcategory) -> CueKind? {
        switch sub {
        case .helpSeeking: .helpSeeking
        case .recovery: .recovery
        case .awareness: .awareness
        case .hyperbole: .hyperbole
        case .support: .support
        default: nil
        }
    }

    /// Reads the cues around a hit.
    static func context(for hit: PendingHit, entry: LexiconEntry, cues: ArraySlice<CueHit>, before: Int, after: Int,
                        sentence: Int, endSentence: Int, clause: Int, tokenCount: Int) -> MatchContext {
        var context = MatchContext()
        let lo = hit.startToken - before
        let hi = hit.endToken + after
        var bestDistance = Int.max
        var bestTarget = Target.unknown
        func distance(_ c: CueHit) -> Int {
            if c.endToken < hit.startToken { return hit.startToken - c.endToken }
            if c.startToken > hit.endToken { return c.startToken - hit.endToken }
            return 0
        }
        // "no recovery talk", "not a support group": a negated support cue says the opposite.
        func negatedCue(_ c: CueHit) -> Bool {
            cues.contains { $0.kind == .negation && $0.sentence == c.sentence && $0.endToken < c.startToken &&
                c.startToken - $0.endToken <= 2 }
        }
        // "no offense but", "can't believe", "no matter", "no seriously", "not joking": an
        // intensifier or sincerity phrase that begins with the negation word takes it over.
        func isSetPhrase(_ negation: CueHit) -> Bool {
            cues.contains { ($0.kind == .intensifier || $0.kind == .sincere) && $0.startToken == negation.startToken &&
                $0.endToken > negation.endToken }
        }
        for c in cues where c.endToken >= lo && c.startToken <= hi {
            if c.kind == .negation && isSetPhrase(c) { continue }
            let framing = c.kind == .support || c.kind == .recovery || c.kind == .awareness || c.kind == .helpSeeking ||
                c.kind == .affection
            // "not joking" is the opposite of a joke.
            if (framing || c.kind == .hyperbole) && negatedCue(c) { continue }
            // Framing words inside the harmful phrase are part of it ("tell your parents you ate
            // at a friend's house" is coaching, not a referral to a trusted adult).
            if (framing || c.kind == .hyperbole) && !(entry.subcategory?.isNonHarm ?? true) &&
                c.startToken >= hit.startToken && c.endToken <= hit.endToken { continue }
            let sameSentence = c.sentence >= sentence && c.sentence <= endSentence
            let endsBefore = c.endToken < hit.startToken
            switch c.kind {
            case .firstPerson, .secondPerson, .thirdPerson, .group:
                guard sameSentence else { continue }
                let d = distance(c)
                let target: Target = switch c.kind {
                case .firstPerson: .self
                case .secondPerson: .other
                case .thirdPerson: .third
                default: .group
                }
                // Nearest wins; on a tie "you" beats the others.
                if d < bestDistance || (d == bestDistance && target == .other) {
                    bestDistance = d
                    bestTarget = target
                }
            case .negation:
                // A negation reaches up to four words ahead within its clause ("not a loser", but
                // "don't care, kys").
                if c.clause == clause && endsBefore && hit.startToken - c.endToken <= 4 { context.negated = true }
                // "you are not a loser": a negation that a gap of the pattern skipped.
                if c.startToken > hit.startToken && c.endToken < hit.endToken {
                    var all = true
                    for t in c.startToken...c.endToken where t - hit.startToken >= 64 || hit.skipped & (1 << UInt64(t - hit.startToken)) == 0 {
                        all = false
                    }
                    if all { context.negated = true }
                }
            case .reporting:
                if sameSentence && endsBefore { context.reported = true }
            case .question:
                if sameSentence || (c.startToken >= hit.startToken && c.startToken <= hit.endToken + 2) { context.question = true }
            case .intensifier:
                if endsBefore && hit.startToken - c.endToken <= 2 { context.intensified = true }
            case .support: context.support = true
            case .helpSeeking: context.helpSeeking = true
            case .recovery: context.recovery = true
            case .awareness: context.awareness = true
            case .hyperbole: context.hyperbole = true
            case .affection: context.affection = true
            case .sincere: if sameSentence { context.sincere = true }
            case .quoted:
                // The quotation holds the whole hit and is not the whole text (a message that is
                // all one quotation is said, not mentioned).
                if c.startToken <= hit.startToken && c.endToken >= hit.endToken && (c.startToken > 0 || tokenCount > c.endToken + 1) {
                    context.quoted = true
                }
            }
        }
        if context.sincere { context.hyperbole = false }
        context.target = entry.target ?? bestTarget
        return context
    }

    /// The context multiplier for a hit of `category`/`sub`.
    static func multiplier(category: HarmCategory, sub: Subcategory, context c: MatchContext) -> Double {
        var m = 1.0
        if c.negated { m *= 0.25 }
        if c.reported || c.quoted { m *= 0.35 }
        switch category {
        case .selfHarm, .eatingDisorder:
            if c.support { m *= 0.3 }
            if c.awareness { m *= 0.45 } else if c.recovery { m *= (sub == .intent || sub == .behavior) ? 0.6 : 0.45 }
            if c.hyperbole && (sub == .intent || sub == .behavior) { m *= 0.5 }
            if sub == .intent || sub == .behavior {
                if c.target == .third { m *= 0.6 }
                if c.target == .other { m *= 0.75 }
            }
            if sub == .promotion && c.target == .other { m *= 1.15 }
        case .harassment, .cyberbullying, .genderAbuse:
            // Support next to "kill yourself" is a plea, not abuse ("if you ever feel like killing
            // yourself, call 988"); next to an insult it softens less.
            if c.support { m *= (sub == .deathWish || sub == .selfHarmEncouragement) ? 0.45 : 0.7 }
            // "jk", "lol" soften a threat; laughing at someone does not soften an insult (mocking
            // laughter is part of bullying).
            if c.hyperbole && (sub == .threat || sub == .deathWish) { m *= 0.6 }
            // "ur such an idiot ily": teasing. Threats and sexual remarks are not softened.
            if c.affection && (sub == .insult || sub == .humiliation || sub == .appearanceShaming) { m *= 0.4 }
            switch c.target {
            case .other: m *= 1.2
            case .self: m *= 0.4
            // Bullying is as often about someone as to them ("she's so ugly lmao", "nobody
            // invite him"): a third person discounts an insult, not bullying.
            case .third: m *= (sub == .prejudice || sub == .identityAttack || sub == .slur || category == .cyberbullying) ? 1.0 : 0.9
            case .group: m *= (sub == .prejudice || sub == .identityAttack || sub == .slur) ? 1.0 : 0.85
            case .unknown: break
            }
            if c.intensified { m *= 1.1 }
            if c.question { m *= 0.85 }
        }
        return m
    }

    /// Adds a finalised hit and returns its `Match`.
    func add(entry: LexiconEntry, context: MatchContext, utf8Range: Range<Int>, folded: String,
                      steps: NormalizationSteps) -> Match {
        let category = entry.category!
        let sub = entry.subcategory!
        var context = context
        context.multiplier = Self.multiplier(category: category, sub: sub, context: context)
        let evidence = min(0.99, entry.weight * context.multiplier)
        if sub.isNonHarm {
            bump(category, sub, evidence)
        } else {
            contribute(category, sub, evidence, utf8Range)
            for (other, otherSub) in entry.also {
                // The same hit read as evidence of another category, under that category's
                // context rules (support discounts self-harm more than it discounts insults).
                let m = Self.multiplier(category: other, sub: otherSub, context: context)
                contribute(other, otherSub, min(0.99, entry.weight * m), utf8Range)
            }
            if category.mayNeedSupport {
                // The writer is the one at risk: first-person intent or behaviour, or asking for
                // methods or "motivation" for themselves ("which pills should i take", "meanspo pls").
                let writer = sub == .intent || sub == .behavior ||
                    ((sub == .instructions || sub == .promotion) && (context.target == .self ||
                        (context.question && context.target == .unknown)))
                let i = category.index
                if writer { atRisk[i] = max(atRisk[i], evidence) } else { otherHarm[i] = max(otherHarm[i], evidence) }
            }
            if category.mayNeedSupport {
                if context.helpSeeking { bump(category, .helpSeeking, evidence) }
                if context.support { bump(category, .support, entry.weight * 0.5) }
                if context.recovery { bump(category, .recovery, entry.weight * 0.5) }
                if context.awareness { bump(category, .awareness, entry.weight * 0.5) }
                if context.hyperbole { bump(category, .hyperbole, entry.weight * 0.5) }
            }
        }
        return Match(entry: entry, category: category, subcategory: sub, utf8Range: utf8Range, range: nil,
                     folded: folded, steps: steps, context: context, evidence: evidence)
    }

    private func bump(_ category: HarmCategory, _ sub: Subcategory, _ value: Double) {
        let i = category.index
        if value > subScores[i][sub, default: 0] { subScores[i][sub] = value }
    }

    private func contribute(_ category: HarmCategory, _ sub: Subcategory, _ evidence: Double, _ range: Range<Int>) {
        let i = category.index
        bump(category, sub, evidence)
        if let last = lastRange[i], last.overlaps(range) {
            // Overlapping hits of one category count once: the strongest.
            if evidence > lastEvidence[i] {
                product[i] = product[i] / (1 - lastEvidence[i]) * (1 - evidence)
                lastEvidence[i] = evidence
                lastRange[i] = min(last.lowerBound, range.lowerBound)..<max(last.upperBound, range.upperBound)
            }
            return
        }
        product[i] *= (1 - evidence)
        lastRange[i] = range
        lastEvidence[i] = evidence
    }

    /// The result of one category under this scorer's policy.
    func result(_ category: HarmCategory) -> CategoryResult {
        let i = category.index
        let score = (1 - product[i]).clamped
        let subs = subScores[i]
        let ordered = subs.isEmpty ? [] : subs.sorted { a, b in
            a.key.isNonHarm != b.key.isNonHarm ? !a.key.isNonHarm : a.value != b.value ? a.value > b.value : a.key < b.key
        }.map(\.key)
        return CategoryResult(category: category, score: score, isFlagged: score >= policy.flagThreshold(category) && score > 0,
                              severity: Severity(score: score), subcategories: ordered, subcategoryScores: subs,
                              writerAtRisk: atRisk[i] >= 0.25 && atRisk[i] >= otherHarm[i])
    }
}

extension Double {
    var clamped: Double { self < 0 ? 0 : self > 1 ? 1 : (self * 1e6).rounded() / 1e6 }
}
