import Testing
@testable import ModerationKit

@Suite("Normalizer")
struct NormalizerTests {
    let normalizer: Normalizer
    init() throws { normalizer = try Normalizer() }

    static let killEvasions: [(String, String)] = [
        ("fullwidth", "ｋｉｌｌ"),
        ("zero-width space inside", "k\u{200B}ill"),
        ("zero-width joiner inside", "ki\u{200D}ll"),
        ("soft hyphen", "ki\u{00AD}ll"),
        ("bidi control", "k\u{202E}ill"),
        ("variation selector", "ki\u{FE0F}ll"),
        ("word joiner", "kil\u{2060}l"),
        ("tag character", "ki\u{E0041}ll"),
        ("diacritics", "kíll"),
        ("decomposed diacritic", "ki\u{0301}ll"),
        ("zalgo", "k\u{0336}\u{0338}\u{0321}i\u{0337}\u{0322}l\u{0335}l\u{0334}"),
        ("strike-through", "k\u{0336}i\u{0336}l\u{0336}l\u{0336}"),
        ("Cyrillic ka", "кill"),
        ("Cyrillic i", "kіll"),
        ("Greek iota", "kιll"),
        ("math bold", "𝐤𝐢𝐥𝐥"),
        ("math script", "𝓀𝒾𝓁𝓁"),
        ("math double-struck", "𝕜𝕚𝕝𝕝"),
        ("circled", "ⓚⓘⓛⓛ"),
        ("small capitals", "ᴋɪʟʟ"),
        ("upper case", "KILL"),
        ("leet 1", "k1ll"),
        ("leet !", "k!ll"),
        ("leet |", "ki||"), ("leet | inside", "ki|l"),
        ("spaced", "k i l l"),
        ("dotted", "k.i.l.l"),
        ("dashed", "k-i-l-l"),
        ("underscored", "k_i_l_l"),
        ("repeats", "kiiiiill"),
        ("mixed", "Ｋ\u{200B}íííll"),
        ("disguised pair, then spaced", "ｋ\u{200B}i l l"),
    ]

    static let spacedWordTable: [(String, String)] = [
        // A wider gap of spaces ends a run: two spaced-out words stay two words.
        ("k i l l  y o u r s e l f", "kill yourself"),
        ("k  i  l  l   y  o  u", "kill you"),
        ("c u t  d e e p e r", "cut deeper"),
        // Punctuation in the gap is not a wider gap ("n ' t", " . ").
        ("w . h . o . r . e", "whore"),
        ("k i l l  me", "kill me"),
    ]

    @Test("spaced-out words are joined word by word", arguments: spacedWordTable)
    func spacedWords(text: String, folded: String) {
        #expect(normalizer.normalize(text).text == folded)
    }

    @Test func smallCapitalGeneratorLetters() {
        // Generators of "small caps" text use the Cyrillic ғ for f, which has no Latin skeleton
        // in UTS #39: it folds inside a Latin word, not in a Cyrillic one.
        #expect(normalizer.normalize("ᴋɪʟʟ ʏᴏᴜʀsᴇʟғ").text == "kill yourself")
        #expect(normalizer.normalize("ғунт").text == "ғунт")
    }

    @Test("every evasion of 'kill' folds to text containing kill", arguments: killEvasions)
    func evasions(name: String, text: String) {
        let folded = normalizer.normalize("i will \(text) you").text
        #expect(folded.contains("kill"), "\(name): \(folded)")
    }

    static let unharmed: [String] = [
        "привет мир", "Здравствуй, как дела?", "Привіт, світе", "καλημέρα κόσμε", "東京", "今日は学校に行きます",
        "今天天气很好", "مرحبا بالعالم", "नमस्ते दुनिया", "שלום עולם", "안녕하세요", "2024", "142,460",
        "👨\u{200D}👩\u{200D}👧", "👍🏽", "🇺🇦", "❤️",
    ]

    @Test("text in other scripts and emoji passes through unharmed", arguments: unharmed)
    func unharmedText(text: String) {
        // Only case folding may change it (none of these has upper case but "Здравствуй", "Привіт").
        #expect(normalizer.normalize(text).text == text.lowercased())
    }

    @Test("a plain two-letter word before single letters is not joined")
    func plainPairsStay() {
        #expect(normalizer.normalize("my u r so dumb").text == "my u r so dumb")
        #expect(normalizer.normalize("ｋ\u{200B}i l l").text == "kill")
    }

