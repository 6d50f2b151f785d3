/// The compiled lexicon laid out flat for the hot loop: plain buffers read through pointers,
/// so that matching a token costs no reference counting, no hashing through `Hasher` and no
/// exclusivity checks. Built once from a ``WordTrie`` and a ``PhraseAutomaton``; immutable
/// afterwards and freed with its ``CompiledLexicon``.
final class MatcherTables: @unchecked Sendable {
    // `@unchecked Sendable`: every buffer is written once in `init` and only read afterwards.
    let trieDense: UnsafeMutableBufferPointer<Int32>
    /// Compressed rows: node → terms holding the node's word exactly / as a stem.
    let exactStart: UnsafeMutableBufferPointer<Int32>
    let exactList: UnsafeMutableBufferPointer<Int32>
    let stemStart: UnsafeMutableBufferPointer<Int32>
    let stemList: UnsafeMutableBufferPointer<Int32>
    let termCount: Int
    let trieSparse: [Int: Int32]
    /// Open addressing: key (node << 24 | word) or -1 for an empty slot; the value is the
    /// start of the target nodes in `targets` (`edgeCount` of them).
    let edgeKeys: UnsafeMutableBufferPointer<Int>
    let edgeStart: UnsafeMutableBufferPointer<Int32>
    let edgeCount: UnsafeMutableBufferPointer<Int32>
    let targets: UnsafeMutableBufferPointer<Int32>
    let edgeMask: Int
    let gapSize: UnsafeMutableBufferPointer<UInt8>
    let isLive: UnsafeMutableBufferPointer<Bool>
    /// See ``PhraseAutomaton/keepsEarliest``.
    let keepsEarliest: UnsafeMutableBufferPointer<Bool>
    /// Per phrase node, a 64-bit filter of the words it has edges for (bit ``wordBit(_:)``):
    /// most live states have no edge for a given word, and the filter, small enough to stay in
    /// cache, answers that without a probe of the edge table.
    let wordFilter: UnsafeMutableBufferPointer<UInt64>
    /// Compressed rows: node → gapList[gapStart[node]..<gapStart[node + 1]].
    let gapStart: UnsafeMutableBufferPointer<Int32>
    let gapList: UnsafeMutableBufferPointer<Int32>
    let acceptStart: UnsafeMutableBufferPointer<Int32>
    let acceptList: UnsafeMutableBufferPointer<Int32>

    /// Prefilter (see ``PrefilterBuilder``), per trie node: whether a word ending there (exact)
    /// or passing through it (stem) alone anchors a harm pattern.
    let exactAnchored: UnsafeMutableBufferPointer<Bool>
    let stemAnchored: UnsafeMutableBufferPointer<Bool>
    /// Per term (compressed rows): the words of every slot paired with a slot the term stands
    /// in, on the rarer side of the pair (see ``PrefilterBuilder``). A pair is complete when a
    /// term and one of its partner words both occur: the prefilter keeps a set of words seen and
    /// a set of words wanted (partners of terms seen), at word level, so that a common word
    /// costs two bit operations however many slots it stands in.
    let partnerWordStart: UnsafeMutableBufferPointer<Int32>
    let partnerWordList: UnsafeMutableBufferPointer<Int32>

