/// Parses the lexicon file format documented in `lexicons/README.md`.
///
/// Every error names the file and the 1-based line: `FILE:LINE: reason`.
struct LexiconParser {
    /// A parsed file: its header and its entries, not yet compiled.
    struct ParsedFile {
        var name: String
        var lexicon: String
        var language: String
        var version: String
        var entries: [LexiconEntry]
    }

    private static let headerFields: Set<String> = ["lexicon", "language", "version"]
    private static let entryFields: Set<String> = [
        "sub", "weight", "target", "also", "cue", "cancels", "pattern", "match", "nomatch", "note", "source",
    ]
    private static let harmLexicons = Set(HarmCategory.allCases.map(\.rawValue))

    static func parse(name: String, bytes: [UInt8]) throws(ModerationError) -> ParsedFile {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Report the line of the first invalid byte: the first line that does not validate.
            var line = 1
            var lineStart = 0
            for (i, byte) in bytes.enumerated() where byte == 0x0A {
                if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { break }
                lineStart = i + 1
                line += 1
            }
            throw ModerationError(.invalidUTF8, "the file is not valid UTF-8", file: name, line: line)
        }
        var header: [String: (String, Int)] = [:]
        var entries: [LexiconEntry] = []
        var current: (id: String, line: Int, fields: [(String, String, Int)])?

        func finish() throws(ModerationError) {
            guard let entry = current else { return }
            entries.append(try makeEntry(id: entry.id, line: entry.line, fields: entry.fields, header: header, file: name))
            current = nil
        }

