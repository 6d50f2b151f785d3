import Foundation
import ModerationKit

// Texts: the lines' "text" fields of the JSONL files given (default: the repository's fixtures),
// each also with evasions applied to every word in turn.
let arguments = Array(CommandLine.arguments.dropFirst())
let files = arguments.isEmpty ? ["Tests/ModerationKitTests/Fixtures/cases.jsonl"] : arguments
var texts: [String] = []
for file in files {
    guard let data = FileManager.default.contents(atPath: file) else { print("cannot read \(file)"); exit(2) }
    for line in data.split(separator: 0x0A) {
        if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String {
            texts.append(text)
        }
    }
}
func variants(_ text: String) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    var out: [String] = []
    for (i, word) in words.enumerated() where word.count >= 3 {
        var spaced = words, zeroWidth = words, leet = words, fullwidth = words
        spaced[i] = word.map(String.init).joined(separator: " ")
        zeroWidth[i] = word.map(String.init).joined(separator: "\u{200B}")
        leet[i] = word.replacingOccurrences(of: "e", with: "3").replacingOccurrences(of: "o", with: "0")
        fullwidth[i] = String(String.UnicodeScalarView(word.unicodeScalars.map {
            (0x21...0x7E).contains($0.value) ? Unicode.Scalar($0.value - 0x21 + 0xFF01)! : $0
        }))
        out += [spaced, zeroWidth, leet, fullwidth].map { $0.joined(separator: " ") }
    }
    return out
}

let moderator = try Moderator()
var rng = SystemRandomNumberGenerator()
var checked = 0, mismatches = 0
for text in texts {
    for candidate in [text] + variants(text) {
        let whole = moderator.moderate(candidate)
        let scanner = moderator.makeScanner()
        let bytes = Array(candidate.utf8)
        var i = 0
        while i < bytes.count {
            let n = Int.random(in: 1...7, using: &rng)
            for match in scanner.consume(bytes[i..<min(bytes.count, i + n)]) { _ = match.entry.id }
            i += n
        }
        let streamed = scanner.finish()
        checked += 1
        if streamed != whole || streamed.isFlagged != whole.isFlagged || streamed.action != whole.action ||
            streamed.matches.map(\.utf8Range) != whole.matches.map(\.utf8Range) ||
            HarmCategory.allCases.contains(where: { streamed[$0].score != whole[$0].score }) {
            mismatches += 1
            print("MISMATCH: \(candidate)")
        }
    }
}
print("\(checked) texts and variants, \(mismatches) mismatches")
exit(mismatches == 0 ? 0 : 1)