    init(trie: WordTrie, phrases: PhraseAutomaton, prefilter: PrefilterBuilder = PrefilterBuilder()) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return buffer
        }
        trieDense = copy(trie.dense)
        func rows(_ lists: [[Int32]]) -> (UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>) {
            var starts: [Int32] = [0]
            var flat: [Int32] = []
            for list in lists { flat += list; starts.append(Int32(flat.count)) }
            return (copy(starts), copy(flat))
        }
        (exactStart, exactList) = rows(trie.exact)
        (stemStart, stemList) = rows(trie.stem)
        termCount = phrases.wordCount
        func anchored(_ lists: [[Int32]]) -> UnsafeMutableBufferPointer<Bool> {
            let flags = UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(1, lists.count))
            flags.initialize(repeating: false)
            for (node, terms) in lists.enumerated() { flags[node] = terms.contains { prefilter.strong.contains($0) } }
            return flags
        }
        exactAnchored = anchored(trie.exact)
        stemAnchored = anchored(trie.stem)
        var partnerWords = [Set<Int32>](repeating: [], count: max(1, phrases.wordCount))
        for (slot, partners) in prefilter.partners.enumerated() where !partners.isEmpty {
            var words = Set<Int32>()
            for partner in partners { words.formUnion(prefilter.slotWords[Int(partner)]) }
            for term in prefilter.slotWords[slot] { partnerWords[Int(term)].formUnion(words) }
        }
        (partnerWordStart, partnerWordList) = rows(partnerWords.map { $0.sorted() })
        trieSparse = trie.sparse
        var capacity = 16
        while capacity * 3 < phrases.next.count * 4 { capacity <<= 1 }   // load at most 0.75
        edgeMask = capacity - 1
        wordFilter = .allocate(capacity: max(1, phrases.nodeCount))
        wordFilter.initialize(repeating: 0)
        edgeKeys = .allocate(capacity: capacity)
        edgeKeys.initialize(repeating: -1)
        edgeStart = .allocate(capacity: capacity)
        edgeStart.initialize(repeating: 0)
        edgeCount = .allocate(capacity: capacity)
        edgeCount.initialize(repeating: 0)
        var flatTargets: [Int32] = []
        for (key, nodes) in phrases.next {   // any order: lookups go by key
            wordFilter[key >> 24] |= MatcherTables.wordBit(Int32(truncatingIfNeeded: key & 0xFF_FFFF))
            var slot = MatcherTables.hash(key) & edgeMask
            while edgeKeys[slot] != -1 { slot = (slot + 1) & edgeMask }
            edgeKeys[slot] = key
            edgeStart[slot] = Int32(flatTargets.count)
            edgeCount[slot] = Int32(nodes.count)
            flatTargets += nodes
        }
        targets = copy(flatTargets)
        gapSize = copy(phrases.gapSize)
        isLive = copy(phrases.isLive)
        keepsEarliest = copy(phrases.keepsEarliest)
        var starts: [Int32] = [0]
        var list: [Int32] = []
        for children in phrases.gapChildren { list += children; starts.append(Int32(list.count)) }
        gapStart = copy(starts)
        gapList = copy(list)
        starts = [0]
        list = []
        for accepts in phrases.accepts { list += accepts; starts.append(Int32(list.count)) }
        acceptStart = copy(starts)
        acceptList = copy(list)
    }

    /// The `Int32` tables, listed once for `byteCount` and `deinit`.
    private var int32Tables: [UnsafeMutableBufferPointer<Int32>] {
        [trieDense, exactStart, exactList, stemStart, stemList, edgeStart, edgeCount, targets, gapStart, gapList,
         acceptStart, acceptList, partnerWordStart, partnerWordList]
    }

    /// Bytes of the tables (the sparse trie edges counted at 16 bytes each).
    var byteCount: Int {
        func size<T>(_ buffer: UnsafeMutableBufferPointer<T>) -> Int { buffer.count * MemoryLayout<T>.stride }
        var total = trieSparse.count * 16
        for buffer in int32Tables { total += size(buffer) }
        total += size(edgeKeys) + size(exactAnchored) + size(stemAnchored) + size(gapSize) + size(isLive) + size(keepsEarliest) +
            size(wordFilter)
        return total
    }

    deinit {
        for buffer in int32Tables { buffer.deallocate() }
        edgeKeys.deallocate()
        exactAnchored.deallocate()
        stemAnchored.deallocate()
        gapSize.deallocate()
        isLive.deallocate()
        keepsEarliest.deallocate()
        wordFilter.deallocate()
    }

    @inline(__always)
    static func hash(_ key: Int) -> Int {
        var x = UInt64(bitPattern: Int64(key))
        x = (x ^ (x >> 31)) &* 0x7FB5_D329_728E_A185
        x = (x ^ (x >> 27)) &* 0x81DA_DEF4_BC2D_D44D
        return Int(truncatingIfNeeded: x ^ (x >> 33))
    }

    /// The bit of `word` in ``wordFilter``.
    @inline(__always)
    static func wordBit(_ word: Int32) -> UInt64 {
        1 << UInt64((UInt32(bitPattern: word) &* 0x9E37_79B1) >> 26)
    }

    /// The nodes reached from `node` by `word`: `targets[start..<start + count]`.
    @inline(__always)
    func transitions(_ node: Int32, _ word: Int32) -> (start: Int, count: Int) {
        let key = Int(node) << 24 | Int(word)
        var slot = MatcherTables.hash(key) & edgeMask
        while true {
            let k = edgeKeys[slot]
            if k == key { return (Int(edgeStart[slot]), Int(edgeCount[slot])) }
            if k == -1 { return (0, 0) }
            slot = (slot + 1) & edgeMask
        }
    }

    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        let d = WordTrie.denseIndex(byte)
        if d >= 0 { return trieDense[Int(node) &* WordTrie.denseWidth &+ d] }
        if trieSparse.isEmpty { return -1 }
        return trieSparse[Int(node) << 8 | Int(byte)] ?? -1
    }

    /// Writes the term ids of `token` to `terms` (at most `capacity`); returns how many.
    ///
    /// The walk reads the matcher codes of ``TokenFolder``: a leet `1` follows both `i` and `l`, a
    /// mask `*` follows any letter, and a run of three or more equal letters is read as one or two
    /// of them. The set of live nodes is capped at ``WordTrie/maxStates``.
    ///
    /// - Complexity: O(n × ``WordTrie/maxStates``) for a token of n bytes; O(n) without matcher
    ///   codes or runs (the common case, a single walk).
    func lookup(_ token: UnsafeBufferPointer<UInt8>, repeats: Bool, scratch: inout TrieScratch,
                terms: UnsafeMutablePointer<Int32>, capacity: Int) -> Int {
        scratch.stamp &+= 1
        if scratch.seen.count < termCount { scratch.seen = [UInt32](repeating: 0, count: termCount) }
        let stamp = scratch.stamp
        var current = scratch.current, next = scratch.next
        scratch.current = []
        scratch.next = []
        defer { scratch.current = current; scratch.next = next }
        return scratch.seen.withUnsafeMutableBufferPointer { seen in
            walk(token, repeats: repeats, current: &current, next: &next, seen: seen, stamp: stamp,
                 terms: terms, capacity: capacity)
        }
    }

    private func walk(_ token: UnsafeBufferPointer<UInt8>, repeats: Bool, current: inout [Int32], next: inout [Int32],
                      seen: UnsafeMutableBufferPointer<UInt32>, stamp: UInt32, terms: UnsafeMutablePointer<Int32>,
                      capacity: Int) -> Int {
        var found = 0
        func addRow(_ starts: UnsafeMutableBufferPointer<Int32>, _ list: UnsafeMutableBufferPointer<Int32>, _ node: Int32,
                    _ seen: UnsafeMutableBufferPointer<UInt32>) {
            let lo = Int(starts[Int(node)]), hi = Int(starts[Int(node) + 1])
            guard lo < hi else { return }
            for k in lo..<hi where found < capacity {
                let term = list[k]
                if seen[Int(term)] == stamp { continue }
                seen[Int(term)] = stamp
                terms[found] = term
                found += 1
            }
        }
        var simple = true
        var run = 1
        for i in 0..<token.count {
            let b = token[i]
            if b < TokenFolder.codeLimit { simple = false; break }   // a matcher code (see TokenFolder)
            if i > 0, b == token[i - 1] { run += 1; if run >= 3, repeats, b &- 97 < 26 { simple = false; break } } else { run = 1 }
        }
        if simple {
            var node: Int32 = 0
            for i in 0..<token.count {
                node = child(node, token[i])
                if node < 0 { return found }
                addRow(stemStart, stemList, node, seen)
            }
            addRow(exactStart, exactList, node, seen)
            return found
        }
        current.removeAll(keepingCapacity: true)
        current.append(0)
        var i = 0
        while i < token.count, !current.isEmpty {
            let b = token[i]
            var n = 1
            while i + n < token.count, token[i + n] == b { n += 1 }
            if repeats && n >= 3 && b &- 97 < 26 {
                next.removeAll(keepingCapacity: true)
                for s in current {
                    let one = child(s, b)
                    if one < 0 { continue }
                    push(one, &next)
                    addRow(stemStart, stemList, one, seen)
                    let two = child(one, b)
                    if two >= 0 { push(two, &next); addRow(stemStart, stemList, two, seen) }
                }
                swap(&current, &next)
                i += n
                continue
            }
            for _ in 0..<n {
                next.removeAll(keepingCapacity: true)
                for s in current {
                    switch b {
                    case TokenFolder.ambiguousOne:
                        for letter in [UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "1")] {
                            let c = child(s, letter)
                            if c >= 0 { push(c, &next); addRow(stemStart, stemList, c, seen) }
                        }
                    case TokenFolder.ambiguousFour:
                        for letter in [UInt8(ascii: "a"), UInt8(ascii: "4")] {
                            let c = child(s, letter)
                            if c >= 0 { push(c, &next); addRow(stemStart, stemList, c, seen) }
                        }
                    case TokenFolder.optionalS:
                        push(s, &next)   // read as nothing
                        let c = child(s, UInt8(ascii: "s"))
                        if c >= 0 { push(c, &next); addRow(stemStart, stemList, c, seen) }
                    case TokenFolder.mask:
                        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
                            let c = child(s, letter)
                            if c >= 0 { push(c, &next); addRow(stemStart, stemList, c, seen) }
                        }
                    default:
                        let c = child(s, b)
                        if c >= 0 { push(c, &next); addRow(stemStart, stemList, c, seen) }
                    }
                }
                swap(&current, &next)
            }
            i += n
        }
        for s in current { addRow(exactStart, exactList, s, seen) }
        return found
    }

    @inline(__always)
    private func push(_ node: Int32, _ set: inout [Int32]) {
        if set.count >= WordTrie.maxStates || set.contains(node) { return }
        set.append(node)
    }

    /// Prefilter: whether plain ASCII `text` certainly produces no harm hit. Contract: it may
    /// answer `false` for a clean text (the full pipeline then runs), never `true` for a text
    /// with a harm hit. It answers only for text the normaliser's ASCII fast path accepts
    /// (lower-cased words of letters or digits, no leetspeak, no runs of three, no spaced-out
    /// letters), where every word is seen exactly as the full pipeline sees it; there a harm
    /// hit needs a word of each of its pattern's anchor slots (see ``PrefilterBuilder``).
    /// `scratch` (the borrowed engine's) is left clear.
    func certainlyClean(_ text: UnsafeRawBufferPointer, scratch: PrefilterScratch) -> Bool {
        guard let base = text.baseAddress else { return true }
        scratch.prepare(bits: termCount)
        let clean = certainlyClean(base.assumingMemoryBound(to: UInt8.self), text.count, scratch: scratch)
        scratch.clear()
        return clean
    }

    private func certainlyClean(_ src: UnsafePointer<UInt8>, _ n: Int, scratch: PrefilterScratch) -> Bool {
        let table = ASCIIClass.table
        let filled = scratch.filled, wanted = scratch.wanted
        @inline(__always)
        func touched(_ word: Int) { scratch.touch(word) }
        /// Marks the terms of row `start..<end` as seen (`filled`) and their partner words as
        /// wanted; false when a pair is complete.
        @inline(__always)
        func fill(_ list: UnsafeMutableBufferPointer<Int32>, _ start: Int32, _ end: Int32) -> Bool {
            var k = Int(start)
            while k < Int(end) {
                let term = Int(list[k])
                k &+= 1
                let word = term >> 6, bit = UInt64(1) << UInt64(term & 63)
                if filled[word] & bit != 0 { continue }
                if wanted[word] & bit != 0 { return false }
                filled[word] |= bit
                touched(word)
                for p in Int(partnerWordStart[term])..<Int(partnerWordStart[term + 1]) {
                    let partner = Int(partnerWordList[p])
                    let pw = partner >> 6, pb = UInt64(1) << UInt64(partner & 63)
                    if filled[pw] & pb != 0 { return false }
                    wanted[pw] |= pb
                    touched(pw)
                }
            }
            return true
        }
        var i = 0
        var previousSingle = false
        while i < n {
            let b = src[i]
            let f = table[Int(b)]
            if f & ASCIIClass.word != 0 {
                // The same word rules as the normaliser's ASCII fast path.
                var length = 0
                var word = ASCIIWord()
                var node: Int32 = 0
                var j = i
                var lower: UInt8 = 0
                while true {
                    let next = word.next(src, &j, n, table)
                    if next == ASCIIWord.end { break }
                    if next == ASCIIWord.bail { return false }
                    lower = UInt8(truncatingIfNeeded: next)
                    length &+= 1
                    if length > 32 { return false }   // long words: leave to the pipeline (it cuts tokens)
                    if node >= 0 {
                        node = child(node, lower)
                        if node >= 0 {
                            if stemAnchored[Int(node)] { return false }
                            if !fill(stemList, stemStart[Int(node)], stemStart[Int(node) + 1]) { return false }
                        }
                    }
                }
                if word.mixesLettersAndDigits { return false }
                // A lone "1" or "4" is also read as "i" or "a" by the pipeline (see ScanEngine).
                if length == 1 && (lower == UInt8(ascii: "1") || lower == UInt8(ascii: "4")) { return false }
                if node >= 0 {
                    if exactAnchored[Int(node)] { return false }
                    if !fill(exactList, exactStart[Int(node)], exactStart[Int(node) + 1]) { return false }
                }
                let single = length == 1
                if single && previousSingle { return false }
                previousSingle = single
                i = j
                continue
            }
            if f & (ASCIIClass.bail | ASCIIClass.apostrophe) != 0 { return false }
            i &+= 1
        }
        return true
    }
}