        var lineNumber = 0
        var lastContentLine = 1
        // Lines are split and trimmed on UTF-8 bytes (the format's syntax is ASCII).
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = rawLine[...]
            while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0D { bytes = bytes.dropFirst() }
            while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes = bytes.dropLast() }
            if bytes.isEmpty { continue }
            lastContentLine = lineNumber
            if bytes.first == UInt8(ascii: "#") { continue }
            let line = String(Substring(bytes))
            if bytes.first == UInt8(ascii: "[") {
                guard bytes.last == UInt8(ascii: "]"), bytes.count > 2 else {
                    throw ModerationError(.syntax, "an entry header is written [id]", file: name, line: lineNumber)
                }
                try finish()
                if header["lexicon"] == nil || header["language"] == nil || header["version"] == nil {
                    let missing = ["lexicon", "language", "version"].filter { header[$0] == nil }
                    throw ModerationError(.missingField, "the file header needs \(missing.joined(separator: ", ")) before the first entry",
                                          file: name, line: lineNumber)
                }
                let id = String(line.dropFirst().dropLast()).trimmingWhitespace()
                guard !id.isEmpty, id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }) else {
                    throw ModerationError(.badValue, "entry id '\(id)' may only use a-z 0-9 . _ -", file: name, line: lineNumber)
                }
                current = (id, lineNumber, [])
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ModerationError(.syntax, "expected 'field: value', '[id]' or a comment", file: name, line: lineNumber)
            }
            let key = line[..<colon].trimmingWhitespace().lowercased()
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            if current == nil {
                guard headerFields.contains(key) else {
                    if entryFields.contains(key) {
                        throw ModerationError(.syntax, "field '\(key)' comes before any [id] entry header", file: name, line: lineNumber)
                    }
                    throw ModerationError(.unknownField, "unknown header field '\(key)'", file: name, line: lineNumber)
                }
                guard header[key] == nil else {
                    throw ModerationError(.syntax, "header field '\(key)' is given twice", file: name, line: lineNumber)
                }
                guard !value.isEmpty else {
                    throw ModerationError(.badValue, "header field '\(key)' is empty", file: name, line: lineNumber)
                }
                if key == "lexicon", !harmLexicons.contains(value), value != "cues", value != "allow" {
                    throw ModerationError(.badValue, "unknown lexicon '\(value)' (expected one of \(HarmCategory.allCases.map(\.rawValue).joined(separator: ", ")), cues, allow)",
                                          file: name, line: lineNumber)
                }
                header[key] = (value, lineNumber)
            } else {
                guard entryFields.contains(key) else {
                    throw ModerationError(.unknownField, "unknown field '\(key)'", file: name, line: lineNumber)
                }
                current!.fields.append((key, value, lineNumber))
            }
        }
        try finish()
        guard !entries.isEmpty else {
            throw ModerationError(.emptyFile, "the file has no entries", file: name, line: lastContentLine)
        }
        return ParsedFile(name: name, lexicon: header["lexicon"]!.0, language: header["language"]!.0,
                          version: header["version"]!.0, entries: entries)
    }

    private static func makeEntry(id: String, line: Int, fields: [(String, String, Int)],
                                  header: [String: (String, Int)], file: String) throws(ModerationError) -> LexiconEntry {
        let lexicon = header["lexicon"]!.0
        let language = header["language"]!.0
        func values(_ key: String) -> [(String, Int)] { fields.filter { $0.0 == key }.map { ($0.1, $0.2) } }
        func single(_ key: String) throws(ModerationError) -> (String, Int)? {
            let found = values(key)
            if found.count > 1 {
                throw ModerationError(.syntax, "field '\(key)' is given twice", file: file, line: found[1].1)
            }
            return found.first
        }
        let prefix = "\(language).\(lexicon)."
        guard id.hasPrefix(prefix), id.count > prefix.count else {
            throw ModerationError(.badValue, "entry id '\(id)' must start with '\(prefix)'", file: file, line: line)
        }
        let patterns = values("pattern")
        guard !patterns.isEmpty else {
            throw ModerationError(.missingField, "entry '\(id)' has no pattern", file: file, line: line)
        }
        if let (_, patternLine) = patterns.first(where: { $0.0.isEmpty }) {
            throw ModerationError(.badPattern, "empty pattern", file: file, line: patternLine)
        }
        func forbid(_ keys: [String], reason: String) throws(ModerationError) {
            for key in keys { if let (_, l) = values(key).first { throw ModerationError(.unknownField, "field '\(key)' \(reason)", file: file, line: l) } }
        }

        var kind: LexiconEntry.Kind
        var weight = 0.0
        var target: Target?
        var also: [(HarmCategory, Subcategory)] = []
        switch lexicon {
        case "cues":
            try forbid(["sub", "weight", "target", "also", "cancels"], reason: "is not used by cue entries")
            guard let (value, l) = try single("cue") else {
                throw ModerationError(.missingField, "cue entry '\(id)' needs 'cue:'", file: file, line: line)
            }
            guard let cue = CueKind(rawValue: value), cue != .quoted else {
                throw ModerationError(.badValue, "unknown cue '\(value)' (expected one of \(CueKind.allCases.filter { $0 != .quoted }.map(\.rawValue).joined(separator: ", ")))", file: file, line: l)
            }
            kind = .cue(cue)
        case "allow":
            try forbid(["sub", "weight", "target", "also", "cue"], reason: "is not used by allowlist entries")
            var cancels = HarmCategorySet.all
            if let (value, l) = try single("cancels") {
                var set = HarmCategorySet()
                for name in value.split(whereSeparator: { $0 == " " || $0 == "," }) {
                    guard let category = HarmCategory(rawValue: String(name)) else {
                        throw ModerationError(.badValue, "unknown category '\(name)' in cancels", file: file, line: l)
                    }
                    set.insert(HarmCategorySet(category))
                }
                guard !set.isEmpty else { throw ModerationError(.badValue, "cancels names no category", file: file, line: l) }
                cancels = set
            }
            kind = .allow(cancels)
        default:
            try forbid(["cue", "cancels"], reason: "is not used by harm entries")
            let category = HarmCategory(rawValue: lexicon)!
            guard let (subName, subLine) = try single("sub") else {
                throw ModerationError(.missingField, "entry '\(id)' needs 'sub:'", file: file, line: line)
            }
            let sub = Subcategory(rawValue: subName)
            guard category.subcategories.contains(sub) else {
                throw ModerationError(.badValue, "'\(subName)' is not a sub-category of \(category) (expected one of \(category.subcategories.map(\.rawValue).joined(separator: ", ")))",
                                      file: file, line: subLine)
            }
            guard let (weightText, weightLine) = try single("weight") else {
                throw ModerationError(.missingField, "entry '\(id)' needs 'weight:'", file: file, line: line)
            }
            guard let w = Double(weightText), w > 0, w <= 1 else {
                throw ModerationError(.badValue, "weight '\(weightText)' must be a number in (0, 1]", file: file, line: weightLine)
            }
            weight = w
            if let (value, l) = try single("target") {
                guard let t = Target(rawValue: value), t != .unknown else {
                    throw ModerationError(.badValue, "target '\(value)' must be self, other, third or group", file: file, line: l)
                }
                target = t
            }
            for (value, l) in values("also") {
                let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, let c = HarmCategory(rawValue: parts[0]) else {
                    throw ModerationError(.badValue, "also '\(value)' must be category.sub", file: file, line: l)
                }
                let s = Subcategory(rawValue: parts[1])
                guard c.subcategories.contains(s) else {
                    throw ModerationError(.badValue, "'\(parts[1])' is not a sub-category of \(c)", file: file, line: l)
                }
                also.append((c, s))
            }
            kind = .harm(category, sub)
        }
        let notes = (values("note") + values("source")).map(\.0)
        return LexiconEntry(
            id: id, kind: kind, weight: weight, target: target, also: also,
            patterns: patterns.map(\.0), patternLines: patterns.map(\.1), examples: values("match").map(\.0), counterexamples: values("nomatch").map(\.0),
            note: notes.isEmpty ? nil : notes.joined(separator: " "), file: file,
            line: line)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
