/// One table of byte classes for the two ASCII fast loops that must read plain chat exactly as
/// the full pipeline does: ``NormalizationBuffer``'s fast path and the matcher's clean-text
/// prefilter (``MatcherTables/certainlyClean(_:scratch:)``). Both accept the same text: words of ASCII
/// letters or digits (apostrophes inside dropped), white space, and punctuation that is not a
/// leetspeak symbol; anything else (`bail`) sends the text to the full pipeline.
enum ASCIIClass {
    /// A letter `A-Z a-z`.
    static let letter: UInt8 = 1 << 0
    /// A digit `0-9`.
    static let digit: UInt8 = 1 << 1
    /// An upper-case letter.
    static let upper: UInt8 = 1 << 2
    /// `'` or `` ` ``: dropped inside a word.
    static let apostrophe: UInt8 = 1 << 3
    /// Space or tab.
    static let space: UInt8 = 1 << 4
    /// Line feed.
    static let newline: UInt8 = 1 << 5
    /// Needs the full pipeline: a non-ASCII byte, a control character other than tab and line
    /// feed, DEL, or a leetspeak symbol (`@ $ ! | *`).
    static let bail: UInt8 = 1 << 6
    /// Letter or digit: part of a word. Lower-casing a word byte is `byte | 0x20` for both.
    static let word: UInt8 = letter | digit

    /// How many of the eight bytes of `x` (first byte lowest) are ASCII letters before the
    /// first byte that is not one. A byte of 0x80 or more may carry into the next one's test;
    /// only the bytes before the first non-letter count.
    @inline(__always)
    static func leadingLetters(_ x: UInt64) -> Int {
        let y = x | 0x2020_2020_2020_2020
        let letter = (y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & ~x & 0x8080_8080_8080_8080
        return (~letter & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
    }

    /// For a word of `letters` ASCII letters (1...7) at the start of the eight bytes `x`: the
    /// eight bytes lower-cased (bytes past the word are garbage to overwrite), whether the word
    /// had an upper-case letter, and whether a letter stands three times in a row in it (the
    /// repeats step then decides). Shared by the normaliser's ASCII fast path and the scanner.
    @inline(__always)
    static func shortWord(_ x: UInt64, letters: Int) -> (lowered: UInt64, upper: Bool, triple: Bool) {
        let lowered = x | 0x2020_2020_2020_2020
        let kept: UInt64 = ~UInt64(0) &>> UInt64(64 &- 8 &* letters)
        // Byte t of `same` is zero when bytes t, t + 1 and t + 2 are equal; only positions inside
        // the word count (a false zero can only follow a real one).
        let same = (lowered ^ (lowered &>> 8)) | (lowered ^ (lowered &>> 16))
        let zero = (same &- 0x0101_0101_0101_0101) & ~same & 0x8080_8080_8080_8080
        let triple = letters >= 3 && zero & (~UInt64(0) &>> UInt64(80 &- 8 &* letters)) != 0
        return (lowered, (x ^ lowered) & kept != 0, triple)
    }

    /// The class bits of every byte value (written once, then only read).
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        for b in 0..<256 {
            var f: UInt8 = 0
            switch UInt8(b) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): f = letter
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): f = letter | upper
            case UInt8(ascii: "0")...UInt8(ascii: "9"): f = digit
            case UInt8(ascii: "'"), UInt8(ascii: "`"): f = apostrophe
            case 0x20, 0x09: f = space
            case 0x0A: f = newline
            case 0x80...0xFF, 0x00...0x08, 0x0B...0x1F, 0x7F: f = bail
            case UInt8(ascii: "@"), UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "*"): f = bail
            default: f = 0   // other punctuation: a separator, kept as it is
            }
            t[b] = f
        }
        return UnsafePointer(t)
    }()
}

/// The word rules both ASCII loops apply, byte by byte: lower-casing, and the two shapes that
/// need the full pipeline (a letter three times in a row; letters and digits mixed).
struct ASCIIWord {
    private var last: UInt8 = 0
    private var last2: UInt8 = 0
    private(set) var seen: UInt8 = 0

    /// Adds a byte of class `g` (a letter or digit); returns it lower-cased, or `nil` when the
    /// same letter now stands three times in a row (the repeats step decides).
    @inline(__always)
    private mutating func add(_ c: UInt8, _ g: UInt8) -> UInt8? {
        let lower = c | 0x20
        if lower == last && lower == last2 && g & ASCIIClass.letter != 0 { return nil }
        seen |= g
        last2 = last
        last = lower
        return lower
    }

    /// Reads the word byte at `j` (apostrophes inside the word are skipped) and advances past it
    /// (`table` is ``ASCIIClass/table``, loaded once by the caller):
    /// the lower-cased byte, ``end`` when the word has ended (`j` at the byte after it), or
    /// ``bail`` when the text needs the full pipeline.
    @inline(__always)
    mutating func next(_ src: UnsafePointer<UInt8>, _ j: inout Int, _ n: Int, _ table: UnsafePointer<UInt8>) -> Int {
        while j < n {
            let c = src[j]
            let g = table[Int(c)]
            if g & ASCIIClass.word == 0 {
                if g & ASCIIClass.apostrophe != 0 { j &+= 1; continue }
                return Self.end
            }
            guard let lower = add(c, g) else { return Self.bail }
            j &+= 1
            return Int(lower)
        }
        return Self.end
    }

    static let end = -1
    static let bail = -2

    /// Letters and digits mixed: possible leetspeak.
    var mixesLettersAndDigits: Bool { seen & ASCIIClass.word == ASCIIClass.word }
}
