import CICU

/// Deterministic corpora and baselines for `moderate bench` and the `Benchmarks/` package.
///
/// Underscored: not part of the public API; it may change without notice.
public enum _BenchmarkCorpus {
    /// A small deterministic PRNG (SplitMix64), so every run measures the same text.
    public struct Generator: RandomNumberGenerator {
        var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let names = ["sam", "alex", "jordan", "maya", "leo", "priya", "noah", "zoe", "omar", "lena", "kai", "ivy"]
    static let things = ["the new map", "that boss fight", "my math homework", "the bus", "pizza night", "the group project",
                         "season two", "the concert", "my cat", "practice", "the final exam", "this playlist"]
    static let templates = [
        "hey {n} are you coming to {t} later?", "lol {t} was so good", "did anyone finish {t} yet",
        "{n} you carried us in {t} ngl", "omg {t} is taking forever", "can we talk about {t} tomorrow",
        "brb getting snacks, {n} hold the spot", "who else thinks {t} was overrated", "gg everyone, {n} mvp",
        "i cant believe {t} is already over", "{n} send me the link for {t} pls", "this is fine honestly",
        "anyone up for {t} after school?", "my wifi died during {t} again", "{n} that was a clean play",
        "ok but {t} tho", "tbh i need a nap before {t}", "see you at {t}, dont be late {n}",
        "wait who invited {n} lmao", "i love {t} so much", "{n} stop spamming the chat", "rate {t} out of ten",
        "been grinding {t} all day", "cant wait for {t} this weekend", "does {t} start at 5 or 6",
    ]
    static let harmful = [
        "{n} you are such a loser nobody likes you", "just kys already {n}", "i want to kill myself tonight",
        "post her nudes or else", "thinspo pls, need motivation to skip meals", "i know where you live {n}",
        "women belong in the kitchen", "go unalive yourself", "ur so ugly lmao", "everyone hates you {n}",
    ]
    static let nonLatin = [
        "привет, как дела? увидимся завтра", "καλημέρα, τι κάνεις σήμερα;", "مرحبا كيف حالك اليوم",
        "नमस्ते, आप कैसे हैं?", "今天天气很好，我们去公园吧", "今日は学校に行きます、また後で",
        "東京で会いましょう 🎉", "👨‍👩‍👧 family dinner tonight ❤️",
    ]

    /// Applies a random evasion to a message.
    static func evade(_ text: String, _ rng: inout Generator) -> String {
        switch rng.next() % 6 {
        case 0:
            return String(text.map { c -> Character in
                switch c { case "o": "0"; case "e": "3"; case "a": "4"; case "s": "$"; default: c }
            })
        case 1:
            return text.split(separator: " ").map { w in w.count > 3 ? w.map(String.init).joined(separator: "\u{200B}") : String(w) }
                .joined(separator: " ")
        case 2:
            return String(String.UnicodeScalarView(text.unicodeScalars.map { s in
                (0x61...0x7A).contains(s.value) ? Unicode.Scalar(s.value - 0x61 + 0xFF41)! : s
            }))
        case 3:
            return text.split(separator: " ").map { w in w.count == 4 ? w.map(String.init).joined(separator: " ") : String(w) }
                .joined(separator: " ")
        case 4:
            return String(String.UnicodeScalarView(text.unicodeScalars.map { s in
                s == "a" ? "а" : s == "o" ? "о" : s == "e" ? "е" : s
            }))
        default:
            return text.replacingOccurrences("o", "ooo")
        }
    }

    static func fill(_ template: String, _ rng: inout Generator) -> String {
        template.replacingOccurrences("{n}", names[Int(rng.next() % UInt64(names.count))])
            .replacingOccurrences("{t}", things[Int(rng.next() % UInt64(things.count))])
    }

    /// Chat-like English: mostly clean messages, 5% harmful, 10% with an evasion, 5% non-Latin.
    public static func chat(count: Int, seed: UInt64 = 42) -> [String] {
        var rng = Generator(seed: seed)
        return (0..<count).map { _ in
            let roll = rng.next() % 100
            if roll < 5 { return nonLatin[Int(rng.next() % UInt64(nonLatin.count))] }
            var text = roll < 10 ? fill(harmful[Int(rng.next() % UInt64(harmful.count))], &rng)
                : fill(templates[Int(rng.next() % UInt64(templates.count))], &rng)
            if roll >= 10 && roll < 20 { text = evade(text, &rng) }
            return text
        }
    }

    /// Plain English chat only: no evasions, no non-Latin text, 5% harmful.
    public static func english(count: Int, seed: UInt64 = 7) -> [String] {
        var rng = Generator(seed: seed)
        return (0..<count).map { _ in
            rng.next() % 100 < 5 ? fill(harmful[Int(rng.next() % UInt64(harmful.count))], &rng)
                : fill(templates[Int(rng.next() % UInt64(templates.count))], &rng)
        }
    }

    /// Unicode-heavy text: every message has an evasion or is in another script.
    public static func unicodeHeavy(count: Int, seed: UInt64 = 9) -> [String] {
        var rng = Generator(seed: seed)
        return (0..<count).map { _ in
            if rng.next() % 3 == 0 { return nonLatin[Int(rng.next() % UInt64(nonLatin.count))] }
            var text = fill(templates[Int(rng.next() % UInt64(templates.count))], &rng)
            text = evade(text, &rng)
            if rng.next() % 2 == 0 { text = "Ｈｅｙ ✨ 𝐡𝐞𝐲 café naïve " + text }
            return text
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    fileprivate func range(of target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }
}

/// ICU's NFKC_Casefold alone (UTF-8 → UTF-16 → NFKC_Casefold → UTF-8), one call per message:
/// the baseline the benchmarks compare the normaliser and the whole pipeline against.
public struct _ICUBaseline: ~Copyable {
    private var out: UnsafeMutableBufferPointer<UInt8>

    public init() throws(ModerationError) {
        if case .failure(let e) = UnicodeTables.shared { throw e }
        out = .allocate(capacity: 1 << 16)
    }

    deinit { out.deallocate() }

    /// Folds `bytes`; returns the folded length (or -1).
    public mutating func fold(_ bytes: UnsafeRawBufferPointer) -> Int {
        let needed = bytes.count * 18 + 16
        if needed > out.count {
            out.deallocate()
            out = .allocate(capacity: needed)
        }
        return Int(mk_icu_nfkc_casefold_baseline(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), Int32(bytes.count),
                                                 out.baseAddress, Int32(out.count)))
    }
}
