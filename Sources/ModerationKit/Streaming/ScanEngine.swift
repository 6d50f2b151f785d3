import CICU

/// A harm hit that waits for the words after it before it is scored.
struct PendingHit {
    var entry: Int32
    var startToken: Int
    var endToken: Int
    var startByte: Int
    var endByte: Int
    var steps: NormalizationSteps
    var skipped: UInt64
}

struct CueHit {
    var kind: CueKind
    var startToken: Int
    var endToken: Int
    var sentence: Int
    /// Clause: sentences cut at commas, semicolons and colons (a negation's scope).
    var clause: Int
}

struct AllowHit {
    var entry: Int32
    var startToken: Int
    var endToken: Int
    var cancels: HarmCategorySet
}

/// One event of the normalisation trace: a step that changed the text, and where.
public struct NormalizationEvent: Sendable, Hashable {
    /// The steps that fired on this span.
    public let steps: NormalizationSteps
    /// The byte range of the original text.
    public let utf8Range: Range<Int>
    /// What the matcher reads for this span.
    public let folded: String
}

/// The whole pipeline as one incremental state machine: UTF-8 decoding with recovery,
/// tokenising, folding, matching, context and scoring. ``Moderator/moderate(_:)``,
/// ``Scanner`` and ``Normalizer`` all drive this one engine, so that a text gives the same
/// answer however it is cut into chunks.
///
/// State is bounded: the decoder remainder (≤ 3 bytes), the token under construction (≤
/// ``TokenFolder/maxTokenBytes``), a ring of the last ``ringSize`` tokens, the live phrase states
/// (≤ ``PhraseAutomaton/maxStates``), cue and allowlist hits inside the context window, hits
/// waiting for their right context, and the running evidence. Matches are kept for the verdict up
/// to ``Scanner/maxRetainedMatches``.
// `@unchecked Sendable`: an engine is only ever used by one thread at a time (it moves between
// threads through the moderator's pool, under its lock); it is never shared.
final class ScanEngine: @unchecked Sendable {
    static let ringSize = 256
    static let ringFoldedBytes = 48
    static let maxRun = 32

    let lexicon: CompiledLexicon?
    /// The lexicon's tables, read without reference counting in the hot loop; `lexicon` keeps
    /// them alive for the engine's whole life.
    private unowned(unsafe) let matcher: MatcherTables
    private static let emptyTables = MatcherTables(trie: WordTrie(), phrases: PhraseAutomaton(wordCount: 0))
    let steps: NormalizationSteps
    let tables: UnicodeTables
    let windowBefore: Int
    let windowAfter: Int
    let display: Bool
    let capture: Bool

    // Decoder.
    @exclusivity(unchecked) private var dRemaining = 0
    @exclusivity(unchecked) private var dScalar: UInt32 = 0
    @exclusivity(unchecked) private var dStart = 0
    @exclusivity(unchecked) private var dLower: UInt8 = 0x80
    @exclusivity(unchecked) private var dUpper: UInt8 = 0xBF
    @exclusivity(unchecked) private(set) var offset = 0

    // Token under construction.
    private let raw: UnsafeMutableBufferPointer<UInt8>
    private let rel: UnsafeMutableBufferPointer<Int32>
    private let relEnd: UnsafeMutableBufferPointer<Int32>
    @exclusivity(unchecked) private var rawCount = 0
    @exclusivity(unchecked) private var tokStart = -1
    @exclusivity(unchecked) private var tokEnd = 0
    @exclusivity(unchecked) private var tokAscii = true
    @exclusivity(unchecked) private var tokEmoji = false
    @exclusivity(unchecked) private var tokLastZWJ = false
    @exclusivity(unchecked) private var tokRegional = 0
    @exclusivity(unchecked) private var tokBang = false
    /// The token so far ends with an apostrophe ("'kys'"): a closing single quotation mark.
    @exclusivity(unchecked) private var tokTrailingQuote = false
    /// The token where an open quotation began, or -1; whether it opened with a single mark.
    @exclusivity(unchecked) private var quoteStart = -1
    @exclusivity(unchecked) private var quoteSingle = false
    @exclusivity(unchecked) private var tokIgnorable = false
    /// Whether the token under construction follows white space or starts the text.
    @exclusivity(unchecked) private var tokAfterSpace = true
    @exclusivity(unchecked) private var lastSeparatorWasSpace = true
    @exclusivity(unchecked) private var folder = TokenFolder()

    // Separators since the last token.
    @exclusivity(unchecked) private var sepScalars = 0
    /// The spaces among them (a gap of spaces only is measured against the run's gap).
    @exclusivity(unchecked) private var sepSpaces = 0
    @exclusivity(unchecked) private var sepNewline = false
    @exclusivity(unchecked) private(set) var sentence = 0
    @exclusivity(unchecked) private(set) var clause = 0
    @exclusivity(unchecked) private(set) var tokenCount = 0

    // Ring of recent tokens.
    private let ringStart: UnsafeMutableBufferPointer<Int>
    private let ringEnd: UnsafeMutableBufferPointer<Int>
    private let ringSteps: UnsafeMutableBufferPointer<NormalizationSteps>
    private let ringSentence: UnsafeMutableBufferPointer<Int>
    private let ringClause: UnsafeMutableBufferPointer<Int>
    private let ringFolded: UnsafeMutableBufferPointer<UInt8>
    private let ringFoldedCount: UnsafeMutableBufferPointer<UInt8>

