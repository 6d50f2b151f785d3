import CICU

/// The kind of a folded token.
enum TokenKind: UInt8 {
    case word
    case number
    case emoji
    case mention
}

/// Folds one token (a word, a number or an emoji sequence) into the form the matcher reads.
///
/// ASCII tokens go through a table in Swift; tokens with any non-ASCII byte go through ICU
/// (`mk_icu_fold`: NFKC_Casefold with an edit map, marks, confusables). Leetspeak is decided
/// here, on the folded bytes, so that it applies only inside words and never to numbers.
///
/// Output bytes are lower-case UTF-8 plus matcher codes (bytes below ``codeLimit``):
/// ``ambiguousOne`` (a leet `1`, read as `i`, `l` or `1`), ``mask`` (a `*` standing for one
/// letter) and ``optionalS`` (the second of a word-final `$$`, read as `s` or nothing).
/// Repeated letters are kept: the matcher reads a run of three or more as one or two letters.
struct TokenFolder: ~Copyable {
    static let ambiguousOne: UInt8 = 0x01
    static let mask: UInt8 = 0x02
    /// A lone "4" between words, read as "a" or "4" (set by the scan engine, never by the folder).
    static let ambiguousFour: UInt8 = 0x04
    /// The second "$" of a word-final "$$": "u$3l3$$" is "useless", "ky$$" is "kys".
    static let optionalS: UInt8 = 0x05
    /// Bytes below this are matcher codes, never text.
    static let codeLimit: UInt8 = 0x06

    /// How a folded byte is shown in the folded text (codes become the letter they stand for).
    @inline(__always)
    static func displayByte(_ b: UInt8) -> UInt8 {
        switch b {
        case ambiguousOne: UInt8(ascii: "i")
        case mask: UInt8(ascii: "*")
        case ambiguousFour: UInt8(ascii: "4")
        case optionalS: UInt8(ascii: "s")
        default: b
        }
    }
    /// A token longer than this (in bytes of input) is cut into several tokens.
    static let maxTokenBytes = 256

    /// Folded bytes of the last token.
    var out: UnsafeMutableBufferPointer<UInt8>
    /// For each folded byte: the input byte range (relative to the token's raw bytes) it came from.
    var mapStart: UnsafeMutableBufferPointer<Int32>
    var mapEnd: UnsafeMutableBufferPointer<Int32>
    var count = 0
    var kind = TokenKind.word
    var fired = NormalizationSteps()

    private var icuOut: UnsafeMutableBufferPointer<UInt8>
    private var icuStart: UnsafeMutableBufferPointer<Int32>
    private var icuEnd: UnsafeMutableBufferPointer<Int32>
    private static let capacity = maxTokenBytes * 20 + 64
    /// The steps `mk_icu_fold_fast` applies: all of `mk_icu_fold`'s.
    private static let fastSteps: NormalizationSteps = [.caseFold, .ignorables, .marks, .confusables]

    init() {
        out = .allocate(capacity: Self.capacity)
        mapStart = .allocate(capacity: Self.capacity)
        mapEnd = .allocate(capacity: Self.capacity)
        icuOut = .allocate(capacity: Self.capacity)
        icuStart = .allocate(capacity: Self.capacity)
        icuEnd = .allocate(capacity: Self.capacity)
    }

    deinit {
        out.deallocate(); mapStart.deallocate(); mapEnd.deallocate()
        icuOut.deallocate(); icuStart.deallocate(); icuEnd.deallocate()
    }

