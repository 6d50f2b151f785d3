import CICU

/// The normaliser's general path for ``Normalizer/normalize(_:into:)``: the tokenizer and display
/// rules of ``ScanEngine`` in display mode (separators, tokens folded as ``TokenFolder`` folds
/// them, spaced-letter runs joined, repeated letters squeezed), without the matcher's state.
///
/// Three levels, cheapest first: a word of ASCII letters between separators is folded whole
/// (`asciiWord`), and so is a token of ASCII letters, digits and leetspeak symbols (`asciiToken`,
/// by `TokenFolder`'s leetspeak rules, straight from the input); any other word is folded scalar
/// by scalar from ICU's per-scalar fold table (`fastRun`, `fastScalar`: bytes and offsets
/// written straight to the output, repeats squeezed as they come, look-alikes replaced once the
/// word is known to mix scripts; the usual shapes of a scalar are marked in the table,
/// `mk_fold_entry.fastKind`); a word the table cannot fold alone (marks NFKC would compose or
/// reorder, emoji with a word, leetspeak next to other scripts) goes to `TokenFolder` on its
/// raw bytes, rebuilt from the input (`materialize`).
///
/// Contract, tested against `ScanEngine` on corpora and random text: it may decline (return
/// `false`: invalid UTF-8, normalisation steps switched off), it never differs. Anything it
/// does not decline on gives the same bytes, offsets and steps as the engine.
final class FoldScanner {
    private let tables: UnicodeTables
    /// `tables.bmpClass`, and the ASCII classes of the engine, read without reference counting.
    private let classes: UnsafePointer<UInt8>
    private let asciiClass: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var folder = TokenFolder()
    private let raw: UnsafeMutablePointer<UInt8>
    private let rel: UnsafeMutablePointer<Int32>
    private let relEnd: UnsafeMutablePointer<Int32>
    private let runLetters: UnsafeMutablePointer<Int32>
    /// The folded bytes of an `asciiToken`.
    private let leetOut: UnsafeMutablePointer<UInt8>

    // Token under construction (see ScanEngine for the meaning of each field).
    @exclusivity(unchecked) private var rawCount = 0
    @exclusivity(unchecked) private var tokStart = -1
    @exclusivity(unchecked) private var tokEmoji = false
    @exclusivity(unchecked) private var tokLastZWJ = false
    @exclusivity(unchecked) private var tokRegional = 0
    @exclusivity(unchecked) private var tokAfterSpace = true
    @exclusivity(unchecked) private var lastSeparatorWasSpace = true
    @exclusivity(unchecked) private var sepScalars = 0
    /// The spaces among them (a gap of spaces only is measured against the run's gap).
    @exclusivity(unchecked) private var sepSpaces = 0
    @exclusivity(unchecked) private var sepNewline = false
    @exclusivity(unchecked) private var runLength = 0
    /// The widest gap of spaces inside the run (see `ScanEngine.runGap`).
    @exclusivity(unchecked) private var runGap = 0
    @exclusivity(unchecked) private var runLetterCount = 0
    @exclusivity(unchecked) private var lastTokenWasSingle = false
    @exclusivity(unchecked) private var lastWordLatin = false
    @exclusivity(unchecked) private var lastRawWasASCII = true
    @exclusivity(unchecked) private var fired = NormalizationSteps()
    // The inline fold of the token under construction (`tokFast`): each scalar folded from ICU's
    // per-scalar table straight into the output at `oc..<tokW`, repeats squeezed as they come.
    // A token the table cannot fold alone (digits and leet symbols, marks after another script,
    // scalars whose fold depends on context, words that mix scripts, emoji) falls back to
    // `TokenFolder` on its raw bytes, rebuilt from the input by `materialize`.
    @exclusivity(unchecked) private var src: UnsafePointer<UInt8>?
    @exclusivity(unchecked) private var tokFast = true
    @exclusivity(unchecked) private var tokW = 0
    @exclusivity(unchecked) private var tokEnd = 0
    @exclusivity(unchecked) private var tokFolded = 0
    /// The token's flags in one word (`TokenBits`), so that the inline fold keeps them in one register.
    @exclusivity(unchecked) private var tokBits: UInt32 = TokenBits.initial
    private var tokAscii: Bool { get { tokBits & TokenBits.ascii != 0 } set { tokBits.set(TokenBits.ascii, newValue) } }
    private var tokIgnorable: Bool { get { tokBits & TokenBits.ignorable != 0 } set { tokBits.set(TokenBits.ignorable, newValue) } }
    private var tokLatinish: Bool { get { tokBits & TokenBits.latinish != 0 } set { tokBits.set(TokenBits.latinish, newValue) } }
    private var tokHasLatin: Bool { tokBits & TokenBits.hasLatin != 0 }
    private var tokHasOther: Bool { tokBits & TokenBits.hasOther != 0 }
    private var tokPlainOther: Bool { tokBits & TokenBits.plainOther != 0 }
    private var tokNonASCII: Bool { get { tokBits & TokenBits.nonASCII != 0 } set { tokBits.set(TokenBits.nonASCII, newValue) } }
    private var tokRepeat: Bool { get { tokBits & TokenBits.repeated != 0 } set { tokBits.set(TokenBits.repeated, newValue) } }
    private var tokKeptMark: Bool { get { tokBits & TokenBits.keptMark != 0 } set { tokBits.set(TokenBits.keptMark, newValue) } }
    /// MK_FOLD_* steps that fired in the token.
    private var tokDidFire: UInt32 {
        get { (tokBits >> TokenBits.firedShift) & 0xF }
        set { tokBits = tokBits & ~(0xF << TokenBits.firedShift) | (newValue & 0xF) << TokenBits.firedShift }
    }
    private var tokLastCcc: UInt8 {
        get { UInt8(truncatingIfNeeded: tokBits >> TokenBits.cccShift) }
        set { tokBits = tokBits & ~(0xFF << TokenBits.cccShift) | UInt32(newValue) << TokenBits.cccShift }
    }
    @exclusivity(unchecked) private var tokRunByte: UInt8 = 0
    @exclusivity(unchecked) private var tokRunLength = 0
    @exclusivity(unchecked) private var tokRunStart = 0
    // The ICU fold table block last read (blocks of 256 scalars; built once, never freed).
    @exclusivity(unchecked) private var blockIndex: UInt32 = .max
    @exclusivity(unchecked) private var blockEntries: UnsafePointer<mk_fold_entry>?
    @exclusivity(unchecked) private var blockPool: UnsafePointer<UInt8>?
    /// Blocks of planes 0 and 1 already asked for (entries, pool), so that text switching
    /// between scripts does not call into the C++ side for each switch.
    private let blockCache: UnsafeMutablePointer<(UnsafePointer<mk_fold_entry>?, UnsafePointer<UInt8>?)>
    private static let cachedBlocks = 0x200
    // The folded output: the storage of the caller's buffer, written in place (plain pointers:
    // no reference counting in the loop; `target` is only used while `scan` runs).
    @exclusivity(unchecked) private unowned(unsafe) var target: NormalizationBuffer
    @exclusivity(unchecked) private var ob: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var os: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var oe: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var oc = 0
    @exclusivity(unchecked) private var ocap = 0

    init(tables: UnicodeTables) {
        self.tables = tables
        classes = tables.bmpClass
        asciiClass = .allocate(capacity: 128)
        for b in 0..<128 { asciiClass[b] = ScanEngine.asciiClass[b] }
        raw = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        rel = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        relEnd = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        runLetters = .allocate(capacity: ScanEngine.maxRun + 8)
        leetOut = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        blockCache = .allocate(capacity: Self.cachedBlocks)
        blockCache.initialize(repeating: (nil, nil), count: Self.cachedBlocks)
        target = NormalizationBuffer.placeholder
        (ob, os, oe, ocap) = target.storage
    }

    deinit {
        raw.deallocate(); rel.deallocate(); relEnd.deallocate(); runLetters.deallocate(); blockCache.deallocate()
        leetOut.deallocate()
        asciiClass.deallocate()
    }

    @inline(__always)
    private func emit(_ b: UInt8, _ start: Int, _ end: Int) {
        if oc == ocap { grow() }
        ob[oc] = b
        os[oc] = Int32(truncatingIfNeeded: start)
        oe[oc] = Int32(truncatingIfNeeded: end)
        oc &+= 1
    }

