/// The folded form of a text, as the matcher reads it, with a map back to the original.
public struct NormalizedText: Sendable, Hashable {
    /// The folded text: lower case, evasions undone, separators kept (runs of spaces as one).
    public let text: String
    /// For every UTF-8 byte of `text`, the byte range of the original it came from. Monotonic:
    /// ranges never go backwards, and every range lies inside the original text.
    public let sourceRanges: [Range<Int>]
    /// The steps that changed something.
    public let steps: NormalizationSteps
    /// Each change, in text order: which steps, on which original span, and what came out.
    public let events: [NormalizationEvent]
}

/// Folds text so that evasions do not work: case and width, ligatures and styled letters,
/// diacritics and "zalgo" marks, homoglyphs in mixed-script words, leetspeak, zero-width and
/// other invisible characters, spaced-out and repeated letters, and a small table of emoji.
///
/// ```swift
/// let normalizer = try Normalizer()
/// normalizer.normalize("Ｋ\u{200B}i l l").text   // "kill"
/// ```
///
/// ICU (the system libicu) is the source of truth for Unicode data; ASCII goes through a table.
public struct Normalizer: Sendable {
    public let steps: NormalizationSteps
    let tables: UnicodeTables

    /// - Throws: ``ModerationError`` if ICU cannot be opened.
    public init(steps: NormalizationSteps = .all) throws(ModerationError) {
        switch UnicodeTables.shared {
        case .success(let t): tables = t
        case .failure(let e): throw e
        }
        self.steps = steps
    }

    /// Normalises `text`.
    /// - Complexity: O(n).
    public func normalize(_ text: String) -> NormalizedText {
        var text = text
        return text.withUTF8 { normalize(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Normalises UTF-8 bytes; invalid sequences become U+FFFD mapped to their bytes.
    public func normalize<Bytes: Collection>(utf8 bytes: Bytes) -> NormalizedText where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ normalize(bytes: UnsafeRawBufferPointer($0)) }) { return result }
        return Array(bytes).withUnsafeBytes { normalize(bytes: $0) }
    }

    func normalize(bytes: UnsafeRawBufferPointer) -> NormalizedText {
        let engine = ScanEngine(lexicon: nil, steps: steps, tables: tables, policy: .default, display: true)
        engine.feed(bytes)
        engine.finishInput()
        var out = engine.displayBytes
        var starts = engine.displayStart
        var ends = engine.displayEnd
        // Trailing separator space is not part of the folded text.
        while let last = out.last, last == 0x20 || last == 0x0A { out.removeLast(); starts.removeLast(); ends.removeLast() }
        let ranges = zip(starts, ends).map { $0..<$1 }
        return NormalizedText(text: String(decoding: out, as: UTF8.self), sourceRanges: ranges, steps: engine.firedSteps,
                              events: engine.events)
    }

    /// The ICU version in use.
    public static var icuVersion: String { UnicodeTables.icuVersion }
}

/// Reusable storage for ``Normalizer/normalize(_:into:)``: normalising message after message
/// into one buffer allocates nothing in steady state.
///
/// Not `Sendable`: one buffer per thread or task.
public final class NormalizationBuffer {
    @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
    /// Byte offsets are stored as 32-bit: a buffer takes inputs up to 2 GiB (stream larger ones).
    @exclusivity(unchecked) private var starts: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var ends: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var capacity: Int
    /// Number of folded bytes.
    @exclusivity(unchecked) public private(set) var count = 0
    /// The steps that changed something.
    @exclusivity(unchecked) public internal(set) var steps = NormalizationSteps()
    /// Whether the last call took the ASCII fast path (for tests and benchmarks).
    @exclusivity(unchecked) public internal(set) var usedFastPath = false
    @exclusivity(unchecked) var engine: ScanEngine?
    @exclusivity(unchecked) var scanner: FoldScanner? {
        didSet { scannerRef = scanner.map { Unmanaged.passUnretained($0) } }
    }
    /// `scanner`, called without reference counting per message (`scanner` owns it).
    @exclusivity(unchecked) var scannerRef: Unmanaged<FoldScanner>?
    /// Whether the last call was folded by the ``FoldScanner`` (tests).
    @exclusivity(unchecked) var usedScanner = false

    public init() {
        capacity = 1024
        bytes = .allocate(capacity: capacity)
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        ends.deallocate()
    }

