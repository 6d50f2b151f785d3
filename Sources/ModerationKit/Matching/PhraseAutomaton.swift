/// A trie over term ids: every pattern is a path of words and bounded gaps, and a set of live
/// states walks it one token at a time.
///
/// A gap `~N` is an epsilon edge to a gap node whose state may stay on it for up to N tokens.
/// The live set is deduplicated by (node, gap used) and capped at ``maxStates``, so the work per
/// token is bounded whatever the lexicon and the input: the matcher is linear in the input.
struct PhraseAutomaton: Sendable {
    static let maxStates = 1024

    /// (node << 24 | word) → the nodes that word leads to (a word may stand in several slots:
    /// the automaton is a trie of word *sets*, walked as an NFA).
    private(set) var next: [Int: [Int32]] = [:]
    private(set) var gapChildren: [[Int32]] = [[]]   // node → gap nodes reached by epsilon
    private(set) var gapSize: [UInt8] = [0]          // gap node → N
    private(set) var accepts: [[Int32]] = [[]]       // node → entry indices
    /// Whether a state on this node can still move: it has word or gap edges.
    private(set) var isLive: [Bool] = [false]
    /// Join nodes of graph patterns: where two live states meet on one, the earlier start is
    /// kept (the longer alternative, as expansion would have reported it); elsewhere the later.
    private(set) var keepsEarliest: [Bool] = [false]
    /// (node, word set) → the node made for that slot, so equal prefixes share nodes.
    private var slotChild: [SlotKey: Int32] = [:]
    /// (node, alternatives) → the join node made for a graph slot on a shared path, so that
    /// patterns opening with the same alternatives ("(i am|im|i'm) …") share one join node, and a
    /// word of them starts one live state instead of one per pattern.
    private var joinChild: [JoinKey: Int32] = [:]
    let wordCount: Int

    struct SlotKey: Hashable {
        var node: Int32
        var words: [Int32]
    }

    struct JoinKey: Hashable {
        var node: Int32
        var alternatives: [[[Int32]]]
    }

    init(wordCount: Int) {
        self.wordCount = wordCount
    }

    var nodeCount: Int { accepts.count }

    private mutating func addNode(gap: UInt8) -> Int32 {
        accepts.append([])
        gapChildren.append([])
        gapSize.append(gap)
        isLive.append(false)
        keepsEarliest.append(false)
        return Int32(accepts.count - 1)
    }

    enum Element: Hashable {
        /// Any one of these words (sorted word ids).
        case words([Int32])
        case gap(Int)
    }

    /// The node a slot of `words` leads to from `node`, shared by every pattern that takes the
    /// same slot from the same node (a trie step).
    private mutating func trieStep(from node: Int32, _ words: [Int32]) -> Int32 {
        let key = SlotKey(node: node, words: words)
        if let found = slotChild[key] { return found }
        let created = addNode(gap: 0)
        slotChild[key] = created
        isLive[Int(node)] = true
        for word in words { next[Int(node) << 24 | Int(word), default: []].append(created) }
        return created
    }

    mutating func insert(_ sequence: [Element], entry: Int32) {
        var node: Int32 = 0
        for element in sequence {
            switch element {
            case .words(let words):
                node = trieStep(from: node, words)
            case .gap(let n):
                if let found = gapChildren[Int(node)].first(where: { gapSize[Int($0)] == UInt8(n) }) {
                    node = found
                } else {
                    let created = addNode(gap: UInt8(n))
                    gapChildren[Int(node)].append(created)
                    isLive[Int(node)] = true
                    node = created
                }
            }
        }
        if !accepts[Int(node)].contains(entry) { accepts[Int(node)].append(entry) }
    }

    /// Gives each word that leads from the root to several nodes one node of its own that
    /// holds all their edges, gap children and accepts (one step of subset construction).
    ///
    /// Patterns open with slots of their own ("(i|im|i am) …", "(you|u) …"), so a common word
    /// started one live state per pattern: about a hundred for "you" or "i", each checked
    /// against the next word and most dropped there. The states the root starts on one token
    /// all carry the same start, bytes and steps, so one state on the merged node reaches
    /// exactly what they reached. The original nodes stay for their other incoming edges.
    mutating func mergeRootTargets() {
        var rootWords: [(word: Int, targets: [Int32])] = []
        for (key, targets) in next where key >> 24 == 0 && targets.count > 1 { rootWords.append((key, targets)) }
        guard !rootWords.isEmpty else { return }
        rootWords.sort { $0.word < $1.word }
        var needed = Set<Int32>()
        for root in rootWords { needed.formUnion(root.targets) }
        var edges: [Int32: [(word: Int, targets: [Int32])]] = [:]
        for (key, targets) in next where needed.contains(Int32(key >> 24)) {
            edges[Int32(key >> 24), default: []].append((key & 0xFF_FFFF, targets))
        }
        for node in edges.keys { edges[node]!.sort { $0.word < $1.word } }
        for root in rootWords {
            let merged = addNode(gap: 0)
            var out: [Int: [Int32]] = [:]
            var seen = Set<Int64>()
            for node in root.targets {
                for (word, targets) in edges[node] ?? [] {
                    for target in targets where seen.insert(Int64(word) << 32 | Int64(target)).inserted {
                        out[word, default: []].append(target)
                    }
                }
                for gap in gapChildren[Int(node)] where !gapChildren[Int(merged)].contains(gap) { gapChildren[Int(merged)].append(gap) }
                for entry in accepts[Int(node)] where !accepts[Int(merged)].contains(entry) { accepts[Int(merged)].append(entry) }
                if isLive[Int(node)] { isLive[Int(merged)] = true }
            }
            for (word, targets) in out { next[Int(merged) << 24 | word] = targets }
            next[root.word] = [merged]
        }
    }