    /// Folds `raw` (valid UTF-8; `ascii` when every byte is below 0x80).
    /// - Parameter mention: whether a leading `@` makes a mention (the word follows white space
    ///   or starts the text); elsewhere ("pro-@na") it is leetspeak for `a`.
    /// - Parameter latinContext: whether the previous word was Latin; then a word made only of
    ///   Latin look-alikes ("ріесе" in Cyrillic) folds toward Latin as a mixed-script word does.
    mutating func fold(_ raw: UnsafeBufferPointer<UInt8>, ascii: Bool, emoji: Bool, steps: NormalizationSteps,
                       keepSymbols: Bool = false, mention: Bool = true, latinContext: Bool = false) {
        count = 0
        fired = []
        kind = .word
        if emoji {
            foldEmoji(raw, steps: steps)
            return
        }
        // 1. Case, width, marks, confusables.
        var n = 0
        if ascii || !steps.contains(.caseFold) && !steps.contains(.marks) && !steps.contains(.confusables) {
            let lower = steps.contains(.caseFold)
            var plain = true   // only lower-case letters: nothing for leetspeak to do
            var upper = false
            for i in 0..<raw.count {
                var b = raw[i]
                if lower, b &- 65 < 26 { b |= 0x20; upper = true }
                if b &- 97 >= 26 { plain = false }
                icuOut[i] = b
                icuStart[i] = Int32(i)
                icuEnd[i] = Int32(i + 1)
            }
            if upper { fired.insert(.caseFold) }
            n = raw.count
            if plain && !keepSymbols {
                for i in 0..<n { out[i] = icuOut[i]; mapStart[i] = Int32(i); mapEnd[i] = Int32(i + 1) }
                count = n
                return
            }
        } else {
            var options: UInt32 = 0
            if steps.contains(.caseFold) || steps.contains(.ignorables) { options |= UInt32(MK_FOLD_NFKC_CASEFOLD) }
            if steps.contains(.marks) { options |= UInt32(MK_FOLD_STRIP_MARKS) }
            if steps.contains(.confusables) { options |= UInt32(MK_FOLD_CONFUSABLES) }
            if steps.contains(.confusables) && latinContext { options |= UInt32(MK_FOLD_LATIN_CONTEXT) }
            var didFire: UInt32 = 0
            // Tokens whose scalars fold one by one take ICU's per-scalar tables (the usual case);
            // the rest go through ICU's normaliser with its edit map.
            var result: Int32 = -1
            if steps.isSuperset(of: Self.fastSteps) {
                result = mk_icu_fold_fast(raw.baseAddress, Int32(raw.count), icuOut.baseAddress, Int32(Self.capacity),
                                          icuStart.baseAddress, icuEnd.baseAddress,
                                          latinContext ? UInt32(MK_FOLD_LATIN_CONTEXT) : 0, &didFire)
            }
            if result < 0 {
                result = mk_icu_fold(raw.baseAddress, Int32(raw.count), icuOut.baseAddress, Int32(Self.capacity),
                                     icuStart.baseAddress, icuEnd.baseAddress, options, &didFire)
            }
            if result >= 0 {
                n = Int(result)
                if didFire & UInt32(MK_FOLD_NFKC_CASEFOLD) != 0 { fired.insert(.caseFold) }
                if didFire & UInt32(MK_FOLD_IGNORABLES) != 0 { fired.insert(.ignorables) }
                if didFire & UInt32(MK_FOLD_STRIP_MARKS) != 0 { fired.insert(.marks) }
                if didFire & UInt32(MK_FOLD_CONFUSABLES) != 0 { fired.insert(.confusables) }
            } else {
                // ICU refused (cannot happen for valid UTF-8 within capacity): keep the bytes as they are.
                for i in 0..<raw.count { icuOut[i] = raw[i]; icuStart[i] = Int32(i); icuEnd[i] = Int32(i + 1) }
                n = raw.count
            }
        }
        if keepSymbols {
            for i in 0..<n { emit(icuOut[i], i) }
            return
        }
        applyLeet(n: n, steps: steps, mention: mention)
    }

    /// Leetspeak and edge trimming on `icuOut[0..<n]`, written to `out`.
    private mutating func applyLeet(n: Int, steps: NormalizationSteps, mention: Bool) {
        let leet = steps.contains(.leetspeak)
        let plan = Self.leetPlan(icuOut, n: n, mention: mention)
        kind = plan.kind
        if plan.verbatim {
            for i in plan.lo..<plan.hi { emit(icuOut[i], i) }
            return
        }
        for i in plan.lo..<plan.hi {
            let b = icuOut[i]
            let mapped = Self.leetByte(icuOut, i, plan, leet: leet)
            if mapped == 0 { continue }
            if mapped != b { fired.insert(.leetspeak) }
            emit(mapped, i)
        }
    }

    /// What leetspeak and edge trimming do to a token: the bytes `lo..<hi` it keeps, its kind,
    /// and whether they are kept as they are (`verbatim`) or each mapped by `leetByte`.
    struct LeetPlan {
        var lo: Int
        var hi: Int
        var kind: TokenKind
        var verbatim: Bool
        var digitLeet: Bool
    }

