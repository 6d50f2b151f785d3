/// The normaliser's general path for ``Normalizer/normalize(_:into:)``: the tokenizer and display
/// rules of ``ScanEngine`` in display mode (separators, tokens folded by the same
/// ``TokenFolder``, spaced-letter runs joined, repeated letters squeezed), without the matcher's
/// state, writing straight into the caller's ``NormalizationBuffer``.
///
/// Contract, tested against `ScanEngine` on corpora and random text: it may decline (return
/// `false`: invalid UTF-8, normalisation steps switched off), it never differs. Anything it
/// does not decline on gives the same bytes, offsets and steps as the engine.
final class FoldScanner {
    private let tables: UnicodeTables
    @exclusivity(unchecked) private var folder = TokenFolder()
    private let raw: UnsafeMutablePointer<UInt8>
    private let rel: UnsafeMutablePointer<Int32>
    private let relEnd: UnsafeMutablePointer<Int32>
    private let runLetters: UnsafeMutablePointer<Int32>

    // Token under construction (see ScanEngine for the meaning of each field).
    @exclusivity(unchecked) private var rawCount = 0
    @exclusivity(unchecked) private var tokStart = -1
    @exclusivity(unchecked) private var tokAscii = true
    @exclusivity(unchecked) private var tokEmoji = false
    @exclusivity(unchecked) private var tokLastZWJ = false
    @exclusivity(unchecked) private var tokRegional = 0
    @exclusivity(unchecked) private var tokIgnorable = false
    @exclusivity(unchecked) private var tokAfterSpace = true
    @exclusivity(unchecked) private var lastSeparatorWasSpace = true
    @exclusivity(unchecked) private var sepScalars = 0
    @exclusivity(unchecked) private var sepNewline = false
    @exclusivity(unchecked) private var runLength = 0
    @exclusivity(unchecked) private var runLetterCount = 0
    @exclusivity(unchecked) private var lastTokenWasSingle = false
    @exclusivity(unchecked) private var lastWordLatin = false
    @exclusivity(unchecked) private var lastRawWasASCII = true
    @exclusivity(unchecked) private var fired = NormalizationSteps()
    // The folded output, copied into the caller's buffer at the end (plain pointers: no
    // reference counting in the loop).
    @exclusivity(unchecked) private var ob: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var os: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var oe: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var oc = 0
    @exclusivity(unchecked) private var ocap = 1024

    init(tables: UnicodeTables) {
        self.tables = tables
        raw = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        rel = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        relEnd = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        runLetters = .allocate(capacity: ScanEngine.maxRun + 8)
        ob = .allocate(capacity: ocap)
        os = .allocate(capacity: ocap)
        oe = .allocate(capacity: ocap)
    }

