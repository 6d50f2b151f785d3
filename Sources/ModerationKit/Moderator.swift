import Synchronization

/// The entry point: compiled lexicons plus a policy, shared by every task (`Sendable`).
///
/// ```swift
/// let moderator = try Moderator()                       // bundled lexicons, compiled once
/// let verdict = moderator.moderate("u r such a l0ser, nobody likes u")
/// verdict[.cyberbullying].score                         // 0...1
/// verdict.matches.first?.entry.id                       // which entry, and where (.utf8Range, .range)
/// verdict.action                                        // .allow / .review / .block / .support
/// ```
///
/// One `Moderator` serves any number of threads and tasks at once; each call borrows a scan
/// engine from a small pool, so steady-state calls allocate nothing for clean messages.
public final class Moderator: Sendable {
    /// How a moderator is built.
    public struct Configuration: Sendable, Hashable {
        /// Lexicon sources, bundled first by default; add `.file(path)` overlays per tenant.
        public var sources: [LexiconSource] = [.bundled]
        /// Entry ids to leave out (an id no source defines is an error).
        public var disabledEntries: Set<String> = []
        /// Thresholds and profile.
        public var policy: Policy = .default
        /// Normalisation steps (all by default).
        public var steps: NormalizationSteps = .all
        /// Words of context read before a hit.
        public var windowBefore = 8
        /// Words of context read after a hit (a streamed hit is final this many words later).
        public var windowAfter = 6
        /// Matches a verdict keeps (later ones are scored and counted, not kept).
        public var maxRetainedMatches = 10_000

        public init() {}

        public init(sources: [LexiconSource] = [.bundled], disabledEntries: Set<String> = [], policy: Policy = .default,
                    steps: NormalizationSteps = .all) {
            self.sources = sources
            self.disabledEntries = disabledEntries
            self.policy = policy
            self.steps = steps
        }
    }

    public let configuration: Configuration
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    let tables: UnicodeTables
    private let pool = Mutex<[ScanEngine]>([])

    /// A moderator with the bundled lexicons and the default policy (`.teen`).
    ///
    /// - Throws: ``ModerationError`` if ICU cannot be opened or a lexicon is malformed.
    public convenience init() throws(ModerationError) {
        try self.init(configuration: Configuration())
    }

    /// A moderator built from `configuration`.
    ///
    /// - Throws: ``ModerationError`` naming the file and line of a malformed lexicon.
    public init(configuration: Configuration) throws(ModerationError) {
        switch UnicodeTables.shared {
        case .success(let t): tables = t
        case .failure(let e): throw e
        }
        self.configuration = configuration
        lexicon = try CompiledLexicon.compile(sources: configuration.sources, disabled: configuration.disabledEntries,
                                              steps: configuration.steps)
    }

    /// The policy verdicts use unless another is given.
    public var policy: Policy { configuration.policy }

    func makeEngine(policy: Policy) -> ScanEngine {
        ScanEngine(lexicon: lexicon, steps: configuration.steps, tables: tables, policy: policy,
                   windowBefore: configuration.windowBefore, windowAfter: configuration.windowAfter,
                   maxRetained: configuration.maxRetainedMatches)
    }

    private func borrow(_ policy: Policy) -> ScanEngine {
        let engine = pool.withLock { $0.popLast() }
        if let engine, engine.scorer.policy == policy { return engine }
        return makeEngine(policy: policy)
    }

    /// Returns an engine that scanned nothing (the prefilter answered): no reset needed.
    private func giveBackUnused(_ engine: ScanEngine) {
        pool.withLock { if $0.count < 16 { $0.append(engine) } }
    }

    private func giveBack(_ engine: ScanEngine) {
        engine.reset()
        pool.withLock { if $0.count < 16 { $0.append(engine) } }
    }

    /// Moderates one message.
    ///
    /// Never throws: invalid UTF-8 (in `moderate(utf8:)`) is read as U+FFFD, empty text is
    /// allowed, and text of any length is scanned in one pass with bounded memory.
    ///
    /// - Parameter text: the message.
    /// - Returns: the verdict, whose matches carry ranges into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func moderate(_ text: String) -> Verdict {
        moderate(text, policy: configuration.policy)
    }

    /// Moderates one message under `policy`.
    public func moderate(_ text: String, policy: Policy) -> Verdict {
        var text = text
        var verdict = text.withUTF8 { moderate(bytes: UnsafeRawBufferPointer($0), policy: policy) }
        if !verdict.matches.isEmpty {
            for i in verdict.matches.indices { verdict.matches[i].range = verdict.matches[i].range(in: text) }
        }
        return verdict
    }

    /// Moderates UTF-8 bytes (invalid sequences are read as U+FFFD).
    public func moderate<Bytes: Collection>(utf8 bytes: Bytes, policy: Policy? = nil) -> Verdict where Bytes.Element == UInt8 {
        let policy = policy ?? configuration.policy
        if let verdict = bytes.withContiguousStorageIfAvailable({ moderate(bytes: UnsafeRawBufferPointer($0), policy: policy) }) {
            return verdict
        }
        return Array(bytes).withUnsafeBytes { moderate(bytes: $0, policy: policy) }
    }

    func moderate(bytes: UnsafeRawBufferPointer, policy: Policy) -> Verdict {
        let engine = borrow(policy)
        if configuration.steps == .all, lexicon.tables.certainlyClean(bytes, scratch: engine.prefilter) {
            giveBackUnused(engine)
            return Verdict.clean(byteCount: bytes.count, lexiconVersion: lexicon.version, policy: policy)
        }
        engine.feed(bytes)
        engine.finishInput()
        let verdict = engine.verdict()
        giveBack(engine)
        return verdict
    }

    /// Whether the clean-text prefilter alone answers for `text` (for benchmarks: the share of
    /// messages that skip the full pipeline). Underscored: not part of the stable API.
    public func _prefilterAnswers(_ text: String) -> Bool {
        var text = text
        let engine = borrow(configuration.policy)
        defer { giveBackUnused(engine) }
        return configuration.steps == .all &&
            text.withUTF8 { lexicon.tables.certainlyClean(UnsafeRawBufferPointer($0), scratch: engine.prefilter) }
    }

    /// A streaming scanner: feed chunks, get matches as they become final, then the verdict.
    public func makeScanner(policy: Policy? = nil) -> Scanner {
        Scanner(engine: makeEngine(policy: policy ?? configuration.policy))
    }
}

extension ScanEngine {
    func verdict() -> Verdict {
        Verdict(scorer.result(.selfHarm), scorer.result(.eatingDisorder), scorer.result(.harassment),
                scorer.result(.cyberbullying), scorer.result(.genderAbuse),
                matches: retained.isEmpty ? [] : retained,
                droppedMatchCount: droppedMatches, lexiconVersion: lexicon?.version ?? "", policy: scorer.policy,
                byteCount: offset)
    }
}
