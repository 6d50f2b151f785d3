import ArgumentParser
import Foundation
import ModerationKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Precision, recall, F1 and false-positive rate per category on labelled JSON lines.",
        discussion: """
        Each line: {"text": ..., "labels": {"self_harm": 1|0|null, ...}}. Null labels are skipped. \
        Prints each file, then all files pooled per category.
        """
    )

    @Argument(help: "Labelled JSON-lines files.")
    var files: [String]

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Option(help: "Worker threads.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    struct Counts {
        var tp = 0, fp = 0, tn = 0, fn = 0
        mutating func add(_ other: Counts) { tp += other.tp; fp += other.fp; tn += other.tn; fn += other.fn }
        var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var fpr: Double { fp + tn == 0 ? 0 : Double(fp) / Double(fp + tn) }
        var n: Int { tp + fp + tn + fn }
        var positives: Int { tp + fn }
    }

    func run() throws {
        let moderator = try lexicon.makeModerator()
        var pooled = [Counts](repeating: Counts(), count: 5)
        var perFile: [(String, [Counts], Int)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ModerationError(.io, "cannot read the file", file: file)
            }
            var rows: [(String, [Int?])] = []
            for (number, line) in data.split(separator: 0x0A).enumerated() {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = object["text"] as? String, let labels = object["labels"] as? [String: Any] else {
                    throw ModerationError(.badInput, "expected {\"text\": ..., \"labels\": {...}}", file: file, line: number + 1)
                }
                rows.append((text, HarmCategory.allCases.map { (labels[$0.rawValue] as? NSNumber)?.intValue }))
            }
            let texts = rows.map(\.0)
            let predictions = parallelMap(texts.count, jobs: jobs) { i in
                let verdict = moderator.moderate(texts[i])
                return HarmCategory.allCases.map { verdict[$0].isFlagged }
            }
            var counts = [Counts](repeating: Counts(), count: 5)
            for (i, row) in rows.enumerated() {
                for category in HarmCategory.allCases {
                    guard let label = row.1[category.index] else { continue }
                    let predicted = predictions[i][category.index]
                    switch (label == 1, predicted) {
                    case (true, true): counts[category.index].tp += 1
                    case (true, false): counts[category.index].fn += 1
                    case (false, true): counts[category.index].fp += 1
                    case (false, false): counts[category.index].tn += 1
                    }
                }
            }
            for i in 0..<5 { pooled[i].add(counts[i]) }
            perFile.append((file, counts, rows.count))
        }
        if json {
            func object(_ counts: [Counts]) -> String {
                "{" + HarmCategory.allCases.compactMap { c -> String? in
                    let k = counts[c.index]
                    guard k.n > 0 else { return nil }
                    return "\(JSON.string(c.rawValue)):{\"n\":\(k.n),\"positives\":\(k.positives),\"tp\":\(k.tp),\"fp\":\(k.fp),\"tn\":\(k.tn),\"fn\":\(k.fn),\"precision\":\(JSON.number(k.precision)),\"recall\":\(JSON.number(k.recall)),\"f1\":\(JSON.number(k.f1)),\"fpr\":\(JSON.number(k.fpr))}"
                }.joined(separator: ",") + "}"
            }
            let filesJSON = perFile.map { "{\"file\":\(JSON.string($0.0)),\"rows\":\($0.2),\"categories\":\(object($0.1))}" }
            writeOut("{\"policy\":\(JSON.string(lexicon.policy.rawValue)),\"lexicon_version\":\(JSON.string(moderator.lexicon.version)),\"files\":[\(filesJSON.joined(separator: ","))],\"pooled\":\(object(pooled))}")
            return
        }
        func table(_ counts: [Counts]) {
            writeOut("  category          n      pos    precision recall f1     fpr")
            for c in HarmCategory.allCases {
                let k = counts[c.index]
                guard k.n > 0 else { continue }
                writeOut("  \(c.rawValue.padding(16)) \(String(k.n).padding(6)) \(String(k.positives).padding(6)) \(f(k.precision).padding(9)) \(f(k.recall).padding(6)) \(f(k.f1).padding(6)) \(f(k.fpr))")
            }
        }
        for (file, counts, rows) in perFile {
            writeOut("\(file) (\(rows) rows)")
            table(counts)
        }
        writeOut("pooled (policy \(lexicon.policy.rawValue), lexicons \(moderator.lexicon.version))")
        table(pooled)
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
