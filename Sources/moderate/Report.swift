import ModerationKit

/// Human-readable output.
enum Report {
    static func highlight(_ text: String, _ matches: [Match]) -> String {
        let bytes = Array(text.utf8)
        var ranges = matches.map(\.utf8Range).sorted { $0.lowerBound < $1.lowerBound }
        // Merge overlapping ranges.
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, last.upperBound >= r.lowerBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        ranges = merged
        let (open, close) = isTerminal ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("[", "]")
        var out: [UInt8] = []
        var at = 0
        for r in ranges where r.lowerBound >= at && r.upperBound <= bytes.count {
            out += bytes[at..<r.lowerBound]
            out += Array(open.utf8) + bytes[r] + Array(close.utf8)
            at = r.upperBound
        }
        out += bytes[min(at, bytes.count)...]
        return String(decoding: out, as: UTF8.self)
    }

    static func score(_ r: CategoryResult) -> String {
        "\(r.category.rawValue) \(JSON.number(r.score))"
    }

    static func human(_ v: Verdict, text: String) -> String {
        var lines: [String] = []
        let flagged = v.categories.filter(\.isFlagged)
        if flagged.isEmpty {
            lines.append("\(v.action.rawValue.uppercased())  nothing flagged")
        } else {
            let list = flagged.map { "\($0.category.rawValue) \(JSON.number($0.score)) (\($0.severity.rawValue); \($0.subcategories.map(\.rawValue).joined(separator: ", ")))" }
            lines.append("\(v.action.rawValue.uppercased())  flagged: \(list.joined(separator: ", "))")
        }
        if !v.matches.isEmpty {
            lines.append("  " + highlight(text, v.matches).replacingNewlines())
            for m in v.matches {
                let original = m.range.map { String(text[$0]) } ?? m.folded
                var detail = "  \(m.utf8Range.lowerBound)..<\(m.utf8Range.upperBound) \"\(original.replacingNewlines())\" → \(m.entry.id)"
                detail += "  \(m.category.rawValue)/\(m.subcategory.rawValue) weight \(JSON.number(m.entry.weight)) × \(JSON.number(m.context.multiplier)) = \(JSON.number(m.evidence))"
                detail += "  target \(m.context.target.rawValue)"
                if !m.context.cueNames.isEmpty { detail += "  cues: \(m.context.cueNames.joined(separator: ","))" }
                if !m.steps.isEmpty { detail += "  via \(m.steps.description)" }
                lines.append(detail)
            }
        }
        lines.append("  scores: " + v.categories.map(score).joined(separator: " · ") + "  (policy \(v.policy.profile.rawValue), lexicons \(v.lexiconVersion))")
        return lines.joined(separator: "\n")
    }
}

extension String {
    func replacingNewlines() -> String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
