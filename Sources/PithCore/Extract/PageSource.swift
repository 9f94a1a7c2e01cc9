import Foundation

/// Where one page comes from: a file, standard input, or a URL.
public enum PageSource: Sendable, Hashable, CustomStringConvertible {
    case file(String)
    case standardInput
    /// An `http://`, `https://` or `file://` URL.
    case url(String)

    /// Interprets one command-line operand; a folder becomes its `*.html` and `*.htm` files,
    /// in name order (not recursive).
    public static func expand(_ operand: String) -> [PageSource] {
        if operand == "-" { return [.standardInput] }
        let lower = operand.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file://") { return [.url(operand)] }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: operand, isDirectory: &isFolder), isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: operand)) ?? []
            return names.filter { name in
                let lower = name.lowercased()
                return (lower.hasSuffix(".html") || lower.hasSuffix(".htm")) && !name.hasPrefix(".")
            }.sorted().map { .file((operand as NSString).appendingPathComponent($0)) }
        }
        return [.file(operand)]
    }

    /// How the source is named in messages.
    public var description: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        case .url(let url): url
        }
    }
}