    /// Calls `body` with the folded UTF-8 bytes (valid until the next `normalize(_:into:)`).
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: bytes, count: count))
    }

    /// The folded text (allocates a `String`).
    public var text: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

    /// The original byte range of folded byte `index`.
    public func sourceRange(at index: Int) -> Range<Int> {
        precondition(index >= 0 && index < count, "index out of range")
        guard usedFastPath else { return Int(starts[index])..<Int(ends[index]) }
        // The fast path stores starts only: a letter, digit or punctuation byte is one input
        // byte; a space or line break stands for a run of white space that ends where the next
        // folded byte starts (white space is never last).
        let start = Int(starts[index])
        let b = bytes[index]
        return start..<(b == 0x20 || b == 0x0A ? Int(starts[index + 1]) : start + 1)
    }

    func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var new = capacity
        while new < needed { new *= 2 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: new)
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: new)
        let e = UnsafeMutablePointer<Int32>.allocate(capacity: new)
        b.update(from: bytes, count: count)
        s.update(from: starts, count: count)
        e.update(from: ends, count: count)
        bytes.deallocate(); starts.deallocate(); ends.deallocate()
        bytes = b; starts = s; ends = e
        capacity = new
    }

    /// The storage, for writers in this module (``FoldScanner``) that fill it in place; valid
    /// until the next `reserve` or `grow(keeping:to:)`.
    var storage: (UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, Int) {
        (bytes, starts, ends, capacity)
    }

    /// Grows the storage to at least `needed`, keeping its first `keep` elements.
    func grow(keeping keep: Int, to needed: Int) {
        count = keep
        reserve(needed)
    }

    /// Ends a write through `storage`: the first `count` elements are the folded text.
    func finishWrite(count: Int, steps: NormalizationSteps) {
        self.count = count
        self.steps = steps
    }

    /// A buffer for scanners that have not written yet (never written through).
    nonisolated(unsafe) static let placeholder = NormalizationBuffer()

    func clear() {
        count = 0
        steps = []
    }

    @inline(__always)
    func append(_ byte: UInt8, _ start: Int, _ end: Int) {
        if count == capacity { reserve(count + 1) }
        bytes[count] = byte
        starts[count] = Int32(truncatingIfNeeded: start)
        ends[count] = Int32(truncatingIfNeeded: end)
        count += 1
    }

    /// Fast path: plain ASCII chat (letters, numbers, spaces, common punctuation). Writes exactly
    /// what the full pipeline writes for such input, or returns `false` (having written
    /// nothing useful) when the input needs the full pipeline: any non-ASCII byte, leetspeak
    /// symbols, words mixing letters and digits, a letter repeated three times, two one-letter
    /// words in a row (possible spaced-out letters), control characters.
    /// Contract, tested against the full pipeline: it may decline, it never differs.
    func asciiFastPath(_ input: UnsafeRawBufferPointer, steps: NormalizationSteps) -> Bool {
        count = 0
        self.steps = []
        guard steps == .all, input.count < Int(Int32.max), let base = input.baseAddress else { return false }
        let n = input.count
        reserve(n &+ 8)   // never more bytes than it reads, and a short word eight bytes at once
        let src = base.assumingMemoryBound(to: UInt8.self)
        let table = ASCIIClass.table
        let out = bytes, outStart = starts   // ends are derived (see sourceRange(at:))
        var k = 0
        var i = 0
        var previousSingle = false
        var lastWasSpace = true   // no leading whitespace in the output
        var seenAll: UInt8 = 0
        while i < n {
            let b = src[i]
            let f = table[Int(b)]
            if f & ASCIIClass.word != 0 {
                if n &- i >= 8 {
                    // The usual word, up to seven letters and then a separator: found and written
                    // eight bytes at once (a byte loop's exit mispredicts at every word's end).
                    let x = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                    let letters = ASCIIClass.leadingLetters(x)
                    if letters > 0 && letters < 8 && table[Int(src[i &+ letters])] & (ASCIIClass.word | ASCIIClass.apostrophe) == 0 {
                        let (lowered, upper, triple) = ASCIIClass.shortWord(x, letters: letters)
                        if !triple {
                            if letters == 1 && previousSingle { return false }
                            previousSingle = letters == 1
                            seenAll |= upper ? ASCIIClass.letter | ASCIIClass.upper : ASCIIClass.letter
                            UnsafeMutableRawPointer(out + k).storeBytes(of: lowered, as: UInt64.self)
                            let at = SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: i)) &+ SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
                            UnsafeMutableRawPointer(outStart + k).storeBytes(of: at, as: SIMD8<Int32>.self)
                            k &+= letters
                            i &+= letters
                            lastWasSpace = false
                            continue
                        }
                    }
                }
                // A word: letters or digits, apostrophes inside it dropped.
                let wordStart = k
                var word = ASCIIWord()
                var j = i
                while true {
                    let next = word.next(src, &j, n, table)
                    if next == ASCIIWord.end { break }
                    if next == ASCIIWord.bail { return false }
                    out[k] = UInt8(truncatingIfNeeded: next)
                    outStart[k] = Int32(truncatingIfNeeded: j &- 1)
                    k &+= 1
                }
                if word.mixesLettersAndDigits { return false }
                seenAll |= word.seen
                // Two one-character words in a row: possible spaced-out letters.
                let single = k &- wordStart == 1
                if single && previousSingle { return false }
                previousSingle = single
                lastWasSpace = false
                i = j
                continue
            }
            if f & ASCIIClass.space != 0 {
                if !lastWasSpace {
                    out[k] = 0x20; outStart[k] = Int32(truncatingIfNeeded: i)
                    k &+= 1
                    lastWasSpace = true
                }
                i &+= 1
                continue
            }
            if f & ASCIIClass.newline != 0 {
                if k == 0 { i &+= 1; continue }
                if out[k &- 1] == 0x20 || out[k &- 1] == 0x0A {
                    out[k &- 1] = 0x0A
                } else {
                    out[k] = 0x0A; outStart[k] = Int32(truncatingIfNeeded: i)
                    k &+= 1
                }
                lastWasSpace = true
                i &+= 1
                continue
            }
            if f & (ASCIIClass.bail | ASCIIClass.apostrophe) != 0 { return false }
            // Other ASCII punctuation is a separator and is kept as it is.
            out[k] = b; outStart[k] = Int32(truncatingIfNeeded: i)
            k &+= 1
            lastWasSpace = false
            i &+= 1
        }
        while k > 0, out[k &- 1] == 0x20 || out[k &- 1] == 0x0A { k &-= 1 }
        count = k
        if seenAll & ASCIIClass.upper != 0 { self.steps = .caseFold }
        return true
    }
}

