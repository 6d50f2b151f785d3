/// A byte trie over the folded words of every pattern (the builder): it turns one folded token
/// into the lexicon's term ids, exact words and stems. ``MatcherTables`` holds the same trie laid
/// out flat and walks it (``MatcherTables/lookup(_:repeats:scratch:terms:capacity:)``).
///
/// The repeat rule: "kiiiill" reaches "kill" and "kil"; a run of one or two letters is read as
/// written.
struct WordTrie: Sendable {
    static let denseWidth = 36
    static let maxStates = 64

    private(set) var dense: [Int32] = []
    private(set) var sparse: [Int: Int32] = [:]
    /// Per node: the terms (word sets) that hold the node's word exactly, or as a stem.
    private(set) var exact: [[Int32]] = []
    private(set) var stem: [[Int32]] = []
    var nodeCount: Int { exact.count }

    init() { addNode() }

    private mutating func addNode() {
        dense.append(contentsOf: repeatElement(-1, count: Self.denseWidth))
        exact.append([])
        stem.append([])
    }

    @inline(__always)
    static func denseIndex(_ byte: UInt8) -> Int {
        if byte &- 97 < 26 { return Int(byte &- 97) }
        if byte &- 48 < 10 { return 26 + Int(byte &- 48) }
        return -1
    }

    /// Inserts a folded word; returns its node.
    mutating func insert(_ word: [UInt8], term: Int32, isStem: Bool) {
        var node: Int32 = 0
        for byte in word {
            let d = Self.denseIndex(byte)
            var next: Int32
            if d >= 0 { next = dense[Int(node) * Self.denseWidth + d] } else { next = sparse[Int(node) << 8 | Int(byte)] ?? -1 }
            if next < 0 {
                next = Int32(nodeCount)
                addNode()
                if d >= 0 { dense[Int(node) * Self.denseWidth + d] = next } else { sparse[Int(node) << 8 | Int(byte)] = next }
            }
            node = next
        }
        if isStem { stem[Int(node)].append(term) } else { exact[Int(node)].append(term) }
    }
}

/// Reusable buffers for ``MatcherTables/lookup(_:repeats:scratch:terms:capacity:)``.
struct TrieScratch {
    var current: [Int32] = []
    var next: [Int32] = []
    /// Generation stamps per term: a term is reported once per token.
    var seen: [UInt32] = []
    var stamp: UInt32 = 0
    init() {
        current.reserveCapacity(WordTrie.maxStates)
        next.reserveCapacity(WordTrie.maxStates)
    }
}