    private func grow() {
        // Keep the inline token being written past `oc` too.
        target.grow(keeping: max(oc, tokW), to: ocap * 2)
        (ob, os, oe, ocap) = target.storage
    }

    /// Folds `input` (all steps) into `buffer`; `false` when it declines (the buffer is then
    /// in an unspecified state and the caller runs the engine).
    func scan(_ input: UnsafeRawBufferPointer, into buffer: NormalizationBuffer) -> Bool {
        if input.isEmpty { buffer.clear(); return true }
        guard input.count < Int(Int32.max) / 2, let base = input.baseAddress else { return false }
        target = buffer
        (ob, os, oe, ocap) = buffer.storage
        oc = 0
        rawCount = 0; tokStart = -1; tokAscii = true; tokEmoji = false; tokLastZWJ = false; tokRegional = 0
        tokIgnorable = false; tokAfterSpace = true; lastSeparatorWasSpace = true; sepScalars = 0; sepSpaces = 0; sepNewline = false
        runLength = 0; runLetterCount = 0; lastTokenWasSingle = false; lastWordLatin = false; lastRawWasASCII = true
        fired = []
        tokW = 0
        let src = base.assumingMemoryBound(to: UInt8.self)
        self.src = UnsafePointer(src)
        defer { self.src = nil }
        let n = input.count
        let ascii = asciiClass
        let ok: Bool = { (bmp: UnsafePointer<UInt8>) -> Bool in
            var i = 0
            while i < n {
                let b = src[i]
                if b < 0x80 {
                    let cls = ascii[Int(b)]
                    if cls == CharClass.word || cls == CharClass.leet {
                        if tokStart >= 0 && tokEmoji { endToken() }
                        if tokStart < 0 {
                            var j = i
                            if (b | 0x20) &- 97 < 26 { j = asciiWord(src, from: i, count: n, classes: ascii) }
                            if j == i { j = asciiToken(src, from: i, count: n, classes: ascii) }
                            if j > i { i = j; continue }
                        }
                        if tokStart < 0 { beginToken(at: i) } else if rawCount >= TokenFolder.maxTokenBytes { endToken(); beginToken(at: i) }
                        if tokFast {
                            if (b | 0x20) &- 97 < 26 {
                                i = fastRun(src, from: i, count: n)
                                continue
                            }
                            materialize(upTo: i)
                        }
                        raw[rawCount] = b
                        rel[rawCount] = Int32(truncatingIfNeeded: i &- tokStart)
                        relEnd[rawCount] = Int32(truncatingIfNeeded: i &+ 1 &- tokStart)
                        rawCount &+= 1
                    } else if cls == CharClass.apostrophe && tokStart >= 0 && !tokEmoji {
                        // An apostrophe inside a word is dropped (not part of the raw bytes).
                    } else {
                        if tokStart >= 0 {
                            // The usual end of a word folded inline (no look-alike to settle): no detour.
                            if tokFast && tokBits & TokenBits.hasOther == 0 && tokW > oc { finishFastToken() } else { endToken() }
                        }
                        if cls == CharClass.space {
                            // A space: one in the output for a run of white space (inline: the usual separator).
                            sepScalars &+= 1
                            sepSpaces &+= 1
                            lastSeparatorWasSpace = true
                            if oc > 0 {
                                let last = ob[oc &- 1]
                                if last == 0x20 || last == 0x0A {
                                    oe[oc &- 1] = Int32(truncatingIfNeeded: i &+ 1)
                                } else {
                                    emit(0x20, i, i &+ 1)
                                }
                            }
                        } else {
                            separator(UInt32(b), cls: cls, start: i, end: i &+ 1)
                        }
                    }
                    i &+= 1
                    continue
                }
                // A multi-byte scalar, validated as the engine's decoder does (no recovery here).
                var c: UInt32
                var length: Int
                switch b {
                case 0xC2...0xDF:
                    guard i &+ 1 < n, src[i &+ 1] & 0xC0 == 0x80 else { return false }
                    c = UInt32(b & 0x1F) << 6 | UInt32(src[i &+ 1] & 0x3F); length = 2
                case 0xE0...0xEF:
                    guard i &+ 2 < n else { return false }
                    let b1 = src[i &+ 1], b2 = src[i &+ 2]
                    let lower: UInt8 = b == 0xE0 ? 0xA0 : 0x80, upper: UInt8 = b == 0xED ? 0x9F : 0xBF
                    guard b1 >= lower, b1 <= upper, b2 & 0xC0 == 0x80 else { return false }
                    c = UInt32(b & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F); length = 3
                case 0xF0...0xF4:
                    guard i &+ 3 < n else { return false }
                    let b1 = src[i &+ 1], b2 = src[i &+ 2], b3 = src[i &+ 3]
                    let lower: UInt8 = b == 0xF0 ? 0x90 : 0x80, upper: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                    guard b1 >= lower, b1 <= upper, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return false }
                    c = UInt32(b & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                    length = 4
                default:
                    return false
                }
                let cls = c < UnicodeTables.tableLimit ? bmp[Int(c)] : tables.charClass(c)
                if cls == CharClass.word && (tokStart < 0 || tokFast && !tokEmoji) {
                    if tokStart < 0 { beginToken(at: i) }
                    let j = fastRun(src, from: i, count: n)
                    if j > i { i = j; continue }
                } else if cls == CharClass.emoji && tokStart < 0 && (i &+ length == n || src[i &+ length] < 0x80) &&
                            !(c &- 0x1F1E6 <= 0x1F1FF &- 0x1F1E6) && EmojiTable.word(forScalar: c) == nil {
                    // An emoji alone (nothing joined to it, no word for it): kept as it is.
                    lastSeparatorWasSpace = false
                    keepEmoji(src + i, length, start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ length))
                    i &+= length
                    continue
                }
                scalar(c, cls: cls, src: src + i, length: length, start: i)
                i &+= length
            }
            return true
        }(classes)
        guard ok else { return false }
        endToken()
        finalizeRun()
        var k = oc
        while k > 0, ob[k &- 1] == 0x20 || ob[k &- 1] == 0x0A { k &-= 1 }
        buffer.finishWrite(count: k, steps: fired)
        return true
    }

    @inline(__always)
    private func scalar(_ c: UInt32, cls: UInt8, src: UnsafePointer<UInt8>, length: Int, start: Int) {
        let end = start &+ length
        switch cls {
        case CharClass.word, CharClass.mark:
            if tokEmoji { endToken() }
            appendScalar(c, src, length, start: start, end: end)
        case CharClass.ignorable:
            if tokStart >= 0, !tokEmoji {
                tokIgnorable = true
                appendScalar(c, src, length, start: start, end: end)
            } else {
                fired.insert(.ignorables)
            }
        case CharClass.apostrophe:
            if tokStart < 0 || tokEmoji { endToken(); separator(c, cls: CharClass.punct, start: start, end: end) }
        case CharClass.emoji:
            let regional = c &- 0x1F1E6 <= 0x1F1FF &- 0x1F1E6
            if tokStart >= 0, tokEmoji, tokLastZWJ || (regional && tokRegional == 1) {
                appendScalar(c, src, length, start: start, end: end)
            } else {
                endToken()
                beginToken(at: start)
                tokEmoji = true
                tokFast = false
                appendScalar(c, src, length, start: start, end: end)
            }
            tokLastZWJ = false
            if regional { tokRegional &+= 1 }
        case CharClass.emojiPart:
            if tokStart >= 0 {
                appendScalar(c, src, length, start: start, end: end)
                if tokEmoji { tokLastZWJ = c == 0x200D }
            } else {
                fired.insert(.ignorables)
            }
        default:
            endToken()
            separator(c, cls: cls, start: start, end: end)
        }
    }

    @inline(__always)
    private func appendScalar(_ c: UInt32, _ src: UnsafePointer<UInt8>, _ length: Int, start: Int, end: Int) {
        if tokStart < 0 {
            beginToken(at: start)
        } else if rawCount &+ length > TokenFolder.maxTokenBytes {
            let emoji = tokEmoji
            endToken()
            beginToken(at: start)
            tokEmoji = emoji
            tokFast = !emoji
        }
        if tokFast {
            if fastScalar(c, start: start, end: end) {
                rawCount &+= length
                tokAscii = false
                tokEnd = end
                return
            }
            materialize(upTo: start)
        }
        let r = Int32(truncatingIfNeeded: start &- tokStart), e = Int32(truncatingIfNeeded: end &- tokStart)
        for k in 0..<length {
            raw[rawCount &+ k] = src[k]
            rel[rawCount &+ k] = r
            relEnd[rawCount &+ k] = e
        }
        rawCount &+= length
        tokAscii = false
    }

    @inline(__always)
    private func beginToken(at start: Int) {
        tokAfterSpace = lastSeparatorWasSpace
        lastSeparatorWasSpace = false
        tokStart = start
        rawCount = 0
        tokEmoji = false
        tokLastZWJ = false
        tokRegional = 0
        tokFast = true
        tokW = oc
        tokFolded = 0
        tokBits = TokenBits.initial
        // No letter is 0: the next letter starts a run whatever `tokRunLength` and
        // `tokRunStart` hold (left alone: the inline fold reads them as one 16-byte value,
        // and 8-byte writes here would stall that read).
        tokRunByte = 0
    }

    /// Appends the run of scalars at `from` that fold alone to the inline token, in one loop on
    /// locals: ASCII letters, scalars whose ICU fold is only letters (styled, fullwidth,
    /// accented, other scripts), zero-width characters inside the word, and marks the table can
    /// place (dropped after a Latin letter, kept after another script's). Returns where the run
    /// ends: at `from` when the first scalar needs the general path (digits, symbols, marks NFKC
    /// would compose or reorder, anything not simple). Repeats are squeezed as `fastPut` squeezes them.
    @inline(__always)
    private func fastRun(_ src: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int {
        let limit = min(n, from &+ (TokenFolder.maxTokenBytes &- rawCount))
        var ob = self.ob, os = self.os, oe = self.oe
        var w = tokW
        var run = LetterRun(byte: tokRunByte, length: tokRunLength, start: tokRunStart)
        var lastBlock = UInt32.max
        var block: (UnsafePointer<mk_fold_entry>?, UnsafePointer<UInt8>?) = (nil, nil)
        var folded = tokFolded, bits = tokBits
        var j = from
        scan: while j < limit {
            if ocap &- w < 264 {
                tokW = w
                grow()
                ob = self.ob; os = self.os; oe = self.oe
            }
            let b = src[j]
            var bytes: UnsafePointer<UInt8>
            var foldLength: Int
            var end: Int
            if b < 0x80 {
                guard (b | 0x20) &- 97 < 26 else { break }
                // A run of ASCII letters, copied by a small loop of its own (few live values).
                var k = j &+ 1
                while k < limit, (src[k] | 0x20) &- 97 < 26 { k &+= 1 }
                if ocap &- w < k &- j &+ 8 {
                    tokW = w
                    while ocap &- w < k &- j &+ 8 { grow() }
                    ob = self.ob; os = self.os; oe = self.oe
                }
                if k &- j < 8 {
                    // A few letters between other scalars ("g" and "tting" around a look-alike):
                    // here, without the call.
                    var upper: UInt8 = 0
                    for q in j..<k {
                        let x = src[q], l = x | 0x20
                        upper |= x ^ l
                        run.put(l, Int32(truncatingIfNeeded: q), Int32(truncatingIfNeeded: q &+ 1), into: ob, os, oe, at: &w)
                    }
                    if upper != 0 { bits |= UInt32(MK_FOLD_NFKC_CASEFOLD) << TokenBits.firedShift }
                } else {
                    w = run.copy(src, from: j, to: k, into: ob, os, oe, at: w)
                    if run.upper { bits |= UInt32(MK_FOLD_NFKC_CASEFOLD) << TokenBits.firedShift }
                }
                // Latin base, combining class 0.
                bits = bits & ~(0xFF << TokenBits.cccShift) | TokenBits.latinish | TokenBits.hasLatin
                folded &+= k &- j
                j = k
                continue
            }
            // A multi-byte scalar, validated (anything unusual goes back to the caller's decoder).
            // Written out as in `scan`: one shared decoding function measured 4% more
            // instructions on Unicode-heavy text (this loop's registers).
            var c: UInt32
            switch b {
            case 0xC2...0xDF:
                guard j &+ 1 < limit, src[j &+ 1] & 0xC0 == 0x80 else { break scan }
                c = UInt32(b & 0x1F) << 6 | UInt32(src[j &+ 1] & 0x3F); end = j &+ 2
            case 0xE0...0xEF:
                guard j &+ 2 < limit else { break scan }
                let b1 = src[j &+ 1], b2 = src[j &+ 2]
                let lower: UInt8 = b == 0xE0 ? 0xA0 : 0x80, upper: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard b1 >= lower, b1 <= upper, b2 & 0xC0 == 0x80 else { break scan }
                c = UInt32(b & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F); end = j &+ 3
            case 0xF0...0xF4:
                guard j &+ 3 < limit else { break scan }
                let b1 = src[j &+ 1], b2 = src[j &+ 2], b3 = src[j &+ 3]
                let lower: UInt8 = b == 0xF0 ? 0x90 : 0x80, upper: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lower, b1 <= upper, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { break scan }
                c = UInt32(b & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                end = j &+ 4
            default:
                break scan
            }
            // Planes 0 and 1: the block is in the cache once read; its entry has the class too.
            guard c < UnicodeTables.tableLimit else { break }
            if c >> 8 != lastBlock {
                // Words keep to a block (fullwidth, math letters, one script): read it once.
                block = blockCache[Int(c >> 8)]
                if block.0 == nil {
                    guard loadBlock(c) else { break }
                    block = blockCache[Int(c >> 8)]
                }
                lastBlock = c >> 8
            }
            let entry = block.0.unsafelyUnwrapped + Int(c & 0xFF)
            let flags = UInt32(entry.pointee.flags)
            // The usual scalars, in the shapes the table marked (`MK_FOLD_FAST_*`), with the
            // flags the general path below would set (`fastBits`: `absorb`, steps, non-ASCII).
            let cleared = bits & ~(TokenBits.latinish | 0xFF << TokenBits.cccShift | TokenBits.ascii)
            switch entry.pointee.fastKind {
            case UInt8(MK_FOLD_FAST_OTHER_LETTER):
                // A letter of another script (Cyrillic, Greek, CJK, Devanagari): its fold copied whole.
                bits = cleared | entry.pointee.fastBits
                copyHead(entry, j, end, ob, os, oe, &w, &folded, &run)
                j = end
                continue
            case UInt8(MK_FOLD_FAST_LATIN_LETTER):
                // A fullwidth, styled or accented Latin letter that folds to one letter a-z.
                bits = cleared | entry.pointee.fastBits
                folded &+= 1
                run.put(entry.pointee.head.0, Int32(truncatingIfNeeded: j), Int32(truncatingIfNeeded: end),
                        into: ob, os, oe, at: &w)
                j = end
                continue
            case UInt8(MK_FOLD_FAST_LOOK_ALIKE):
                let absorbed = cleared | entry.pointee.fastBits
                if absorbed & (TokenBits.hasLatin | TokenBits.keptMark) == TokenBits.hasLatin {
                    // After a Latin letter ("gеt" with a Cyrillic е): the word mixes scripts, so
                    // the look-alike is its Latin letter now.
                    bits = absorbed | UInt32(MK_FOLD_CONFUSABLES) << TokenBits.firedShift
                    folded &+= 1
                    run.put(UInt8(bitPattern: entry.pointee.slot.0), Int32(truncatingIfNeeded: j),
                            Int32(truncatingIfNeeded: end), into: ob, os, oe, at: &w)
                } else {
                    // Otherwise itself, until the word is known (`refoldMixed`).
                    bits = absorbed | TokenBits.otherUnslotted | UInt32(entry.pointee.fired) << TokenBits.firedShift |
                        TokenBits.nonASCII
                    copyHead(entry, j, end, ob, os, oe, &w, &folded, &run)
                }
                j = end
                continue
            default:
                break
            }
            let cls = entry.pointee.charClass
            let e = entry.pointee
            if (cls == CharClass.mark || cls == CharClass.word) && flags & UInt32(MK_FOLD_ENTRY_MARK | MK_FOLD_ENTRY_MARK_ALONE) != 0 {
                // Marks (Indic vowel signs are word characters too), as `fastScalar` places them: dropped after a Latin base (joining the
                // letter before, which ended where this mark starts or, first in this run, at
                // `tokEnd`), kept after another script's letter when NFKC leaves them in place.
                if bits & TokenBits.latinish != 0 {
                    guard flags & UInt32(MK_FOLD_ENTRY_MARK) != 0 else { break }
                    bits |= UInt32(MK_FOLD_STRIP_MARKS) << TokenBits.firedShift
                    let at = Int32(truncatingIfNeeded: j == from ? tokEnd : j), to = Int32(truncatingIfNeeded: end)
                    var k = w &- 1
                    while k >= oc, oe[k] == at { oe[k] = to; k &-= 1 }
                } else {
                    let lastCcc = UInt8(truncatingIfNeeded: bits >> TokenBits.cccShift)
                    guard flags & UInt32(MK_FOLD_ENTRY_MARK_ALONE) != 0, e.ccc == 0 || lastCcc <= e.ccc,
                          e.length <= 4 else { break }
                    bits = bits & ~(0xFF << TokenBits.cccShift) | TokenBits.keptMark | TokenBits.nonASCII |
                        UInt32(e.ccc) << TokenBits.cccShift
                    let s = Int32(truncatingIfNeeded: j), t = Int32(truncatingIfNeeded: end)
                    ob[w] = e.head.0; ob[w &+ 1] = e.head.1; ob[w &+ 2] = e.head.2; ob[w &+ 3] = e.head.3
                    os[w] = s; os[w &+ 1] = s; os[w &+ 2] = s; os[w &+ 3] = s
                    oe[w] = t; oe[w &+ 1] = t; oe[w &+ 2] = t; oe[w &+ 3] = t
                    w &+= Int(e.length)
                    folded &+= Int(e.length)
                    run.byte = 0
                    run.length = 0
                }
                bits &= ~TokenBits.ascii
                j = end
                continue
            }
            guard cls == CharClass.word || cls == CharClass.ignorable else { break }
            if cls == CharClass.ignorable {
                // Inside a word a zero-width character vanishes ("k\u{200B}ill").
                let vanishes = UInt32(MK_FOLD_ENTRY_SIMPLE | MK_FOLD_ENTRY_KEEP_BASE)
                guard flags & vanishes == vanishes, e.length == 0 else { break }
                bits = bits & ~TokenBits.ascii | TokenBits.ignorable | UInt32(e.fired) << TokenBits.firedShift
                j = end
                continue
            }
            let wanted = UInt32(MK_FOLD_ENTRY_SIMPLE | MK_FOLD_ENTRY_LETTERS_OUT)
            guard flags & (wanted | UInt32(MK_FOLD_ENTRY_MARK | MK_FOLD_ENTRY_MARK_ALONE)) == wanted else { break }
            bits = Self.absorb(e, flags, into: bits) & ~TokenBits.ascii
            let s = Int32(truncatingIfNeeded: j), t = Int32(truncatingIfNeeded: end)
            if flags & UInt32(MK_FOLD_ENTRY_HAS_OTHER) != 0 {
                // A look-alike after a Latin letter: the word mixes scripts, so it is its Latin
                // letter now (as `refoldMixed` would write it); otherwise it waits for the end.
                if bits & (TokenBits.hasLatin | TokenBits.keptMark) == TokenBits.hasLatin, e.slotLength > 0,
                   Self.slotIsLetters(e) {
                    bits |= UInt32(MK_FOLD_CONFUSABLES) << TokenBits.firedShift
                    let slotLength = Int(e.slotLength)
                    folded &+= slotLength
                    withUnsafeBytes(of: e.slot) { slot in
                        for k in 0..<slotLength { run.put(slot[k], s, t, into: ob, os, oe, at: &w) }
                    }
                    j = end
                    continue
                }
                bits |= TokenBits.otherUnslotted
            }
            bits |= UInt32(e.fired) << TokenBits.firedShift
            bytes = block.1.unsafelyUnwrapped + Int(e.offset)
            foldLength = Int(e.length)
            folded &+= foldLength
            if flags & UInt32(MK_FOLD_ENTRY_NON_ASCII_OUT) != 0 {
                // Another script's letter: copied, no run to squeeze. Up to four bytes come from
                // the entry, written whole (there is room: the capacity check above).
                if foldLength <= 4 {
                    ob[w] = e.head.0; ob[w &+ 1] = e.head.1; ob[w &+ 2] = e.head.2; ob[w &+ 3] = e.head.3
                    os[w] = s; os[w &+ 1] = s; os[w &+ 2] = s; os[w &+ 3] = s
                    oe[w] = t; oe[w &+ 1] = t; oe[w &+ 2] = t; oe[w &+ 3] = t
                } else {
                    for k in 0..<foldLength {
                        ob[w &+ k] = bytes[k]
                        os[w &+ k] = s
                        oe[w &+ k] = t
                    }
                }
                w &+= foldLength
                bits |= TokenBits.nonASCII
                run.byte = 0
                run.length = 0
                j = end
                continue
            }
            for k in 0..<foldLength {
                let x = bytes[k]
                if x >= 0x80 {
                    bits |= TokenBits.nonASCII
                    run.byte = 0
                    run.length = 0
                    ob[w] = x
                    os[w] = s
                    oe[w] = t
                    w &+= 1
                } else {
                    run.put(x, s, t, into: ob, os, oe, at: &w)
                }
            }
            j = end
        }
        if j > from {
            rawCount &+= j &- from
            tokEnd = j
        }
        if run.repeated { bits |= TokenBits.repeated }
        tokW = w; tokRunByte = run.byte; tokRunLength = run.length; tokRunStart = run.start
        tokFolded = folded; tokBits = bits
        return j
    }

    /// Writes the fold of a `MK_FOLD_FAST_OTHER_LETTER` or `MK_FOLD_FAST_LOOK_ALIKE` entry (one to
    /// four non-ASCII bytes, `head`) at `w` for the scalar at `start..<end`: no run to squeeze.
    @inline(__always)
    private func copyHead(_ entry: UnsafePointer<mk_fold_entry>, _ start: Int, _ end: Int,
                          _ ob: UnsafeMutablePointer<UInt8>, _ os: UnsafeMutablePointer<Int32>,
                          _ oe: UnsafeMutablePointer<Int32>, _ w: inout Int, _ folded: inout Int, _ run: inout LetterRun) {
        let length = Int(entry.pointee.length)
        let head = withUnsafeBytes(of: entry.pointee.head) { $0.loadUnaligned(as: UInt32.self) }
        UnsafeMutableRawPointer(ob + w).storeBytes(of: head, as: UInt32.self)
        UnsafeMutableRawPointer(os + w).storeBytes(of: SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: start)),
                                                   as: SIMD4<Int32>.self)
        UnsafeMutableRawPointer(oe + w).storeBytes(of: SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: end)),
                                                   as: SIMD4<Int32>.self)
        w &+= length
        folded &+= length
        run.byte = 0
        run.length = 0
    }

    /// A whole word of ASCII letters at `from` (the usual word, even in text full of other
    /// scripts), folded and closed in one go without opening a token: lower-cased, repeats
    /// squeezed, the same bookkeeping as any other word. Returns where the word ends; `from`
    /// when the word goes on with digits or leetspeak symbols (`asciiToken` may take it); -1
    /// when it goes on with an apostrophe, another script or a mark, or is too long (the
    /// general path).
    @inline(__always)
    private func asciiWord(_ src: UnsafePointer<UInt8>, from: Int, count n: Int, classes ascii: UnsafeMutablePointer<UInt8>) -> Int {
        // Where the word ends, eight bytes at a time when they are there: a byte loop's exit
        // mispredicts at the end of every word.
        var k = from
        var chunk: UInt64 = 0        // the first eight bytes, when loaded
        var letters = 0              // letters among them
        if n &- from >= 8 {
            chunk = UnsafeRawPointer(src + from).loadUnaligned(as: UInt64.self)
            letters = ASCIIClass.leadingLetters(chunk)
            k = from &+ letters
            if letters == 8 {
                k = from &+ 8
                while k < n, (src[k] | 0x20) &- 97 < 26 { k &+= 1 }
            }
        } else {
            k = from &+ 1
            while k < n, (src[k] | 0x20) &- 97 < 26 { k &+= 1 }
        }
        guard k &- from <= TokenFolder.maxTokenBytes else { return -1 }
        if k < n {
            let next = src[k]
            guard next < 0x80 else { return -1 }
            let cls = ascii[Int(next)]
            guard cls != CharClass.apostrophe else { return -1 }
            guard cls != CharClass.word && cls != CharClass.leet else { return from }
        }
        while ocap &- oc < k &- from &+ 8 { grow() }
        let ob = self.ob, os = self.os, oe = self.oe
        var w = oc
        var upper: UInt8 = 0
        var triple = false
        if letters > 0 && letters < 8 {
            // The usual word, up to seven letters: written eight bytes at once (the bytes past it
            // are overwritten next), lower-cased; a letter three times in a row found the same way.
            let word = ASCIIClass.shortWord(chunk, letters: letters)
            let lowered = word.lowered
            upper = word.upper ? 0x20 : 0
            triple = word.triple
            UnsafeMutableRawPointer(ob + w).storeBytes(of: lowered, as: UInt64.self)
            let at = SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: from)) &+ SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
            UnsafeMutableRawPointer(os + w).storeBytes(of: at, as: SIMD8<Int32>.self)
            UnsafeMutableRawPointer(oe + w).storeBytes(of: at &+ 1, as: SIMD8<Int32>.self)
            w &+= letters
        } else {
            // Lower-cased byte by byte, in registers.
            var last: UInt8 = 0, beforeLast: UInt8 = 0
            for q in from..<k {
                let x = src[q], l = x | 0x20
                upper |= x ^ l
                triple = triple || l == last && l == beforeLast
                beforeLast = last
                last = l
                ob[w] = l
                os[w] = Int32(truncatingIfNeeded: q)
                oe[w] = Int32(truncatingIfNeeded: q &+ 1)
                w &+= 1
            }
        }
        // A word with a letter three times in a row (rare) is written again by `LetterRun`,
        // which squeezes it.
        var tokenSteps: NormalizationSteps = upper != 0 ? .caseFold : []
        if triple {
            var run = LetterRun(byte: 0, length: 0, start: 0)
            w = run.copy(src, from: from, to: k, into: ob, os, oe, at: oc)
            tokenSteps.insert(.repeats)
        }
        lastSeparatorWasSpace = false
        lastRawWasASCII = true
        lastWordLatin = true
        fired.formUnion(tokenSteps)
        let count = k &- from
        oc = trackSpacedLetters(count: count, first: ob[oc], second: count >= 2 ? ob[oc &+ 1] : 0, steps: tokenSteps, written: w)
        return k
    }

    /// What a simple scalar's table entry adds to the token flags: its scripts and its base
    /// (unless it vanishes). The steps it applies (`e.fired`) are the caller's to add: a
    /// look-alike written as its Latin letter applies only the confusables step.
    @inline(__always)
    private static func absorb(_ e: mk_fold_entry, _ flags: UInt32, into bits: UInt32) -> UInt32 {
        // MK_FOLD_ENTRY_HAS_LATIN (8) and _HAS_OTHER (16) map to bits 1 and 2, _PLAIN_OTHER (64) to 3.
        var bits = bits | (flags >> 2) & (TokenBits.hasLatin | TokenBits.hasOther) | (flags >> 3) & TokenBits.plainOther
        if flags & UInt32(MK_FOLD_ENTRY_KEEP_BASE) == 0 {
            // MK_FOLD_ENTRY_LATINISH (4) maps to bit 0.
            bits = bits & ~(TokenBits.latinish | 0xFF << TokenBits.cccShift) | (flags >> 2) & TokenBits.latinish |
                UInt32(e.ccc) << TokenBits.cccShift
        }
        return bits
    }

    /// Whether a look-alike's Latin replacement is made of letters a-z only.
    @inline(__always)
    private static func slotIsLetters(_ e: mk_fold_entry) -> Bool {
        withUnsafeBytes(of: e.slot) { slot in
            for k in 0..<Int(e.slotLength) where slot[k] &- 97 >= 26 { return false }
            return true
        }
    }

    /// Makes the block of `c` the current fold table block; `false` when ICU has none.
    private func loadBlock(_ c: UInt32) -> Bool {
        let block = c >> 8
        if Int(block) < Self.cachedBlocks, let cached = blockCache[Int(block)].0 {
            blockEntries = cached
            blockPool = blockCache[Int(block)].1
        } else {
            var pool: UnsafePointer<UInt8>?
            guard let entries = mk_icu_fold_entries(c, &pool) else { return false }
            blockEntries = entries
            blockPool = pool
            if Int(block) < Self.cachedBlocks { blockCache[Int(block)] = (entries, pool) }
        }
        blockIndex = block
        return true
    }

    /// Appends one folded byte of the inline token, squeezing letters repeated three times or
    /// more to one (mapped from the first one's start to the last one's end).
    @inline(__always)
    private func fastPut(_ b: UInt8, _ start: Int, _ end: Int) {
        tokFolded &+= 1
        if b == tokRunByte { tokRunLength &+= 1 } else { tokRunByte = b; tokRunLength = 1; tokRunStart = tokW }
        if tokRunLength >= 3 && b &- 97 < 26 {
            if tokRunLength == 3 { tokW = tokRunStart &+ 1; tokRepeat = true }
            oe[tokRunStart] = Int32(truncatingIfNeeded: end)
            return
        }
        if tokW >= ocap { grow() }
        ob[tokW] = b
        os[tokW] = Int32(truncatingIfNeeded: start)
        oe[tokW] = Int32(truncatingIfNeeded: end)
        tokW &+= 1
    }

    /// Folds one non-ASCII scalar of the inline token from ICU's per-scalar table (the rules of
    /// `mk_icu_fold_fast`); `false` when the token needs `TokenFolder`.
    @inline(__always)
    private func fastScalar(_ c: UInt32, start: Int, end: Int) -> Bool {
        if c >> 8 != blockIndex { guard loadBlock(c) else { return false } }
        let e = blockEntries.unsafelyUnwrapped[Int(c & 0xFF)]
        let flags = UInt32(e.flags)
        if flags & UInt32(MK_FOLD_ENTRY_MARK | MK_FOLD_ENTRY_MARK_ALONE) != 0 {
            if tokLatinish {
                // A mark after a Latin or common base is dropped and joins the letter before it.
                guard flags & UInt32(MK_FOLD_ENTRY_MARK) != 0 else { return false }
                tokDidFire |= UInt32(MK_FOLD_STRIP_MARKS)
                // `tokEnd`, not `start`: an apostrophe dropped between them does not part them.
                let at = Int32(truncatingIfNeeded: tokEnd), to = Int32(truncatingIfNeeded: end)
                var k = tokW &- 1
                while k >= oc, oe[k] == at { oe[k] = to; k &-= 1 }
                return true
            }
            // After another script's base a mark stays, when NFKC would neither compose nor reorder it.
            guard flags & UInt32(MK_FOLD_ENTRY_MARK_ALONE) != 0, e.ccc == 0 || tokLastCcc <= e.ccc else { return false }
            tokKeptMark = true
            tokLastCcc = e.ccc
            putNonASCII(blockPool.unsafelyUnwrapped + Int(e.offset), Int(e.length), start, end)
            return true
        }
        guard flags & UInt32(MK_FOLD_ENTRY_SIMPLE) != 0, flags & UInt32(MK_FOLD_ENTRY_LETTERS_OUT) != 0 else { return false }
        tokBits = Self.absorb(e, flags, into: tokBits) | UInt32(e.fired) << TokenBits.firedShift
        if flags & UInt32(MK_FOLD_ENTRY_HAS_OTHER) != 0 { tokBits |= TokenBits.otherUnslotted }
        let bytes = blockPool.unsafelyUnwrapped + Int(e.offset)
        let length = Int(e.length)
        if length > 0 && bytes[0] >= 0x80 && bytes[length &- 1] >= 0x80 {
            putNonASCII(bytes, length, start, end)   // one scalar of another script (no ASCII inside)
            return true
        }
        for k in 0..<length {
            let b = bytes[k]
            if b >= 0x80 { tokNonASCII = true }
            fastPut(b, start, end)
        }
        return true
    }

    /// Appends the UTF-8 of one non-ASCII scalar to the inline token (nothing to squeeze; it
    /// ends any run of letters).
    @inline(__always)
    private func putNonASCII(_ bytes: UnsafePointer<UInt8>, _ length: Int, _ start: Int, _ end: Int) {
        if ocap &- tokW < length { grow() }
        let s = Int32(truncatingIfNeeded: start), e = Int32(truncatingIfNeeded: end)
        let ob = self.ob, os = self.os, oe = self.oe, w = tokW
        for k in 0..<length {
            ob[w &+ k] = bytes[k]
            os[w &+ k] = s
            oe[w &+ k] = e
        }
        tokW = w &+ length
        tokFolded &+= length
        tokRunByte = 0
        tokRunLength = 0
        tokNonASCII = true
    }

    /// Folds the inline token again as a word that mixes scripts: each look-alike becomes its
    /// Latin letter ("kіll" with a Cyrillic і), as `mk_icu_fold_fast` writes it. `false` (the
    /// token then goes to `TokenFolder`) when a mark was kept after another script's letter or
    /// a look-alike stands for something other than a letter.
    private func refoldMixed() -> Bool {
        guard let src, !tokKeptMark else { return false }
        let ascii = asciiClass
        tokW = oc
        tokFolded = 0
        tokRunByte = 0
        tokRunLength = 0
        tokRepeat = false
        tokNonASCII = false
        var didFire: UInt32 = 0
        var i = tokStart
        var lastEnd = tokStart   // end of the last scalar of the word (apostrophes are not in it)
        let end = tokEnd
        while i < end {
            let b = src[i]
            if b < 0x80 {
                if ascii[Int(b)] != CharClass.apostrophe {
                    let l = b | 0x20
                    if l != b { didFire |= UInt32(MK_FOLD_NFKC_CASEFOLD) }
                    fastPut(l, i, i &+ 1)
                    lastEnd = i &+ 1
                }
                i &+= 1
                continue
            }
            var c: UInt32
            var length: Int
            if b < 0xE0 { c = UInt32(b & 0x1F); length = 2 } else if b < 0xF0 { c = UInt32(b & 0x0F); length = 3 } else { c = UInt32(b & 0x07); length = 4 }
            for k in 1..<length { c = c << 6 | UInt32(src[i &+ k] & 0x3F) }
            let next = i &+ length
            if tables.charClass(c) == CharClass.apostrophe { i = next; continue }
            if c >> 8 != blockIndex { guard loadBlock(c) else { return false } }
            let e = blockEntries.unsafelyUnwrapped[Int(c & 0xFF)]
            let flags = UInt32(e.flags)
            if flags & UInt32(MK_FOLD_ENTRY_MARK) != 0 {
                // Dropped after a Latin base (the first pass kept no mark).
                didFire |= UInt32(MK_FOLD_STRIP_MARKS)
                let at = Int32(truncatingIfNeeded: lastEnd), to = Int32(truncatingIfNeeded: next)
                var k = tokW &- 1
                while k >= oc, oe[k] == at { oe[k] = to; k &-= 1 }
                i = next
                lastEnd = next
                continue
            }
            if flags & UInt32(MK_FOLD_ENTRY_HAS_OTHER) != 0 && e.slotLength > 0 {
                let slot = e.slot
                let ok: Bool = withUnsafeBytes(of: slot) { bytes in
                    for k in 0..<Int(e.slotLength) where bytes[k] &- 97 >= 26 { return false }
                    for k in 0..<Int(e.slotLength) { fastPut(bytes[k], i, next) }
                    return true
                }
                guard ok else { return false }
                didFire |= UInt32(MK_FOLD_CONFUSABLES)
                i = next
                lastEnd = next
                continue
            }
            didFire |= UInt32(e.fired)
            let bytes = blockPool.unsafelyUnwrapped + Int(e.offset)
            for k in 0..<Int(e.length) {
                let x = bytes[k]
                if x >= 0x80 { tokNonASCII = true }
                fastPut(x, i, next)
            }
            i = next
            lastEnd = next
        }
        tokDidFire = didFire
        return tokW > oc
    }

    /// Leaves the inline fold: rebuilds the token's raw bytes (apostrophes dropped, as the scan
    /// loop drops them) from the input up to `end`, for `TokenFolder`.
    private func materialize(upTo end: Int) {
        tokFast = false
        rawCount = 0
        guard let src else { return }
        let ascii = asciiClass
        var i = tokStart
        while i < end {
            let b = src[i]
            var length = 1
            if b < 0x80 {
                if ascii[Int(b)] == CharClass.apostrophe { i &+= 1; continue }
            } else {
                var c: UInt32
                if b < 0xE0 { c = UInt32(b & 0x1F); length = 2 } else if b < 0xF0 { c = UInt32(b & 0x0F); length = 3 } else { c = UInt32(b & 0x07); length = 4 }
                for k in 1..<length { c = c << 6 | UInt32(src[i &+ k] & 0x3F) }
                if tables.charClass(c) == CharClass.apostrophe { i &+= length; continue }
            }
            let r = Int32(truncatingIfNeeded: i &- tokStart), e = Int32(truncatingIfNeeded: i &+ length &- tokStart)
            for k in 0..<length {
                raw[rawCount &+ k] = src[i &+ k]
                rel[rawCount &+ k] = r
                relEnd[rawCount &+ k] = e
            }
            rawCount &+= length
            i &+= length
        }
    }

    /// Ends an inline token: the same step, Latin and spaced-letter bookkeeping as the
    /// `TokenFolder` path; the folded bytes are already in place.
    private func finishFastToken() {
        lastRawWasASCII = tokAscii
        tokStart = -1
        rawCount = 0
        // MK_FOLD_* bits to steps without branches (which step fired varies from word to word):
        // case fold (1) to 1 << 1, marks (2) to 1 << 3, confusables (4) to 1 << 4, ignorables
        // (8) to 1 << 2; the token's own ignorable (1 << 8) and repeat (1 << 5) flags too.
        let bits = tokBits
        let d = (bits >> TokenBits.firedShift) & 0xF
        var raw = (d & 1) << 1 | (d & 6) << 2 | (d & 8) >> 1
        raw |= (bits & TokenBits.ignorable) >> 6 | (bits & TokenBits.repeated) << 2
        let tokenSteps = NormalizationSteps(rawValue: UInt16(truncatingIfNeeded: raw))
        lastWordLatin = bits & TokenBits.nonASCII == 0
        fired.formUnion(tokenSteps)
        let count = tokFolded
        tokW = trackSpacedLetters(count: count, first: ob[oc], second: count >= 2 ? ob[oc &+ 1] : 0,
                                  steps: tokenSteps, written: tokW)
        oc = tokW
    }

    /// Spaced-out letters, with the engine's run rules, for a token of `count` folded bytes
    /// (`first`, `second`) that goes at `oc`: a single letter continues or starts a run, anything
    /// else ends one (joining it when it has three letters or more). An inline token's bytes
    /// already sit at `oc..<written` and move down with a joined run; returns their new end.
    @inline(__always)
    private func trackSpacedLetters(count: Int, first: UInt8, second: UInt8, steps tokenSteps: NormalizationSteps,
                                    written: Int) -> Int {
        if runLength == 0 && (count > 2 || count == 2 && lastRawWasASCII &&
                                  tokenSteps.isDisjoint(with: [.ignorables, .confusables, .marks])) {
            // The usual word: no run to end, none to start (a pair of letters starts one only
            // when it was disguised: see `trackSpacedLetterRun`).
            lastTokenWasSingle = false
            sepScalars = 0; sepSpaces = 0
            sepNewline = false
            return written
        }
        return trackSpacedLetterRun(count: count, first: first, second: second, steps: tokenSteps, written: written)
    }

    private func trackSpacedLetterRun(count: Int, first: UInt8, second: UInt8, steps tokenSteps: NormalizationSteps,
                                      written: Int) -> Int {
        var written = written
        let single = count == 1 && ScanEngine.isRunLetter(first)
        let disguisedPair = count == 2 && first &- 97 < 26 && second &- 97 < 26 &&
            (!lastRawWasASCII || !tokenSteps.isDisjoint(with: [.ignorables, .confusables, .marks]))
        let sepOK = sepScalars >= 1 && sepScalars <= 3 && !sepNewline
        let continues = runLength > 0 && single && lastTokenWasSingle && sepOK && runLength < ScanEngine.maxRun &&
            !(runLength >= 3 && sepSpaces == sepScalars && sepSpaces > runGap)
        if runLength > 0 && !continues {
            let before = oc
            finalizeRun()
            if oc != before {
                var r = before, w = oc
                while r < written { ob[w] = ob[r]; os[w] = os[r]; oe[w] = oe[r]; r &+= 1; w &+= 1 }
                written = w
            }
        }
        if continues {
            if runLength >= 2 { runGap = runLength == 2 ? sepSpaces : max(runGap, sepSpaces) }
            runLength &+= 1
            runLetters[runLetterCount] = Int32(truncatingIfNeeded: oc)
            runLetterCount &+= 1
        } else if single || disguisedPair {
            runLength = 1
            runLetterCount = 0
            for k in 0..<count {
                runLetters[runLetterCount] = Int32(truncatingIfNeeded: oc &+ k)
                runLetterCount &+= 1
            }
        }
        lastTokenWasSingle = continues || single || disguisedPair
        sepScalars = 0; sepSpaces = 0
        sepNewline = false
        return written
    }

    private func separator(_ c: UInt32, cls: UInt8, start: Int, end: Int) {
        sepScalars &+= 1
        if cls == CharClass.space { sepSpaces &+= 1 }
        let space = cls == CharClass.space || cls == CharClass.newline
        lastSeparatorWasSpace = space
        if cls == CharClass.newline { sepNewline = true }
        if space {
            let o: UInt8 = cls == CharClass.newline ? 0x0A : 0x20
            let k = oc
            if k > 0 {
                let last = ob[k &- 1]
                if last == 0x20 || last == 0x0A {
                    if o == 0x0A && last == 0x20 { ob[k &- 1] = 0x0A }
                    oe[k &- 1] = Int32(truncatingIfNeeded: end)
                    return
                }
                emit(o, start, end)
            }
            return
        }
        if c < 0x80 {
            emit(UInt8(truncatingIfNeeded: c), start, end)
            return
        }
        // Non-ASCII punctuation: NFKC_Casefold it as ICU says ("！" → "!"), as the engine does.
        if folder.foldPunctuation(c, steps: [.caseFold]) { fired.insert(.caseFold) }
        for k in 0..<folder.count { emit(folder.out[k], start, end) }
    }

    private func endToken() {
        guard tokStart >= 0 else { return }
        if tokFast {
            let mixed = tokHasOther && (tokHasLatin || lastWordLatin && !tokPlainOther)
            let slotted = tokBits & (TokenBits.otherUnslotted | TokenBits.keptMark) == 0
            if tokW > oc && (!mixed || slotted || refoldMixed()) { finishFastToken(); return }
            materialize(upTo: tokEnd)
        } else if tokEmoji, EmojiTable.word(for: UnsafeBufferPointer(start: raw, count: rawCount)) == nil {
            finishEmoji()
            return
        }
        let start = tokStart
        lastRawWasASCII = tokAscii
        folder.fold(UnsafeBufferPointer(start: raw, count: rawCount), ascii: tokAscii, emoji: tokEmoji, steps: .all,
                    mention: tokAfterSpace, latinContext: lastWordLatin)
        if tokIgnorable { folder.fired.insert(.ignorables) }
        tokStart = -1
        rawCount = 0
        let count = folder.count
        if count == 0 {
            if folder.fired.contains(.ignorables) { fired.insert(.ignorables) }
            sepScalars &+= 1
            return
        }
        if folder.kind == .word || folder.kind == .mention {
            var latin = true
            if !lastRawWasASCII { for k in 0..<count where folder.out[k] >= 0x80 { latin = false; break } }
            lastWordLatin = latin
        }
        var tokenSteps = folder.fired
        if ScanEngine.hasRun(folder.out, count) { tokenSteps.insert(.repeats) }
        fired.formUnion(tokenSteps)
        _ = trackSpacedLetters(count: count, first: folder.out[0], second: count >= 2 ? folder.out[1] : 0,
                               steps: tokenSteps, written: oc)
        // The folded token, letters repeated three times or more squeezed to one.
        while ocap - oc < count { grow() }
        // Locals: the loop writes through pointers the compiler cannot prove distinct from `self`.
        let fo = folder.out.baseAddress!, fs = folder.mapStart.baseAddress!, fe = folder.mapEnd.baseAddress!
        let rs = rel, re = relEnd, b0 = ob, s0 = os, e0 = oe
        let base = Int32(truncatingIfNeeded: start)
        var w = oc
        var i = 0
        var triple = false
        if count >= 3 { for k in 2..<count where fo[k] == fo[k &- 1] && fo[k] == fo[k &- 2] { triple = true; break } }
        if !triple {
            // Nothing to squeeze (the usual token): byte by byte.
            for k in 0..<count {
                b0[w &+ k] = TokenFolder.displayByte(fo[k])
                s0[w &+ k] = base &+ rs[Int(fs[k])]
                e0[w &+ k] = base &+ re[Int(fe[k]) &- 1]
            }
            i = count
            w &+= count
        }
        while i < count {
            var b = fo[i]
            var n = 1
            while i &+ n < count, fo[i &+ n] == b { n &+= 1 }
            b = TokenFolder.displayByte(b)
            let copies = b &- 97 < 26 && n >= 3 ? 1 : n
            for k in 0..<copies {
                let endIndex = copies == n ? i &+ k : i &+ n &- 1
                b0[w] = b
                s0[w] = base &+ rs[Int(fs[i &+ k])]
                e0[w] = base &+ re[Int(fe[endIndex]) &- 1]
                w &+= 1
            }
            i &+= n
        }
        oc = w
    }

    /// A whole token of ASCII letters, digits and leetspeak symbols at `from` ("h0n3$tly",
    /// "2024", "@sam"), folded straight from the input without opening a token, by
    /// `TokenFolder`'s leetspeak rules (`leetPlan`, `leetByte`) and written as `endToken`
    /// writes any token (repeats squeezed as it squeezes them, the same bookkeeping). Returns
    /// where it ends, or `from` when the token goes on past its ASCII bytes (apostrophes, other
    /// scripts, marks) and needs the general path.
    @inline(__always)
    private func asciiToken(_ src: UnsafePointer<UInt8>, from: Int, count n: Int, classes ascii: UnsafeMutablePointer<UInt8>) -> Int {
        // Lower-cased into `raw` (free: no token is open) as the token is measured.
        var k = from
        var upper = false
        var letters = 0, digits = 0
        let limit = min(n, from &+ TokenFolder.maxTokenBytes &+ 1)
        while k < limit {
            var b = src[k]
            guard b < 0x80 else { break }
            let cls = ascii[Int(b)]
            guard cls == CharClass.word || cls == CharClass.leet else { break }
            if b &- 65 < 26 { b |= 0x20; upper = true }
            if b &- 97 < 26 { letters &+= 1 } else if b &- 48 < 10 { digits &+= 1 }
            raw[k &- from] = b
            k &+= 1
        }
        let length = k &- from
        guard length <= TokenFolder.maxTokenBytes else { return from }
        if k < n {
            guard src[k] < 0x80, ascii[Int(src[k])] != CharClass.apostrophe else { return from }
        }
        let mention = lastSeparatorWasSpace
        lastSeparatorWasSpace = false
        lastRawWasASCII = true
        let lowered = UnsafeMutableBufferPointer(start: raw, count: length)
        let plan = TokenFolder.leetPlan(lowered, n: length, mention: mention, letters: letters, digits: digits,
                                        lettersOnly: letters == length)
        let lo = plan.lo, count = plan.hi &- lo   // with leetspeak on, no byte is dropped
        if count == 0 {
            sepScalars &+= 1
            return k
        }
        if plan.kind == .word || plan.kind == .mention { lastWordLatin = true }
        // The codes (`leetOut`), and from them the steps (the spaced-letter rules read them):
        // leetspeak when a byte changed, repeats when a letter a-z stands three times in a row
        // (as `ScanEngine.hasRun`); a squeeze when any code shown as a letter a-z does.
        let codes = leetOut
        var steps: NormalizationSteps = upper ? .caseFold : []
        var changed = false, repeated = false, squeeze = false
        var last: UInt8 = 0xFF, beforeLast: UInt8 = 0xFF
        for i in lo..<plan.hi {
            let b = raw[i]
            let c = plan.verbatim ? b : TokenFolder.leetByte(lowered, i, plan, leet: true)
            codes[i &- lo] = c
            changed = changed || c != b
            let run = c == last && c == beforeLast
            repeated = repeated || run && c &- 97 < 26
            squeeze = squeeze || run && TokenFolder.displayByte(c) &- 97 < 26
            beforeLast = last
            last = c
        }
        if changed { steps.insert(.leetspeak) }
        if repeated { steps.insert(.repeats) }
        fired.formUnion(steps)
        _ = trackSpacedLetters(count: count, first: codes[0], second: count >= 2 ? codes[1] : 0,
                               steps: steps, written: oc)
        while ocap &- oc < count { grow() }
        // Codes shown as letters; a run of three or more equal codes shown as a letter a-z
        // squeezed to one mapped from the first one's start to the last one's end.
        let ob = self.ob, os = self.os, oe = self.oe
        var w = oc
        let base = Int32(truncatingIfNeeded: from &+ lo)
        if !squeeze {
            for q in 0..<count {
                let at = base &+ Int32(truncatingIfNeeded: q)
                ob[w &+ q] = TokenFolder.displayByte(codes[q])
                os[w &+ q] = at
                oe[w &+ q] = at &+ 1
            }
            oc = w &+ count
            return k
        }
        var runCode: UInt8 = 0xFF, runLength = 0, runStart = 0
        for q in 0..<count {
            let c = codes[q]
            let d = TokenFolder.displayByte(c)
            if c == runCode { runLength &+= 1 } else { runCode = c; runLength = 1; runStart = w }
            let at = base &+ Int32(truncatingIfNeeded: q)
            if runLength >= 3 && d &- 97 < 26 {
                if runLength == 3 { w = runStart &+ 1 }
                oe[runStart] = at &+ 1
                continue
            }
            ob[w] = d
            os[w] = at
            oe[w] = at &+ 1
            w &+= 1
        }
        oc = w
        return k
    }

    /// Ends an emoji token with no word in the emoji table: its bytes are kept, each mapped to
    /// the whole sequence (as `TokenFolder` maps them).
    private func finishEmoji() {
        let start = Int32(truncatingIfNeeded: tokStart)
        keepEmoji(raw, rawCount, start: start, end: start &+ relEnd[rawCount &- 1])
        tokStart = -1
        rawCount = 0
    }

    /// Writes an emoji's bytes as they are, each mapped to the whole sequence; it ends any run
    /// of spaced letters.
    private func keepEmoji(_ bytes: UnsafePointer<UInt8>, _ count: Int, start: Int32, end: Int32) {
        lastRawWasASCII = false
        _ = trackSpacedLetters(count: count, first: 0xFF, second: 0xFF, steps: [], written: oc)
        while ocap &- oc < count { grow() }
        for k in 0..<count {
            ob[oc &+ k] = bytes[k]
            os[oc &+ k] = start
            oe[oc &+ k] = end
        }
        oc &+= count
    }

    /// Joins a run of three or more spaced-out letters: the separators between them go.
    private func finalizeRun() {
        defer { runLength = 0 }
        guard runLength >= 3 else { return }
        fired.insert(.spacedLetters)
        guard runLetterCount > 0 else { return }
        let firstLetter = Int(runLetters[0]), lastLetter = Int(runLetters[runLetterCount &- 1])
        guard lastLetter < oc else { return }
        // The letters are in increasing order: walk them with one cursor.
        var write = firstLetter
        var next = 0
        for read in firstLetter..<oc {
            if read <= lastLetter {
                while next < runLetterCount && Int(runLetters[next]) < read { next &+= 1 }
                if next >= runLetterCount || Int(runLetters[next]) != read { continue }
            }
            ob[write] = ob[read]
            os[write] = os[read]
            oe[write] = oe[read]
            write &+= 1
        }
        oc = write
    }
}

