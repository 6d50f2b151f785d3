import Foundation
import Testing

/// End-to-end tests of the `moderate` executable: exact output and exit codes.
@Suite("moderate CLI", .serialized)
struct CLITests {
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("moderate"),
            repositoryRoot.appendingPathComponent(".build/debug/moderate"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: [UInt8] = []) throws -> Run {
        let binary = try #require(Self.binary, "build the moderate executable first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(stdin))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func normalize() throws {
        let r = try run(["normalize", "Ｋ\u{200B}ILL y o u r s e l f, l0ser"])
        #expect(r.status == 0)
        #expect(r.stdout == "kill yourself, loser\n")
    }

    @Test func normalizeExplain() throws {
        let r = try run(["normalize", "--explain", "k1ll"])
        #expect(r.status == 0)
        #expect(r.stdout == "kill\n  leetspeak: 0..<4 \"k1ll\" → \"kill\"\n")
    }

    @Test func normalizeReadsStandardInputLineByLine() throws {
        let r = try run(["normalize"], stdin: Array("ＨＥＬＬＯ\nk i l l\n".utf8))
        #expect(r.stdout == "hello\nkill\n")
    }

    @Test func checkDefaultSubcommandFlags() throws {
        let r = try run(["you should kys"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("BLOCK  flagged: self_harm"))
        // The highlight covers the hits ("kys", and phrases such as "you should kys").
        #expect(r.stdout.contains("kys]"))
        #expect(r.stdout.contains("en.self_harm.promotion.kys"))
    }

    @Test func checkClean() throws {
        let r = try run(["check", "see you at practice tomorrow"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("ALLOW  nothing flagged\n"))
    }

    @Test func checkJSONL() throws {
        let input = """
        {"id": "a", "text": "have a nice day"}
        {"id": 7, "text": "i will kill you"}
        {"text": "x"}
        """
        let r = try run(["check", "--jsonl"], stdin: Array(input.utf8))
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["id"] as? String == "a")
        #expect(first["flagged"] as? Bool == false)
        let categories = first["categories"] as! [String: Any]
        #expect(Set(categories.keys) == ["self_harm", "eating_disorder", "harassment", "cyberbullying", "gender_abuse"])
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(second["id"] as? Int == 7)
        #expect(second["action"] as? String == "block")
        let match = (second["matches"] as! [[String: Any]])[0]
        #expect(match["entry"] as? String == "en.harassment.threat.kill-you")
        #expect(match["start"] as? Int == 0 && match["end"] as? Int == 15)
        #expect(match["text"] as? String == "i will kill you")
    }

    @Test func checkJSONLBadLineKeepsTheOthers() throws {
        let r = try run(["check", "--jsonl"], stdin: Array("{\"text\": \"hi\"}\nnot json\n{\"text\": \"hello\"}\n".utf8))
        #expect(r.status == 2)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("\"error\""))
        #expect(r.stderr.contains("stdin:2:"))
    }

    @Test func checkJSONLJobsKeepsOrder() throws {
        let input = (0..<600).map { "{\"id\": \($0), \"text\": \"message \($0) \($0 % 7 == 0 ? "kys" : "hi")\"}" }.joined(separator: "\n")
        let one = try run(["check", "--jsonl"], stdin: Array(input.utf8))
        let two = try run(["check", "--jsonl", "--jobs", "2"], stdin: Array(input.utf8))
        #expect(one.stdout == two.stdout)
        #expect(one.status == 1)
    }

    @Test func checkStream() throws {
        let r = try run(["check", "--stream"], stdin: Array("hello\nyou should kys\nbye\n".utf8))
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 2)
        // Match events first (several entries may cover "should kys"), the verdict last.
        #expect(lines.dropLast().contains { $0.contains("\"entry\":\"en.self_harm.promotion.kys\"") })
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("{\"entry\":") })
        #expect(lines.last!.contains("\"flagged\":true"))
        #expect(lines.last!.contains("\"match_count\""))
    }

    @Test func checkJSON() throws {
        let r = try run(["check", "--json", "hello"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{\"id\":null,\"flagged\":false,\"action\":\"allow\""))
    }

    @Test func malformedLexiconExitsTwoNamingFileAndLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mk-cli-bad-\(getpid()).txt").path
        try "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.x]\nsub: insult\nweight: 2\npattern: x\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try run(["check", "--lexicon", path, "hello"])
        #expect(r.status == 2)
        #expect(r.stderr == "\(path):6: weight '2' must be a number in (0, 1]\n")
    }

    @Test func extraLexiconIsUsed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mk-cli-extra-\(getpid()).anything").path
        try "lexicon: harassment\nlanguage: en\nversion: 1\n[en.harassment.insult.zorblax]\nsub: insult\nweight: 0.9\npattern: zorblax\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try run(["check", "--lexicon", path, "you zorblax"])
        #expect(r.status == 1)
    }

    @Test func usageErrorExitsTwo() throws {
        let r = try run(["check", "--policy", "toddler", "x"])
        #expect(r.status == 2)
        let s = try run(["check", "--jsonl", "--stream"])
        #expect(s.status == 2)
    }

    @Test func policyOption() throws {
        let child = try run(["check", "--policy", "child", "you are such an idiot"])
        #expect(child.status == 1)
    }

    @Test func explain() throws {
        let r = try run(["explain", "u r such a l0ser"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("normalized: u r such a loser"))
        #expect(r.stdout.contains("leetspeak"))
        #expect(r.stdout.contains("context: target other"))
        #expect(r.stdout.contains("action:"))
    }

    @Test func eval() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mk-cli-eval-\(getpid()).jsonl").path
        let rows = [
            "{\"text\": \"i will kill you\", \"labels\": {\"harassment\": 1, \"self_harm\": null}}",
            "{\"text\": \"nice game\", \"labels\": {\"harassment\": 0}}",
            "{\"text\": \"you idiot\", \"labels\": {\"harassment\": 1}}",
        ]
        try rows.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try run(["eval", "--json", path])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let harassment = (object["pooled"] as! [String: Any])["harassment"] as! [String: Any]
        #expect(harassment["n"] as? Int == 3)
        #expect(harassment["fp"] as? Int == 0)
        #expect((object["pooled"] as! [String: Any])["self_harm"] == nil)
    }

    @Test func bench() throws {
        let r = try run(["bench", "--messages", "300"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.suffix(3)[lines.count - 3].hasPrefix("throughput: "))
        #expect(lines.last!.hasPrefix("latency: p50 "))
    }

    static func hostileBytes(_ name: String) -> [UInt8] {
        switch name {
        case "random-ish bytes with NUL": [0xFF, 0xFE, 0x00, 0x41, 0xC3, 0x28, 0xA0, 0xA1]
        case "truncated sequences": Array(repeating: 0xE2, count: 1000)
        case "NUL bytes": Array(repeating: 0x00, count: 1000)
        case "zalgo": Array(("k" + String(repeating: "\u{0336}\u{0338}\u{0321}", count: 3000) + "ys").utf8)
        case "ZWJ flood": Array(String(repeating: "\u{200D}", count: 50_000).utf8)
        case "ZWJ emoji": Array(String(repeating: "👨\u{200D}👩\u{200D}👧\u{200D}👦", count: 2000).utf8)
        case "one long token": Array(String(repeating: "a", count: 300_000).utf8)
        case "combining marks": Array(String(repeating: "e\u{301}", count: 50_000).utf8)
        case "separator flood": Array(String(repeating: ". - _ ", count: 50_000).utf8)
        default: Array(String(repeating: "k i l l ", count: 20_000).utf8)
        }
    }

    @Test("hostile input: exit 0 or 1, never a crash", arguments: [
        "random-ish bytes with NUL", "truncated sequences", "NUL bytes", "zalgo", "ZWJ flood", "ZWJ emoji", "one long token",
        "combining marks", "separator flood", "spaced letters flood",
    ])
    func hostileInput(name: String) throws {
        let bytes = Self.hostileBytes(name)
        let r = try run(["check", "--stream"], stdin: bytes)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
    }
}
