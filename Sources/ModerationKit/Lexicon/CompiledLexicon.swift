/// Lexicon files compiled into one immutable matcher: a byte trie of words and a phrase
/// automaton over them. Built once, shared by every scan (`Sendable`).
///
/// Patterns are folded by the same normaliser as the text, so a pattern and a text that fold
/// alike match alike. See `lexicons/README.md` for the format.
public final class CompiledLexicon: Sendable {
    /// Every entry, harm, cue and allowlist, in file order.
    public let entries: [LexiconEntry]
    /// The version reported by every verdict: the bundled version plus any overlays.
    public let version: String
    /// The flat tables scans read. The trie and automaton they were built from (with their
    /// build-time dictionaries) are not kept.
    let tables: MatcherTables
    /// Number of distinct words and stems in the patterns.
    public let termCount: Int
    /// Number of phrase automaton nodes (the size of an engine's per-node scratch arrays).
    let phraseNodeCount: Int

    /// Number of states of the compiled matcher (trie nodes + phrase nodes).
    public let stateCount: Int

    /// Bytes held by the matcher's tables (what every scan reads; entries and their strings
    /// not included).
    public var matcherByteCount: Int { tables.byteCount }

    /// The entry with `id`, if any.
    public func entry(id: String) -> LexiconEntry? { entries.first { $0.id == id } }

    /// Maximum alternatives one pattern may expand to.
    static let maxExpansions = 4096
    /// Maximum word slots in one pattern.
    static let maxSlots = 12

    init(entries: [LexiconEntry], version: String, trie: WordTrie, phrases: PhraseAutomaton, termCount: Int,
         prefilter: PrefilterBuilder) {
        self.entries = entries
        self.version = version
        self.tables = MatcherTables(trie: trie, phrases: phrases, prefilter: prefilter)
        self.termCount = termCount
        self.phraseNodeCount = phrases.nodeCount
        self.stateCount = trie.nodeCount + phrases.nodeCount
    }