/// The repeat state of an inline token's last folded bytes, and the loop that appends ASCII
/// letters to it (lower-cased, three or more of the same letter squeezed to one spanning them).
struct LetterRun {
    var byte: UInt8
    var length: Int
    var start: Int
    var upper = false
    var repeated = false

    /// Appends one folded ASCII letter mapped to `s..<t` at `w`.
    @inline(__always)
    mutating func put(_ x: UInt8, _ s: Int32, _ t: Int32, into ob: UnsafeMutablePointer<UInt8>,
                      _ os: UnsafeMutablePointer<Int32>, _ oe: UnsafeMutablePointer<Int32>, at w: inout Int) {
        if x == byte { length &+= 1 } else { byte = x; length = 1; start = w }
        if length >= 3 {
            if length == 3 { w = start &+ 1; repeated = true }
            oe[start] = t
            return
        }
        ob[w] = x
        os[w] = s
        oe[w] = t
        w &+= 1
    }

    /// Appends `src[from..<to]` (ASCII letters) at `w`; returns the new end.
    @inline(never)
    mutating func copy(_ src: UnsafePointer<UInt8>, from: Int, to: Int, into ob: UnsafeMutablePointer<UInt8>,
                       _ os: UnsafeMutablePointer<Int32>, _ oe: UnsafeMutablePointer<Int32>, at w: Int) -> Int {
        var w = w, runByte = byte, runLength = length, runStart = start
        var upperBits: UInt8 = 0
        var squeezed = false
        var j = from
        // Eight letters at a time while no three equal letters meet (the usual word); the
        // first repeat hands over to the byte loop below.
        while to &- j >= 8 {
            let raw = UnsafeRawPointer(src + j).loadUnaligned(as: UInt64.self)
            let x = raw | 0x2020_2020_2020_2020
            // Byte k of `same` is zero when bytes k, k+1 and k+2 are equal (k = 0...5).
            let same = (x ^ (x >> 8)) | (x ^ (x >> 16)) | 0xFFFF_0000_0000_0000
            if (same &- 0x0101_0101_0101_0101) & ~same & 0x8080_8080_8080_8080 != 0 { break }
            let b0 = UInt8(truncatingIfNeeded: x), b1 = UInt8(truncatingIfNeeded: x >> 8)
            if runLength > 0 && b0 == runByte && (runLength >= 2 || b1 == runByte) { break }
            if raw != x { upperBits = 0x20 }
            UnsafeMutableRawPointer(ob + w).storeBytes(of: x, as: UInt64.self)
            let starts = SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: j)) &+ SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
            UnsafeMutableRawPointer(os + w).storeBytes(of: starts, as: SIMD8<Int32>.self)
            UnsafeMutableRawPointer(oe + w).storeBytes(of: starts &+ 1, as: SIMD8<Int32>.self)
            let b6 = UInt8(truncatingIfNeeded: x >> 48), b7 = UInt8(truncatingIfNeeded: x >> 56)
            runByte = b7
            if b6 == b7 { runLength = 2; runStart = w &+ 6 } else { runLength = 1; runStart = w &+ 7 }
            w &+= 8
            j &+= 8
        }
        while j < to {
            let b = src[j]
            let l = b | 0x20
            upperBits |= b ^ l
            if l == runByte { runLength &+= 1 } else { runByte = l; runLength = 1; runStart = w }
            if runLength >= 3 {
                if runLength == 3 { w = runStart &+ 1; squeezed = true }
                oe[runStart] = Int32(truncatingIfNeeded: j &+ 1)
            } else {
                ob[w] = l
                os[w] = Int32(truncatingIfNeeded: j)
                oe[w] = Int32(truncatingIfNeeded: j &+ 1)
                w &+= 1
            }
            j &+= 1
        }
        byte = runByte; length = runLength; start = runStart
        upper = upperBits != 0
        if squeezed { repeated = true }
        return w
    }
}

