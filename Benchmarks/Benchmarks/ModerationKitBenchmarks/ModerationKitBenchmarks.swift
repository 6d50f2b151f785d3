import Benchmark
import ModerationKit

// Corpora are generated deterministically (no download); each benchmark checks its result once
// in setup. Throughput benchmarks process the whole corpus per iteration: read MB/s as
// corpus bytes / wall-clock time.
let english = _BenchmarkCorpus.english(count: 2_000).map { Array($0.utf8) }
let unicode = _BenchmarkCorpus.unicodeHeavy(count: 2_000).map { Array($0.utf8) }
let chat = _BenchmarkCorpus.chat(count: 2_000)
let englishBytes = english.reduce(0) { $0 + $1.count }
let unicodeBytes = unicode.reduce(0) { $0 + $1.count }
let document = String(repeating: _BenchmarkCorpus.chat(count: 200).joined(separator: " "), count: 10)

let benchmarks: @Sendable () -> Void = {
    // Thresholds (Thresholds/*.json, mallocCountTotal only: timings depend on the machine) are
    // checked with a tolerance for the harness's own allocations, which vary by a few dozen per
    // run: 32 allocations and 20%. A clean message or a buffer normalisation that allocated once
    // per call would add 1,000 per sample (both are scaled by 1,000) and fail the check.
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3), maxIterations: 1_000,
                                           thresholds: [.mallocCountTotal: .init(relative: [.p90: 20.0], absolute: [.p90: 32])])
    let moderator = try! Moderator()
    let normalizer = try! Normalizer()

    Benchmark("Normalizer.normalize.englishChat", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in english.prefix(1000) { blackHole(normalizer.normalize(utf8: message).text.utf8.count) }
        }
    }
    for (name, corpus) in [("englishChat", english), ("unicodeHeavy", unicode)] {
        Benchmark("Normalizer.buffer.\(name)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            let buffer = NormalizationBuffer()
            for message in corpus.prefix(1000) { message.withUnsafeBytes { normalizer.normalize($0, into: buffer) } }
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                for message in corpus.prefix(1000) {
                    message.withUnsafeBytes { normalizer.normalize($0, into: buffer) }
                    blackHole(buffer.count)
                }
            }
        }
    }
    Benchmark("ICU.nfkcCasefold.englishChat", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var icu = try! _ICUBaseline()
        for _ in benchmark.scaledIterations {
            for message in english.prefix(1000) { blackHole(message.withUnsafeBytes { icu.fold($0) }) }
        }
    }
    Benchmark("Normalizer.normalize.unicodeHeavy", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            for message in unicode.prefix(1000) { blackHole(normalizer.normalize(utf8: message).text.utf8.count) }
        }
    }
    Benchmark("ICU.nfkcCasefold.unicodeHeavy", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var icu = try! _ICUBaseline()
        for _ in benchmark.scaledIterations {
            for message in unicode.prefix(1000) { blackHole(message.withUnsafeBytes { icu.fold($0) }) }
        }
    }
    Benchmark("Moderator.moderate.shortMessages", configuration: .init(scalingFactor: .kilo)) { benchmark in
        precondition(moderator.moderate("you should kys").action == .block)
        for _ in benchmark.scaledIterations {
            for message in chat.prefix(1000) { blackHole(moderator.moderate(message).isFlagged) }
        }
    }
    // The control for the allocation counts: an iteration that does nothing. Whatever it counts
    // is the harness's own, per sample; subtract it from the others.
    Benchmark("Baseline.empty") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(0) }
    }
    Benchmark("Moderator.moderate.cleanMessage", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let text = "hey are you coming to practice later? bring the ball"
        precondition(!moderator.moderate(text).isFlagged)
        for _ in benchmark.scaledIterations { blackHole(moderator.moderate(text).isFlagged) }
    }
    Benchmark("Moderator.moderate.longDocument") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(moderator.moderate(document).matches.count) }
    }
    Benchmark("Scanner.consume.stream64KB") { benchmark in
        let bytes = Array(document.utf8)
        for _ in benchmark.scaledIterations {
            let scanner = moderator.makeScanner()
            var i = 0
            while i < bytes.count {
                blackHole(scanner.consume(bytes[i..<min(bytes.count, i + 65_536)]).count)
                i += 65_536
            }
            blackHole(scanner.finish().isFlagged)
        }
    }
    // Compiling allocates 2.65 million times, and the count moves by a few dozen from run to
    // run (the per-process seeds of Swift's hashing): 32 would fail at random; 2,000 is still
    // less than one allocation per lexicon entry.
    Benchmark("CompiledLexicon.compile.bundled",
              configuration: .init(maxIterations: 20,
                                   thresholds: [.mallocCountTotal: .init(relative: [.p90: 1.0], absolute: [.p90: 2_000])])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! CompiledLexicon.compile(sources: [.bundled]).termCount) }
    }
}
