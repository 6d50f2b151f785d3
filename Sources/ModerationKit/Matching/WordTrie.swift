/// A byte trie over the folded words of every pattern: it turns one folded token into the
/// lexicon's term ids (exact words and stems) in time linear in the token.
///
/// The walk reads the matcher codes of ``TokenFolder``: a leet `1` follows both `i` and `l`, a
/// mask `*` follows any letter, and a run of three or more equal letters is read as one or two
/// of them (the repeat rule: "kiiiill" reaches "kill" and "kil"; a run of one or two letters
/// is read as written). The set of live nodes is capped (``maxStates``), so a token costs at
/// most `maxStates` steps per byte.
struct WordTrie: Sendable {
    static let denseWidth = 36
    static let maxStates = 64

    private(set) var dense: [Int32] = []
    private(set) var sparse: [Int: Int32] = [:]
    private(set) var exact: [Int32] = []
    private(set) var stem: [Int32] = []
    var nodeCount: Int { exact.count }

    init() { addNode() }

    private mutating func addNode() {
        dense.append(contentsOf: repeatElement(-1, count: Self.denseWidth))
        exact.append(-1)
        stem.append(-1)
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
        if isStem { stem[Int(node)] = term } else { exact[Int(node)] = term }
    }

    /// The node that holds `word`, if any.
    func node(for word: [UInt8], isStem: Bool) -> Int32? {
        var node: Int32 = 0
        for byte in word {
            node = child(node, byte)
            if node < 0 { return nil }
        }
        return node
    }

    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        let d = Self.denseIndex(byte)
        if d >= 0 { return dense.withUnsafeBufferPointer { $0[Int(node) &* Self.denseWidth &+ d] } }
        if sparse.isEmpty { return -1 }
        return sparse[Int(node) << 8 | Int(byte)] ?? -1
    }

    /// Writes the term ids of `token` to `terms` (at most `capacity`); returns how many.
    ///
    /// - Complexity: O(n × ``maxStates``) for a token of n bytes; O(n) without matcher codes or runs.
    func lookup(_ token: UnsafeBufferPointer<UInt8>, repeats: Bool, scratch: inout TrieScratch,
                terms: UnsafeMutablePointer<Int32>, capacity: Int) -> Int {
        var found = 0
        @inline(__always) func add(_ term: Int32) {
            if term < 0 || found >= capacity { return }
            for k in 0..<found where terms[k] == term { return }
            terms[found] = term
            found += 1
        }
        // Fast path: no matcher codes and no run of three.
        var simple = true
        var run = 1
        for i in 0..<token.count {
            let b = token[i]
            if b < 0x03 { simple = false; break }
            if i > 0, b == token[i - 1] { run += 1; if run >= 3, repeats, b &- 97 < 26 { simple = false; break } } else { run = 1 }
        }
        if simple {
            var node: Int32 = 0
            return dense.withUnsafeBufferPointer { table in
                stem.withUnsafeBufferPointer { stems in
                    for i in 0..<token.count {
                        let b = token[i]
                        let d = Self.denseIndex(b)
                        if d >= 0 { node = table[Int(node) &* Self.denseWidth &+ d] } else { node = sparse.isEmpty ? -1 : (sparse[Int(node) << 8 | Int(b)] ?? -1) }
                        if node < 0 { return found }
                        add(stems[Int(node)])
                    }
                    add(exact[Int(node)])
                    return found
                }
            }
        }
        // General path: a bounded set of live nodes.
        scratch.current.removeAll(keepingCapacity: true)
        scratch.current.append(0)
        var i = 0
        while i < token.count, !scratch.current.isEmpty {
            let b = token[i]
            var n = 1
            while i + n < token.count, token[i + n] == b { n += 1 }
            let squeeze = repeats && n >= 3 && b &- 97 < 26
            if squeeze {
                // One or two copies of the letter.
                scratch.next.removeAll(keepingCapacity: true)
                for s in scratch.current {
                    let one = child(s, b)
                    if one < 0 { continue }
                    push(one, &scratch.next)
                    add(stem[Int(one)])
                    let two = child(one, b)
                    if two >= 0 { push(two, &scratch.next); add(stem[Int(two)]) }
                }
                swap(&scratch.current, &scratch.next)
                i += n
                continue
            }
            for _ in 0..<n {
                scratch.next.removeAll(keepingCapacity: true)
                for s in scratch.current {
                    switch b {
                    case TokenFolder.ambiguousOne:
                        for letter in [UInt8(ascii: "i"), UInt8(ascii: "l")] {
                            let c = child(s, letter)
                            if c >= 0 { push(c, &scratch.next); add(stem[Int(c)]) }
                        }
                    case TokenFolder.mask:
                        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
                            let c = child(s, letter)
                            if c >= 0 { push(c, &scratch.next); add(stem[Int(c)]) }
                        }
                    default:
                        let c = child(s, b)
                        if c >= 0 { push(c, &scratch.next); add(stem[Int(c)]) }
                    }
                }
                swap(&scratch.current, &scratch.next)
            }
            i += n
        }
        for s in scratch.current { add(exact[Int(s)]) }
        return found
    }

    @inline(__always)
    private func push(_ node: Int32, _ set: inout [Int32]) {
        if set.count >= Self.maxStates || set.contains(node) { return }
        set.append(node)
    }
}

/// Reusable buffers for ``WordTrie/lookup(_:repeats:scratch:terms:capacity:)``.
struct TrieScratch {
    var current: [Int32] = []
    var next: [Int32] = []
    init() {
        current.reserveCapacity(WordTrie.maxStates)
        next.reserveCapacity(WordTrie.maxStates)
    }
}
