import Foundation
import Testing
import ModerationKit

/// Replays the minimised libFuzzer corpus (Fuzz/corpus) with the fuzz targets' invariants, so
/// every input the fuzzer found interesting stays a regression test.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    static func inputs(_ target: String) throws -> [[UInt8]] {
        let folder = repositoryRoot.appendingPathComponent("Fuzz/corpus/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    @Test func moderateAndScanner() throws {
        let m = try moderator()
        let inputs = try Self.inputs("moderate") + Self.inputs("scanner")
        #expect(inputs.count > 100)
        for bytes in inputs {
            let whole = m.moderate(utf8: bytes)
            for c in HarmCategory.allCases { #expect((0...1).contains(whole[c].score)) }
            for match in whole.matches { #expect(match.utf8Range.upperBound <= bytes.count) }
            let scanner = m.makeScanner()
            let step = bytes.isEmpty ? 1 : Int(bytes[0] % 7) + 1
            var i = 0
            while i < bytes.count { scanner.consume(bytes[i..<min(bytes.count, i + step)]); i += step }
            #expect(scanner.finish() == whole)
        }
    }

    @Test func normalizer() throws {
        let normalizer = try Normalizer()
        let buffer = NormalizationBuffer()
        for bytes in try Self.inputs("normalizer") + Self.inputs("moderate") {
            let result = normalizer.normalize(utf8: bytes)
            // The reusable-buffer path (ASCII fast path, one-pass scanner or engine) agrees.
            bytes.withUnsafeBytes { normalizer.normalize($0, into: buffer) }
            #expect(buffer.text == result.text)
            #expect((0..<buffer.count).map(buffer.sourceRange(at:)) == result.sourceRanges)
            #expect(buffer.steps == result.steps)
            #expect(result.sourceRanges.count == result.text.utf8.count)
            var previous = 0
            for r in result.sourceRanges {
                #expect(r.lowerBound >= previous && r.lowerBound < r.upperBound && r.upperBound <= bytes.count)
                previous = r.lowerBound
            }
        }
    }

    @Test func lexiconParser() throws {
        for bytes in try Self.inputs("lexicon") {
            do {
                _ = try CompiledLexicon.compile(sources: [.text(String(decoding: bytes, as: UTF8.self), name: "fuzz.lex")])
            } catch {
                #expect(error.file == "fuzz.lex")
                #expect((error.line ?? 0) >= 1)
            }
        }
    }
}