    /// Compiles lexicon sources.
    ///
    /// - Parameters:
    ///   - sources: where the entries come from; later sources add to earlier ones.
    ///   - disabled: ids of entries to leave out (an unknown id is an error).
    ///   - steps: the normalisation the patterns are folded with (the same as the text's).
    /// - Throws: ``ModerationError`` naming the file and line of the first problem.
    public static func compile(sources: [LexiconSource], disabled: Set<String> = [],
                               steps: NormalizationSteps = .all) throws(ModerationError) -> CompiledLexicon {
        let tables: UnicodeTables
        switch UnicodeTables.shared {
        case .success(let t): tables = t
        case .failure(let e): throw e
        }
        var entries: [LexiconEntry] = []
        var seen: [String: LexiconEntry] = [:]
        var versions: [String] = []
        for source in sources {
            var sourceVersions: [String] = []
            for (name, bytes) in try source.load() {
                let file = try LexiconParser.parse(name: name, bytes: bytes)
                for entry in file.entries {
                    if let first = seen[entry.id] {
                        throw ModerationError(.duplicateID, "entry id '\(entry.id)' is already defined at \(first.file):\(first.line)",
                                              file: entry.file, line: entry.line)
                    }
                    seen[entry.id] = entry
                    entries.append(entry)
                }
                if case .file = source { sourceVersions.append("\(baseName(name))@\(file.version)") }
                if case .text = source { sourceVersions.append("\(baseName(name))@\(file.version)") }
            }
            switch source {
            case .bundled: versions.append(BundledLexicons.version)
            case .directory(let path): versions.append("dir:\(path)")
            default: versions.append(contentsOf: sourceVersions)
            }
        }
        for id in disabled.sorted() where seen[id] == nil {
            throw ModerationError(.unknownEntry, "cannot disable '\(id)': no lexicon defines it")
        }
        if !disabled.isEmpty {
            entries.removeAll { disabled.contains($0.id) }
            versions.append("-\(disabled.count)")
        }

        // Fold the pattern words with the text's own normaliser.
        let folder = ScanEngine(lexicon: nil, steps: steps.subtracting([.spacedLetters]), tables: tables, policy: .default,
                                capture: true)
        // Terms are words (exact or stem); a pattern slot is a set of words and becomes one node
        // of the phrase automaton whatever the number of alternatives.
        var wordIDs: [PatternWord: Int32] = [:]
        var words: [PatternWord] = []
        var wordRarity: [Int] = []   // per word id, computed once (see PatternCompiler.rarity)
        func id(_ word: PatternWord) -> Int32 {
            if let found = wordIDs[word] { return found }
            let new = Int32(words.count)
            wordIDs[word] = new
            words.append(word)
            wordRarity.append(PatternCompiler.rarity(word.bytes))
            return new
        }
        var elementsList: [([PhraseAutomaton.Element], Int32)] = []
        var graphList: [([PhraseAutomaton.GraphSlot], Int32)] = []
        var prefilter = PrefilterBuilder()
        for (index, entry) in entries.enumerated() {
            for (k, pattern) in entry.patterns.enumerated() {
                let line = entry.patternLines.indices.contains(k) ? entry.patternLines[k] : entry.line
                let slots = try PatternCompiler.parse(pattern, folder: folder, file: entry.file, line: line)
                if PatternCompiler.expansionCount(slots) > PatternCompiler.graphThreshold && PatternCompiler.graphable(slots) {
                    // Many multi-word alternatives: lay the pattern out as a graph whose slots
                    // join again, instead of expanding the product of its alternatives.
                    try PatternCompiler.validateGraph(slots, pattern: pattern, file: entry.file, line: line)
                    let graph: [PhraseAutomaton.GraphSlot] = slots.map { slot in
                        if slot.gap > 0 { return .gap(slot.gap) }
                        return .alternatives(slot.alternatives.map { alt in
                            alt.map { element -> [Int32] in
                                if case .words(let set) = element { return set.map(id).sorted() }
                                return []
                            }
                        }, optional: slot.optional)
                    }
                    graphList.append((graph, Int32(index)))
                    if entry.category != nil {
                        // Anchors as for a sequence, per slot: every alternative of a required
                        // slot brings its rarest word, so a match holds one of them.
                        // Of equally rare words, the one fewer slots share ("stop eating" brings
                        // "eating" when another slot has "stop me from").
                        var slotsHolding: [Int32: Int] = [:]
                        for case .alternatives(let alternatives, _) in graph {
                            for word in Set(alternatives.flatMap { $0.flatMap { $0 } }) { slotsHolding[word, default: 0] += 1 }
                        }
                        var anchors: [(rarity: Int, words: [Int32])] = []
                        let required = graph.filter { if case .alternatives(_, false) = $0 { true } else { false } }
                        if required.count == 1, case .alternatives(let alternatives, false) = required[0],
                           alternatives.contains(where: { $0.count > 1 }) {
                            // One slot of phrases ("(double chin|pizza face|…)"): each phrase is
                            // anchored as a sequence of its own, by its two rarest words, not by
                            // its rarest word alone ("pizza" would send every pizza chat through).
                            for alt in alternatives {
                                prefilter.add(PatternCompiler.anchorPair(alt.map { ($0.map { wordRarity[Int($0)] }.min() ?? 0, $0) }))
                            }
                            continue
                        }
                        for case .alternatives(let alternatives, false) in graph {
                            var words: [Int32] = []
                            for alt in alternatives {
                                if alt.count == 1 { words += alt[0]; continue }
                                let rarest = alt.flatMap { $0 }.max { a, b in
                                    (wordRarity[Int(a)], -slotsHolding[a, default: 0]) < (wordRarity[Int(b)], -slotsHolding[b, default: 0])
                                }
                                if let rarest { words.append(rarest) }
                            }
                            words = Array(Set(words)).sorted()
                            anchors.append((words.map { wordRarity[Int($0)] }.min() ?? 0, words))
                        }
                        prefilter.add(PatternCompiler.anchorPair(anchors))
                    }
                    continue
                }
                for sequence in try PatternCompiler.expand(slots, pattern: pattern, file: entry.file, line: line) {
                    let elements: [PhraseAutomaton.Element] = sequence.map { element in
                        switch element {
                        case .gap(let n): .gap(n)
                        case .words(let set): .words(set.map(id).sorted())
                        }
                    }
                    elementsList.append((elements, Int32(index)))
                    if entry.category != nil {
                        // The prefilter's anchors: the two slots least likely to occur in clean
                        // text; a slot is as rare as its commonest word.
                        var slots: [(rarity: Int, words: [Int32])] = []
                        for element in elements {
                            if case .words(let ids) = element { slots.append((ids.map { wordRarity[Int($0)] }.min() ?? 0, ids)) }
                        }
                        prefilter.add(PatternCompiler.anchorPair(slots))
                    }
                }
            }
        }
        var trie = WordTrie()
        for (term, word) in words.enumerated() { trie.insert(word.bytes, term: Int32(term), isStem: word.stem) }
        var phrases = PhraseAutomaton(wordCount: words.count)
        for (elements, entry) in elementsList { phrases.insert(elements, entry: entry) }
        for (graph, entry) in graphList { phrases.insertGraph(graph, entry: entry) }
        phrases.mergeRootTargets()
        return CompiledLexicon(entries: entries, version: versions.joined(separator: "+"), trie: trie, phrases: phrases,
                               termCount: words.count, prefilter: prefilter)
    }