/// Bits of ``FoldScanner``'s token flags word.
/// The first five and the two shifts are shared with the fold table (`MK_TOKEN_*`, `fastBits`).
enum TokenBits {
    static let latinish = UInt32(MK_TOKEN_LATINISH)       // the last base letter was Latin, common or inherited
    static let hasLatin = UInt32(MK_TOKEN_HAS_LATIN)      // a Latin letter
    static let hasOther = UInt32(MK_TOKEN_HAS_OTHER)      // a letter with a Latin look-alike
    static let plainOther = UInt32(MK_TOKEN_PLAIN_OTHER)  // a letter of another script with none
    static let nonASCII = UInt32(MK_TOKEN_NON_ASCII)      // non-ASCII folded bytes
    static let repeated: UInt32 = 1 << 5      // a letter squeezed
    static let keptMark: UInt32 = 1 << 6      // a mark kept after another script's letter
    static let ascii: UInt32 = 1 << 7         // raw bytes all ASCII
    static let ignorable: UInt32 = 1 << 8     // a default-ignorable inside
    static let otherUnslotted: UInt32 = 1 << 9 // a look-alike written as itself (a mixed word needs refolding)
    static let firedShift = UInt32(MK_TOKEN_FIRED_SHIFT)  // 4 bits: MK_FOLD_* steps
    static let cccShift = UInt32(MK_TOKEN_CCC_SHIFT)      // 8 bits: combining class of the last scalar's end
    static let initial: UInt32 = latinish | ascii
}

extension UInt32 {
    @inline(__always)
    mutating func set(_ bit: UInt32, _ on: Bool) { self = on ? self | bit : self & ~bit }
}