extension Normalizer {
    /// Normalises `bytes` into `buffer`, reusing its storage: no allocation in steady state.
    /// Plain ASCII chat takes a fast path; other valid UTF-8 a one-pass scanner with the
    /// engine's rules (``FoldScanner``); invalid UTF-8 or a subset of steps the full engine.
    /// - Complexity: O(n).
    public func normalize(_ bytes: UnsafeRawBufferPointer, into buffer: NormalizationBuffer) {
        if buffer.asciiFastPath(bytes, steps: steps) {
            buffer.usedFastPath = true
            buffer.usedScanner = false
            return
        }
        buffer.usedFastPath = false
        buffer.usedScanner = false
        if steps == .all {
            if buffer.scannerRef == nil { buffer.scanner = FoldScanner(tables: tables) }
            if buffer.scannerRef.unsafelyUnwrapped._withUnsafeGuaranteedRef({ $0.scan(bytes, into: buffer) }) {
                buffer.usedScanner = true
                return
            }
        }
        buffer.clear()
        let engine = buffer.engine ?? ScanEngine(lexicon: nil, steps: steps, tables: tables, policy: .default, display: true)
        buffer.engine = engine
        engine.reset()
        engine.recordEvents = false
        engine.feed(bytes)
        engine.finishInput()
        var count = engine.displayBytes.count
        while count > 0, engine.displayBytes[count - 1] == 0x20 || engine.displayBytes[count - 1] == 0x0A { count -= 1 }
        buffer.reserve(count)
        for k in 0..<count { buffer.append(engine.displayBytes[k], engine.displayStart[k], engine.displayEnd[k]) }
        buffer.steps = engine.firedSteps
    }

    /// Normalises `text` into `buffer`.
    public func normalize(_ text: String, into buffer: NormalizationBuffer) {
        var text = text
        text.withUTF8 { normalize(UnsafeRawBufferPointer($0), into: buffer) }
    }
}

