/// A trie over term ids: every pattern is a path of words and bounded gaps, and a set of live
/// states walks it one token at a time.
///
/// A gap `~N` is an epsilon edge to a gap node whose state may stay on it for up to N tokens.
/// The live set is deduplicated by (node, gap used) and capped at ``maxStates``, so the work per
/// token is bounded whatever the lexicon and the input: the matcher is linear in the input.
struct PhraseAutomaton: Sendable {
    static let maxStates = 256

    private(set) var rootNext: [Int32] = []          // term → node
    private(set) var next: [Int: Int32] = [:]        // node << 24 | term → node
    private(set) var gapChildren: [[Int32]] = [[]]   // node → gap nodes reached by epsilon
    private(set) var gapSize: [UInt8] = [0]          // gap node → N
    private(set) var accepts: [[Int32]] = [[]]       // node → entry indices
    private(set) var hasGapChildren: [Bool] = [false]
    /// Whether a state on this node can still move: it has word or gap edges.
    private(set) var isLive: [Bool] = [false]

    init(termCount: Int) {
        rootNext = [Int32](repeating: -1, count: termCount)
    }

    var nodeCount: Int { accepts.count }

    private mutating func addNode(gap: UInt8) -> Int32 {
        accepts.append([])
        gapChildren.append([])
        gapSize.append(gap)
        hasGapChildren.append(false)
        isLive.append(false)
        return Int32(accepts.count - 1)
    }

    enum Element: Hashable {
        case term(Int32)
        case gap(Int)
    }

    mutating func insert(_ sequence: [Element], entry: Int32) {
        var node: Int32 = 0
        for element in sequence {
            switch element {
            case .term(let term):
                if node == 0 {
                    if rootNext[Int(term)] < 0 { rootNext[Int(term)] = addNode(gap: 0) }
                    node = rootNext[Int(term)]
                } else {
                    isLive[Int(node)] = true
                    let key = Int(node) << 24 | Int(term)
                    if let found = next[key] { node = found } else {
                        let created = addNode(gap: 0)
                        next[key] = created
                        node = created
                    }
                }
            case .gap(let n):
                if let found = gapChildren[Int(node)].first(where: { gapSize[Int($0)] == UInt8(n) }) {
                    node = found
                } else {
                    let created = addNode(gap: UInt8(n))
                    gapChildren[Int(node)].append(created)
                    hasGapChildren[Int(node)] = true
                    isLive[Int(node)] = true
                    node = created
                }
            }
        }
        if !accepts[Int(node)].contains(entry) { accepts[Int(node)].append(entry) }
    }

    @inline(__always)
    func transition(_ node: Int32, _ term: Int32) -> Int32 {
        if node == 0 { return rootNext[Int(term)] }
        return next[Int(node) << 24 | Int(term)] ?? -1
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
