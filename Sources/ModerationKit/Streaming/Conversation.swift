/// Moderates a conversation message by message and raises cyberbullying and harassment when the
/// same person is targeted again and again, or by several authors (a pile-on).
///
/// Memory is bounded: only the last `memory` messages are remembered, as (author, target,
/// evidence) triples, never their text.
///
/// ```swift
/// let conversation = Conversation(moderator: moderator)
/// let result = conversation.add("@sam nobody likes you", author: "a")
/// result.pileOn          // true once several authors go after @sam
/// ```
public final class Conversation {
    /// The verdict on one message in its conversation.
    public struct Result: Sendable {
        /// The verdict on the message alone.
        public let message: Verdict
        /// Who the message is aimed at (the given target or its first @mention).
        public let target: String?
        /// Hostile messages aimed at `target` among the remembered ones, this one included.
        public let hostileMessagesToTarget: Int
        /// Distinct authors of those messages.
        public let distinctAuthors: Int
        /// The target is hit again and again (three or more hostile messages).
        public let repeatedTargeting: Bool
        /// Several authors (two or more) are going after the same target.
        public let pileOn: Bool
        /// Scores after the conversation context: cyberbullying and harassment raised for
        /// repeated targeting and pile-ons.
        public let scores: [HarmCategory: Double]
        /// Flags under the moderator's policy, after the conversation context.
        public let flagged: [HarmCategory]
        /// The action after the conversation context.
        public let action: Action
    }

    struct Remembered {
        var author: String
        var target: String?
        var hostility: Double
    }

    public let moderator: Moderator
    public let memory: Int
    private var recent: [Remembered] = []

    /// - Parameter memory: how many recent messages to remember (at least 1).
    public init(moderator: Moderator, memory: Int = 50) {
        self.moderator = moderator
        self.memory = max(1, memory)
    }

    /// Evidence of hostility at which a message counts toward repeated targeting.
    static let hostileAt = 0.3

    /// Moderates the next message.
    public func add(_ text: String, author: String, target: String? = nil) -> Result {
        let verdict = moderator.moderate(text)
        let target = (target ?? Self.firstMention(in: text))?.lowercased()
        let hostility = max(verdict[.harassment].score, verdict[.cyberbullying].score, verdict[.genderAbuse].score)
        recent.append(Remembered(author: author, target: target, hostility: hostility))
        if recent.count > memory { recent.removeFirst(recent.count - memory) }

        var scores = Dictionary(uniqueKeysWithValues: HarmCategory.allCases.map { ($0, verdict[$0].score) })
        var count = 0
        var authors = Set<String>()
        if let target, hostility >= Self.hostileAt {
            var product = 1.0
            for r in recent where r.target == target && r.hostility >= Self.hostileAt {
                count += 1
                authors.insert(r.author)
                product *= 1 - r.hostility * 0.5
            }
            let repeated = count >= 3
            let pile = repeated && authors.count >= 2
            if repeated {
                // The pattern is the harm: each hostile message adds to the bullying score.
                let combined = 1 - product
                scores[.cyberbullying] = max(scores[.cyberbullying]!, min(0.99, combined + (pile ? 0.15 : 0)))
                scores[.harassment] = max(scores[.harassment]!, min(0.99, combined))
            }
        }
        let policy = moderator.policy
        let flagged = HarmCategory.allCases.filter { scores[$0]! >= policy.flagThreshold($0) && scores[$0]! > 0 }
        var action = verdict.action
        if action == .allow || action == .review, !flagged.isEmpty {
            action = flagged.contains { scores[$0]! >= policy.blockThreshold($0) } ? .block : .review
        }
        return Result(message: verdict, target: target, hostileMessagesToTarget: count, distinctAuthors: authors.count,
                      repeatedTargeting: count >= 3, pileOn: count >= 3 && authors.count >= 2, scores: scores,
                      flagged: flagged, action: action)
    }

    static func firstMention(in text: String) -> String? {
        var scalars = text.unicodeScalars[...]
        while let at = scalars.firstIndex(of: "@") {
            let rest = scalars[scalars.index(after: at)...]
            let name = rest.prefix { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" }
            if !name.isEmpty { return String(String.UnicodeScalarView(name)) }
            scalars = rest
        }
        return nil
    }
}