    /// The leetspeak rules for the `n` case-folded bytes of a token in `b` (the one place they
    /// are decided; ``FoldScanner`` applies them to ASCII tokens straight from the input).
    /// - Parameter mention: whether a leading `@` makes a mention.
    static func leetPlan(_ b: UnsafeMutableBufferPointer<UInt8>, n: Int, mention: Bool) -> LeetPlan {
        var letters = 0
        var digits = 0
        var lower = 0
        for i in 0..<n {
            let c = b[i]
            if c &- 97 < 26 || c >= 0x80 { letters &+= 1; lower &+= 1 }
            else if c &- 65 < 26 { letters &+= 1 }
            else if c &- 48 < 10 { digits &+= 1 }
        }
        return leetPlan(b, n: n, mention: mention, letters: letters, digits: digits, lettersOnly: n > 0 && lower == n)
    }

    /// `leetPlan` for a token whose letters (`A-Z a-z` and non-ASCII bytes) and digits are
    /// already counted (`lettersOnly`: every byte is `a-z` or non-ASCII). The edges trimmed and
    /// a mention's `@` are symbols: the counts hold for the bytes kept too.
    @inline(__always)
    static func leetPlan(_ b: UnsafeMutableBufferPointer<UInt8>, n: Int, mention: Bool, letters: Int,
                         digits: Int, lettersOnly: Bool) -> LeetPlan {
        // Letters only (the usual folded word): nothing to trim and nothing for leetspeak.
        if lettersOnly { return LeetPlan(lo: 0, hi: n, kind: .word, verbatim: true, digitLeet: false) }
        var lo = 0
        var hi = n
        var kind = TokenKind.word
        // Trim punctuation-like leet symbols at the edges: "kill!!", "*hugs*", "|".
        while lo < hi, isEdgeSymbol(b[lo]) { lo += 1 }
        // A "$" after a letter or digit stays: it is an "s" ("ky$", "l0$3r"), and so is a second
        // one ("u$3l3$$").
        while hi > lo, b[hi - 1] == UInt8(ascii: "!") || b[hi - 1] == UInt8(ascii: "*") ||
            (b[hi - 1] == UInt8(ascii: "$") && !endsLeetS(b, lo, hi)) ||
            b[hi - 1] == UInt8(ascii: "@") ||
            (b[hi - 1] == UInt8(ascii: "|") && (hi - 1 == lo || b[hi - 2] == UInt8(ascii: "|") && hi - 2 == lo)) { hi -= 1 }
        if mention, lo < hi, b[lo] == UInt8(ascii: "@") {
            kind = .mention
            lo += 1
            while lo < hi, b[lo] == UInt8(ascii: "@") { lo += 1 }
        }
        hi = max(lo, hi)
        if kind != .mention, letters == 0 {
            // A number, a price, or symbols only: no leetspeak; symbols alone are dropped.
            return LeetPlan(lo: lo, hi: digits > 0 ? hi : lo, kind: digits > 0 ? .number : .word, verbatim: true,
                            digitLeet: false)
        }
        // Digits are letters in words of two or more letters ("k1ll"); in two-character words of a
        // letter and a digit, unless the digit is a 1 after the letter ("t0", "m3", "4t", "1n";
        // "v1", "a1" stay as they are); and in longer words of one letter ("d13", "4t3") unless
        // the letter is a "v" or "x" between numbers ("1v1", "4x4").
        let pair = letters == 1 && digits == 1 && hi - lo == 2 && b[lo + 1] != UInt8(ascii: "1")
        let oneLetter = letters == 1 && hi - lo >= 3 && !isVersusOrSize(b, lo, hi)
        let digitLeet = digits > 0 && (letters >= 2 || pair || oneLetter) && !isUnitOrOrdinal(b, lo, hi)
        return LeetPlan(lo: lo, hi: hi, kind: kind, verbatim: false, digitLeet: digitLeet)
    }