    /// A pattern slot for ``insertGraph(_:entry:)``.
    enum GraphSlot {
        case gap(Int)
        /// Word sequences (each word a set of word ids) that may stand in the slot.
        case alternatives([[[Int32]]], optional: Bool)
    }

    /// Inserts a pattern as a graph: the alternatives of a slot branch from every node the
    /// previous slot ended on and join again in one node, so a pattern with many multi-word
    /// alternatives costs the sum of its words, not the product of its alternatives. Leading
    /// single-word slots share nodes with other patterns as `insert` does. The caller ensures
    /// no gap stands next to an optional slot (see `PatternCompiler.graphable`).
    mutating func insertGraph(_ slots: [GraphSlot], entry: Int32) {
        var frontier: [Int32] = [0]
        var shared = true   // the frontier is one node on a path other patterns may share
        var pastJoin = false
        for slot in slots {
            switch slot {
            case .gap(let n):
                if shared, frontier.count == 1 {
                    let node = frontier[0]
                    if let found = gapChildren[Int(node)].first(where: { gapSize[Int($0)] == UInt8(n) }) {
                        frontier = [found]
                    } else {
                        let created = addNode(gap: UInt8(n))
                        gapChildren[Int(node)].append(created)
                        isLive[Int(node)] = true
                        frontier = [created]
                    }
                    continue
                }
                let created = addNode(gap: UInt8(n))
                for node in frontier {
                    gapChildren[Int(node)].append(created)
                    isLive[Int(node)] = true
                }
                frontier = [created]
            case .alternatives(let alternatives, let optional):
                // Past a join node a plain slot is a join too (earliest start kept), as it was
                // when every pattern had its own path there.
                if shared, !pastJoin, frontier.count == 1, !optional, alternatives.count == 1, alternatives[0].count == 1 {
                    // A plain slot on a shared path: a trie step, as in `insert`.
                    frontier = [trieStep(from: frontier[0], alternatives[0][0])]
                    continue
                }
                // On a shared path, a slot of the same alternatives from the same node is the
                // same sub-graph: reuse its join node and stay on a shared path (a trie of slots).
                let joinKey = shared && frontier.count == 1 && !optional
                    ? JoinKey(node: frontier[0], alternatives: alternatives) : nil
                pastJoin = true
                if let joinKey, let found = joinChild[joinKey] {
                    frontier = [found]
                    continue
                }
                let join = addNode(gap: 0)
                keepsEarliest[Int(join)] = true
                if let joinKey { joinChild[joinKey] = join }
                for start in frontier {
                    for alternative in alternatives {
                        var node = start
                        for (k, words) in alternative.enumerated() {
                            if k < alternative.count - 1 && shared && frontier.count == 1 {
                                // Inside a multi-word alternative on a shared path ("i just want
                                // to"): share the trie node with other patterns, so that "i" at
                                // the start of a message is one live state, not one per pattern.
                                node = trieStep(from: node, words)
                                continue
                            }
                            let target = k == alternative.count - 1 ? join : addNode(gap: 0)
                            isLive[Int(node)] = true
                            for word in words {
                                let key = Int(node) << 24 | Int(word)
                                if next[key]?.contains(target) != true { next[key, default: []].append(target) }
                            }
                            node = target
                        }
                    }
                }
                frontier = optional ? frontier + [join] : [join]
                shared = joinKey != nil
            }
        }
        for node in frontier where node != 0 && !accepts[Int(node)].contains(entry) { accepts[Int(node)].append(entry) }
    }
}

/// A live position in the phrase automaton.
struct PhraseState {
    var node: Int32
    var used: UInt8
    var startToken: Int
    var startByte: Int
    var steps: NormalizationSteps
    /// Tokens a gap skipped, as bits of (token - startToken): a negation there negates the hit.
    var skipped: UInt64 = 0
}
