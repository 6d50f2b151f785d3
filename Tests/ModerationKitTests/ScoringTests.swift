import Testing
import ModerationKit

@Suite("Scoring: harm versus talk about harm")
struct ScoringTests {
    static let distinctionTable: [(String, [HarmCategory], Action)] = [
        ("kill yourself", [.selfHarm, .harassment], .block),
        ("you should kys", [.selfHarm, .harassment], .block),
        ("just kys already nobody wants you here", [.selfHarm, .cyberbullying], .block),
        ("i want to kill myself", [.selfHarm], .support),
        ("i'm going to end my life tonight", [.selfHarm], .support),
        ("please don't kill yourself, we love you", [], .allow),
        ("if you are thinking about suicide, call or text 988", [], .allow),
        ("this workout is killing me", [], .allow),
        ("you're killing it, queen", [], .allow),
        ("i'm dying of laughter", [], .allow),
        ("he called me a slut and i reported him", [], .allow),
        ("you are not a loser", [], .allow),
        ("i will find where you live and hurt you", [.harassment], .block),
        // A negation reaches only within its clause.
        ("don't care, kys", [.selfHarm, .harassment], .block),
        ("i don't think you should kill yourself", [], .allow),
        // A lone "1" or "4" read as the leet "i" or "a" for matching; numbers stay numbers.
        ("1 w4nt t0 d13", [.selfHarm], .support),
        ("g0 d13 1n 4 d1tch", [.harassment], .block),
        ("i have 1 cat and 4 dogs", [], .allow),
        // A word-final "$$" reads as "s" or "ss": "kys" and "useless" both match.
        ("just ky$$", [.selfHarm, .harassment], .block),
        ("you are u$3l3$$", [.harassment], .review),
        // Sincerity cancels "lol"; support words inside coaching are coaching.
        ("im not joking i want to kill myself", [.selfHarm], .support),
        ("i want to die lol no seriously", [.selfHarm], .support),
        ("no seriously i want to die", [.selfHarm], .support),
        // Affection turns an insult into teasing, never a death wish.
        ("lol ur such an idiot i love you", [], .allow),
        ("love you, now kys", [.selfHarm, .harassment], .block),
        ("tell your parents you ate at a friend's house, they'll never check", [.eatingDisorder], .review),
        // Help offered, abuse described or condemned.
        ("if you ever feel like killing yourself, call 988 first", [], .allow),
        ("you don't deserve to be called a slut for what you wear", [], .allow),
        ("if someone threatens to leak your nudes, tell an adult and report it", [], .allow),
        ("telling a girl she was asking for it is victim blaming", [], .allow),
        ("you deserve to get hit by a bus", [.harassment], .block),
        // Words in quotation marks inside a longer text are mentioned, not used; a message that
        // is one quotation, or a quotation inside the harmful phrase, is still said.
        ("the word 'kys' became common in gaming chats", [], .allow),
        ("he typed \"kill yourself\" in the chat and got banned", [], .allow),
        ("\"kill yourself\"", [.selfHarm, .harassment], .block),
        ("just \"unalive\" yourself", [.selfHarm, .harassment], .block),
        // A leading leet "4" of a dotted run may be the word "a".
        ("ur 4 w.h.0.r.3", [.genderAbuse], .block),
    ]