/// The clean-text prefilter's anchors, gathered while patterns compile.
///
/// Every harm pattern (each expanded word sequence) names its two rarest word slots. A pattern
/// with one slot, or whose two are the same set, is anchored by that slot alone (`strong`): any
/// token reaching one of its words sends the text to the full pipeline. Otherwise the pattern can
/// only match when both slots are present, so the text goes to the full pipeline only when some
/// pair of partner slots both occur. Patterns made only of common words ("i cant keep going")
/// then no longer send every message with "i" through the pipeline.
struct PrefilterBuilder {
    /// Words that alone anchor a pattern.
    private(set) var strong = Set<Int32>()
    /// Distinct slots used in pairs: slot id → its words.
    private(set) var slotWords: [[Int32]] = []
    private var slotIDs: [[Int32]: Int32] = [:]
    /// Slot id → the more common slots it pairs with.
    private(set) var partners: [Set<Int32>] = []

    /// Adds the anchor slots of one pattern: its rarest slot first, then its second rarest.
    mutating func add(_ slots: [[Int32]]) {
        guard let first = slots.first else { return }
        guard slots.count >= 2, slots[1] != first else {
            strong.formUnion(first)
            return
        }
        // Only the rarer slot lists its partner: when it fills, it checks and wants the partner;
        // when the partner fills, it only checks whether it is wanted. Common slots ("you")
        // thus carry no long partner lists through every message.
        let a = slotID(first), b = slotID(slots[1])
        partners[Int(a)].insert(b)
    }