    @Test("a word of Cyrillic look-alikes after a Latin word folds to Latin; Russian text stays")
    func wholeWordHomoglyphs() {
        #expect(normalizer.normalize("you stupid \u{0440}\u{0456}\u{0435}\u{0441}\u{0435} of trash").text == "you stupid piece of trash")
        #expect(normalizer.normalize("jump off \u{0430} bridge").text == "jump off a bridge")
        #expect(normalizer.normalize("привет а ты").text == "привет а ты")
        #expect(normalizer.normalize("\u{0440}\u{0456}\u{0435}\u{0441}\u{0435}").text == "\u{0440}\u{0456}\u{0435}\u{0441}\u{0435}")
    }

    @Test func straße() {
        #expect(normalizer.normalize("Straße").text == "strasse")
    }

    @Test("numbers, dates, prices and versions keep their digits", arguments: [
        "2024", "142,460", "$5", "v1.3", "10am", "1st", "5kg", "covid19", "3.14", "07/11/2024", "b2b", "a1", "f1", "1v1",
        "4k", "3d", "100cal", "45kg", "20k", "b12", "4x4", "10x10", "13th", "1k", "2nd", "3rd", "21st", "11th", "4th",
    ])
    func numbersStay(text: String) {
        #expect(normalizer.normalize(text).text == text)
    }

    @Test("leetspeak inside words", arguments: [
        ("l0ser", "loser"), ("h4te", "hate"), ("$uicide", "suicide"), ("5uicide", "suicide"), ("@ss", "ss"),
        ("b!tch", "bitch"), ("th1nsp0", "thinspo"), ("st4rv3", "starve"), ("k*ll", "k*ll"),
        ("ky$", "kys"), ("ky$$", "kyss"), ("cl4$$", "class"), ("t0", "to"), ("m3", "me"), ("4t", "at"),
        // One letter among digits, leading or trailing leet digits, a "$" after a digit.
        ("d13", "die"), ("4t3", "ate"), ("34t", "eat"), ("1n", "in"), ("c4l0r13$", "calories"), ("u$3l3$$", "useless"),
        ("l0$3r", "loser"),
        // An ordinal suffix that disagrees with its number is leetspeak ("3nd" is not "3rd").
        ("3nd", "end"), ("g0nn4 3nd 1t", "gonna end it"),
    ])
    func leet(input: String, expected: String) {
        #expect(normalizer.normalize(input).text == expected)
    }

    @Test("a price keeps its digits and drops a trailing dollar sign")
    func trailingDollar() {
        #expect(normalizer.normalize("5$").text == "5")
    }

    @Test func mentionsLoseTheirSign() {
        #expect(normalizer.normalize("@Sam hi").text == "sam hi")
    }

    @Test func emojiTable() {
        let result = normalizer.normalize("🔪 💊 🪢 and 🎉")
        #expect(result.text == "knife pill rope and 🎉")
        #expect(result.steps.contains(.emoji))
    }

