import ArgumentParser
import Foundation
import ModerationKit

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The bundled benchmark: MB/s, messages/s and latency of moderate(_:) per message.",
        discussion: """
        Every line of FILE is one message, run through moderate(_:) to a full verdict. Without FILE, \
        runs on a corpus generated in-process (chat-like English with evasions and non-Latin text). \
        MB = 10^6 bytes of UTF-8; single thread.
        """
    )

    @OptionGroup var lexicon: LexiconOptions

    @Argument(help: "A file with one message per line (default: generated corpus).")
    var file: String?

    @Option(help: "Passes over the messages.")
    var `repeat` = 1

    @Option(help: "Generated corpus: chat, english or unicode.")
    var corpus = "chat"

    @Option(help: "Messages in the generated corpus.")
    var messages = 100_000

    @Flag(help: "Time ICU NFKC_Casefold alone on the same messages instead of the pipeline (the baseline).")
    var icuOnly = false

    @Flag(help: "Also time ICU NFKC_Casefold alone in the same run and print the ratio.")
    var compare = false

    @Flag(help: "Time the normaliser alone (Normalizer into a reused buffer) instead of moderate(_:).")
    var normalizer = false

    @Flag(help: "Print the generated corpus, one message per line, and exit (for side-by-side runs).")
    var dumpCorpus = false

    func run() throws {
        let lines: [[UInt8]]
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw ModerationError(.io, "cannot read the file", file: file) }
            lines = data.split(separator: 0x0A).map { Array($0) }
        } else {
            let texts: [String]
            switch corpus {
            case "chat": texts = _BenchmarkCorpus.chat(count: messages)
            case "english": texts = _BenchmarkCorpus.english(count: messages)
            case "unicode": texts = _BenchmarkCorpus.unicodeHeavy(count: messages)
            default: throw ValidationError("unknown corpus '\(corpus)' (chat, english, unicode)")
            }
            lines = texts.map { Array($0.utf8) }
        }
        guard !lines.isEmpty else { throw ValidationError("no messages") }
        if dumpCorpus {
            for line in lines { writeOut(String(decoding: line, as: UTF8.self)) }
            return
        }
        let totalBytes = lines.reduce(0) { $0 + $1.count }
        // The normaliser and ICU runs need no lexicon: no compile in their profiles.
        let moderator = normalizer || icuOnly ? nil : try lexicon.makeModerator()
        let icu = ICUBox(try _ICUBaseline())
        let folder = try Normalizer()
        let buffer = NormalizationBuffer()
        let texts = lines.map { String(decoding: $0, as: UTF8.self) }
        // The byte-level loops read every message from one contiguous buffer, so that the
        // harness costs the same small amount for the normaliser and for the ICU baseline.
        let flat = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, totalBytes), alignment: 8)
        var messages: [UnsafeRawBufferPointer] = []
        messages.reserveCapacity(lines.count)
        var at = 0
        for line in lines {
            let slice = UnsafeMutableRawBufferPointer(rebasing: flat[at..<at + line.count])
            slice.copyBytes(from: line)
            messages.append(UnsafeRawBufferPointer(slice))
            at += line.count
        }
        // Warm up: the pool, the caches.
        for (text, message) in zip(texts, messages).prefix(1000) {
            if let moderator { _ = moderator.moderate(text) } else if normalizer { folder.normalize(message, into: buffer) } else { _ = icu.baseline.fold(message) }
        }

        // Throughput: whole passes, no clock inside the loop. Latency: a second pass timing each message.
        let passes = max(1, `repeat`)
        var flagged = 0
        func run(timed: Bool, passes: Int, into latencies: inout [UInt64]) {
            var k = 0
            for _ in 0..<passes {
                if normalizer {
                    for message in messages {
                        let t0 = timed ? now() : 0
                        folder.normalize(message, into: buffer)
                        if timed { latencies[k] = now() - t0 }
                        k += 1
                    }
                } else if icuOnly {
                    for message in messages {
                        let t0 = timed ? now() : 0
                        _ = icu.baseline.fold(message)
                        if timed { latencies[k] = now() - t0 }
                        k += 1
                    }
                } else {
                    for text in texts {
                        let t0 = timed ? now() : 0
                        let verdict = moderator.unsafelyUnwrapped.moderate(text)
                        if timed { latencies[k] = now() - t0 } else if verdict.isFlagged { flagged += 1 }
                        k += 1
                    }
                }
            }
        }
        var latencies = [UInt64](repeating: 0, count: lines.count * passes)
        var unused: [UInt64] = []
        var elapsed = 0.0
        var icuElapsed = 0.0
        var ratio = 0.0
        if compare && !icuOnly {
            // Pass by pass, the pipeline and then ICU on the same messages, so that both see the
            // same machine; the figures are the medians over passes.
            var pipelineTimes: [Double] = []
            var icuTimes: [Double] = []
            var ratios: [Double] = []
            for _ in 0..<passes {
                let t0 = now()
                run(timed: false, passes: 1, into: &unused)
                let t1 = now()
                for message in messages { _ = icu.baseline.fold(message) }
                let t2 = now()
                pipelineTimes.append(Double(t1 - t0) / 1e9)
                icuTimes.append(Double(t2 - t1) / 1e9)
                ratios.append(Double(t2 - t1) / Double(t1 - t0))
            }
            elapsed = median(pipelineTimes) * Double(passes)
            icuElapsed = median(icuTimes) * Double(passes)
            ratio = median(ratios)
        } else {
            let started = now()
            run(timed: false, passes: passes, into: &unused)
            elapsed = Double(now() - started) / 1e9
        }
        run(timed: true, passes: passes, into: &latencies)
        flat.deallocate()
        let k = latencies.count
        latencies.sort()
        let mb = Double(totalBytes * passes) / 1e6
        let what = normalizer ? "Normalizer (reused buffer)" : icuOnly ? "ICU NFKC_Casefold alone" : "moderate(_:)"
        writeOut("\(what): \(lines.count) messages, \(totalBytes) bytes (mean \(totalBytes / lines.count) B), \(passes) pass(es)\(icuOnly || normalizer ? "" : ", \(flagged) flagged")")
        if compare && !icuOnly {
            writeOut("ICU NFKC_Casefold alone: \(String(format: "%.1f", mb / icuElapsed)) MB/s; pipeline / ICU = \(String(format: "%.2f", ratio))x (median of \(passes) interleaved pass(es))")
        }
        if let moderator {
            let answered = texts.reduce(0) { $0 + (moderator._prefilterAnswers($1) ? 1 : 0) }
            writeOut("clean-text prefilter answered \(String(format: "%.1f", 100 * Double(answered) / Double(texts.count)))% of messages")
        }
        writeOut("throughput: \(String(format: "%.1f", mb / elapsed)) MB/s")
        writeOut("messages/s: \(String(format: "%.0f", Double(k) / elapsed))")
        writeOut("latency: p50 \(String(format: "%.2f", Double(latencies[k / 2]) / 1000)) µs, p99 \(String(format: "%.2f", Double(latencies[min(k - 1, k * 99 / 100)]) / 1000)) µs")
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    private func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

/// Holds the non-copyable ICU baseline for the nested timing loops.
private final class ICUBox {
    var baseline: _ICUBaseline
    init(_ baseline: consuming _ICUBaseline) { self.baseline = baseline }
}
