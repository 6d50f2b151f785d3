/// An error ModerationKit reports: a code that can grow, a message, and where it happened.
///
/// A malformed lexicon reports its file and line: `description` reads `FILE:LINE: message`.
public struct ModerationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a code callers can switch on. New codes may be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// ICU could not be opened or failed.
        public static let icu = Code(rawValue: "icu")
        /// A lexicon line is not `field: value`, `[id]` or a comment.
        public static let syntax = Code(rawValue: "syntax")
        /// A field name this format does not know.
        public static let unknownField = Code(rawValue: "unknown_field")
        /// A field that must be present is missing.
        public static let missingField = Code(rawValue: "missing_field")
        /// A field's value is not valid (a weight outside (0, 1], an unknown sub-category, ...).
        public static let badValue = Code(rawValue: "bad_value")
        /// Two entries share an id.
        public static let duplicateID = Code(rawValue: "duplicate_id")
        /// A pattern that is malformed or can never match.
        public static let badPattern = Code(rawValue: "bad_pattern")
        /// The file is not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalid_utf8")
        /// The file has no entries.
        public static let emptyFile = Code(rawValue: "empty_file")
        /// An overlay names an entry that no lexicon defines.
        public static let unknownEntry = Code(rawValue: "unknown_entry")
        /// A file could not be read.
        public static let io = Code(rawValue: "io")
        /// A scanner was used after `finish()`.
        public static let closedStream = Code(rawValue: "closed_stream")
        /// Input that cannot be processed (bad JSON line, ...).
        public static let badInput = Code(rawValue: "bad_input")
    }

    public let code: Code
    public let message: String
    /// The file the error is about, if any.
    public let file: String?
    /// The 1-based line in `file`, if any.
    public let line: Int?

    public init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): "\(file):\(line): \(message)"
        case let (file?, nil): "\(file): \(message)"
        default: message
        }
    }
}