    @Test("invalid UTF-8 becomes U+FFFD mapped to its bytes", arguments: [
        [0x61, 0xFF, 0x62] as [UInt8], [0x61, 0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ])
    func invalidUTF8(bytes: [UInt8]) {
        let result = normalizer.normalize(utf8: bytes)
        #expect(result.text.contains("\u{FFFD}"))
        #expect(result.steps.contains(.decoding))
        // Every original byte is covered by some folded byte's range or is a separator.
        let covered = Set(result.sourceRanges.flatMap { Array($0) })
        for (i, b) in bytes.enumerated() where b >= 0x80 { #expect(covered.contains(i), "byte \(i) lost") }
    }

    @Test func emptyInput() {
        #expect(normalizer.normalize("").text == "")
        #expect(normalizer.normalize("   \n\t ").text == "")
    }

    @Test("each step can be switched off")
    func stepsSwitchOff() throws {
        func fold(_ text: String, without step: NormalizationSteps) throws -> String {
            try Normalizer(steps: NormalizationSteps.all.subtracting(step)).normalize(text).text
        }
        #expect(try fold("KILL", without: .caseFold) == "KILL")
        #expect(try fold("kíll", without: .marks) == "kíll")
        #expect(try fold("кill", without: .confusables) == "кill")
        #expect(try fold("k1ll", without: .leetspeak) == "k1ll")
        #expect(try fold("k i l l", without: .spacedLetters) == "k i l l")
        #expect(try fold("kiiiill", without: .repeats) == "kiiiill")
        #expect(try fold("🔪", without: .emoji) == "🔪")
    }

    @Test("each step is reported where it fired")
    func stepsReported() {
        let cases: [(String, NormalizationSteps)] = [
            ("ＫＩＬＬ", .caseFold), ("k\u{200B}ill", .ignorables), ("kíll", .marks), ("кill", .confusables),
            ("k1ll", .leetspeak), ("k i l l", .spacedLetters), ("kiiiill", .repeats), ("🔪", .emoji),
        ]
        for (text, step) in cases {
            let result = normalizer.normalize(text)
            #expect(result.steps.contains(step), "\(text)")
            #expect(result.events.contains { $0.steps.contains(step) }, "\(text)")
        }
    }

    @Test func ownScriptWordsStay() {
        // All-Cyrillic and all-Greek words are words, not disguises.
        #expect(normalizer.normalize("кот сидит").text == "кот сидит")
        #expect(normalizer.normalize("καλό").text == "καλό")
    }

    @Test("offset map: monotonic and inside the original, for random text")
    func offsetMapProperty() {
        var rng = _BenchmarkCorpus.Generator(seed: 1)
        let alphabet: [String] = ["a", "K", " ", ".", "1", "@", "é", "e\u{301}", "к", "ｋ", "𝐤", "\u{200B}", "\u{200D}", "🔪",
                                  "👨\u{200D}👩", "東", "ß", "ﬁ", "!", "*", "\n", "'", "\u{FFFD}", "ⓚ"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) { text += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            var bytes = Array(text.utf8)
            if rng.next() % 4 == 0, !bytes.isEmpty { bytes[Int(rng.next() % UInt64(bytes.count))] = 0xFF }
            let result = normalizer.normalize(utf8: bytes)
            #expect(result.sourceRanges.count == result.text.utf8.count)
            var previous = 0
            for r in result.sourceRanges {
                #expect(r.lowerBound >= 0 && r.upperBound <= bytes.count && r.lowerBound < r.upperBound, "\(r) in \(bytes.count)")
                #expect(r.lowerBound >= previous, "not monotonic: \(r) after \(previous)")
                previous = r.lowerBound
            }
        }
    }
}

@Suite("Normalizer ASCII fast path")
struct NormalizerFastPathTests {
    @Test("the fast path writes exactly what the full pipeline writes, or declines")
    func contract() throws {
        let normalizer = try Normalizer()
        let buffer = NormalizationBuffer()
        var rng = _BenchmarkCorpus.Generator(seed: 5)
        let pieces = ["a", "b", "Hey", "YOU", "kill", "2024", "3.14", " ", "  ", "\n", ",", ".", "?", "it's", "dogs'", "-", "(",
                      "k", "i", "l", "x1", "@", "!", "*", "é", "\t", "aaa", "ok", ":", "\"", "'", "\u{200B}", "#tag"]
        var taken = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 12) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let slow = normalizer.normalize(text)
            normalizer.normalize(text, into: buffer)
            if buffer.usedFastPath { taken += 1 }
            #expect(buffer.text == slow.text, "\(text.debugDescription)")
            #expect((0..<buffer.count).map(buffer.sourceRange(at:)) == slow.sourceRanges, "\(text.debugDescription)")
        }
        #expect(taken > 300, "the fast path should take plain chat")
        // Words of every length around the eight-byte chunks, next to every separator class.
        for word in ["Q", "ab", "ZzZ", "abcdefg", "abcdefgh", "abcdefghi", "aabbcc", "aabbbcc", "tomorrow", "AaA"] {
            for tail in ["", " ", ".", "'s", "1", "$", "é", "\n", " x y z", "@", "[", "`", "{"] {
                let text = word + tail + " and more"
                let slow = normalizer.normalize(text)
                normalizer.normalize(text, into: buffer)
                #expect(buffer.text == slow.text, "\(text.debugDescription)")
                #expect((0..<buffer.count).map(buffer.sourceRange(at:)) == slow.sourceRanges, "\(text.debugDescription)")
            }
        }
        for text in _BenchmarkCorpus.english(count: 500) {
            normalizer.normalize(text, into: buffer)
            #expect(buffer.text == normalizer.normalize(text).text)
        }
    }
}

