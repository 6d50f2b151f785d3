import Testing
import ModerationKit

/// Compile-time check: the shared types are `Sendable`.
private func requireSendable<T: Sendable>(_: T.Type) {}
private let sendableChecks: Void = {
    requireSendable(Moderator.self)
    requireSendable(Verdict.self)
    requireSendable(Match.self)
    requireSendable(HarmCategory.self)
    requireSendable(CompiledLexicon.self)
    requireSendable(Normalizer.self)
    requireSendable(Policy.self)
    requireSendable(ModerationError.self)
}()

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("one Moderator shared by many tasks gives the serial results")
    func sharedModerator() async throws {
        _ = sendableChecks
        let m = try moderator()
        let texts = try loadCases().map(\.text)
        let serial = texts.map { m.moderate($0) }
        let parallel = await withTaskGroup(of: (Int, Verdict).self) { group in
            for (i, text) in texts.enumerated() { group.addTask { (i, m.moderate(text)) } }
            var results = [Verdict?](repeating: nil, count: texts.count)
            for await (i, v) in group { results[i] = v }
            return results
        }
        for i in texts.indices { #expect(parallel[i] == serial[i], "\(texts[i])") }
    }

    @Test("scanners on many threads at once")
    func parallelScanners() async throws {
        let m = try moderator()
        let text = try loadCases().map(\.text).joined(separator: "\n")
        let expected = m.moderate(text)
        let verdicts = try await withThrowingTaskGroup(of: Verdict.self) { group in
            for k in 1...8 {
                group.addTask {
                    let scanner = m.makeScanner()
                    let bytes = Array(text.utf8)
                    var i = 0
                    while i < bytes.count { scanner.consume(bytes[i..<min(bytes.count, i + k * 13)]); i += k * 13 }
                    return scanner.finish()
                }
            }
            var all: [Verdict] = []
            for try await v in group { all.append(v) }
            return all
        }
        for v in verdicts { #expect(v == expected) }
    }
}
