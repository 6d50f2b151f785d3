import CICU

/// Unicode data the tokenizer reads in its hot loop, computed from ICU once per process.
///
/// The class of every scalar of the BMP and of plane 1 (emoji, math alphanumerics) is looked up
/// in a 128 KiB table; scalars beyond ask ICU directly.
@usableFromInline
final class UnicodeTables: Sendable {
    /// The process-wide tables; `nil` with the ICU error when ICU could not be opened.
    static let shared: Result<UnicodeTables, ModerationError> = {
        var message = [CChar](repeating: 0, count: 64)
        let status = message.withUnsafeMutableBufferPointer { mk_icu_init($0.baseAddress, 64) }
        guard status == 0 else {
            let name = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(ModerationError(.icu, "ICU could not be opened: \(name) (\(status))"))
        }
        return .success(UnicodeTables())
    }()

    /// Classes of U+0000...U+1FFFF (the BMP and plane 1). Allocated once for the process (the
    /// tables are never freed) and never written after `init`: read without reference counting.
    nonisolated(unsafe) let bmpClass: UnsafePointer<UInt8>
    static let tableLimit: UInt32 = 0x20000

    private init() {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(Self.tableLimit))
        for scalar in 0..<Int(Self.tableLimit) { table[scalar] = mk_icu_char_class(UInt32(scalar)) }
        bmpClass = UnsafePointer(table)
    }

    @inline(__always)
    func charClass(_ scalar: UInt32) -> UInt8 {
        scalar < Self.tableLimit ? bmpClass[Int(scalar)] : mk_icu_char_class(scalar)
    }

    /// The ICU version in use.
    static var icuVersion: String { String(cString: mk_icu_version()) }
}

enum CharClass {
    static let word: UInt8 = 0
    static let space: UInt8 = 1
    static let punct: UInt8 = 2
    static let ignorable: UInt8 = 3
    static let mark: UInt8 = 4
    static let emoji: UInt8 = 5
    static let emojiPart: UInt8 = 6
    static let newline: UInt8 = 7
    static let apostrophe: UInt8 = 8
    /// ASCII only: `@ $ ! | *`, word characters that are trimmed at the edges of a word.
    static let leet: UInt8 = 9
}
