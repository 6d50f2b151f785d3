/// A chunk of text a ``ModeratedSequence`` can read: bytes of UTF-8 or a string.
public protocol ModerationChunk {
    /// Calls `body` with the chunk's UTF-8 bytes.
    func withModerationBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension Array: ModerationChunk where Element == UInt8 {
    public func withModerationBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try withUnsafeBytes(body) }
}

extension ArraySlice: ModerationChunk where Element == UInt8 {
    public func withModerationBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try withUnsafeBytes(body) }
}

extension String: ModerationChunk {
    public func withModerationBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var copy = self
        return try copy.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}

extension Substring: ModerationChunk {
    public func withModerationBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try String(self).withModerationBytes(body)
    }
}

/// What a moderated stream yields.
public enum ModerationEvent: Sendable {
    /// A match became final.
    case match(Match)
    /// The running scores changed (after the matches of one chunk).
    case scores([HarmCategory: Double])
    /// The stream ended: the verdict for everything read. Always the last event.
    case verdict(Verdict)
}

/// An `AsyncSequence` of ``ModerationEvent`` over an `AsyncSequence` of text chunks.
///
/// It pulls a chunk only when its consumer asks for the next event (back-pressure is the
/// consumer's pace), stops when the task is cancelled (throwing `CancellationError`), and passes
/// on the base sequence's errors.
///
/// ```swift
/// for try await event in chunks.moderated(by: moderator) {
///     if case .match(let m) = event { print(m.entry.id) }
/// }
/// ```
public struct ModeratedSequence<Base: AsyncSequence>: AsyncSequence where Base.Element: ModerationChunk {
    public typealias Element = ModerationEvent
    let base: Base
    let moderator: Moderator
    let policy: Policy?

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let scanner: Scanner
        var queue: [ModerationEvent] = []
        var queueHead = 0
        var done = false
        var lastScores: [HarmCategory: Double] = [:]

        public mutating func next() async throws -> ModerationEvent? {
            while true {
                if queueHead < queue.count {
                    defer { queueHead += 1 }
                    return queue[queueHead]
                }
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
                if done { return nil }
                try Task.checkCancellation()
                if let chunk = try await base.next() {
                    try Task.checkCancellation()
                    let matches = chunk.withModerationBytes { scanner.consume($0) }
                    queue.append(contentsOf: matches.map(ModerationEvent.match))
                    let scores = scanner.runningScores
                    if scores != lastScores, !matches.isEmpty {
                        lastScores = scores
                        queue.append(.scores(scores))
                    }
                } else {
                    done = true
                    let verdict = scanner.finish()
                    let final = scanner.takeFinalMatches()
                    queue.append(contentsOf: final.map(ModerationEvent.match))
                    let scores = Dictionary(uniqueKeysWithValues: HarmCategory.allCases.map { ($0, verdict[$0].score) })
                    if scores != lastScores { queue.append(.scores(scores)) }
                    queue.append(.verdict(verdict))
                }
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), scanner: moderator.makeScanner(policy: policy))
    }
}

extension AsyncSequence where Element: ModerationChunk {
    /// Moderates this sequence of chunks as one stream.
    public func moderated(by moderator: Moderator, policy: Policy? = nil) -> ModeratedSequence<Self> {
        ModeratedSequence(base: self, moderator: moderator, policy: policy)
    }
}
