import ModerationKit

/// Minimal JSON writing for the CLI: fixed field order, exact escaping, no Foundation round trip.
enum JSON {
    static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func number(_ d: Double) -> String {
        let rounded = (d * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    static func match(_ m: Match, text: String?) -> String {
        var fields = [
            "\"entry\":\(string(m.entry.id))",
            "\"category\":\(string(m.category.rawValue))",
            "\"subcategory\":\(string(m.subcategory.rawValue))",
            "\"start\":\(m.utf8Range.lowerBound)",
            "\"end\":\(m.utf8Range.upperBound)",
        ]
        if let text, let range = m.range ?? m.range(in: text) { fields.append("\"text\":\(string(String(text[range])))") }
        fields.append("\"folded\":\(string(m.folded))")
        fields.append("\"weight\":\(number(m.entry.weight))")
        fields.append("\"evidence\":\(number(m.evidence))")
        fields.append("\"target\":\(string(m.context.target.rawValue))")
        fields.append("\"cues\":[\(m.context.cueNames.map(string).joined(separator: ","))]")
        fields.append("\"steps\":[\(m.steps.names.map(string).joined(separator: ","))]")
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func verdict(_ v: Verdict, id: String?, text: String?, includeMatches: Bool = true) -> String {
        var fields: [String] = []
        fields.append("\"id\":" + (id ?? "null"))
        fields.append("\"flagged\":\(v.isFlagged)")
        fields.append("\"action\":\(string(v.action.rawValue))")
        fields.append("\"severity\":\(string(v.severity.rawValue))")
        let categories = HarmCategory.allCases.map { c -> String in
            let r = v[c]
            return "\(string(c.rawValue)):{\"score\":\(number(r.score)),\"flagged\":\(r.isFlagged),\"severity\":\(string(r.severity.rawValue)),\"subcategories\":[\(r.subcategories.map { string($0.rawValue) }.joined(separator: ","))]}"
        }
        fields.append("\"categories\":{" + categories.joined(separator: ",") + "}")
        if includeMatches {
            fields.append("\"matches\":[" + v.matches.map { match($0, text: text) }.joined(separator: ",") + "]")
        } else {
            fields.append("\"match_count\":\(v.matches.count + v.droppedMatchCount)")
        }
        if v.droppedMatchCount > 0 { fields.append("\"dropped_matches\":\(v.droppedMatchCount)") }
        fields.append("\"lexicon_version\":\(string(v.lexiconVersion))")
        return "{" + fields.joined(separator: ",") + "}"
    }
}
