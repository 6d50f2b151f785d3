import Testing
@testable import ModerationKit

@Suite("Streaming")
struct StreamingTests {
    /// Texts for the chunking property: hand-written cases, their evasion variants and lexicon examples.
    static func corpus() throws -> [String] {
        let m = try moderator()
        var texts = try loadCases().map(\.text)
        for c in try loadCases() where c.kind == "harm" {
            if let match = m.moderate(c.text).matches.first {
                for evasion in Evasion.allCases { texts.append(evasion.apply(to: c.text, within: match.utf8Range)) }
            }
        }
        texts += m.lexicon.entries.prefix(400).flatMap(\.examples)
        texts.append(texts.joined(separator: "\n"))   // one long text
        return texts
    }

    func streamed(_ bytes: [UInt8], cuts: inout _BenchmarkCorpus.Generator, maxChunk: Int, _ m: Moderator) throws -> (Verdict, [Match]) {
        let scanner = m.makeScanner()
        var i = 0
        var seen: [Match] = []
        while i < bytes.count {
            let n = 1 + Int(cuts.next() % UInt64(maxChunk))
            seen += scanner.consume(bytes[i..<min(bytes.count, i + n)])
            i += n
        }
        let verdict = scanner.finish()
        seen += scanner.takeFinalMatches()
        return (verdict, seen)
    }

    @Test("any cutting gives the same verdict as moderate(text): random chunks of 1-7 bytes")
    func randomCuts() throws {
        let m = try moderator()
        var rng = _BenchmarkCorpus.Generator(seed: 99)
        var mismatches: [String] = []
        let texts = try Self.corpus()
        for text in texts {
            let whole = m.moderate(text)
            let (streamed, seen) = try streamed(Array(text.utf8), cuts: &rng, maxChunk: 7, m)
            if streamed != whole { mismatches.append(text) }
            if seen != whole.matches { mismatches.append("events: " + text) }
        }
        #expect(texts.count > 1000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test("every split point of texts with evasions", arguments: [
        "u r such a l0ser, nobody likes u", "k i l l yourself", "ｋｉｌｌ y o u r s e l f now", "i want to k\u{200B}ill myself 💊",
        "please don't kys, we love you", "th1nsp0 pls 🙏", "кill уourself", "e\u{301}\u{301}\u{301} zalgo k\u{336}ys",
    ])
    func everySplit(text: String) throws {
        let m = try moderator()
        let bytes = Array(text.utf8)
        let whole = m.moderate(text)
        for cut in 0...bytes.count {
            let scanner = m.makeScanner()
            scanner.consume(bytes[..<cut])
            scanner.consume(bytes[cut...])
            #expect(scanner.finish() == whole, "cut at \(cut)")
        }
    }

    @Test func stringChunksAndRawBytes() throws {
        let m = try moderator()
        let scanner = m.makeScanner()
        scanner.consume("you should ")
        scanner.consume(Array("k".utf8))
        _ = "ys".utf8.withContiguousStorageIfAvailable { scanner.consume(UnsafeRawBufferPointer($0)) }
        #expect(scanner.finish() == m.moderate("you should kys"))
    }

    @Test func closedStreamIsAnErrorAndLosesNothing() throws {
        let scanner = try moderator().makeScanner()
        scanner.consume("you should kys")
        let first = scanner.finish()
        #expect(scanner.error == nil)
        #expect(scanner.consume("more text").isEmpty)
        #expect(scanner.error?.code == .closedStream)
        #expect(scanner.finish() == first, "finish() again returns the same verdict")
    }

    @Test func matchesArriveBeforeTheEnd() throws {
        let m = try moderator()
        let scanner = m.makeScanner()
        var early: [Match] = []
        early += scanner.consume("kill yourself ")
        for _ in 0..<10 { early += scanner.consume("and then we went to the park ") }
        #expect(!early.isEmpty, "a match is final once the context window has passed")
        _ = scanner.finish()
    }

    @Test("memory stays bounded: state does not grow with a long stream")
    func boundedState() throws {
        var configuration = Moderator.Configuration()
        configuration.maxRetainedMatches = 100
        let m = try Moderator(configuration: configuration)
        let scanner = m.makeScanner()
        let chunk = Array("hello there you absolute loser, nobody likes you. have a nice day! ".utf8)
        for _ in 0..<20_000 { scanner.consume(chunk) }
        let verdict = scanner.finish()
        #expect(verdict.matches.count == 100)
        #expect(verdict.droppedMatchCount > 10_000)
        #expect(scanner.engine.retainedStateSize < 100_000)
    }

    @Test func asyncSequenceYieldsMatchesScoresAndVerdict() async throws {
        let m = try moderator()
        let chunks = AsyncStream<[UInt8]> { continuation in
            for piece in ["you are such a lo", "ser. nobody likes", " you", ". bye"] { continuation.yield(Array(piece.utf8)) }
            continuation.finish()
        }
        var matches = 0
        var verdict: Verdict?
        var sawScores = false
        for try await event in chunks.moderated(by: m) {
            switch event {
            case .match: matches += 1
            case .scores: sawScores = true
            case .verdict(let v): verdict = v
            }
        }
        let expected = m.moderate("you are such a loser. nobody likes you. bye")
        #expect(verdict == expected)
        #expect(matches == expected.matches.count)
        #expect(sawScores)
    }

    @Test func asyncSequenceOfStrings() async throws {
        let m = try moderator()
        let chunks = AsyncStream<String> { continuation in
            continuation.yield("i want to kill ")
            continuation.yield("myself")
            continuation.finish()
        }
        var last: Verdict?
        for try await event in chunks.moderated(by: m) { if case .verdict(let v) = event { last = v } }
        #expect(last?.action == .support)
    }

    @Test func asyncSequenceStopsOnCancellation() async throws {
        let m = try moderator()
        let endless = AsyncStream<[UInt8]> { continuation in
            Task {
                while !Task.isCancelled {
                    continuation.yield(Array("all good here ".utf8))
                    await Task.yield()
                }
                continuation.finish()
            }
        }
        let task = Task {
            var events = 0
            for try await _ in endless.moderated(by: m) { events += 1 }
            return events
        }
        try await Task.sleep(nanoseconds: 20_000_000)
        task.cancel()
        let result = await task.result
        switch result {
        case .failure(let error): #expect(error is CancellationError)
        case .success: break   // the stream may also end first
        }
    }

    @Test func conversationPileOn() throws {
        let c = Conversation(moderator: try moderator(), memory: 20)
        _ = c.add("@sam you are such a loser", author: "a")
        _ = c.add("lol @sam nobody likes you", author: "b")
        let third = c.add("@sam go away, you freak", author: "c")
        #expect(third.repeatedTargeting)
        #expect(third.pileOn)
        #expect(third.distinctAuthors == 3)
        #expect(third.flagged.contains(.cyberbullying))
        #expect(third.scores[.cyberbullying]! >= third.message[.cyberbullying].score)
        let unrelated = c.add("@alex see you at practice", author: "a")
        #expect(!unrelated.pileOn)
        #expect(unrelated.flagged.isEmpty)
    }

    @Test func conversationMemoryIsBounded() throws {
        let c = Conversation(moderator: try moderator(), memory: 3)
        _ = c.add("@sam you idiot", author: "a")
        for _ in 0..<5 { _ = c.add("nice weather", author: "b") }
        let later = c.add("@sam you idiot", author: "c")
        #expect(later.hostileMessagesToTarget == 1)
    }
}