@Suite("ASCII letters eight bytes at a time")
struct LeadingLettersTests {
    @Test("leadingLetters counts the letters before the first other byte", arguments: [
        ("abcdefgh", 8), ("ABCDEFGH", 8), ("abc defg", 3), ("a1bcdefg", 1), ("@abcdefg", 0), ("[abcdefg", 0),
        ("`abcdefg", 0), ("{abcdefg", 0), ("Zz\u{7F}abcde", 2), ("abcdefg\u{80}", 7),
    ])
    func counts(_ text: String, _ expected: Int) {
        var bytes = Array(text.utf8.prefix(8))
        while bytes.count < 8 { bytes.append(0xC3) }   // non-ASCII padding never counts as a letter
        let x = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(ASCIIClass.leadingLetters(x) == expected, "\(text.debugDescription)")
    }

    @Test("shortWord lower-cases and finds a letter three times in a row inside the word only", arguments: [
        ("Abc", false, true), ("abbb", true, false), ("aab", false, false), ("aa", false, false),
        ("xyzzz", true, false), ("ABBB", true, true), ("abcdefg", false, false),
    ])
    func shortWord(_ word: String, _ triple: Bool, _ upper: Bool) {
        // The bytes past the word repeat its last letter: they must not make a run.
        var bytes = Array(word.utf8)
        while bytes.count < 8 { bytes.append(bytes.last!) }
        let x = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let result = ASCIIClass.shortWord(x, letters: word.utf8.count)
        let lowered = withUnsafeBytes(of: result.lowered) { Array($0.prefix(word.utf8.count)) }
        #expect(lowered == Array(word.lowercased().utf8))
        #expect(result.triple == triple, "\(word)")
        #expect(result.upper == upper, "\(word)")
    }
}

@Suite("Normalizer one-pass scanner")
struct FoldScannerTests {
    /// Folds `text` through the buffer path and through the engine and compares everything.
    static func check(_ text: String, _ normalizer: Normalizer, _ buffer: NormalizationBuffer) -> Bool {
        let slow = normalizer.normalize(text)
        normalizer.normalize(text, into: buffer)
        let ranges = (0..<buffer.count).map(buffer.sourceRange(at:))
        #expect(buffer.text == slow.text, "\(text.debugDescription)")
        #expect(ranges == slow.sourceRanges, "\(text.debugDescription)")
        #expect(buffer.steps == slow.steps, "\(text.debugDescription): \(buffer.steps) vs \(slow.steps)")
        return buffer.usedScanner
    }

