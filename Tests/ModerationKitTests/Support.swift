import Foundation
@testable import ModerationKit

/// One moderator for the whole suite (compiling the bundled lexicons once).
let shared: Result<Moderator, ModerationError> = Result { () throws(ModerationError) in try Moderator() }

func moderator() throws -> Moderator { try shared.get() }

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// A hand-written case from `Fixtures/cases.jsonl`.
struct Case: Sendable, CustomStringConvertible {
    var text: String
    var expect: [HarmCategory]
    var action: Action?
    var kind: String
    var description: String { "\(kind): \(text)" }
}

func loadCases() throws -> [Case] {
    let data = try Data(contentsOf: fixtures.appendingPathComponent("cases.jsonl"))
    return try data.split(separator: 0x0A).map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
        return Case(text: object["text"] as! String,
                    expect: (object["expect"] as! [String]).map { HarmCategory(rawValue: $0)! },
                    action: (object["action"] as? String).flatMap(Action.init(rawValue:)),
                    kind: object["kind"] as! String)
    }
}

/// Evasions people apply to the word a filter would catch.
enum Evasion: String, CaseIterable, Sendable {
    case leet, zeroWidth, cyrillic, spaced, dotted, fullwidth, repeats, diacritics, mathBold, upper, maskedVowel, circled

    /// The word as an evader would write it.
    func apply(toWord w: String) -> String {
        let scalars = Array(w.unicodeScalars)
        func mapScalars(_ f: (Unicode.Scalar) -> String) -> String { scalars.map(f).joined() }
        func firstReplacing(_ table: [Unicode.Scalar: String]) -> String {
            var done = false
            return mapScalars { s in
                if !done, let r = table[s] { done = true; return r }
                return String(s)
            }
        }
        switch self {
        case .leet: return firstReplacing(["e": "3", "o": "0", "a": "4", "s": "5", "i": "1", "t": "7"])
        case .zeroWidth: return scalars.map(String.init).joined(separator: "\u{200B}")
        case .cyrillic: return firstReplacing(["a": "а", "o": "о", "e": "е", "p": "р", "c": "с", "y": "у", "x": "х", "k": "к"])
        case .spaced: return scalars.map(String.init).joined(separator: " ")
        case .dotted: return scalars.map(String.init).joined(separator: ".")
        case .fullwidth:
            return mapScalars { s in (0x21...0x7E).contains(s.value) ? String(Unicode.Scalar(s.value - 0x21 + 0xFF01)!) : String(s) }
        case .repeats:
            guard let v = scalars.firstIndex(where: { "aeiouy".unicodeScalars.contains($0) }) else { return w }
            return scalars[..<v].map(String.init).joined() + String(repeating: String(scalars[v]), count: 5) +
                scalars[(v + 1)...].map(String.init).joined()
        case .diacritics:
            return mapScalars { s in ["a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "c": "ç", "n": "ñ"][s] ?? String(s) }
        case .mathBold:
            return mapScalars { s in (0x61...0x7A).contains(s.value) ? String(Unicode.Scalar(s.value - 0x61 + 0x1D41A)!) : String(s) }
        case .circled:
            return mapScalars { s in (0x61...0x7A).contains(s.value) ? String(Unicode.Scalar(s.value - 0x61 + 0x24D0)!) : String(s) }
        case .upper: return w.uppercased()
        case .maskedVowel:
            guard scalars.count >= 4, let v = scalars.indices.dropFirst().first(where: { "aeiou".unicodeScalars.contains(scalars[$0]) }) else { return w }
            return scalars[..<v].map(String.init).joined() + "*" + scalars[(v + 1)...].map(String.init).joined()
        }
    }

    /// `text` with the longest word inside `utf8Range` evaded.
    func apply(to text: String, within utf8Range: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        var best: Range<Int>?
        var i = utf8Range.lowerBound
        while i < utf8Range.upperBound {
            while i < utf8Range.upperBound, !Self.isWordByte(bytes[i]) { i += 1 }
            var j = i
            while j < utf8Range.upperBound, Self.isWordByte(bytes[j]) { j += 1 }
            if j > i, (best?.count ?? 0) < j - i { best = i..<j }
            i = j
        }
        guard let best else { return text }
        let word = String(decoding: bytes[best], as: UTF8.self).lowercased()
        return String(decoding: bytes[..<best.lowerBound], as: UTF8.self) + apply(toWord: word) +
            String(decoding: bytes[best.upperBound...], as: UTF8.self)
    }

    static func isWordByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
}
