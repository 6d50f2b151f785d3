import Foundation
import Testing
@testable import ModerationKit

@Suite("Lexicons")
struct LexiconTests {
    @Test("the embedded copy of lexicons/ is current (run scripts/embed-lexicons.py)")
    func bundledCopyIsCurrent() throws {
        let directory = repositoryRoot.appendingPathComponent("lexicons")
        for file in BundledLexicons.files {
            let onDisk = try String(contentsOf: directory.appendingPathComponent(file.path), encoding: .utf8)
            #expect(onDisk.trimmingCharacters(in: .newlines) == file.text, "\(file.path) changed: re-run scripts/embed-lexicons.py")
        }
        let names = try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".lex") }
        #expect(Set(names) == Set(BundledLexicons.files.map(\.path)))
        let version = try String(contentsOf: directory.appendingPathComponent("VERSION"), encoding: .utf8)
        #expect(version.trimmingCharacters(in: .whitespacesAndNewlines) == BundledLexicons.version)
    }

    @Test("bundled lexicons: every category file, cues and allowlist, hundreds of entries")
    func depth() throws {
        let lexicon = try moderator().lexicon
        for category in HarmCategory.allCases {
            let count = lexicon.entries.filter { $0.category == category }.count
            #expect(count >= 60, "\(category): \(count) entries")
        }
        #expect(lexicon.entries.contains { if case .cue = $0.kind { true } else { false } })
        #expect(lexicon.entries.contains { if case .allow = $0.kind { true } else { false } })
    }

    @Test("every lexicon example matches its entry, every counter-example does not")
    func examples() throws {
        let (failures, checked) = try moderator().checkLexiconExamples()
        #expect(checked > 500)
        #expect(failures.isEmpty, "\(failures.count) of \(checked):\n\(failures.prefix(60).map(\.description).joined(separator: "\n"))")
    }

    @Test("no identity word is harmful on its own", arguments: [
        "gay", "lesbian", "trans", "women", "woman", "girls", "queer", "bisexual", "nonbinary", "feminist", "muslim",
        "jewish", "black", "asian", "immigrant", "disabled", "autistic", "fat", "ana", "mia",
    ])
    func identityWords(word: String) throws {
        let verdict = try moderator().moderate(word)
        #expect(!verdict.isFlagged, "\(word): \(verdict.matches.map(\.entry.id))")
        #expect(try !moderator().moderate("i am \(word)").isFlagged)
    }

    // MARK: - Malformed lexicons

    static let malformed: [(String, String, ModerationError.Code, Int)] = [
        ("unknown field", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: x\ncolour: red\n", .unknownField, 8),
        ("bad weight", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 1.5\npattern: x\n", .badValue, 6),
        ("weight not a number", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: high\npattern: x\n", .badValue, 6),
        ("duplicate id", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: x\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: y\n", .duplicateID, 8),
        ("pattern that can never match", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: !!!\n", .badPattern, 7),
        ("short stem", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: ab*\n", .badPattern, 7),
        ("gap at the end", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: kill ~2\n", .badPattern, 7),
        ("leet in a pattern", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: k*ll\n", .badPattern, 7),
        ("unclosed group", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: (a|b\n", .badPattern, 7),
        ("empty file", "# nothing here\n", .emptyFile, 1),
        ("no entries", "lexicon: harassment\nlanguage: en\nversion: 1\n", .emptyFile, 3),
        ("missing header", "[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: x\n", .missingField, 1),
        ("unknown lexicon", "lexicon: spam\nlanguage: en\nversion: 1\n", .badValue, 1),
        ("engine-only cue", "lexicon: cues\nlanguage: en\nversion: 1\n[en.cues.quoted.x]\ncue: quoted\npattern: the word\n", .badValue, 5),
        ("wrong sub-category", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.intent.x]\nsub: intent\nweight: 0.5\npattern: x\n", .badValue, 5),
        ("missing weight", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\npattern: x\n", .missingField, 4),
        ("no pattern", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\n", .missingField, 4),
        ("id outside the file's lexicon", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.self_harm.intent.x]\nsub: insult\nweight: 0.5\npattern: x\n", .badValue, 4),
        ("not field: value", "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\njust words\n", .syntax, 5),
        ("unknown cue", "lexicon: cues\nlanguage: en\nversion: 1\n[en.cues.x.y]\ncue: sarcasm\npattern: x\n", .badValue, 5),
        ("weight on a cue", "lexicon: cues\nlanguage: en\nversion: 1\n[en.cues.x.y]\ncue: negation\nweight: 0.5\npattern: x\n", .unknownField, 6),
        ("unknown category in cancels", "lexicon: allow\nlanguage: en\nversion: 1\n[en.allow.x]\ncancels: spam\npattern: x\n", .badValue, 5),
    ]

    @Test("a malformed lexicon is refused with its code, file and line", arguments: malformed)
    func malformedLexicon(name: String, text: String, code: ModerationError.Code, line: Int) {
        do {
            _ = try CompiledLexicon.compile(sources: [.text(text, name: "bad.lex")])
            Issue.record("\(name): accepted")
        } catch {
            #expect(error.code == code, "\(name): \(error)")
            #expect(error.file == "bad.lex")
            #expect(error.line == line, "\(name): \(error)")
            #expect(error.description.hasPrefix("bad.lex:\(line): "))
        }
    }

    @Test func invalidUTF8Lexicon() {
        var bytes = Array("lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 0.5\npattern: x".utf8)
        bytes.insert(0xFF, at: bytes.count - 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mk-invalid-\(getpid()).lex").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try CompiledLexicon.compile(sources: [.file(path)])
            Issue.record("accepted")
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.line == 7)
        }
    }

    @Test func missingFile() {
        #expect(throws: ModerationError.self) { try CompiledLexicon.compile(sources: [.file("/nonexistent/x.lex")]) }
    }

    // MARK: - Overlays

    static let overlay = """
    lexicon: harassment
    language: en
    version: 3
    [en.harassment.insult.tenant-word]
    sub: insult
    weight: 0.9
    pattern: zorblax
    match: you zorblax
    """

    @Test func overlaysAddEntries() throws {
        var configuration = Moderator.Configuration()
        configuration.sources = [.bundled, .text(Self.overlay, name: "tenant.lex")]
        let m = try Moderator(configuration: configuration)
        #expect(m.moderate("you zorblax").isFlagged)
        #expect(try !moderator().moderate("you zorblax").isFlagged)
        #expect(m.lexicon.version.hasSuffix("+tenant.lex@3"))
        // The overlay's new word adds trie states and table bytes.
        let bundled = try moderator().lexicon
        #expect(m.lexicon.stateCount > bundled.stateCount)
        #expect(m.lexicon.matcherByteCount > bundled.matcherByteCount)
        #expect(bundled.matcherByteCount > bundled.stateCount * 8)
    }

    /// Patterns that open with the same word share one merged node after the root (see
    /// `PhraseAutomaton.mergeRootTargets`); each must still match exactly its own texts. The
    /// patterns expand to more than eight word sequences, so they are laid out as graphs whose
    /// first slots ("you" in three different word sets) lead from the root to three nodes.
    @Test("patterns opening with the same word keep their own matches", arguments: [
        ("you are a zorblax", ["t-a"]), ("u r an zorblax", ["t-a"]), ("ur so very frobnik", ["t-b"]),
        ("you quibble", ["t-b"]), ("you total glorp", ["t-b", "t-c"]), ("you glorp", ["t-b", "t-c"]),
        ("you are a glorp", ["t-b"]), ("you are a real glorp", []), ("yu are glorp", []), ("glorp you", []),
        ("you you are a zorblax", ["t-a"]), ("yu glorp", ["t-c"]), ("ya is a zorblax", ["t-a"]),
        ("ya utter glorp", ["t-b"]),
    ])
    func sharedOpeningWords(text: String, expected: [String]) throws {
        let lexicon = """
        lexicon: harassment
        language: en
        version: 1

        [en.harassment.insult.t-a]
        sub: insult
        weight: 0.6
        pattern: (you|u|ya) (are|r|is) (a|an) zorblax

        [en.harassment.insult.t-b]
        sub: insult
        weight: 0.6
        pattern: (you|ur|u|ya) ~2 (quibble|frobnik|glorp)

        [en.harassment.insult.t-c]
        sub: insult
        weight: 0.6
        pattern: (you|yu) (absolute|total|utter|complete|) glorp
        """
        var configuration = Moderator.Configuration()
        configuration.sources = [.text(lexicon, name: "shared.lex")]
        let verdict = try Moderator(configuration: configuration).moderate(text)
        let ids = Set(verdict.matches.map { String($0.entry.id.split(separator: ".").last!) })
        #expect(ids == Set(expected), "\(text): \(ids.sorted())")
    }

    @Test func examplesReportTheStateCap() throws {
        // More patterns than the matcher keeps partial matches, laid out as graphs (24 word
        // sequences each) on their own nodes after "you are": lint must say so instead of
        // losing hits quietly.
        func word(_ k: Int) -> String {
            "zq" + [k / 676, k / 26 % 26, k % 26].map { String(UnicodeScalar(UInt8(97 + $0))) }.joined()
        }
        let n = LexiconExampleFailure.maxPhraseStates + 50
        var text = "lexicon: harassment\nlanguage: en\nversion: 1\n"
        for k in 0..<n {
            text += "\n[en.harassment.insult.cap\(k)]\nsub: insult\nweight: 0.5\n"
            text += "pattern: (you|u) (are|r|\(word(k))) (so|very) (dumb|bad) ~2 \(word(k))\n"
        }
        text += "match: you are so dumb \(word(n - 1))\n"
        var configuration = Moderator.Configuration()
        configuration.sources = [.text(text, name: "cap.lex")]
        let m = try Moderator(configuration: configuration)
        let failures = m.checkLexiconExamples().failures
        #expect(failures.count == 1)
        #expect(failures.first?.exceededStateCap == true)
        #expect(failures.first?.description.contains("live phrase states") == true)
    }

    @Test func overlaysDisableEntries() throws {
        let base = try moderator()
        let verdict = base.moderate("just kys")
        let id = try #require(verdict.matches.first?.entry.id)
        var configuration = Moderator.Configuration()
        configuration.disabledEntries = [id]
        let m = try Moderator(configuration: configuration)
        #expect(!m.moderate("just kys").matches.contains { $0.entry.id == id })
    }

    @Test func disablingAnUnknownEntryIsAnError() {
        var configuration = Moderator.Configuration()
        configuration.disabledEntries = ["en.harassment.insult.no-such-entry"]
        #expect { try Moderator(configuration: configuration) } throws: { ($0 as? ModerationError)?.code == .unknownEntry }
    }

    @Test func overlayAllowlist() throws {
        let allow = """
        lexicon: allow
        language: en
        version: 1
        [en.allow.tenant-game-term]
        pattern: kill the dragon
        """
        var configuration = Moderator.Configuration()
        configuration.sources = [.bundled, .text(allow, name: "allow-tenant.lex")]
        let m = try Moderator(configuration: configuration)
        let text = "we will kill the dragon tonight"
        #expect(m.moderate(text).matches.allSatisfy { !$0.folded.contains("kill") })
    }

    @Test("results do not depend on the order of lexicon entries")
    func orderIndependence() throws {
        let files = BundledLexicons.files
        let forward = try CompiledLexicon.compile(sources: files.map { .text($0.text, name: $0.path) })
        let backward = try CompiledLexicon.compile(sources: files.reversed().map { .text($0.text, name: $0.path) })
        let texts = try loadCases().map(\.text)
        let tables = try UnicodeTables.shared.get()
        func run(_ lexicon: CompiledLexicon, _ text: String) -> [String] {
            let engine = ScanEngine(lexicon: lexicon, steps: .all, tables: tables, policy: .default)
            Array(text.utf8).withUnsafeBytes { engine.feed($0) }
            engine.finishInput()
            return engine.retained.map { "\($0.entry.id)@\($0.utf8Range)=\($0.evidence)" }.sorted()
        }
        for text in texts { #expect(run(forward, text) == run(backward, text), "\(text)") }
    }
}