    /// Byte `i` of a token under a plan that is not `verbatim`: itself, its letter (or one of
    /// the special codes: `ambiguousOne`, `mask`, `optionalS`), or 0 when it is dropped.
    /// - Parameter leet: whether the leetspeak step is on.
    @inline(__always)
    static func leetByte(_ b: UnsafeMutableBufferPointer<UInt8>, _ i: Int, _ plan: LeetPlan, leet: Bool) -> UInt8 {
        // Tests in the order of how common the bytes are, not a switch: its jump table's
        // indirect branch mispredicted on most bytes of a leetspeak word.
        let c = b[i]
        if c &- 97 < 26 || c >= 0x80 { return c }
        if c &- 48 < 10 {
            // 0 1 3 4 5 7 read as o, i or l, e, a, s, t (byte k of the constant for digit k);
            // 2, 6, 8 and 9 stay digits.
            guard leet && plan.digitLeet && c < UInt8(ascii: "8") else { return c }
            return UInt8(truncatingIfNeeded: (0x7436_7361_6532_016F as UInt64) &>> UInt64((c &- 48) &* 8))
        }
        if c == UInt8(ascii: "$") {
            guard leet else { return 0 }
            let doubledAtEnd = i == plan.hi - 1 && i > plan.lo && b[i - 1] == UInt8(ascii: "$")
            return doubledAtEnd ? optionalS : UInt8(ascii: "s")
        }
        if c == UInt8(ascii: "@") { return leet ? UInt8(ascii: "a") : 0 }
        if c == UInt8(ascii: "!") { return leet ? UInt8(ascii: "i") : 0 }
        if c == UInt8(ascii: "|") { return leet ? UInt8(ascii: "l") : 0 }
        if c == UInt8(ascii: "*") { return leet ? mask : 0 }
        return c
    }

    /// Folds one non-ASCII punctuation or symbol scalar (kept as a symbol: "！" → "!") into
    /// `out`; returns whether folding changed it.
    mutating func foldPunctuation(_ c: UInt32, steps: NormalizationSteps) -> Bool {
        // Most punctuation folds alone: ICU's per-scalar table has its NFKC_Casefold.
        if steps == [.caseFold] {
            var pool: UnsafePointer<UInt8>?
            if let entries = mk_icu_fold_entries(c, &pool), let pool {
                let e = entries[Int(c & 0xFF)]
                let flags = UInt32(e.flags)
                if flags & UInt32(MK_FOLD_ENTRY_SIMPLE | MK_FOLD_ENTRY_NFKC_ONLY) == UInt32(MK_FOLD_ENTRY_SIMPLE | MK_FOLD_ENTRY_NFKC_ONLY) {
                    kind = .word
                    fired = []
                    let length = Int(e.length)
                    let scalarLength = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
                    for k in 0..<length {
                        out[k] = pool[Int(e.offset) &+ k]
                        mapStart[k] = 0
                        mapEnd[k] = Int32(scalarLength)
                    }
                    count = length
                    return flags & UInt32(MK_FOLD_ENTRY_IDENTITY) == 0
                }
            }
        }
        var scalarBytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let length = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
        return withUnsafeMutableBytes(of: &scalarBytes) { b in
            switch length {
            case 2: b[0] = UInt8(0xC0 | (c >> 6)); b[1] = UInt8(0x80 | (c & 0x3F))
            case 3: b[0] = UInt8(0xE0 | (c >> 12)); b[1] = UInt8(0x80 | ((c >> 6) & 0x3F)); b[2] = UInt8(0x80 | (c & 0x3F))
            default:
                b[0] = UInt8(0xF0 | (c >> 18)); b[1] = UInt8(0x80 | ((c >> 12) & 0x3F))
                b[2] = UInt8(0x80 | ((c >> 6) & 0x3F)); b[3] = UInt8(0x80 | (c & 0x3F))
            }
            let input = UnsafeBufferPointer(rebasing: UnsafeRawBufferPointer(b).bindMemory(to: UInt8.self)[0..<length])
            fold(input, ascii: false, emoji: false, steps: steps, keepSymbols: true)
            var changed = count != length
            for k in 0..<min(count, length) where out[k] != input[k] { changed = true }
            return changed
        }
    }

    @inline(__always)
    private mutating func emit(_ byte: UInt8, _ from: Int) {
        out[count] = byte
        mapStart[count] = icuStart[from]
        mapEnd[count] = icuEnd[from]
        count += 1
    }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { b &- 97 < 26 || b &- 65 < 26 || b >= 0x80 }