    // Spaced-letter run.
    @exclusivity(unchecked) private var runLength = 0
    /// The widest gap of spaces between a run's letters, not counting the gap after its first
    /// letter (which may be a word: "a l o s e r"): a wider gap of spaces only ends the run, so
    /// "k i l l  y o u" is two words.
    @exclusivity(unchecked) private var runGap = 0
    @exclusivity(unchecked) private var runStartToken = 0
    @exclusivity(unchecked) private var runStartByte = 0
    @exclusivity(unchecked) private var runEndByte = 0
    @exclusivity(unchecked) private var runBytes: [UInt8] = []
    @exclusivity(unchecked) private var runSnapshot: [PhraseState] = []
    /// The phrase states after the run's first letter, for runs that begin with a real
    /// one-letter word ("i w a n t" = "i" + "want").
    @exclusivity(unchecked) private var runSnapshotAfterFirst: [PhraseState] = []
    @exclusivity(unchecked) private var runFirstIsWord = false
    /// Bytes of the run's first piece (1, or 2 for a disguised pair).
    @exclusivity(unchecked) private var runFirstLength = 1
    /// Whether the last token's input was pure ASCII.
    @exclusivity(unchecked) private var lastRawWasASCII = true
    @exclusivity(unchecked) private var runDisplayLetters: [Int] = []
    @exclusivity(unchecked) private var lastTokenWasSingle = false
    /// Whether the last word folded to Latin letters (confusables of the next word depend on it).
    @exclusivity(unchecked) private var lastWordLatin = false

    // Matching.
    @exclusivity(unchecked) private var states: [PhraseState] = []
    @exclusivity(unchecked) private var nextStates: [PhraseState] = []
    @exclusivity(unchecked) private var trieScratch = TrieScratch()
    private let terms: UnsafeMutablePointer<Int32>
    /// Per phrase node: the generation of `step` that last added it, and where.
    private let nodeGeneration: UnsafeMutableBufferPointer<UInt32>
    private let nodeIndex: UnsafeMutableBufferPointer<Int32>
    @exclusivity(unchecked) private var generation: UInt32 = 0
    private static let termCapacity = 64
    @exclusivity(unchecked) private var pending: [PendingHit] = []
    @exclusivity(unchecked) private var pendingHead = 0
    @exclusivity(unchecked) private(set) var cues: [CueHit] = []
    @exclusivity(unchecked) private var cueHead = 0
    @exclusivity(unchecked) private var allows: [AllowHit] = []
    @exclusivity(unchecked) private var allowHead = 0

    /// Scratch for the clean-text prefilter run before this engine is used.
    let prefilter = PrefilterScratch()

    // Scoring.
    let scorer: Scorer
    /// Matches finalised since the caller last took them.
    @exclusivity(unchecked) var fresh: [Match] = []
    /// Every match so far, up to `maxRetained`.
    @exclusivity(unchecked) var retained: [Match] = []
    @exclusivity(unchecked) var droppedMatches = 0
    let maxRetained: Int
    /// Tests and lexicon checks: record the id of every raw hit (cues and allowlist included).
    @exclusivity(unchecked) var recordAllHits = false
    /// Phrase states the cap (``PhraseAutomaton/maxStates``) turned away since the last reset:
    /// a hit they would have led to is lost, so lexicon checks report it.
    @exclusivity(unchecked) private(set) var droppedStates = 0
    @exclusivity(unchecked) var rawHits: Set<String> = []

    // Normaliser output.
    @exclusivity(unchecked) var displayBytes: [UInt8] = []
    @exclusivity(unchecked) var displayStart: [Int] = []
    @exclusivity(unchecked) var displayEnd: [Int] = []
    @exclusivity(unchecked) var events: [NormalizationEvent] = []
    @exclusivity(unchecked) var firedSteps = NormalizationSteps()
    @exclusivity(unchecked) var captured: [[UInt8]] = []
    /// Lexicon compilation: folded tokens of each pattern word already seen.
    @exclusivity(unchecked) var patternFolds: [[UInt8]: [[UInt8]]] = [:]
    /// Whether the normaliser trace (`events`) is recorded (it allocates; sessions switch it off).
    @exclusivity(unchecked) var recordEvents = true

    init(lexicon: CompiledLexicon?, steps: NormalizationSteps, tables: UnicodeTables, policy: Policy,
         windowBefore: Int = 8, windowAfter: Int = 6, display: Bool = false, capture: Bool = false,
         maxRetained: Int = 10_000) {
        self.lexicon = lexicon
        self.matcher = lexicon?.tables ?? Self.emptyTables
        self.steps = steps
        self.tables = tables
        self.windowBefore = windowBefore
        self.windowAfter = windowAfter
        self.display = display
        self.capture = capture
        self.maxRetained = maxRetained
        raw = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        rel = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        relEnd = .allocate(capacity: TokenFolder.maxTokenBytes + 8)
        terms = .allocate(capacity: Self.termCapacity)
        let nodes = max(1, lexicon?.phraseNodeCount ?? 1)
        nodeGeneration = .allocate(capacity: nodes)
        nodeGeneration.initialize(repeating: 0)
        nodeIndex = .allocate(capacity: nodes)
        nodeIndex.initialize(repeating: 0)
        ringStart = .allocate(capacity: Self.ringSize)
        ringStart.initialize(repeating: 0)
        ringEnd = .allocate(capacity: Self.ringSize)
        ringEnd.initialize(repeating: 0)
        ringSteps = .allocate(capacity: Self.ringSize)
        ringSteps.initialize(repeating: [])
        ringSentence = .allocate(capacity: Self.ringSize)
        ringSentence.initialize(repeating: 0)
        ringClause = .allocate(capacity: Self.ringSize)
        ringClause.initialize(repeating: 0)
        ringFolded = .allocate(capacity: Self.ringSize * Self.ringFoldedBytes)
        ringFolded.initialize(repeating: 0)
        ringFoldedCount = .allocate(capacity: Self.ringSize)
        ringFoldedCount.initialize(repeating: 0)
        runBytes.reserveCapacity(Self.maxRun)
        runSnapshot.reserveCapacity(PhraseAutomaton.maxStates)
        runSnapshotAfterFirst.reserveCapacity(PhraseAutomaton.maxStates)
        runDisplayLetters.reserveCapacity(Self.maxRun)
        states.reserveCapacity(PhraseAutomaton.maxStates)
        nextStates.reserveCapacity(PhraseAutomaton.maxStates)
        pending.reserveCapacity(64)
        cues.reserveCapacity(256)
        allows.reserveCapacity(32)
        fresh.reserveCapacity(16)
        scorer = Scorer(policy: policy)
    }

