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