    @Test("fullwidth punctuation ends sentences as ASCII does", arguments: ["no. you are ugly", "i'm not ok. i want to die"])
    func fullwidthSentences(text: String) throws {
        let m = try moderator()
        let fullwidth = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0x21...0x7E).contains(s.value) ? Unicode.Scalar(s.value + 0xFEE0)! : s
        }))
        let a = m.moderate(text), b = m.moderate(fullwidth)
        for category in HarmCategory.allCases {
            #expect(abs(a[category].score - b[category].score) < 0.001, "\(fullwidth): \(category)")
        }
        #expect(a.isFlagged && b.isFlagged)
    }

    @Test("kms / kys / support / hyperbole", arguments: distinctionTable)
    func distinctions(text: String, flagged: [HarmCategory], action: Action) throws {
        let verdict = try moderator().moderate(text)
        for category in flagged { #expect(verdict[category].isFlagged, "\(text): \(category) \(verdict[category].score)") }
        if flagged.isEmpty { #expect(!verdict.isFlagged, "\(text): \(verdict.flaggedCategories) \(verdict.matches.map(\.entry.id))") }
        #expect(verdict.action == action, "\(text): \(verdict.action)")
    }

    @Test("telling one person to kill themselves is self-harm promotion and harassment; bullying when the group is invoked")
    func kysAndBullying() throws {
        let m = try moderator()
        for text in ["you should kys", "go kill yourself"] {
            let v = m.moderate(text)
            #expect(v[.selfHarm].isFlagged && v[.harassment].isFlagged, "\(text)")
            #expect(!v[.cyberbullying].isFlagged, "\(text): \(v[.cyberbullying].score)")
        }
        for text in ["do everyone a favour and kill yourself", "nobody would miss you if you killed yourself"] {
            let v = m.moderate(text)
            #expect(v[.selfHarm].isFlagged && v[.cyberbullying].isFlagged, "\(text)")
        }
    }

    @Test func supportMessagesReportTheirSubcategory() throws {
        let verdict = try moderator().moderate("i want to die, i need help, what should i do")
        #expect(verdict.action == .support)
        #expect(verdict[.selfHarm].subcategories.contains(.helpSeeking))
    }

    @Test("stricter profiles flag more", arguments: ["ur kinda dumb", "you are so ugly", "stupid bitch", "i hate my life"])
    func profiles(text: String) throws {
        let m = try moderator()
        let child = m.moderate(text, policy: .child)
        let teen = m.moderate(text, policy: .teen)
        let adult = m.moderate(text, policy: .adult)
        #expect(child.flaggedCategories.count >= teen.flaggedCategories.count)
        #expect(teen.flaggedCategories.count >= adult.flaggedCategories.count)
        for category in HarmCategory.allCases {
            #expect(Policy.child.flagThreshold(category) < Policy.teen.flagThreshold(category))
            #expect(Policy.teen.flagThreshold(category) < Policy.adult.flagThreshold(category))
            // Scores do not depend on the policy: only flags and actions do.
            #expect(child[category].score == adult[category].score)
        }
    }

    @Test func childProfileFlagsMildInsults() throws {
        let m = try moderator()
        #expect(m.moderate("you are such an idiot", policy: .child).isFlagged)
    }

    @Test func scoresStayInRange() throws {
        let m = try moderator()
        let text = String(repeating: "kys you stupid ugly loser nobody likes you i will kill you ", count: 50)
        let verdict = m.moderate(text)
        for r in verdict.categories { #expect(r.score >= 0 && r.score <= 1) }
        #expect(verdict[.harassment].severity == .critical)
    }

    @Test func everyVerdictCarriesTheLexiconVersion() throws {
        let verdict = try moderator().moderate("hello")
        #expect(!verdict.lexiconVersion.isEmpty)
        #expect(verdict.action == .allow)
        #expect(verdict.matches.isEmpty)
    }

    @Test func matchesPointIntoTheOriginalText() throws {
        let text = "héllo 👋 u r such a l0ser"
        let verdict = try moderator().moderate(text)
        let match = try #require(verdict.matches.first)
        let range = try #require(match.range)
        #expect(text[range].contains("l0ser"))
        #expect(Array(text.utf8)[match.utf8Range].count == match.utf8Range.count)
        #expect(match.steps.contains(.leetspeak))
    }
}

@Suite("Hand-written cases")
struct HandWrittenCaseTests {
    @Test("harmful texts are flagged in their category (at least 90%)")
    func harmful() throws {
        let m = try moderator()
        let cases = try loadCases().filter { $0.kind == "harm" || $0.kind == "at_risk" }
        var misses: [String] = []
        for c in cases {
            let verdict = m.moderate(c.text)
            if !c.expect.contains(where: { verdict[$0].isFlagged }) { misses.append(c.text) }
        }
        let rate = 1 - Double(misses.count) / Double(cases.count)
        #expect(rate >= 0.9, "flagged \(rate): missed \(misses.count) of \(cases.count):\n\(misses.joined(separator: "\n"))")
    }

    @Test("hard negatives and support messages are not flagged (at most 5%)")
    func negatives() throws {
        let m = try moderator()
        let cases = try loadCases().filter { $0.kind == "hard_negative" || $0.kind == "support" }
        var wrong: [String] = []
        for c in cases {
            let verdict = m.moderate(c.text)
            if verdict.isFlagged { wrong.append("\(c.text) → \(verdict.flaggedCategories) \(verdict.matches.map(\.entry.id))") }
        }
        let rate = Double(wrong.count) / Double(cases.count)
        #expect(rate <= 0.05, "flagged \(rate): \(wrong.count) of \(cases.count):\n\(wrong.joined(separator: "\n"))")
    }

    @Test("people at risk are routed to support, not punished")
    func atRisk() throws {
        let m = try moderator()
        let cases = try loadCases().filter { $0.kind == "at_risk" }
        let supported = cases.filter { m.moderate($0.text).action == .support }
        #expect(Double(supported.count) >= 0.8 * Double(cases.count), "\(supported.count) of \(cases.count)")
    }

    @Test("evasion variants of caught texts are still caught (at least 95%)", arguments: Evasion.allCases)
    func evasions(evasion: Evasion) throws {
        let m = try moderator()
        var total = 0
        var misses: [String] = []
        for c in try loadCases() where c.kind == "harm" || c.kind == "at_risk" {
            let verdict = m.moderate(c.text)
            guard let match = verdict.matches.max(by: { $0.evidence < $1.evidence }), verdict.isFlagged else { continue }
            let variant = evasion.apply(to: c.text, within: match.utf8Range)
            guard variant != c.text else { continue }
            total += 1
            let evaded = m.moderate(variant)
            if !verdict.flaggedCategories.contains(where: { evaded[$0].isFlagged }) { misses.append(variant) }
        }
        #expect(total > 20)
        let rate = 1 - Double(misses.count) / Double(max(total, 1))
        #expect(rate >= 0.95, "\(evasion): \(rate), missed \(misses.count) of \(total):\n\(misses.prefix(20).joined(separator: "\n"))")
    }
}