@Suite("Prefilter")
struct PrefilterTests {
    @Test("the clean-text prefilter never hides a hit: moderate(text) equals the full pipeline")
    func contract() throws {
        let m = try moderator()
        var texts = _BenchmarkCorpus.chat(count: 3000) + _BenchmarkCorpus.english(count: 1000)
        texts += try loadCases().map(\.text)
        for entry in m.lexicon.entries.prefix(600) { texts += entry.examples.map { $0.uppercased() } }
        var prefiltered = 0
        for text in texts {
            let scanner = m.makeScanner()
            scanner.consume(text)
            let full = scanner.finish()
            let fast = m.moderate(text)
            if m._prefilterAnswers(text) {
                prefiltered += 1
                #expect(full.matches.isEmpty && !full.isFlagged, "\(text)")
            }
            #expect(fast == full, "\(text)")
        }
        #expect(prefiltered > 1000)
    }
}

@Suite("Regressions")
struct RegressionTests {
    /// A run of spaced letters that starts with a disguised pair used to read phrase states left
    /// over from the previous text scanned by a pooled engine (a crash in debug builds).
    @Test func disguisedPairRunAfterAnotherText() throws {
        let m = try moderator()
        let long = String(repeating: "you are such a loser and nobody likes you at all ", count: 20)
        let text = "ｋ\u{200B}i l l y o u r s e l f"
        for _ in 0..<3 {
            _ = m.moderate(long)
            let verdict = m.moderate(text)
            let scanner = m.makeScanner()
            scanner.consume(text)
            #expect(verdict == scanner.finish())
            #expect(m.moderate("ｋ\u{200B}i l l yourself")[.selfHarm].isFlagged)
        }
    }
}