    private static func baseName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}

/// One word of a pattern slot, folded.
struct PatternWord: Hashable, Comparable {
    var bytes: [UInt8]
    var stem: Bool
    func hash(into hasher: inout Hasher) {
        hasher.combine(stem)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
    static func < (a: PatternWord, b: PatternWord) -> Bool {
        a.bytes.lexicographicallyPrecedes(b.bytes) || (a.bytes == b.bytes && !a.stem && b.stem)
    }
}

enum PatternElement: Hashable {
    /// Any one of these words (sorted, distinct).
    case words([PatternWord])
    case gap(Int)
}

/// Parses and expands one pattern into word sequences.
enum PatternCompiler {
    /// Words so common in clean text that a slot of them is a poor prefilter anchor.
    static let common: Set<[UInt8]> = Set([
        "a", "able", "about", "above", "across", "actually", "add", "after", "afternoon", "again", "against", "ago",
        "ahead", "all", "almost", "alone", "along", "already", "alright", "also", "although", "always", "am",
        "amazing", "an", "and", "another", "answer", "any", "anymore", "anyone", "anything", "anyway", "apparently",
        "are", "around", "art", "as", "ask", "asked", "asking", "at", "away", "awesome", "baby", "back", "bad",
        "bag", "ball", "be", "because", "bed", "bedroom", "been", "before", "began", "begin", "behind", "being",
        "believe", "below", "beside", "best", "better", "between", "beyond", "big", "bit", "black", "blue", "body",
        "book", "books", "bored", "boring", "boss", "both", "bought", "box", "boy", "brb", "break", "breakfast",
        "bring", "bro", "brother", "brought", "build", "bus", "busy", "but", "buy", "by", "cake", "call", "called",
        "came", "can", "cant", "car", "card", "care", "careful", "case", "cat", "catch", "cause", "change",
        "changed", "character", "chat", "cheap", "check", "child", "children", "city", "class", "clean", "close",
        "closed", "clothes", "coffee", "cold", "college", "color", "come", "coming", "company", "cool", "could",
        "couple", "course", "cousin", "crazy", "cute", "dad", "dance", "dark", "data", "date", "daughter", "day",
        "deal", "dear", "definitely", "did", "different", "dinner", "do", "does", "dog", "doing", "done", "dont",
        "door", "down", "dream", "dress", "drink", "drive", "drop", "during", "each", "early", "easy", "eat",
        "eating", "else", "end", "enough", "episode", "especially", "even", "evening", "event", "ever", "every",
        "everybody", "everyone", "everything", "everywhere", "exactly", "exam", "example", "except", "excited",
        "expensive", "eye", "eyes", "face", "fact", "fair", "fall", "family", "fan", "far", "fast", "favorite",
        "feel", "feels", "felt", "few", "fight", "film", "final", "finally", "find", "fine", "finish", "finished",
        "fire", "first", "fish", "five", "floor", "follow", "food", "football", "for", "forever", "forget", "forgot",
        "found", "four", "free", "fresh", "friday", "friend", "friends", "from", "full", "fun", "funny", "future",
        "game", "gave", "general", "get", "getting", "gg", "girl", "give", "glad", "go", "going", "gone", "gonna",
        "good", "got", "grade", "great", "green", "group", "guess", "guitar", "guy", "guys", "gym", "had", "hair",
        "half", "hand", "hands", "happen", "happened", "happy", "hard", "has", "hate", "have", "he", "head", "hear",
        "heard", "heart", "hello", "help", "her", "here", "hey", "hi", "high", "him", "his", "hit", "hold", "home",
        "homework", "honestly", "hope", "hot", "hour", "hours", "house", "how", "huge", "i", "idea", "if", "ill",
        "im", "important", "in", "inside", "instead", "internet", "into", "invited", "is", "it", "its", "jacket",
        "job", "join", "joke", "just", "keep", "kept", "keys", "kid", "kids", "kind", "kitchen", "know", "lady",
        "lake", "language", "last", "late", "later", "laugh", "learn", "least", "leave", "left", "less", "let",
        "lets", "level", "life", "light", "like", "line", "link", "list", "listen", "little", "live", "lmao", "lol",
        "long", "look", "lot", "lots", "loud", "love", "low", "lunch", "mad", "made", "main", "make", "man", "map",
        "math", "maybe", "me", "mean", "meet", "meeting", "men", "message", "met", "middle", "mind", "mine",
        "minute", "minutes", "miss", "mom", "money", "month", "more", "morning", "most", "movie", "movies", "much",
        "mum", "music", "must", "my", "myself", "name", "near", "nearly", "need", "never", "new", "next", "nice",
        "night", "no", "nobody", "nope", "not", "nothing", "now", "number", "of", "off", "often", "oh", "ok", "okay",
        "old", "omg", "on", "one", "only", "open", "or", "order", "other", "our", "out", "outside", "over", "own",
        "page", "pain", "paper", "parents", "park", "part", "party", "pass", "past", "pay", "people", "perfect",
        "person", "phone", "photo", "pick", "picture", "pizza", "place", "plan", "plans", "play", "playing",
        "playlist", "please", "pls", "point", "post", "practice", "pretty", "probably", "problem", "project", "put",
        "quick", "quite", "r", "rain", "rate", "read", "ready", "real", "really", "reason", "red", "remember",
        "rest", "return", "ride", "right", "road", "room", "round", "run", "running", "sad", "safe", "said", "same",
        "sat", "saturday", "save", "saw", "say", "saying", "school", "season", "second", "see", "seen", "sell",
        "send", "sent", "set", "seven", "share", "she", "shirt", "shoes", "shop", "short", "should", "show",
        "shower", "side", "since", "sister", "sit", "six", "sleep", "slow", "small", "smile", "snack", "snacks",
        "so", "soccer", "some", "someone", "something", "song", "songs", "soon", "sorry", "sound", "spamming",
        "spend", "sport", "spot", "start", "stay", "stayed", "still", "stop", "story", "street", "student", "study",
        "stuff", "such", "sun", "sunday", "super", "sure", "sweet", "table", "take", "taking", "talk", "talking",
        "tbh", "tea", "teacher", "team", "tell", "ten", "test", "text", "than", "thank", "thanks", "that", "thats",
        "the", "them", "then", "there", "these", "they", "theyre", "thing", "things", "think", "thinks", "third",
        "this", "those", "though", "thought", "three", "through", "thursday", "time", "tired", "to", "today",
        "together", "told", "tomorrow", "tonight", "too", "took", "top", "town", "train", "tree", "trip", "true",
        "try", "trying", "tuesday", "turn", "turned", "tv", "two", "type", "u", "under", "understand", "until", "up",
        "ur", "us", "use", "used", "very", "video", "visit", "wait", "walk", "wall", "want", "wanted", "was",
        "watch", "watched", "watching", "water", "way", "we", "wear", "weather", "website", "wednesday", "week",
        "weekend", "weird", "well", "went", "were", "what", "whatever", "when", "where", "which", "while", "white",
        "who", "whole", "why", "wife", "wifi", "will", "window", "winter", "wish", "with", "without", "woman",
        "women", "wont", "word", "words", "work", "worked", "working", "world", "worry", "would", "write", "wrong",
        "ya", "yeah", "year", "years", "yes", "yesterday", "yet", "you", "young", "your", "youre", "yours",
        "yourself",
    ].map { Array($0.utf8) })

