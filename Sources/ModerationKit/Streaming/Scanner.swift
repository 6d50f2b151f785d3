/// Moderates a stream: chunks of UTF-8 in, matches out as soon as they are final, and the
/// verdict for everything at the end.
///
/// ```swift
/// let scanner = moderator.makeScanner()
/// for chunk in chunks {
///     for match in scanner.consume(chunk) { print(match.entry.id, match.utf8Range) }
/// }
/// let verdict = scanner.finish()
/// ```
///
/// Chunks may be cut anywhere: inside a UTF-8 sequence, a word, a spaced-out word or a phrase.
/// For every way of cutting a text, `finish()` returns the same verdict as
/// ``Moderator/moderate(_:)`` (ranges are UTF-8 offsets from the start of the stream; `range`
/// is `nil`). Memory stays bounded however long the stream is: the scanner keeps offsets, not
/// text, and keeps at most `Configuration.maxRetainedMatches` matches for the verdict.
///
/// A scanner is per-stream state: use one per stream, from one task at a time.
///
/// A closed stream: `finish()` may be called again and returns the same verdict; bytes given
/// to `consume` after `finish()` are not read, `consume` returns no match and ``error`` says
/// ``ModerationError/Code/closedStream`` (the verdict stays the one of the bytes before).
public final class Scanner {
    let engine: ScanEngine
    private var finished: Verdict?
    /// Set when the scanner was misused: `consume` after `finish()` (`.closedStream`).
    public private(set) var error: ModerationError?

    init(engine: ScanEngine) { self.engine = engine }

    /// Bytes consumed so far.
    public var byteCount: Int { engine.offset }

    /// Whether `finish()` was called.
    public var isFinished: Bool { finished != nil }

    /// Scores so far, from the hits that are final.
    public var runningScores: [HarmCategory: Double] {
        Dictionary(uniqueKeysWithValues: HarmCategory.allCases.map { ($0, engine.scorer.score($0).clamped) })
    }

    /// Consumes the next bytes and returns the matches that became final.
    ///
    /// After `finish()` the bytes are not read: it returns `[]` and sets ``error``.
    /// - Complexity: O(n) in the chunk's length.
    @discardableResult
    public func consume<Bytes: Collection>(_ bytes: Bytes) -> [Match] where Bytes.Element == UInt8 {
        guard finished == nil else { return closed() }
        if bytes.withContiguousStorageIfAvailable({ engine.feed(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { engine.feed($0) }
        }
        return take()
    }

    /// Consumes raw bytes.
    @discardableResult
    public func consume(_ bytes: UnsafeRawBufferPointer) -> [Match] {
        guard finished == nil else { return closed() }
        engine.feed(bytes)
        return take()
    }

    /// Consumes text.
    @discardableResult
    public func consume(_ text: String) -> [Match] {
        guard finished == nil else { return closed() }
        var text = text
        text.withUTF8 { engine.feed(UnsafeRawBufferPointer($0)) }
        return take()
    }

    /// Ends the stream and returns the verdict for everything consumed. The matches that became
    /// final only now are in `verdict.matches` too (and in ``takeFinalMatches()``). Calling it
    /// again returns the same verdict.
    public func finish() -> Verdict {
        if let finished { return finished }
        engine.finishInput()
        let verdict = engine.verdict()
        finished = verdict
        return verdict
    }

    private func closed() -> [Match] {
        error = ModerationError(.closedStream, "bytes were given to a scanner after finish(); they were not read")
        return []
    }

    /// The matches that became final in `finish()` and were not returned by `consume`.
    public func takeFinalMatches() -> [Match] { take() }

    private func take() -> [Match] {
        if engine.fresh.isEmpty { return [] }
        let out = engine.fresh
        engine.fresh.removeAll(keepingCapacity: true)
        return out
    }
}
