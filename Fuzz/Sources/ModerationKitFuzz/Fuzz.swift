import Glibc
import ModerationKit

// One binary, four targets, chosen by MK_FUZZ_TARGET: moderate, scanner, normalizer, lexicon.
// Each checks invariants and traps (a crash libFuzzer records) when one fails.

nonisolated(unsafe) let moderator = try! Moderator()
nonisolated(unsafe) let normalizer = try! Normalizer()
nonisolated(unsafe) let buffer = NormalizationBuffer()
nonisolated(unsafe) let target: String = {
    guard let value = getenv("MK_FUZZ_TARGET") else { return "moderate" }
    return String(cString: value)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    switch target {
    case "scanner":
        // Any cutting gives the verdict of the whole text; the first byte picks the chunk size.
        let whole = moderator.moderate(utf8: bytes)
        let scanner = moderator.makeScanner()
        let step = size > 0 ? Int(bytes[0] % 7) + 1 : 1
        var i = 0
        while i < size {
            _ = scanner.consume(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[i..<min(size, i + step)]))
            i += step
        }
        let streamed = scanner.finish()
        precondition(streamed == whole, "streamed verdict differs")
    case "normalizer":
        let result = normalizer.normalize(utf8: bytes)
        precondition(result.sourceRanges.count == result.text.utf8.count, "map size")
        var previous = 0
        for r in result.sourceRanges {
            precondition(r.lowerBound >= previous && r.lowerBound < r.upperBound && r.upperBound <= size, "map range")
            previous = r.lowerBound
        }
        // The reusable-buffer path (ASCII fast path, one-pass scanner or engine) writes the same.
        normalizer.normalize(UnsafeRawBufferPointer(bytes), into: buffer)
        precondition(buffer.text == result.text, "buffer text differs")
        precondition((0..<buffer.count).map(buffer.sourceRange(at:)) == result.sourceRanges, "buffer map differs")
        precondition(buffer.steps == result.steps, "buffer steps differ")
    case "lexicon":
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try CompiledLexicon.compile(sources: [.text(text, name: "fuzz.lex")])
        } catch {
            precondition(error.file == "fuzz.lex" && (error.line ?? 1) >= 1, "error without a location")
        }
    default:
        let verdict = moderator.moderate(utf8: bytes)
        for c in HarmCategory.allCases { precondition((0...1).contains(verdict[c].score), "score out of range") }
        for m in verdict.matches { precondition(m.utf8Range.upperBound <= size, "match outside the input") }
    }
    return 0
}

// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("ModerationKitFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