    /// The commonest of the common words: pronouns, articles, auxiliaries, prepositions and chat
    /// fillers found in nearly every message. A pattern made only of common words is anchored on
    /// a slot of the other common words when it has one ("i hate you" on "hate", not "i").
    static let functionWords: Set<[UInt8]> = Set([
        "a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by", "can",
        "cant", "did", "do", "does", "dont", "for", "from", "get", "go", "going", "gonna", "got", "had", "has", "have",
        "he", "her", "here", "him", "his", "how", "i", "if", "im", "in", "is", "it", "its", "just", "like", "lol",
        "me", "my", "myself", "no", "not", "now", "of", "off", "ok", "okay", "omg", "on", "one", "or", "our", "out",
        "r", "she", "so", "some", "than", "that", "the", "them", "then", "there", "these", "they", "this", "those",
        "to", "too", "u", "up", "ur", "us", "very", "was", "we", "were", "what", "when", "where", "which", "who",
        "why", "will", "with", "would", "ya", "yeah", "yes", "you", "your", "youre", "yours", "yourself",
    ].map { Array($0.utf8) })

    /// How rare a word is in clean text: a function word scores 0, another common word 1, others
    /// by length (long words are rarer). A slot is as rare as its commonest word.
    static func rarity(_ word: [UInt8]) -> Int {
        if functionWords.contains(word) { return 0 }
        // Numbers are as common as common words ("2", "10", "1st" in "rate her face 2/10").
        if common.contains(word) || word.allSatisfy({ $0 &- 48 < 10 }) { return 1 }
        return 10 + min(word.count, 10)
    }

