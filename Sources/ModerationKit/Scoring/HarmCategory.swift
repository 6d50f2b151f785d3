/// The harm categories ModerationKit scores.
///
/// The raw values are the snake_case names used in JSON, lexicon files and the CLI.
public enum HarmCategory: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    case selfHarm = "self_harm"
    case eatingDisorder = "eating_disorder"
    case harassment = "harassment"
    case cyberbullying = "cyberbullying"
    case genderAbuse = "gender_abuse"

    public var description: String { rawValue }

    /// The position of the category in `allCases`.
    @inlinable
    public var index: Int {
        switch self {
        case .selfHarm: 0
        case .eatingDisorder: 1
        case .harassment: 2
        case .cyberbullying: 3
        case .genderAbuse: 4
        }
    }

    /// The sub-categories a lexicon entry of this category may name.
    public var subcategories: [Subcategory] {
        switch self {
        case .selfHarm:
            [.intent, .instructions, .promotion, .helpSeeking, .recovery, .awareness, .hyperbole, .support]
        case .eatingDisorder:
            [.promotion, .instructions, .behavior, .helpSeeking, .recovery, .awareness, .support]
        case .harassment:
            [.insult, .threat, .deathWish, .doxxing, .identityAttack, .sexual]
        case .cyberbullying:
            [.exclusion, .humiliation, .appearanceShaming, .pileOn, .selfHarmEncouragement, .identityAttack]
        case .genderAbuse:
            [.slur, .sexualViolence, .sextortion, .imageAbuse, .prejudice, .identityAttack]
        }
    }

    /// Whether a person writing about this category may need help rather than sanctions.
    public var mayNeedSupport: Bool { self == .selfHarm || self == .eatingDisorder }
}

/// A set of harm categories.
public struct HarmCategorySet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public init(_ category: HarmCategory) { self.rawValue = 1 << UInt8(category.index) }
    public init<S: Sequence>(_ categories: S) where S.Element == HarmCategory {
        self.rawValue = categories.reduce(0) { $0 | (1 << UInt8($1.index)) }
    }
    public static let all = HarmCategorySet(HarmCategory.allCases)
    public func contains(_ category: HarmCategory) -> Bool { contains(HarmCategorySet(category)) }
    /// The categories in `HarmCategory.allCases` order.
    public var categories: [HarmCategory] { HarmCategory.allCases.filter { contains($0) } }
}

/// A sub-category of a harm category, such as `intent` or `exclusion`.
///
/// Sub-categories are open: a caller's lexicon may only use the ones its category lists in
/// ``HarmCategory/subcategories``. The non-harm ones (help-seeking, recovery, awareness, hyperbole,
/// support) describe talk *about* a harm: they are reported but never raise a category's score.
public struct Subcategory: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Subcategory, b: Subcategory) -> Bool { a.rawValue < b.rawValue }

    public static let intent = Subcategory(rawValue: "intent")
    public static let instructions = Subcategory(rawValue: "instructions")
    public static let promotion = Subcategory(rawValue: "promotion")
    public static let behavior = Subcategory(rawValue: "behavior")
    public static let helpSeeking = Subcategory(rawValue: "help_seeking")
    public static let recovery = Subcategory(rawValue: "recovery")
    public static let awareness = Subcategory(rawValue: "awareness")
    public static let hyperbole = Subcategory(rawValue: "hyperbole")
    public static let support = Subcategory(rawValue: "support")
    public static let insult = Subcategory(rawValue: "insult")
    public static let threat = Subcategory(rawValue: "threat")
    public static let deathWish = Subcategory(rawValue: "death_wish")
    public static let doxxing = Subcategory(rawValue: "doxxing")
    public static let identityAttack = Subcategory(rawValue: "identity_attack")
    public static let sexual = Subcategory(rawValue: "sexual")
    public static let exclusion = Subcategory(rawValue: "exclusion")
    public static let humiliation = Subcategory(rawValue: "humiliation")
    public static let appearanceShaming = Subcategory(rawValue: "appearance_shaming")
    public static let pileOn = Subcategory(rawValue: "pile_on")
    public static let selfHarmEncouragement = Subcategory(rawValue: "self_harm_encouragement")
    public static let slur = Subcategory(rawValue: "slur")
    public static let sexualViolence = Subcategory(rawValue: "sexual_violence")
    public static let sextortion = Subcategory(rawValue: "sextortion")
    public static let imageAbuse = Subcategory(rawValue: "image_abuse")
    public static let prejudice = Subcategory(rawValue: "prejudice")

    /// Talk about a harm rather than the harm itself.
    public var isNonHarm: Bool {
        self == .helpSeeking || self == .recovery || self == .awareness || self == .hyperbole || self == .support
    }
}

/// Context cue kinds, read from `cues.lex` and used by the scorer.
public enum CueKind: String, CaseIterable, Sendable, Hashable, Codable {
    case firstPerson = "first_person"
    case secondPerson = "second_person"
    case thirdPerson = "third_person"
    case group
    case negation
    case reporting
    case question
    case support
    case helpSeeking = "help_seeking"
    case recovery
    case awareness
    case hyperbole
    /// "ily", "love you", "bestie": teasing between friends ("ur such an idiot ily"). Softens
    /// insults, humiliation and appearance remarks; never threats, death wishes, self-harm
    /// encouragement or sexual abuse.
    case affection
    case intensifier
    /// "no seriously", "not joking", "fr": the writer means it, so hyperbole cues nearby do not count.
    case sincere
    /// Words in quotation marks with other words around them ("the word 'kys' spread in gaming
    /// chats"): mentioned, not used. Set by the scanner from the quotation marks, never by
    /// `cues.lex`.
    case quoted
}

/// Who a harmful hit is aimed at.
public enum Target: String, Sendable, Hashable, Codable {
    /// The writer ("I want to die").
    case `self`
    /// The reader or a named person ("you", "@user").
    case other
    /// A third person being talked about ("she", "he").
    case third
    /// A group ("women", "immigrants").
    case group
    /// Nothing in the window says.
    case unknown
}