    deinit {
        raw.deallocate()
        rel.deallocate()
        relEnd.deallocate()
        terms.deallocate()
        nodeGeneration.deallocate()
        nodeIndex.deallocate()
        ringStart.deallocate()
        ringEnd.deallocate()
        ringSteps.deallocate()
        ringSentence.deallocate()
        ringClause.deallocate()
        ringFolded.deallocate()
        ringFoldedCount.deallocate()
    }

    /// Clears all state so the engine can scan a new text, keeping its buffers.
    func reset() {
        dRemaining = 0
        offset = 0
        rawCount = 0
        tokStart = -1
        tokAscii = true
        tokEmoji = false
        tokLastZWJ = false
        tokRegional = 0
        tokBang = false
        droppedStates = 0
        tokTrailingQuote = false
        quoteStart = -1
        quoteSingle = false
        sepScalars = 0; sepSpaces = 0
        sepNewline = false
        sentence = 0
        clause = 0
        tokenCount = 0
        lastSeparatorWasSpace = true
        runLength = 0
        runSnapshotAfterFirst.removeAll(keepingCapacity: true)
        lastTokenWasSingle = false
        lastWordLatin = false
        states.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        pendingHead = 0
        cues.removeAll(keepingCapacity: true)
        cueHead = 0
        allows.removeAll(keepingCapacity: true)
        allowHead = 0
        scorer.reset()
        fresh.removeAll(keepingCapacity: true)
        if !retained.isEmpty { retained = [] }   // the last verdict may still hold the buffer
        droppedMatches = 0
        if !rawHits.isEmpty { rawHits.removeAll() }
        displayBytes.removeAll(keepingCapacity: true)
        displayStart.removeAll(keepingCapacity: true)
        displayEnd.removeAll(keepingCapacity: true)
        events.removeAll(keepingCapacity: true)
        firedSteps = []
        captured.removeAll()
    }

    /// Elements held in growable state (tests check that it stays bounded on long streams).
    var retainedStateSize: Int {
        (pending.count - pendingHead) + (cues.count - cueHead) + (allows.count - allowHead) + states.count + retained.count +
            fresh.count + displayBytes.count
    }

    // MARK: - Decoding