    /// One slot of a parsed pattern: a gap, or the word sequences that may stand there (each
    /// alternative one or more words; single words of one slot share one matcher node).
    struct Slot {
        var gap = 0
        var alternatives: [[PatternElement]] = []
        var optional = false
        /// Word sequences this slot multiplies a pattern's expansion by.
        var width: Int { gap > 0 ? 1 : alternatives.count }
    }

    /// Parses a pattern into slots (folding its words); errors name the file and line.
    static func parse(_ pattern: String, folder: ScanEngine, file: String, line: Int) throws(ModerationError) -> [Slot] {
        func fail(_ message: String) -> ModerationError {
            ModerationError(.badPattern, "pattern '\(pattern)': \(message)", file: file, line: line)
        }
        let parts = try splitSlots(pattern, fail: fail)
        if parts.first?.hasPrefix("~") == true { throw fail("starts with a gap") }
        if parts.last?.hasPrefix("~") == true { throw fail("ends with a gap") }
        var slots: [Slot] = []
        for part in parts {
            var alternatives: [[PatternElement]] = []
            var optional = false
            if part.hasPrefix("~") {
                guard let n = Int(part.dropFirst()), (1...8).contains(n) else { throw fail("a gap is ~1 to ~8") }
                slots.append(Slot(gap: n))
                continue
            } else if part.hasPrefix("(") {
                guard part.hasSuffix(")"), part.count >= 2 else { throw fail("unclosed '(' in '\(part)'") }
                let inner = part.dropFirst().dropLast()
                guard !inner.utf8.contains(UInt8(ascii: "(")), !inner.utf8.contains(UInt8(ascii: ")")) else { throw fail("nested parentheses in '\(part)'") }
                var singles: [PatternWord] = []
                // Split on bytes: Substring's Character-wise split walks grapheme breaks, which
                // was most of the lexicons' compile time.
                for alt in inner.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
                    let words = alt.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
                    if words.isEmpty { optional = true; continue }
                    var sequence: [PatternWord] = []
                    for w in words {
                        guard w.first != UInt8(ascii: "~") else { throw fail("a gap cannot stand inside (...)") }
                        sequence += try word(w, folder: folder, fail: fail)
                    }
                    if sequence.count == 1 { singles.append(sequence[0]) } else { alternatives.append(sequence.map { .words([$0]) }) }
                }
                if !singles.isEmpty { alternatives.append([.words(Array(Set(singles)).sorted())]) }
                guard !alternatives.isEmpty else { throw fail("'\(part)' has no word") }
            } else {
                if part.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "|") }) {
                    throw fail("'(' ')' and '|' may only be used as (a|b) around a whole word slot")
                }
                alternatives = [try word(part.utf8, folder: folder, fail: fail).map { .words([$0]) }]
            }
            slots.append(Slot(alternatives: alternatives, optional: optional))
        }
        return slots
    }

    /// The prefilter's anchors for one pattern (see ``PrefilterBuilder``): its rarest slot, and
    /// the next rarest that shares no word with it, since one word filling both slots would make
    /// the pair as weak as that word alone ("stop" in "(stop me from|…) (stop eating|…)").
    /// Falls back to the second rarest when every other slot shares a word.
    static func anchorPair(_ slots: [(rarity: Int, words: [Int32])]) -> [[Int32]] {
        let ranked = slots.enumerated().sorted { ($0.element.rarity, $1.offset) > ($1.element.rarity, $0.offset) }.map(\.element)
        guard let first = ranked.first else { return [] }
        let firstWords = Set(first.words)
        if let second = ranked.dropFirst().first(where: { firstWords.isDisjoint(with: $0.words) }) {
            return [first.words, second.words]
        }
        return ranked.prefix(2).map(\.words)
    }

    /// Patterns that expand to more word sequences than this are laid out as a graph.
    static let graphThreshold = 8

    /// The number of word sequences `slots` expand to (saturating).
    static func expansionCount(_ slots: [Slot]) -> Int {
        var n = 1
        for slot in slots { n = n.multipliedReportingOverflow(by: slot.width + (slot.optional ? 1 : 0)).partialValue }
        return n
    }

    /// Whether `slots` can be laid out as a graph (see ``PhraseAutomaton/insertGraph``): no gap
    /// next to an optional slot, where expansion would merge or trim gaps.
    static func graphable(_ slots: [Slot]) -> Bool {
        for (k, slot) in slots.enumerated() where slot.optional {
            if k > 0 && slots[k - 1].gap > 0 { return false }
            if k + 1 < slots.count && slots[k + 1].gap > 0 { return false }
        }
        return true
    }

    /// Checks what expansion checks, without expanding: at most ``CompiledLexicon/maxSlots``
    /// words on any path, and at least one word on every path.
    static func validateGraph(_ slots: [Slot], pattern: String, file: String, line: Int) throws(ModerationError) {
        func fail(_ message: String) -> ModerationError {
            ModerationError(.badPattern, "pattern '\(pattern)': \(message)", file: file, line: line)
        }
        var longest = 0
        var required = false
        for slot in slots where slot.gap == 0 {
            longest += slot.alternatives.map(\.count).max() ?? 0
            if !slot.optional { required = true }
        }
        guard required else { throw fail("can match an empty text (every slot is optional)") }
        guard longest <= CompiledLexicon.maxSlots else { throw fail("has more than \(CompiledLexicon.maxSlots) words") }
    }

    static func expand(_ pattern: String, folder: ScanEngine, file: String, line: Int) throws(ModerationError) -> [[PatternElement]] {
        try expand(parse(pattern, folder: folder, file: file, line: line), pattern: pattern, file: file, line: line)
    }

    static func expand(_ slots: [Slot], pattern: String, file: String, line: Int) throws(ModerationError) -> [[PatternElement]] {
        func fail(_ message: String) -> ModerationError {
            ModerationError(.badPattern, "pattern '\(pattern)': \(message)", file: file, line: line)
        }
        var sequences: [[PatternElement]] = [[]]
        for slot in slots {
            var alternatives = slot.gap > 0 ? [[.gap(slot.gap)]] : slot.alternatives
            if slot.optional { alternatives.append([]) }
            var expanded: [[PatternElement]] = []
            for sequence in sequences {
                for alt in alternatives { expanded.append(sequence + alt) }
            }
            guard expanded.count <= CompiledLexicon.maxExpansions else {
                throw fail("expands to more than \(CompiledLexicon.maxExpansions) word sequences")
            }
            sequences = expanded
        }
        var result: [[PatternElement]] = []
        var seen = Set<[PatternElement]>()
        for sequence in sequences {
            // Merge adjacent gaps; a sequence may not start or end with a gap.
            var merged: [PatternElement] = []
            for element in sequence {
                if case .gap(let n) = element, case .gap(let m)? = merged.last {
                    merged[merged.count - 1] = .gap(min(8, n + m))
                } else {
                    merged.append(element)
                }
            }
            // A gap next to a dropped optional word at either end means nothing: trim it.
            while case .gap? = merged.first { merged.removeFirst() }
            while case .gap? = merged.last { merged.removeLast() }
            guard !merged.isEmpty else { throw fail("can match an empty text (every slot is optional)") }
            let slots = merged.filter { if case .words = $0 { return true } else { return false } }.count
            guard slots <= CompiledLexicon.maxSlots else { throw fail("has more than \(CompiledLexicon.maxSlots) words") }
            if seen.insert(merged).inserted { result.append(merged) }
        }
        return result
    }

    /// Splits a pattern into slots: words, gaps, and whole `( ... )` groups (which may hold spaces).
    static func splitSlots(_ pattern: String, fail: (String) -> ModerationError) throws(ModerationError) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = pattern.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let c = utf8[i]
            if c == 0x20 || c == 0x09 { i = utf8.index(after: i); continue }
            var j = i
            if c == UInt8(ascii: "(") {
                guard let close = utf8[i...].firstIndex(of: UInt8(ascii: ")")) else { throw fail("unclosed '('") }
                j = utf8.index(after: close)
            } else {
                while j < utf8.endIndex, utf8[j] != 0x20, utf8[j] != 0x09 { j = utf8.index(after: j) }
            }
            parts.append(pattern[i..<j])
            i = j
        }
        return parts
    }

    private static func word(_ text: Substring.UTF8View, folder: ScanEngine, fail: (String) -> ModerationError) throws(ModerationError) -> [PatternWord] {
        var text = text
        var stem = false
        if text.last == UInt8(ascii: "*") {
            stem = true
            text = text.dropLast()
            guard text.last != UInt8(ascii: "*") else { throw fail("a stem ends with one '*'") }
        }
        guard !text.contains(UInt8(ascii: "*")) else { throw fail("'*' may only end a stem; write masked words in plain letters") }
        let bytes = Array(text)
        let tokens: [[UInt8]]
        if let cached = folder.patternFolds[bytes] {
            tokens = cached
        } else {
            folder.reset()
            bytes.withUnsafeBytes { folder.feed($0) }
            folder.finishInput()
            tokens = folder.captured
            folder.patternFolds[bytes] = tokens
        }
        guard !tokens.isEmpty else {
            throw fail("'\(String(decoding: bytes, as: UTF8.self))' has no letters or digits: it can never match")
        }
        if tokens.contains(where: { $0.contains(where: { $0 < TokenFolder.codeLimit }) }) {
            throw fail("'\(String(decoding: bytes, as: UTF8.self))' reads as leetspeak; write the plain word")
        }
        if stem {
            guard let last = tokens.last, last.count >= 3 else { throw fail("a stem needs at least 3 letters") }
        }
        return tokens.enumerated().map { i, token in PatternWord(bytes: token, stem: stem && i == tokens.count - 1) }
    }
}