    @inline(__always)
    static func isEdgeSymbol(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "!") || b == UInt8(ascii: "|") || b == UInt8(ascii: "*")
    }

    /// Suffixes after a leading number that make it a quantity, time or ordinal ("5kg", "10am").
    private static let unitSuffixes: [[UInt8]] = [
        "st", "nd", "rd", "th", "am", "pm", "k", "m", "kg", "lb", "lbs", "cm", "mm", "km", "mb", "gb", "tb", "hz", "fps", "p",
        "x", "d", "s", "h", "min", "yo", "g", "ml", "cal", "cals", "kcal", "kcals", "mg", "oz", "ft", "in", "mi", "mph", "hp",
        "ms", "sec", "secs", "mins", "hr", "hrs", "yr", "yrs", "kb", "mah", "w", "v", "c", "f", "kgs", "gbs", "days", "hours",
    ].map { Array($0.utf8) }

    /// `unitSuffixes` (all at most five letters) packed big-endian into integers, sorted.
    private static let packedUnitSuffixes: [UInt64] = unitSuffixes.map { $0.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }.sorted()

    /// "1st", "10am", "5kg", "covid19", "2024x": digits that are part of a number, a unit or a
    /// name, not leetspeak. True when the digits form one run at the start followed by a known
    /// suffix; a run of three or more digits at the start ("100cal"); or a run of two at the
    /// start, or of two or more at the end, with a digit that is never a letter (2, 6, 8, 9):
    /// "34t", "d13" and "budd13$" are leetspeak, "20k", "covid19" and "b12" are not.
    /// No allocation.
    static func isUnitOrOrdinal(_ b: UnsafeMutableBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi, b[i] &- 48 < 10 { i += 1 }
        let leadingDigits = i - lo
        var j = hi
        var trailingLetterlike = true
        while j > lo, b[j - 1] &- 48 < 10 { trailingLetterlike = trailingLetterlike && isLeetDigit(b[j - 1]); j -= 1 }
        let trailingDigits = hi - j
        if leadingDigits > 0, hi - i == 2, let valid = ordinalAgrees(b, lo: lo, digitsEnd: i) {
            // "1st", "22nd", "13th"; "3nd" and "1th" are no ordinals ("3nd" is leetspeak for "end").
            return valid || leadingDigits >= 3
        }
        if leadingDigits > 0, i < hi, hi - i <= 5 {
            // The suffix packed into an integer, looked up in the sorted packed list.
            var packed: UInt64 = 0
            for k in i..<hi { packed = packed << 8 | UInt64(b[k]) }
            var low = 0, high = packedUnitSuffixes.count
            while low < high {
                let mid = (low + high) / 2
                if packedUnitSuffixes[mid] < packed { low = mid + 1 } else { high = mid }
            }
            if low < packedUnitSuffixes.count && packedUnitSuffixes[low] == packed { return true }
        }
        return leadingDigits >= 3 || (leadingDigits == 2 && !(isLeetDigit(b[lo]) && isLeetDigit(b[lo + 1]))) ||
            (trailingDigits >= 2 && !trailingLetterlike)
    }

    /// For digits followed by "st", "nd", "rd" or "th": whether the suffix agrees with the number
    /// (1st, 2nd, 3rd, 4th, 11th–13th, 21st); nil for any other two-letter suffix.
    static func ordinalAgrees(_ b: UnsafeMutableBufferPointer<UInt8>, lo: Int, digitsEnd i: Int) -> Bool? {
        let s0 = b[i], s1 = b[i + 1]
        let last = b[i - 1], teen = i - lo >= 2 && b[i - 2] == UInt8(ascii: "1")
        let expected: (UInt8, UInt8) = teen ? (UInt8(ascii: "t"), UInt8(ascii: "h")) :
            last == UInt8(ascii: "1") ? (UInt8(ascii: "s"), UInt8(ascii: "t")) :
            last == UInt8(ascii: "2") ? (UInt8(ascii: "n"), UInt8(ascii: "d")) :
            last == UInt8(ascii: "3") ? (UInt8(ascii: "r"), UInt8(ascii: "d")) : (UInt8(ascii: "t"), UInt8(ascii: "h"))
        switch (s0, s1) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")), (UInt8(ascii: "r"), UInt8(ascii: "d")),
             (UInt8(ascii: "t"), UInt8(ascii: "h")):
            return s0 == expected.0 && s1 == expected.1
        default:
            return nil
        }
    }

    /// A digit leetspeak uses for a letter (0 1 3 4 5 7).
    @inline(__always)
    static func isLeetDigit(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "0") || b == UInt8(ascii: "1") || b == UInt8(ascii: "3") || b == UInt8(ascii: "4") ||
            b == UInt8(ascii: "5") || b == UInt8(ascii: "7")
    }

    /// "1v1", "4x4", "10x10": a "v" or "x" between numbers.
    static func isVersusOrSize(_ b: UnsafeMutableBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        guard b[lo] &- 48 < 10, b[hi - 1] &- 48 < 10 else { return false }
        for k in lo..<hi where b[k] == UInt8(ascii: "v") || b[k] == UInt8(ascii: "x") { return true }
        return false
    }

    /// Whether the "$" run at the end of `b[lo..<hi]` is at most two long and follows a letter
    /// or digit of a word with a letter, so that it is read as "s" ("ky$", "u$3l3$$") and not
    /// trimmed.
    static func endsLeetS(_ b: UnsafeMutableBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var k = hi
        while k > lo, b[k - 1] == UInt8(ascii: "$") { k -= 1 }
        guard hi - k <= 2, k > lo else { return false }
        let before = b[k - 1]
        guard isLetter(before) || before &- 48 < 10 else { return false }
        for i in lo..<k where isLetter(b[i]) { return true }   // "5$" is a price
        return false
    }

    private mutating func foldEmoji(_ raw: UnsafeBufferPointer<UInt8>, steps: NormalizationSteps) {
        kind = .emoji
        if steps.contains(.emoji), let word = EmojiTable.word(for: raw) {
            fired.insert(.emoji)
            kind = .word
            for byte in word.utf8 {
                out[count] = byte
                mapStart[count] = 0
                mapEnd[count] = Int32(raw.count)
                count += 1
            }
            return
        }
        for i in 0..<raw.count {
            out[count] = raw[i]
            mapStart[count] = 0
            mapEnd[count] = Int32(raw.count)
            count += 1
        }
    }
}

