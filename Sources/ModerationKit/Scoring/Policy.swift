/// Turns scores into flags and an action: thresholds per category for an age profile.
///
/// A category is flagged when its score reaches `flagThreshold`; a flagged category whose score
/// reaches `blockThreshold` asks for `.block`, except where the writer is the one at risk
/// (self-harm intent, disordered-eating behaviour), which asks for `.support`.
public struct Policy: Sendable, Hashable {
    /// Age profiles: younger users get lower (stricter) thresholds.
    public enum Profile: String, Sendable, Hashable, CaseIterable, Codable {
        case child, teen, adult
    }

    public var profile: Profile
    private var flag: [Double]
    private var block: [Double]

    /// A policy with the default thresholds of `profile`.
    public init(_ profile: Profile) {
        self.profile = profile
        switch profile {
        case .child:
            flag = [0.35, 0.35, 0.40, 0.40, 0.40]
            block = [0.65, 0.65, 0.70, 0.75, 0.70]
        case .teen:
            flag = [0.50, 0.50, 0.50, 0.50, 0.50]
            block = [0.80, 0.80, 0.80, 0.85, 0.80]
        case .adult:
            flag = [0.60, 0.60, 0.65, 0.70, 0.65]
            block = [0.90, 0.90, 0.90, 0.95, 0.90]
        }
    }

    public static let child = Policy(.child)
    public static let teen = Policy(.teen)
    public static let adult = Policy(.adult)
    /// The policy `Moderator()` uses: `.teen`.
    public static let `default` = Policy.teen

    public func flagThreshold(_ category: HarmCategory) -> Double { flag[category.index] }
    public func blockThreshold(_ category: HarmCategory) -> Double { block[category.index] }

    /// Sets the flag threshold of `category` (0...1).
    public mutating func setFlagThreshold(_ value: Double, for category: HarmCategory) {
        flag[category.index] = min(max(value, 0), 1)
    }

    /// Sets the block threshold of `category` (0...1).
    public mutating func setBlockThreshold(_ value: Double, for category: HarmCategory) {
        block[category.index] = min(max(value, 0), 1)
    }
}

/// What a pipeline should do with a message.
public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing to do.
    case allow
    /// Flagged: a person should look.
    case review
    /// Clear harm aimed at others: hide or refuse it.
    case block
    /// The writer may be at risk (self-harm, eating disorder): show help resources, do not punish.
    case support
}

/// How severe a category's score is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case none, low, medium, high, critical

    init(score: Double) {
        switch score {
        case ..<0.2: self = .none
        case ..<0.5: self = .low
        case ..<0.7: self = .medium
        case ..<0.85: self = .high
        default: self = .critical
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
