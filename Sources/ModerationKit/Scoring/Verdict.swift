/// The result of one category.
public struct CategoryResult: Sendable, Hashable {
    public let category: HarmCategory
    /// Evidence of harm in 0...1 (see README, "What a score means").
    public let score: Double
    /// Whether `score` reached the policy's flag threshold.
    public let isFlagged: Bool
    public let severity: Severity
    /// Sub-categories seen, harm ones first (strongest first), then the non-harm ones.
    public let subcategories: [Subcategory]
    /// The strongest evidence seen per sub-category.
    public let subcategoryScores: [Subcategory: Double]
    /// Self-harm and eating disorders: the writer appears to be the person at risk (first-person
    /// intent or behaviour, or asking for methods for themselves): route to support, not sanctions.
    public let writerAtRisk: Bool

    /// The strongest harm sub-category, if any.
    public var dominantSubcategory: Subcategory? { subcategories.first { !$0.isNonHarm } }
}

/// What ModerationKit concluded about a text: scores per category, the hits that explain them,
/// and the action the policy asks for.
public struct Verdict: Sendable, Hashable {
    // Five stored results rather than a tuple: a tuple of non-trivial structs is copied through
    // the runtime's generic tuple witnesses, which cost more than the rest of a verdict.
    private let selfHarm: CategoryResult
    private let eatingDisorder: CategoryResult
    private let harassment: CategoryResult
    private let cyberbullying: CategoryResult
    private let genderAbuse: CategoryResult
    /// Every harm hit, in the order of the text (up to the scanner's retention limit).
    public internal(set) var matches: [Match]
    /// Hits beyond the retention limit that were scored but not kept.
    public let droppedMatchCount: Int
    /// Whether any category is flagged.
    public let isFlagged: Bool
    public let action: Action
    /// The version of the lexicons that produced this verdict.
    public let lexiconVersion: String
    public let policy: Policy
    /// How many bytes of input were read.
    public let byteCount: Int

    init(_ selfHarm: CategoryResult, _ eatingDisorder: CategoryResult, _ harassment: CategoryResult,
         _ cyberbullying: CategoryResult, _ genderAbuse: CategoryResult, matches: [Match],
         droppedMatchCount: Int, lexiconVersion: String, policy: Policy, byteCount: Int) {
        self.selfHarm = selfHarm
        self.eatingDisorder = eatingDisorder
        self.harassment = harassment
        self.cyberbullying = cyberbullying
        self.genderAbuse = genderAbuse
        self.matches = matches
        self.droppedMatchCount = droppedMatchCount
        self.lexiconVersion = lexiconVersion
        self.policy = policy
        self.byteCount = byteCount
        isFlagged = selfHarm.isFlagged || eatingDisorder.isFlagged || harassment.isFlagged || cyberbullying.isFlagged ||
            genderAbuse.isFlagged
        action = isFlagged || selfHarm.score > 0 || eatingDisorder.score > 0
            ? Verdict.action(policy: policy) {
                Verdict.pick($0, selfHarm, eatingDisorder, harassment, cyberbullying, genderAbuse)
            }
            : .allow
    }

    /// The verdict for a text with no harm hit (what the full pipeline returns for it).
    static func clean(byteCount: Int, lexiconVersion: String, policy: Policy) -> Verdict {
        func empty(_ c: HarmCategory) -> CategoryResult {
            CategoryResult(category: c, score: 0, isFlagged: false, severity: .none, subcategories: [], subcategoryScores: [:],
                           writerAtRisk: false)
        }
        return Verdict(empty(.selfHarm), empty(.eatingDisorder), empty(.harassment), empty(.cyberbullying),
                       empty(.genderAbuse), matches: [], droppedMatchCount: 0, lexiconVersion: lexiconVersion,
                       policy: policy, byteCount: byteCount)
    }

    /// The result of `category`.
    public subscript(category: HarmCategory) -> CategoryResult {
        Verdict.pick(category, selfHarm, eatingDisorder, harassment, cyberbullying, genderAbuse)
    }

    /// The result of `category` among the five (one switch for the subscript and for `init`,
    /// which cannot read `self` before `action` is set).
    @inline(__always)
    private static func pick(_ category: HarmCategory, _ selfHarm: CategoryResult, _ eatingDisorder: CategoryResult,
                             _ harassment: CategoryResult, _ cyberbullying: CategoryResult,
                             _ genderAbuse: CategoryResult) -> CategoryResult {
        switch category {
        case .selfHarm: selfHarm
        case .eatingDisorder: eatingDisorder
        case .harassment: harassment
        case .cyberbullying: cyberbullying
        case .genderAbuse: genderAbuse
        }
    }

    /// All five results in `HarmCategory.allCases` order.
    public var categories: [CategoryResult] { HarmCategory.allCases.map { self[$0] } }

    /// The flagged categories.
    public var flaggedCategories: [HarmCategory] { HarmCategory.allCases.filter { self[$0].isFlagged } }

    /// The highest severity over all categories.
    public var severity: Severity { categories.map(\.severity).max() ?? .none }

    static func action(policy: Policy, _ result: (HarmCategory) -> CategoryResult) -> Action {
        var block = false
        var atRisk = false
        var review = false
        for category in HarmCategory.allCases {
            let r = result(category)
            let dominant = r.dominantSubcategory
            let writerAtRisk = r.category.mayNeedSupport && (r.writerAtRisk ||
                (dominant == nil && r.subcategoryScores[.helpSeeking] != nil))
            if r.isFlagged {
                if writerAtRisk { atRisk = true }
                else if r.score >= policy.blockThreshold(r.category) + (dominant.map(isSevere) == true ? 0 : 0.15) { block = true }
                else { review = true }
            } else if r.category.mayNeedSupport, r.score >= 0.25, writerAtRisk {
                atRisk = true
            }
        }
        if block { return .block }
        if atRisk { return .support }
        if review { return .review }
        return .allow
    }

    /// Sub-categories whose hits are blocked at the block threshold; milder ones (insults,
    /// exclusion, prejudiced claims) need a higher score to be blocked rather than reviewed.
    static func isSevere(_ sub: Subcategory) -> Bool {
        switch sub {
        case .threat, .deathWish, .doxxing, .sextortion, .imageAbuse, .sexualViolence, .promotion, .instructions,
             .selfHarmEncouragement, .slur, .identityAttack:
            true
        default:
            false
        }
    }

    public static func == (a: Verdict, b: Verdict) -> Bool {
        a.categories == b.categories && a.matches == b.matches && a.droppedMatchCount == b.droppedMatchCount &&
            a.action == b.action && a.lexiconVersion == b.lexiconVersion && a.byteCount == b.byteCount
    }

    public func hash(into hasher: inout Hasher) {
        for r in categories { hasher.combine(r) }
        hasher.combine(matches)
    }
}
