import CICU
import Testing
@testable import ModerationKit

/// The per-scalar fold tables (`mk_icu_fold_fast`) against ICU's normaliser (`mk_icu_fold`):
/// wherever the fast path accepts a token, it must write the same folded bytes.
@Suite("Fold tables")
struct FoldTableTests {
    init() throws { _ = try Normalizer() }   // opens ICU

    static let all = UInt32(MK_FOLD_NFKC_CASEFOLD | MK_FOLD_STRIP_MARKS | MK_FOLD_CONFUSABLES)

    /// (fast output or nil when declined, ICU output, fast map is well formed)
    static func both(_ token: String, latinContext: Bool = false) -> (fast: [UInt8]?, icu: [UInt8], mapOK: Bool) {
        let context = latinContext ? UInt32(MK_FOLD_LATIN_CONTEXT) : 0
        let src = Array(token.utf8)
        let cap = src.count * 20 + 64
        var out = [UInt8](repeating: 0, count: cap), s = [Int32](repeating: 0, count: cap), e = [Int32](repeating: 0, count: cap)
        var fired: UInt32 = 0
        let n = mk_icu_fold_fast(src, Int32(src.count), &out, Int32(cap), &s, &e, context, &fired)
        var mapOK = true
        if n >= 0 {
            for k in 0..<Int(n) {
                if !(s[k] >= 0 && s[k] < e[k] && Int(e[k]) <= src.count) { mapOK = false }
                if k > 0, s[k] < s[k - 1] || e[k] < e[k - 1] { mapOK = false }
            }
        }
        var out2 = [UInt8](repeating: 0, count: cap), s2 = [Int32](repeating: 0, count: cap), e2 = [Int32](repeating: 0, count: cap)
        let m = mk_icu_fold(src, Int32(src.count), &out2, Int32(cap), &s2, &e2, all | context, &fired)
        return (n >= 0 ? Array(out[0..<Int(n)]) : nil, Array(out2[0..<max(0, Int(m))]), mapOK)
    }

    @Test("evasion and real-script tokens fold as ICU folds them", arguments: [
        "Ｈｅｙ", "𝐡𝐞𝐲", "café", "cafe\u{301}", "naïve", "кill", "kіll", "привет", "Straße", "ǅemal", "Ǆ",
        "k\u{336}i\u{336}l\u{336}l\u{336}", "東京", "नमस्ते", "ｋ\u{200B}ill", "k\u{200D}ill", "ⓚⓘⓛⓛ", "ﬁne", "ᴋɪʟʟ",
        "Ⅻ", "½", "ﾊﾟ", "한국어", "Ελληνικά", "مرحبا", "ü", "İstanbul", "ΣΑΣ", "ŁÓDŹ", "øre", "ǽ", "a\u{345}",
        "𝕜𝕚𝕝𝕝", "🅺🅸🅻🅻", "ｋｉｌｌ", "Ｋ", "ǰ", "ﬀ", "ℌ", "㎏", "Ǳ", "k\u{301}\u{302}\u{303}ill", "ж\u{301}", "ё",
        "हिन्दी", "क़", "न\u{93C}", "か\u{3099}", "ଓ", "ୋ", "ଏ\u{B3E}", "கொ", "ஒ\u{BD7}", "ไม้", "שָׁלוֹם",
        "ώ\u{323}", "ω\u{301}\u{323}", "བཱི", "\u{F40}\u{F72}\u{F71}", "ά\u{345}",
    ])
    func table(_ token: String) {
        let (fast, icu, mapOK) = Self.both(token)
        #expect(mapOK, "map of \(token)")
        if let fast { #expect(fast == icu, "\(token): fast \(String(decoding: fast, as: UTF8.self)) vs ICU \(String(decoding: icu, as: UTF8.self))") }
    }

    @Test("after a Latin word, a word of look-alikes folds to Latin; Russian stays Russian")
    func latinContext() {
        #expect(Self.both("ріесе", latinContext: true).fast == Array("piece".utf8))
        #expect(Self.both("ріесе").fast == Array("ріесе".utf8))
        #expect(Self.both("мир", latinContext: true).fast == Array("мир".utf8))   // м, и, р: not all look-alikes
    }

    @Test("the common evasions take the fast path")
    func accepted() {
        for token in ["Ｈｅｙ", "𝐡𝐞𝐲", "café", "naïve", "кill", "привет", "東京", "ｋ\u{200B}ill", "ⓚⓘⓛⓛ", "k\u{336}i\u{336}l\u{336}l\u{336}",
                      "नमस्ते", "हिन्दी", "שָׁלוֹם"] {
            #expect(Self.both(token).fast != nil, Comment(rawValue: "declined: \(token.unicodeScalars.map { String($0.value, radix: 16) })"))
        }
    }

    @Test("random mixes of scalars: fast path equals ICU wherever it accepts")
    func random() {
        // Letters, look-alikes, styled letters, marks, ignorables, CJK, Hangul jamo, Indic signs.
        let pool: [UInt32] = [0x41, 0x61, 0x6B, 0x69, 0x6C, 0xC9, 0xE9, 0xDF, 0x130, 0x131, 0x1C4, 0x1C5, 0x301, 0x308, 0x336,
                              0x345, 0x430, 0x43A, 0x456, 0x419, 0x3A3, 0x3C2, 0x3B1, 0x200B, 0x200D, 0xAD, 0xFE0F,
                              0xFF21, 0xFF4B, 0x1D41A, 0x1D552, 0x24DA, 0x1D0B, 0x29F, 0x6771, 0x4EAC, 0x1100, 0x1161,
                              0x11A8, 0xAC00, 0x915, 0x93F, 0x94D, 0x93C, 0x627, 0x64E, 0xFB01, 0x2160, 0xBD, 0xFF8A,
                              0xFF9F, 0x30CF, 0x309A, 0x31, 0x40, 0x2A,
                              // Marks kept after other scripts: vowel signs, virama, nukta, dakuten,
                              // Tibetan and Hebrew points (reordered by combining class), two-part
                              // vowels that compose (Oriya, Tamil), a spacing mark of common script.
                              0x947, 0x902, 0x93E, 0x928, 0x3099, 0x304B, 0xB47, 0xB3E, 0xB15, 0xB92, 0xBD7,
                              0xBC6, 0xBBE, 0xE01, 0xE31, 0x5D0, 0x5B4, 0x5BC, 0x591, 0xF40, 0xF71, 0xF72,
                              0xF80, 0x1D165, 0x3B9, 0x301, 0x323]
        var rng = _BenchmarkCorpus.Generator(seed: 2026)
        var accepted = 0
        for _ in 0..<20_000 {
            let length = 1 + Int(rng.next() % 6)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(Unicode.Scalar(pool[Int(rng.next() % UInt64(pool.count))])!) }
            let token = String(scalars)
            let (fast, icu, mapOK) = Self.both(token, latinContext: rng.next() % 2 == 0)
            #expect(mapOK)
            if let fast {
                accepted += 1
                #expect(fast == icu, "\(token.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(accepted > 1000)
    }
}