    deinit {
        raw.deallocate(); rel.deallocate(); relEnd.deallocate(); runLetters.deallocate()
        ob.deallocate(); os.deallocate(); oe.deallocate()
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
        let new = ocap * 2
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: new)
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: new)
        let e = UnsafeMutablePointer<Int32>.allocate(capacity: new)
        b.update(from: ob, count: oc); s.update(from: os, count: oc); e.update(from: oe, count: oc)
        ob.deallocate(); os.deallocate(); oe.deallocate()
        ob = b; os = s; oe = e
        ocap = new
    }

    /// Folds `input` (all steps) into `buffer`; `false` when it declines (the buffer is then
    /// in an unspecified state and the caller runs the engine).
    func scan(_ input: UnsafeRawBufferPointer, into buffer: NormalizationBuffer) -> Bool {
        if input.isEmpty { buffer.clear(); return true }
        guard input.count < Int(Int32.max) / 2, let base = input.baseAddress else { return false }
        oc = 0
        rawCount = 0; tokStart = -1; tokAscii = true; tokEmoji = false; tokLastZWJ = false; tokRegional = 0
        tokIgnorable = false; tokAfterSpace = true; lastSeparatorWasSpace = true; sepScalars = 0; sepNewline = false
        runLength = 0; runLetterCount = 0; lastTokenWasSingle = false; lastWordLatin = false; lastRawWasASCII = true
        fired = []
        let src = base.assumingMemoryBound(to: UInt8.self)
        let n = input.count
        let ascii = ScanEngine.asciiClass
        let ok: Bool = tables.bmpClass.withUnsafeBufferPointer { bmp in
            var i = 0
            while i < n {
                let b = src[i]
                if b < 0x80 {
                    let cls = ascii[Int(b)]
                    if cls == CharClass.word || cls == CharClass.leet {
                        if tokEmoji { endToken() }
                        if tokStart < 0 { beginToken(at: i) } else if rawCount >= TokenFolder.maxTokenBytes { endToken(); beginToken(at: i) }
                        raw[rawCount] = b
                        rel[rawCount] = Int32(truncatingIfNeeded: i &- tokStart)
                        relEnd[rawCount] = Int32(truncatingIfNeeded: i &+ 1 &- tokStart)
                        rawCount &+= 1
                    } else if cls == CharClass.apostrophe && tokStart >= 0 && !tokEmoji {
                        // An apostrophe inside a word is dropped (not part of the raw bytes).
                    } else {
                        endToken()
                        separator(UInt32(b), cls: cls, start: i, end: i &+ 1)
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
                scalar(c, cls: cls, src: src + i, length: length, start: i)
                i &+= length
            }
            return true
        }
        guard ok else { return false }
        endToken()
        finalizeRun()
        var k = oc
        while k > 0, ob[k &- 1] == 0x20 || ob[k &- 1] == 0x0A { k &-= 1 }
        buffer.assign(bytes: ob, starts: os, ends: oe, count: k, steps: fired)
        return true
    }

    @inline(__always)
    private func scalar(_ c: UInt32, cls: UInt8, src: UnsafePointer<UInt8>, length: Int, start: Int) {
        let end = start &+ length
        switch cls {
        case CharClass.word, CharClass.mark:
            if tokEmoji { endToken() }
            appendScalar(src, length, start: start, end: end)
        case CharClass.ignorable:
            if tokStart >= 0, !tokEmoji {
                tokIgnorable = true
                appendScalar(src, length, start: start, end: end)
            } else {
                fired.insert(.ignorables)
            }
        case CharClass.apostrophe:
            if tokStart < 0 || tokEmoji { endToken(); separator(c, cls: CharClass.punct, start: start, end: end) }
        case CharClass.emoji:
            let regional = c &- 0x1F1E6 <= 0x1F1FF &- 0x1F1E6
            if tokStart >= 0, tokEmoji, tokLastZWJ || (regional && tokRegional == 1) {
                appendScalar(src, length, start: start, end: end)
            } else {
                endToken()
                beginToken(at: start)
                tokEmoji = true
                appendScalar(src, length, start: start, end: end)
            }
            tokLastZWJ = false
            if regional { tokRegional &+= 1 }
        case CharClass.emojiPart:
            if tokStart >= 0 {
                appendScalar(src, length, start: start, end: end)
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
    private func appendScalar(_ src: UnsafePointer<UInt8>, _ length: Int, start: Int, end: Int) {
        if tokStart < 0 {
            beginToken(at: start)
        } else if rawCount &+ length > TokenFolder.maxTokenBytes {
            let emoji = tokEmoji
            endToken()
            beginToken(at: start)
            tokEmoji = emoji
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
        tokAscii = true
        tokEmoji = false
        tokLastZWJ = false
        tokRegional = 0
        tokIgnorable = false
    }

    private func separator(_ c: UInt32, cls: UInt8, start: Int, end: Int) {
        sepScalars &+= 1
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
        // Spaced-out letters: the same run rules as the engine's.
        let first = folder.out[0]
        let single = count == 1 && ScanEngine.isRunLetter(first)
        let disguisedPair = count == 2 && first &- 97 < 26 && folder.out[1] &- 97 < 26 &&
            (!lastRawWasASCII || !tokenSteps.isDisjoint(with: [.ignorables, .confusables, .marks]))
        let sepOK = sepScalars >= 1 && sepScalars <= 3 && !sepNewline
        let continues = runLength > 0 && single && lastTokenWasSingle && sepOK && runLength < ScanEngine.maxRun
        if runLength > 0 && !continues { finalizeRun() }
        if continues {
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
        sepScalars = 0
        sepNewline = false
        // The folded token, letters repeated three times or more squeezed to one.
        while ocap - oc < count { grow() }
        // Locals: the loop writes through pointers the compiler cannot prove distinct from `self`.
        let fo = folder.out.baseAddress!, fs = folder.mapStart.baseAddress!, fe = folder.mapEnd.baseAddress!
        let rs = rel, re = relEnd, b0 = ob, s0 = os, e0 = oe
        let base = Int32(truncatingIfNeeded: start)
        var w = oc
        var i = 0
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