    private mutating func slotID(_ words: [Int32]) -> Int32 {
        if let found = slotIDs[words] { return found }
        let new = Int32(slotWords.count)
        slotIDs[words] = new
        slotWords.append(words)
        partners.append([])
        return new
    }
}

/// Reusable bit sets for ``MatcherTables/certainlyClean(_:scratch:)`` (one per engine): the
/// terms seen (`filled`) and wanted so far, and which words of them were touched, so that
/// clearing costs what the text touched.
final class PrefilterScratch {
    private(set) var filled: UnsafeMutablePointer<UInt64>
    private(set) var wanted: UnsafeMutablePointer<UInt64>
    private var words = 0
    private var touchedWords: UnsafeMutablePointer<Int32>
    private var touchedCount = 0
    private var touchedCapacity = 256

    init() {
        filled = .allocate(capacity: 1)
        wanted = .allocate(capacity: 1)
        touchedWords = .allocate(capacity: touchedCapacity)
    }

    deinit {
        filled.deallocate()
        wanted.deallocate()
        touchedWords.deallocate()
    }

    /// Sizes the sets for `bits` terms (allocates once per lexicon size).
    @inline(__always)
    func prepare(bits: Int) {
        let needed = max(1, (bits + 63) >> 6)
        guard needed != words else { return }
        filled.deallocate()
        wanted.deallocate()
        filled = .allocate(capacity: needed)
        filled.initialize(repeating: 0, count: needed)
        wanted = .allocate(capacity: needed)
        wanted.initialize(repeating: 0, count: needed)
        words = needed
        touchedCount = 0
    }

    @inline(__always)
    func touch(_ word: Int) {
        if touchedCount < touchedCapacity {
            touchedWords[touchedCount] = Int32(truncatingIfNeeded: word)
            touchedCount &+= 1
        } else {
            touchedCount = Int.max   // too many: clear everything
        }
    }

    /// Clears what the last text set.
    @inline(__always)
    func clear() {
        if touchedCount == Int.max {
            filled.update(repeating: 0, count: words)
            wanted.update(repeating: 0, count: words)
        } else {
            for k in 0..<touchedCount {
                let w = Int(touchedWords[k])
                filled[w] = 0
                wanted[w] = 0
            }
        }
        touchedCount = 0
    }
}