    @Test("the scanner writes exactly what the engine writes: text, offsets and steps")
    func randomMixes() throws {
        let normalizer = try Normalizer()
        let buffer = NormalizationBuffer()
        var rng = _BenchmarkCorpus.Generator(seed: 11)
        let pieces = ["a", "k", "i", "l", "s", "Hey", "YOU", "kill", "2024", "4", "1", "0", "d13", "l0$3r", "ky$$", " ", "  ",
                      "\n", "\r\n", "\t", ",", ".", "?", "!", "it's", "’", "'", "-", "_", "@", "@na", "$", "*", "|", "aaa",
                      "ooo", "é", "e\u{301}", "\u{0336}", "\u{200B}", "\u{200D}", "\u{FE0F}", "\u{00AD}", "\u{2060}",
                      "к", "а", "о", "р", "і", "привет", "καλημέρα", "ο", "ß", "ﬁ", "Ｋ", "ｉ", "！", "，", "。", "𝐤", "𝐢",
                      "ⓚ", "ᴋ", "東京", "نمستے", "नमस्ते", "🔪", "💀", "🎉", "👨‍👩‍👧", "🇫🇷", "❤️", "👍🏽", "\u{1}",
                      "\u{7F}", "…", "“", "”", "—",
                      // Marks after other scripts, look-alikes next to marks, folds to several letters.
                      "\u{94D}", "\u{947}", "ि", "क", "\u{93C}", "\u{5B4}", "ש", "\u{3099}", "か", "ї", "е\u{308}",
                      "ω\u{301}", "\u{323}", "ｅｅｅ", "ЕЕЕ", "𝐞", "ǆ", "ĳ", "①", "½", "ｶﾞ", "கொ", "\u{345}"]
        var used = 0
        for _ in 0..<6000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 14) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            if Self.check(text, normalizer, buffer) { used += 1 }
        }
        #expect(used > 3000, "the scanner should take valid UTF-8 the ASCII path declines (\(used))")
    }

    @Test("letter runs: the eight-at-a-time copy squeezes exactly as the byte loop does")
    func letterRuns() {
        var rng = _BenchmarkCorpus.Generator(seed: 77)
        // Few letters (repeats everywhere) or many (long stretches for the eight-at-a-time copy).
        let alphabets = [Array("aAbBzZ".utf8), Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)]
        for iteration in 0..<20_000 {
            let alphabet = alphabets[iteration % 2]
            let length = Int(rng.next() % 40)
            let src = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            // A pending run of 0, 1 or 2 "a" already written (at 0..<pending).
            let pending = Int(rng.next() % 3)
            let start = LetterRun(byte: pending > 0 ? UInt8(ascii: "a") : 0, length: pending, start: 0)
            // Reference: one byte at a time.
            var reference = start
            var expected: [(UInt8, Int32, Int32)] = Array(repeating: (UInt8(ascii: "a"), -1, -1), count: pending)
            for (j, b) in src.enumerated() {
                let l = b | 0x20
                if l == reference.byte { reference.length += 1 } else { reference.byte = l; reference.length = 1; reference.start = expected.count }
                if reference.length >= 3 {
                    if reference.length == 3 { expected.removeLast(expected.count - reference.start - 1) }
                    expected[reference.start].2 = Int32(j + 1)
                } else {
                    expected.append((l, Int32(j), Int32(j + 1)))
                }
            }
            var run = start
            let cap = length + 24
            let ob = UnsafeMutablePointer<UInt8>.allocate(capacity: cap), os = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            let oe = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            defer { ob.deallocate(); os.deallocate(); oe.deallocate() }
            for k in 0..<pending { ob[k] = UInt8(ascii: "a"); os[k] = -1; oe[k] = -1 }
            let w = src.withUnsafeBufferPointer { run.copy($0.baseAddress!, from: 0, to: length, into: ob, os, oe, at: pending) }
            let got = (0..<w).map { (ob[$0], os[$0], oe[$0]) }
            #expect(got.elementsEqual(expected, by: { $0 == $1 }), "\(String(decoding: src, as: UTF8.self)) from \(start)")
            #expect(run.byte == reference.byte && run.length == reference.length && run.start == reference.start)
        }
    }

    @Test("corpora, fixtures and long tokens")
    func corpora() throws {
        let normalizer = try Normalizer()
        let buffer = NormalizationBuffer()
        var texts = _BenchmarkCorpus.unicodeHeavy(count: 3000) + _BenchmarkCorpus.chat(count: 2000)
        texts += try loadCases().map(\.text)
        texts += [String(repeating: "ｋ", count: 200), String(repeating: "é", count: 300) + " x",
                  String(repeating: "k i ", count: 40), String(repeating: "👨‍👩‍👧", count: 40),
                  String(repeating: "a\u{0301}", count: 200), "s e n d  m e", "ｋ\u{200B}i l l", "\u{200B}\u{200B}"]
        var used = 0
        for text in texts where Self.check(text, normalizer, buffer) { used += 1 }
        #expect(used > 1500)
    }

    @Test("an empty text after another leaves the buffer empty")
    func emptyAfterText() throws {
        let normalizer = try Normalizer()
        let buffer = NormalizationBuffer()
        normalizer.normalize("ｋｉｌｌ", into: buffer)
        #expect(buffer.text == "kill")
        normalizer.normalize("", into: buffer)
        #expect(buffer.count == 0 && buffer.steps.isEmpty)
    }

    @Test("invalid UTF-8 is left to the engine, which recovers it")
    func invalid() throws {
        let normalizer = try Normalizer()
        let buffer = NormalizationBuffer()
        for bytes: [UInt8] in [[0x61, 0xFF, 0x62], [0xE2, 0x82], [0xC3, 0xA9, 0x80], [0xF0, 0x9F, 0x92]] {
            bytes.withUnsafeBytes { normalizer.normalize($0, into: buffer) }
            #expect(!buffer.usedScanner)
            #expect(buffer.text == normalizer.normalize(utf8: bytes).text)
        }
    }
}