    /// Feeds the next bytes of the text.
    ///
    /// - Complexity: O(n) in the number of bytes.
    func feed(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if dRemaining == 0 {
                if b < 0x80 {
                    asciiScalar(b)
                    offset += 1
                    i += 1
                    continue
                }
                switch b {
                case 0xC2...0xDF: dRemaining = 1; dScalar = UInt32(b & 0x1F); dLower = 0x80; dUpper = 0xBF
                case 0xE0: dRemaining = 2; dScalar = 0; dLower = 0xA0; dUpper = 0xBF
                case 0xE1...0xEC, 0xEE, 0xEF: dRemaining = 2; dScalar = UInt32(b & 0x0F); dLower = 0x80; dUpper = 0xBF
                case 0xED: dRemaining = 2; dScalar = 0x0D; dLower = 0x80; dUpper = 0x9F
                case 0xF0: dRemaining = 3; dScalar = 0; dLower = 0x90; dUpper = 0xBF
                case 0xF1...0xF3: dRemaining = 3; dScalar = UInt32(b & 0x07); dLower = 0x80; dUpper = 0xBF
                case 0xF4: dRemaining = 3; dScalar = 4; dLower = 0x80; dUpper = 0x8F
                default:
                    invalid(start: offset, end: offset + 1)
                    offset += 1
                    i += 1
                    continue
                }
                dStart = offset
                offset += 1
                i += 1
            } else {
                if b >= dLower && b <= dUpper {
                    dScalar = dScalar << 6 | UInt32(b & 0x3F)
                    dRemaining -= 1
                    dLower = 0x80
                    dUpper = 0xBF
                    offset += 1
                    i += 1
                    if dRemaining == 0 { scalar(dScalar, start: dStart, end: offset) }
                } else {
                    // The maximal subpart so far is one U+FFFD; the byte is read again.
                    dRemaining = 0
                    invalid(start: dStart, end: offset)
                }
            }
        }
    }

    /// Ends the text: a truncated sequence at the end becomes U+FFFD, the last token and
    /// every waiting hit are finalised.
    func finishInput() {
        if dRemaining > 0 {
            dRemaining = 0
            invalid(start: dStart, end: offset)
        }
        endToken()
        finalizeRun()
        flush(all: true)
    }

    static let asciiClass: [UInt8] = {
        var table = [UInt8](repeating: CharClass.punct, count: 128)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = CharClass.word }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = CharClass.word }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = CharClass.word }
        for b in "@$!|*".utf8 { table[Int(b)] = CharClass.leet }
        table[Int(UInt8(ascii: "'"))] = CharClass.apostrophe
        table[Int(UInt8(ascii: "`"))] = CharClass.apostrophe
        table[Int(UInt8(ascii: " "))] = CharClass.space
        table[0x09] = CharClass.space
        for b: UInt8 in [0x0A, 0x0B, 0x0C, 0x0D] { table[Int(b)] = CharClass.newline }
        return table
    }()

    @inline(__always)
    private func asciiScalar(_ b: UInt8) {
        let cls = Self.asciiClass[Int(b)]
        if cls == CharClass.word || cls == CharClass.leet {
            if tokEmoji { endToken() }
            if tokStart < 0 { beginToken(at: offset) } else if rawCount >= TokenFolder.maxTokenBytes { endToken(); beginToken(at: offset) }
            raw[rawCount] = b
            rel[rawCount] = Int32(offset - tokStart)
            relEnd[rawCount] = Int32(offset + 1 - tokStart)
            rawCount += 1
            tokEnd = offset + 1
            tokTrailingQuote = false
            if b == UInt8(ascii: "!") { tokBang = true }
            return
        }
        if cls == CharClass.apostrophe, tokStart >= 0, !tokEmoji {
            tokEnd = offset + 1
            tokTrailingQuote = true
            return
        }
        endToken()
        separator(UInt32(b), cls: cls, start: offset, end: offset + 1)
    }

    private func scalar(_ c: UInt32, start: Int, end: Int) {
        let cls = tables.charClass(c)
        switch cls {
        case CharClass.word, CharClass.mark:
            if tokEmoji { endToken() }
            appendScalar(c, start: start, end: end)
        case CharClass.ignorable:
            if tokStart >= 0, !tokEmoji {
                if steps.contains(.ignorables) { tokIgnorable = true }
                appendScalar(c, start: start, end: end)
            } else {
                ignored(start: start, end: end)
            }
        case CharClass.apostrophe:
            if tokStart >= 0, !tokEmoji { tokEnd = end; tokTrailingQuote = true } else { endToken(); separator(c, cls: CharClass.punct, start: start, end: end) }
        case CharClass.emoji:
            let regional = (0x1F1E6...0x1F1FF).contains(c)
            if tokStart >= 0, tokEmoji, tokLastZWJ || (regional && tokRegional == 1) {
                appendScalar(c, start: start, end: end)
            } else {
                endToken()
                beginToken(at: start)
                tokEmoji = true
                appendScalar(c, start: start, end: end)
            }
            tokLastZWJ = false
            if regional { tokRegional += 1 }
        case CharClass.emojiPart:
            if tokStart >= 0 {
                appendScalar(c, start: start, end: end)
                if tokEmoji { tokLastZWJ = c == 0x200D }
            } else {
                ignored(start: start, end: end)
            }
        default:
            endToken()
            separator(c, cls: cls, start: start, end: end)
        }
    }

    private func appendScalar(_ c: UInt32, start: Int, end: Int) {
        let length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
        if tokStart < 0 {
            beginToken(at: start)
        } else if rawCount + length > TokenFolder.maxTokenBytes {
            let emoji = tokEmoji
            endToken()
            beginToken(at: start)
            tokEmoji = emoji
        }
        let r = Int32(start - tokStart)
        switch length {
        case 1:
            raw[rawCount] = UInt8(c)
        case 2:
            raw[rawCount] = UInt8(0xC0 | (c >> 6))
            raw[rawCount + 1] = UInt8(0x80 | (c & 0x3F))
        case 3:
            raw[rawCount] = UInt8(0xE0 | (c >> 12))
            raw[rawCount + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
            raw[rawCount + 2] = UInt8(0x80 | (c & 0x3F))
        default:
            raw[rawCount] = UInt8(0xF0 | (c >> 18))
            raw[rawCount + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
            raw[rawCount + 2] = UInt8(0x80 | ((c >> 6) & 0x3F))
            raw[rawCount + 3] = UInt8(0x80 | (c & 0x3F))
        }
        let e = Int32(end - tokStart)
        for k in 0..<length { rel[rawCount + k] = r; relEnd[rawCount + k] = e }
        rawCount += length
        if c >= 0x80 { tokAscii = false }
        tokEnd = end
        tokTrailingQuote = false
    }

    private func beginToken(at start: Int) {
        tokTrailingQuote = false
        tokAfterSpace = lastSeparatorWasSpace
        lastSeparatorWasSpace = false
        tokStart = start
        tokEnd = start
        rawCount = 0
        tokAscii = true
        tokEmoji = false
        tokLastZWJ = false
        tokRegional = 0
        tokBang = false
        tokIgnorable = false
    }

    private func invalid(start: Int, end: Int) {
        endToken()
        firedSteps.insert(.decoding)
        if display {
            appendDisplayByte(0xEF, start: start, end: end)
            appendDisplayByte(0xBF, start: start, end: end)
            appendDisplayByte(0xBD, start: start, end: end)
            if recordEvents { events.append(NormalizationEvent(steps: .decoding, utf8Range: start..<end, folded: "\u{FFFD}")) }
        }
        sepScalars += 1
    }

    private func ignored(start: Int, end: Int) {
        guard steps.contains(.ignorables) else { return }
        firedSteps.insert(.ignorables)
        if display && recordEvents { events.append(NormalizationEvent(steps: .ignorables, utf8Range: start..<end, folded: "")) }
    }

    private func separator(_ c: UInt32, cls: UInt8, start: Int, end: Int) {
        sepScalars += 1
        let afterSpace = lastSeparatorWasSpace || tokenCount == 0
        lastSeparatorWasSpace = cls == CharClass.space || cls == CharClass.newline
        if cls == CharClass.space { sepSpaces += 1 }
        if let single = Self.quotationMark(c) { quotationMark(single: single, afterSpace: afterSpace) }
        if cls == CharClass.newline {
            quoteStart = -1
            sepNewline = true
            sentence += 1
            clause += 1
        } else if Self.endsSentence(c) {
            sentence += 1
            clause += 1
        } else if Self.endsClause(c) {
            clause += 1
        }
        if c == UInt32(UInt8(ascii: "?")) || c == 0xFF1F, tokenCount > 0, lexicon != nil {
            cues.append(CueHit(kind: .question, startToken: tokenCount - 1, endToken: tokenCount - 1, sentence: sentence - 1,
                              clause: clause - 1))
        }
        guard display else { return }
        if cls == CharClass.space || cls == CharClass.newline {
            let out: UInt8 = cls == CharClass.newline ? 0x0A : 0x20
            if let last = displayBytes.last, last == 0x20 || last == 0x0A {
                if out == 0x0A, last == 0x20 { displayBytes[displayBytes.count - 1] = 0x0A; displayEnd[displayEnd.count - 1] = end }
                else { displayEnd[displayEnd.count - 1] = end }
                return
            }
            if displayBytes.isEmpty { return }
            appendDisplayByte(out, start: start, end: end)
            return
        }
        if c < 0x80 {
            appendDisplayByte(UInt8(c), start: start, end: end)
            return
        }
        // Non-ASCII punctuation: NFKC_Casefold it as ICU says ("！" → "!").
        let changed = folder.foldPunctuation(c, steps: steps.intersection([.caseFold]))
        for k in 0..<folder.count { appendDisplayByte(folder.out[k], start: start, end: end) }
        if changed { firedSteps.insert(.caseFold) }
        if changed && recordEvents {
            events.append(NormalizationEvent(steps: .caseFold, utf8Range: start..<end,
                                             folded: String(decoding: UnsafeBufferPointer(rebasing: folder.out[0..<folder.count]), as: UTF8.self)))
        }
    }

    /// Whether `c` is a quotation mark, and whether a single one (an apostrophe, ‘ ’); nil otherwise.
    @inline(__always)
    static func quotationMark(_ c: UInt32) -> Bool? {
        switch c {
        case 0x27, 0x60, 0x2018, 0x2019: true
        case 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x300C, 0x300D, 0xFF02: false
        default: nil
        }
    }

    /// A quotation mark between tokens: it closes an open quotation of its kind (a cue for the
    /// words inside, when there are at most 12), or opens one. A single mark opens only after a
    /// space or at the start ("the boys' game" has no quotation).
    private func quotationMark(single: Bool, afterSpace: Bool) {
        guard lexicon != nil else { return }
        if quoteStart >= 0 && quoteSingle == single {
            if tokenCount > quoteStart && tokenCount - quoteStart <= 12 {
                cues.append(CueHit(kind: .quoted, startToken: quoteStart, endToken: tokenCount - 1, sentence: sentence, clause: clause))
            }
            quoteStart = -1
        } else if quoteStart < 0 && (!single || afterSpace) {
            quoteStart = tokenCount
            quoteSingle = single
        }
    }

    /// Full stops, question and exclamation marks that end a sentence, in their ASCII,
    /// fullwidth and CJK forms (an ASCII "!" is a leet letter and ends one in `endToken`).
    @inline(__always)
    static func endsSentence(_ c: UInt32) -> Bool {
        switch c {
        case 0x2E, 0x3F, 0xFF0E, 0xFF1F, 0xFF01, 0x3002, 0xFF61, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: true
        default: false
        }
    }

    /// Commas, semicolons and colons (ASCII, fullwidth, CJK): they end a negation's scope
    /// ("don't care, kys").
    @inline(__always)
    static func endsClause(_ c: UInt32) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3A || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A || c == 0x3001 || c == 0xFF64
    }

    @inline(__always)
    private func appendDisplayByte(_ b: UInt8, start: Int, end: Int) {
        displayBytes.append(b)
        displayStart.append(start)
        displayEnd.append(end)
    }

    // MARK: - Tokens

    private func endToken() {
        guard tokStart >= 0 else { return }
        let start = tokStart
        let emoji = tokEmoji
        let bang = tokBang
        lastRawWasASCII = tokAscii
        folder.fold(UnsafeBufferPointer(rebasing: raw[0..<rawCount]), ascii: tokAscii, emoji: emoji, steps: steps,
                    mention: tokAfterSpace, latinContext: lastWordLatin)
        if tokIgnorable { folder.fired.insert(.ignorables) }
        tokStart = -1
        rawCount = 0
        if folder.count == 0 {
            // Only symbols or ignorables: a separator.
            if folder.fired.contains(.ignorables) { firedSteps.insert(.ignorables) }
            sepScalars += 1
            if bang { sentence += 1; clause += 1 }
            return
        }
        processToken(start: start)
        if tokTrailingQuote {
            // "'kys'": the apostrophe after the word closes a single quotation.
            tokTrailingQuote = false
            if quoteStart >= 0 && quoteSingle { quotationMark(single: true, afterSpace: false) }
        }
        if bang { sentence += 1; clause += 1 }  // "die!": the "!" ends the sentence
    }

    /// The original offset where raw token byte `index` starts (apostrophes inside words are
    /// not in the raw bytes, so raw indices and original offsets can differ).
    @inline(__always)
    private func originalStart(_ tokenStart: Int, _ index: Int32) -> Int { tokenStart + Int(rel[Int(index)]) }

    /// The original offset where the scalar holding raw byte `end - 1` ends.
    @inline(__always)
    private func originalEnd(_ tokenStart: Int, _ end: Int32) -> Int { tokenStart + Int(relEnd[Int(end) - 1]) }

    private func processToken(start: Int) {
        let count = folder.count
        if folder.kind == .word || folder.kind == .mention {
            // Latin context for the next word: this one folded to ASCII only (always so for an
            // ASCII word; a non-ASCII one is checked byte by byte).
            var latin = true
            if !lastRawWasASCII { for k in 0..<count where folder.out[k] >= 0x80 { latin = false; break } }
            lastWordLatin = latin
        }
        let absStart = originalStart(start, folder.mapStart[0])
        let absEnd = originalEnd(start, folder.mapEnd[count - 1])
        var tokenSteps = folder.fired
        let t = tokenCount
        tokenCount += 1
        let slot = t & (Self.ringSize - 1)
        ringStart[slot] = absStart
        ringEnd[slot] = absEnd
        ringSentence[slot] = sentence
        ringClause[slot] = clause
        let keep = min(count, Self.ringFoldedBytes)
        ringFoldedCount[slot] = UInt8(keep)
        for k in 0..<keep { ringFolded[slot * Self.ringFoldedBytes + k] = folder.out[k] }
        if steps.contains(.repeats), Self.hasRun(folder.out, count) { tokenSteps.insert(.repeats) }
        ringSteps[slot] = tokenSteps
        firedSteps.formUnion(tokenSteps)

        let single = steps.contains(.spacedLetters) && count == 1 && Self.isRunLetter(folder.out[0])
        // A run may also start with a two-letter piece that was itself disguised ("ｋ\u{200B}i l l").
        let disguisedPair = steps.contains(.spacedLetters) && count == 2 && folder.out[0] &- 97 < 26 &&
            folder.out[1] &- 97 < 26 && (!lastRawWasASCII || !tokenSteps.isDisjoint(with: [.ignorables, .confusables, .marks]))
        let sepOK = sepScalars >= 1 && sepScalars <= 3 && !sepNewline
        if capture {
            captured.append(Array(UnsafeBufferPointer(rebasing: folder.out[0..<count])))
        }
        // Spaced letters: a run ends before this token is matched.
        let continues = runLength > 0 && single && lastTokenWasSingle && sepOK && runLength < Self.maxRun &&
            !(runLength >= 3 && sepSpaces == sepScalars && sepSpaces > runGap)
        if runLength > 0 && !continues {
            finalizeRun()
        }
        if continues {
            if runLength >= 2 { runGap = runLength == 2 ? sepSpaces : max(runGap, sepSpaces) }
            runLength += 1
            runBytes.append(Self.leetLetter(folder.out[0]))
            runEndByte = absEnd
            runDisplayLetters.append(displayBytes.count)
        } else if single || disguisedPair {
            runLength = 1
            runStartToken = t
            runStartByte = absStart
            runBytes.removeAll(keepingCapacity: true)
            runSnapshot.removeAll(keepingCapacity: true)
            runSnapshot.append(contentsOf: states)
            runDisplayLetters.removeAll(keepingCapacity: true)
            let b = folder.out[0]
            runFirstLength = count
            // A leading "4" or "1" may be the leet "a" or "i" ("ur 4 w.h.0.r.3").
            runFirstIsWord = disguisedPair || b == UInt8(ascii: "i") || b == UInt8(ascii: "a") || b == UInt8(ascii: "u") ||
                b == UInt8(ascii: "4") || b == UInt8(ascii: "1")
            for k in 0..<count {
                runBytes.append(Self.leetLetter(folder.out[k]))
                runDisplayLetters.append(displayBytes.count + k)
            }
            runEndByte = absEnd
        }
        lastTokenWasSingle = continues || single || disguisedPair
        sepScalars = 0; sepSpaces = 0
        sepNewline = false

        if display { displayToken(start: start, tokenSteps: tokenSteps, absStart: absStart, absEnd: absEnd) }

        guard let lexicon else { return }
        if folder.kind == .mention {
            cues.append(CueHit(kind: .secondPerson, startToken: t, endToken: t, sentence: sentence, clause: clause))
        }
        // A lone "1" or "4" is the leet "i" or "a" as often as a number ("1 w4nt 4 g1rlfr13nd"):
        // the matcher reads "1" as i, l or 1 and "4" as a or 4; the folded text keeps the number.
        if count == 1 && steps.contains(.leetspeak) {
            if folder.out[0] == UInt8(ascii: "1") { folder.out[0] = TokenFolder.ambiguousOne }
            else if folder.out[0] == UInt8(ascii: "4") { folder.out[0] = TokenFolder.ambiguousFour }
        }
        let found = matcher.lookup(UnsafeBufferPointer(rebasing: folder.out[0..<count]), repeats: steps.contains(.repeats),
                                        scratch: &trieScratch, terms: terms, capacity: Self.termCapacity)
        step(from: &states, into: &nextStates, found: found, startToken: t, startByte: absStart, endToken: t,
             endByte: absEnd, tokenSteps: tokenSteps, lexicon: lexicon)
        swap(&states, &nextStates)
        if runLength == 1 && runStartToken == t {
            // This token began a run (a letter or a disguised pair): the states after it.
            runSnapshotAfterFirst.removeAll(keepingCapacity: true)
            runSnapshotAfterFirst.append(contentsOf: states)
        }
        flush(all: false)
    }

    @inline(__always)
    static func isRunLetter(_ b: UInt8) -> Bool {
        b &- 97 < 26 || b == TokenFolder.ambiguousOne || b == TokenFolder.mask || b == UInt8(ascii: "0") ||
            b == UInt8(ascii: "1") || b == UInt8(ascii: "3") || b == UInt8(ascii: "4") || b == UInt8(ascii: "5") ||
            b == UInt8(ascii: "7")
    }

    @inline(__always)
    static func leetLetter(_ b: UInt8) -> UInt8 {
        switch b {
        case UInt8(ascii: "0"): UInt8(ascii: "o")
        case UInt8(ascii: "1"): TokenFolder.ambiguousOne
        case UInt8(ascii: "3"): UInt8(ascii: "e")
        case UInt8(ascii: "4"): UInt8(ascii: "a")
        case UInt8(ascii: "5"): UInt8(ascii: "s")
        case UInt8(ascii: "7"): UInt8(ascii: "t")
        default: b
        }
    }

    static func hasRun(_ bytes: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> Bool {
        guard count >= 3 else { return false }
        for i in 2..<count where bytes[i] == bytes[i - 1] && bytes[i] == bytes[i - 2] && bytes[i] >= 0x03 && bytes[i] < 0x80 {
            if bytes[i] &- 97 < 26 { return true }
        }
        return false
    }

    /// Joins a run of three or more spaced-out single letters into one word and walks it from
    /// the phrase states that were live before the run began.
    private func finalizeRun() {
        defer { runLength = 0 }
        guard runLength >= 3, steps.contains(.spacedLetters) else { return }
        let runEndToken = runStartToken + runLength - 1
        firedSteps.insert(.spacedLetters)
        if display { compactDisplayRun() }
        guard let lexicon else { return }
        // The letters were not words: drop the cues they raised ("p i e c e" has no pronoun "i"),
        // except a leading one-letter word.
        let firstKept = runFirstIsWord ? runStartToken + 1 : runStartToken
        var k = cueHead
        while k < cues.count {
            if cues[k].startToken >= firstKept && cues[k].endToken <= runEndToken { cues.remove(at: k) } else { k += 1 }
        }
        var tokenSteps: NormalizationSteps = .spacedLetters
        for t in runStartToken...runEndToken where tokenCount - t <= Self.ringSize { tokenSteps.formUnion(ringSteps[t & (Self.ringSize - 1)]) }
        joinRun(from: &runSnapshot, bytes: runBytes[...], startToken: runStartToken, startByte: runStartByte,
                endToken: runEndToken, tokenSteps: tokenSteps, lexicon: lexicon)
        if runFirstIsWord && runLength >= 4 {
            // "a b r i d g e" may be "a" + "bridge".
            let second = runStartToken + 1
            let startByte = tokenCount - second <= Self.ringSize ? ringStart[second & (Self.ringSize - 1)] : runStartByte
            joinRun(from: &runSnapshotAfterFirst, bytes: runBytes[runFirstLength...], startToken: second, startByte: startByte,
                    endToken: runEndToken, tokenSteps: tokenSteps, lexicon: lexicon)
        }
    }

    private func joinRun(from snapshot: inout [PhraseState], bytes: ArraySlice<UInt8>, startToken: Int, startByte: Int,
                         endToken: Int, tokenSteps: NormalizationSteps, lexicon: CompiledLexicon) {
        let found = bytes.withUnsafeBufferPointer {
            matcher.lookup($0, repeats: steps.contains(.repeats), scratch: &trieScratch, terms: terms, capacity: Self.termCapacity)
        }
        guard found > 0 || snapshot.contains(where: { matcher.gapSize[Int($0.node)] > 0 }) else { return }
        var joined: [PhraseState] = []
        step(from: &snapshot, into: &joined, found: found, startToken: startToken, startByte: startByte,
             endToken: endToken, endByte: runEndByte, tokenSteps: tokenSteps, lexicon: lexicon)
        for s in joined { addState(s, to: &states) }
    }

    private func compactDisplayRun() {
        guard let first = runDisplayLetters.first, let last = runDisplayLetters.last, last < displayBytes.count else { return }
        // Keep the letters, drop the separators between them.
        var letters = Set(runDisplayLetters)
        letters.insert(last)
        var write = first
        for read in first..<displayBytes.count {
            if read <= last, !letters.contains(read) { continue }
            displayBytes[write] = displayBytes[read]
            displayStart[write] = displayStart[read]
            displayEnd[write] = displayEnd[read]
            write += 1
        }
        displayBytes.removeLast(displayBytes.count - write)
        displayStart.removeLast(displayStart.count - write)
        displayEnd.removeLast(displayEnd.count - write)
        guard recordEvents else { return }
        let folded = String(decoding: runBytes.map(TokenFolder.displayByte), as: UTF8.self)
        if recordEvents { events.append(NormalizationEvent(steps: .spacedLetters, utf8Range: runStartByte..<runEndByte, folded: folded)) }
    }

    private func displayToken(start: Int, tokenSteps: NormalizationSteps, absStart: Int, absEnd: Int) {
        let before = displayBytes.count
        let squeeze = steps.contains(.repeats)
        var i = 0
        let count = folder.count
        while i < count {
            var b = folder.out[i]
            var n = 1
            while i + n < count, folder.out[i + n] == b { n += 1 }
            b = TokenFolder.displayByte(b)
            let letter = b &- 97 < 26
            let copies = squeeze && letter && n >= 3 ? 1 : n
            for k in 0..<copies {
                displayBytes.append(b)
                displayStart.append(originalStart(start, folder.mapStart[i + k]))
                displayEnd.append(originalEnd(start, folder.mapEnd[copies == n ? i + k : i + n - 1]))
            }
            i += n
        }
        if !tokenSteps.isEmpty && recordEvents {
            events.append(NormalizationEvent(steps: tokenSteps, utf8Range: absStart..<absEnd,
                                             folded: String(decoding: displayBytes[before...], as: UTF8.self)))
        }
    }

    // MARK: - Matching

    /// Adds a state to the set being built by `step` (generation `generation`): deduplicated by
    /// (node, gap used) in O(1) through per-node stamps.
    @inline(__always)
    private func addStepState(_ s: PhraseState, to set: inout [PhraseState]) {
        let node = Int(s.node)
        if nodeGeneration[node] == generation {
            let k = Int(nodeIndex[node])
            if set[k].used == s.used {
                if matcher.keepsEarliest[node] ? s.startToken < set[k].startToken : s.startToken > set[k].startToken { set[k] = s }
                return
            }
            addState(s, to: &set)   // same node, another gap count: rare
            return
        }
        guard set.count < PhraseAutomaton.maxStates else { droppedStates &+= 1; return }
        nodeGeneration[node] = generation
        nodeIndex[node] = Int32(set.count)
        set.append(s)
    }

    @inline(__always)
    private func addState(_ s: PhraseState, to set: inout [PhraseState]) {
        for k in 0..<set.count where set[k].node == s.node && set[k].used == s.used {
            if matcher.keepsEarliest[Int(s.node)] ? s.startToken < set[k].startToken : s.startToken > set[k].startToken { set[k] = s }
            return
        }
        if set.count < PhraseAutomaton.maxStates { set.append(s) } else { droppedStates &+= 1 }
    }

    private func step(from current: inout [PhraseState], into next: inout [PhraseState], found: Int, startToken: Int,
                      startByte: Int, endToken: Int, endByte: Int, tokenSteps: NormalizationSteps, lexicon: CompiledLexicon) {
        next.removeAll(keepingCapacity: true)
        generation &+= 1
        if generation == 0 { nodeGeneration.update(repeating: 0); generation = 1 }
        if found == 0 && current.isEmpty { return }
        // One strong reference for the whole step: reading `matcher` (unowned) in the loops
        // retained and released it around every transition.
        let m = matcher
        // Read the states through a buffer: iterating the array itself retains its storage.
        current.withUnsafeBufferPointer { live in
            for s in live {
                let filter = m.wordFilter[Int(s.node)]
                for k in 0..<found {
                    if filter & MatcherTables.wordBit(terms[k]) == 0 { continue }
                    let (start, count) = m.transitions(s.node, terms[k])
                    for t in start..<(start + count) {
                        let c = m.targets[t]
                        reach(c, from: PhraseState(node: c, used: 0, startToken: s.startToken, startByte: s.startByte,
                                                   steps: s.steps.union(tokenSteps), skipped: s.skipped),
                              into: &next, endToken: endToken, endByte: endByte, lexicon: lexicon, m)
                    }
                }
                if m.gapSize[Int(s.node)] > s.used {
                    var kept = s
                    kept.used += 1
                    for t in startToken...endToken where t - s.startToken < 64 { kept.skipped |= 1 << UInt64(t - s.startToken) }
                    addStepState(kept, to: &next)
                }
            }
        }
        for k in 0..<found {
            let (start, count) = m.transitions(0, terms[k])
            for t in start..<(start + count) {
                let c = m.targets[t]
                reach(c, from: PhraseState(node: c, used: 0, startToken: startToken, startByte: startByte, steps: tokenSteps),
                      into: &next, endToken: endToken, endByte: endByte, lexicon: lexicon, m)
            }
        }
    }

    @inline(__always)
    private func reach(_ node: Int32, from state: PhraseState, into next: inout [PhraseState], endToken: Int, endByte: Int,
                       lexicon: CompiledLexicon, _ m: MatcherTables) {
        if m.isLive[Int(node)] { addStepState(state, to: &next) }
        for k in Int(m.gapStart[Int(node)])..<Int(m.gapStart[Int(node) + 1]) {
            var gs = state
            gs.node = m.gapList[k]
            addStepState(gs, to: &next)
        }
        for k in Int(m.acceptStart[Int(node)])..<Int(m.acceptStart[Int(node) + 1]) {
            let entry = m.acceptList[k]
            hit(entry: entry, startToken: state.startToken, startByte: state.startByte, endToken: endToken, endByte: endByte,
                steps: state.steps, skipped: state.skipped, lexicon: lexicon)
        }
    }

    private func hit(entry index: Int32, startToken: Int, startByte: Int, endToken: Int, endByte: Int,
                     steps hitSteps: NormalizationSteps, skipped: UInt64, lexicon: CompiledLexicon) {
        let entry = lexicon.entries[Int(index)]
        if recordAllHits { rawHits.insert(entry.id) }
        switch entry.kind {
        case .cue(let kind):
            cues.append(CueHit(kind: kind, startToken: startToken, endToken: endToken, sentence: sentenceOf(startToken),
                               clause: clauseOf(startToken)))
        case .allow(let cancels):
            allows.append(AllowHit(entry: index, startToken: startToken, endToken: endToken, cancels: cancels))
        case .harm(_, let sub):
            if let cue = Scorer.cue(for: sub) {
                cues.append(CueHit(kind: cue, startToken: startToken, endToken: endToken, sentence: sentenceOf(startToken),
                                   clause: clauseOf(startToken)))
            }
            // Keep hits ordered by end token, then start; a duplicate (same entry, same span) is dropped.
            for k in pendingHead..<pending.count where pending[k].entry == index && pending[k].startToken == startToken && pending[k].endToken == endToken {
                return
            }
            // Hits of one token arrive in the automaton's state order; keep them in (end, start,
            // entry) order so that the verdict's match order does not depend on the layout.
            var at = pending.count
            while at > pendingHead, pending[at - 1].endToken == endToken,
                  (pending[at - 1].startToken, pending[at - 1].entry) > (startToken, index) {
                at -= 1
            }
            pending.insert(PendingHit(entry: index, startToken: startToken, endToken: endToken, startByte: startByte,
                                      endByte: endByte, steps: hitSteps, skipped: skipped), at: at)
        }
    }

    @inline(__always)
    private func sentenceOf(_ token: Int) -> Int {
        tokenCount - token <= Self.ringSize ? ringSentence[token & (Self.ringSize - 1)] : sentence
    }

    @inline(__always)
    private func clauseOf(_ token: Int) -> Int {
        tokenCount - token <= Self.ringSize ? ringClause[token & (Self.ringSize - 1)] : clause
    }

    /// Finalises the hits whose right context is complete (or all of them at the end).
    private func flush(all: Bool) {
        guard let lexicon else { return }
        let horizon = tokenCount - 1 - windowAfter
        while pendingHead < pending.count {
            let h = pending[pendingHead]
            if !all && h.endToken > horizon { break }
            pendingHead += 1
            finalize(h, lexicon: lexicon)
        }
        if pendingHead == pending.count { pending.removeAll(keepingCapacity: true); pendingHead = 0 }
        // Drop context that no waiting hit can reach any more.
        let oldest = pendingHead < pending.count ? pending[pendingHead].startToken : tokenCount
        let limit = min(oldest, tokenCount - 128) - windowBefore
        while cueHead < cues.count, cues[cueHead].endToken < limit { cueHead += 1 }
        if cueHead > 512 { cues.removeFirst(cueHead); cueHead = 0 }
        while allowHead < allows.count, allows[allowHead].endToken < limit { allowHead += 1 }
        if allowHead > 128 { allows.removeFirst(allowHead); allowHead = 0 }
    }

    private func finalize(_ h: PendingHit, lexicon: CompiledLexicon) {
        let entry = lexicon.entries[Int(h.entry)]
        guard let category = entry.category else { return }
        for k in allowHead..<allows.count {
            let a = allows[k]
            if a.startToken <= h.endToken && h.startToken <= a.endToken && a.cancels.contains(category) {
                return
            }
        }
        let context = Scorer.context(for: h, entry: entry, cues: cues[cueHead...], before: windowBefore, after: windowAfter,
                                     sentence: sentenceOf(h.startToken), endSentence: sentenceOf(h.endToken),
                                     clause: clauseOf(h.startToken), tokenCount: tokenCount)
        var folded: [UInt8] = []
        for t in h.startToken...h.endToken where tokenCount - t <= Self.ringSize {
            let slot = t & (Self.ringSize - 1)
            if !folded.isEmpty { folded.append(0x20) }
            for k in 0..<Int(ringFoldedCount[slot]) {
                var b = ringFolded[slot * Self.ringFoldedBytes + k]
                b = TokenFolder.displayByte(b)
                folded.append(b)
            }
        }
        let match = scorer.add(entry: entry, context: context, utf8Range: h.startByte..<h.endByte,
                               folded: String(decoding: folded, as: UTF8.self), steps: h.steps)
        fresh.append(match)
        if retained.count < maxRetained { retained.append(match) } else { droppedMatches += 1 }
    }
}
