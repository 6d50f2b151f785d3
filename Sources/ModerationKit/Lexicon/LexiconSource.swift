import Foundation

/// Where lexicon entries come from.
public enum LexiconSource: Sendable, Hashable {
    /// The lexicons shipped with ModerationKit (`lexicons/` in the repository, compiled in).
    case bundled
    /// A lexicon file on disk, read in the lexicon format whatever its name.
    case file(String)
    /// Lexicon text held in memory; `name` is used in error messages.
    case text(String, name: String)
    /// Every `*.lex` file under a folder laid out like `lexicons/` (sorted by path), e.g. a
    /// working copy of the bundled lexicons under review.
    case directory(String)

    /// The files of this source as (name, bytes).
    func load() throws(ModerationError) -> [(name: String, bytes: [UInt8])] {
        switch self {
        case .bundled:
            return BundledLexicons.files.map { ("lexicons/" + $0.path, Array($0.text.utf8)) }
        case .text(let text, let name):
            return [(name, Array(text.utf8))]
        case .directory(let path):
            guard let names = try? FileManager.default.subpathsOfDirectory(atPath: path) else {
                throw ModerationError(.io, "cannot read the folder", file: path)
            }
            var files: [(String, [UInt8])] = []
            for name in names.sorted() where name.hasSuffix(".lex") {
                files += try LexiconSource.file(path + "/" + name).load()
            }
            guard !files.isEmpty else { throw ModerationError(.emptyFile, "no .lex files in the folder", file: path) }
            return files
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw ModerationError(.io, "is a directory, not a lexicon file", file: path)
                }
                throw ModerationError(.io, "cannot read the file", file: path)
            }
            return [(path, [UInt8](data))]
        }
    }
}