/// Emoji that stand for words in harmful talk, read as those words by the matcher.
///
/// Kept small on purpose: an emoji is only here when lexicon entries use its word. Variation
/// selectors and skin tones are ignored when looking an emoji up; ZWJ sequences are never split.
enum EmojiTable {
    /// The word an emoji scalar stands for (a switch: no hashing in the scanner's loop).
    static func word(forScalar scalar: UInt32) -> String? {
        switch scalar {
        case 0x1F52A, 0x1F5E1: "knife"   // 🔪 🗡
        case 0x1F480, 0x2620: "skull"   // 💀 ☠
        case 0x1F48A: "pill"   // 💊
        case 0x1FAA2: "rope"   // 🪢
        case 0x26B0: "coffin"   // ⚰
        case 0x1FAA6: "grave"   // 🪦
        case 0x1F52B: "gun"   // 🔫
        case 0x1FA78: "blood"   // 🩸
        case 0x1F921: "clown"   // 🤡
        case 0x1F437, 0x1F416: "pig"   // 🐷 🐖
        case 0x1F40B, 0x1F433: "whale"   // 🐋 🐳
        case 0x1F33D: "corn"   // 🌽
        case 0x1F347: "grape"   // 🍇
        case 0x1F346: "eggplant"   // 🍆
        case 0x1F595: "fuck"   // 🖕
        case 0x1F602, 0x1F923: "lol"   // 😂 🤣
        case 0x1F525: "fire"   // 🔥
        case 0x1F9E8, 0x1F4A3: "bomb"   // 🧨 💣
        default: nil
        }
    }

    static func word(for raw: UnsafeBufferPointer<UInt8>) -> String? {
        var scalars = 0
        var found: UInt32 = 0
        var i = 0
        while i < raw.count {
            let b = raw[i]
            var scalar: UInt32
            var length: Int
            if b < 0x80 { scalar = UInt32(b); length = 1 }
            else if b < 0xE0 { scalar = UInt32(b & 0x1F); length = 2 }
            else if b < 0xF0 { scalar = UInt32(b & 0x0F); length = 3 }
            else { scalar = UInt32(b & 0x07); length = 4 }
            for k in 1..<length where i + k < raw.count { scalar = scalar << 6 | UInt32(raw[i + k] & 0x3F) }
            i += length
            if scalar == 0xFE0F || scalar == 0xFE0E || (0x1F3FB...0x1F3FF).contains(scalar) { continue }
            scalars += 1
            found = scalar
        }
        guard scalars == 1 else { return nil }
        return word(forScalar: found)
    }
}
