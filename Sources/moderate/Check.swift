import ArgumentParser
import Dispatch
import Foundation
import ModerationKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Moderate a text (the default command): scores, action and highlighted hits.",
        discussion: """
        With no TEXT, reads standard input as one text. --jsonl reads one JSON object per line \
        ({"text": ..., "id": ...}) and writes one result per line; --stream reads standard input \
        as one stream and writes each match as a JSON line as soon as it is final, then the verdict.
        """
    )

    @Argument(help: "The text to check (default: standard input).")
    var text: String?

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print the verdict as one JSON object.")
    var json = false

    @Flag(help: "Read JSON lines from standard input, write one JSON result per line.")
    var jsonl = false

    @Flag(help: "Read standard input as one stream; write matches as JSON lines as they become final.")
    var stream = false

    @Option(help: "With --jsonl: worker threads (output order is kept).")
    var jobs = 1

    func validate() throws {
        if jsonl && stream { throw ValidationError("--jsonl and --stream cannot be combined") }
        if (jsonl || stream) && text != nil { throw ValidationError("--jsonl and --stream read standard input; give no TEXT") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let moderator = try lexicon.makeModerator()
        if jsonl { return try runJSONL(moderator) }
        if stream { return try runStream(moderator) }
        let input = text ?? String(decoding: readStandardInput(), as: UTF8.self)
        let verdict = moderator.moderate(input)
        if json {
            writeOut(JSON.verdict(verdict, id: nil, text: input))
        } else {
            writeOut(Report.human(verdict, text: input))
        }
        if verdict.isFlagged { throw ExitCode(1) }
    }

    private func runJSONL(_ moderator: Moderator) throws {
        let data = readStandardInput()
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        let results = parallelMap(lines.count, jobs: jobs) { i in
            Check.processLine(lines[i], number: i + 1, moderator: moderator)
        }
        let outputs = results.map(\.0)
        let flagged = results.map(\.1)
        let bad = results.map(\.2)
        for line in outputs { writeOut(line) }
        if bad.contains(true) { throw ExitCode(2) }
        if flagged.contains(true) { throw ExitCode(1) }
    }

    static func processLine(_ line: [UInt8], number: Int, moderator: Moderator) -> (String, Bool, Bool) {
        func failure(_ message: String) -> (String, Bool, Bool) {
            FileHandle.standardError.write(Data("stdin:\(number): \(message)\n".utf8))
            return ("{\"id\":null,\"line\":\(number),\"error\":\(JSON.string(message))}", false, true)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) as? [String: Any] else {
            return failure("not a JSON object")
        }
        guard let text = object["text"] as? String else { return failure("no string field \"text\"") }
        var id: String?
        if let value = object["id"] {
            if let s = value as? String { id = JSON.string(s) }
            else if let n = value as? NSNumber { id = n.stringValue }
        }
        let verdict = moderator.moderate(text)
        return (JSON.verdict(verdict, id: id, text: text), verdict.isFlagged, false)
    }

    private func runStream(_ moderator: Moderator) throws {
        let scanner = moderator.makeScanner()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(0, &buffer, buffer.count)
            if n < 0 {
                FileHandle.standardError.write(Data("stdin: read failed (errno \(errno))\n".utf8))
                throw ExitCode(2)
            }
            if n == 0 { break }
            let matches = buffer.withUnsafeBytes { scanner.consume(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            for m in matches { writeOut(JSON.match(m, text: nil)) }
        }
        let verdict = scanner.finish()
        for m in scanner.takeFinalMatches() { writeOut(JSON.match(m, text: nil)) }
        writeOut(JSON.verdict(verdict, id: nil, text: nil, includeMatches: false))
        if verdict.isFlagged { throw ExitCode(1) }
    }
}
