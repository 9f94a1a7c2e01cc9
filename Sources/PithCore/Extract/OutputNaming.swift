import Foundation

/// File names for `pith extract --output-dir`: the input file's name without its extension, or
/// for a URL a safe name built from its host and path. Names that would collide get `-2`, `-3`
/// in input order, so every input keeps its own output.
public struct OutputNaming: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// The base name (without extension) for the next source; unique among those named so far.
    public mutating func name(for source: PageSource) -> String {
        let base = Self.baseName(for: source)
        var name = base
        var counter = 2
        while used.contains(name.lowercased()) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(name.lowercased())
        return name
    }

    static func baseName(for source: PageSource) -> String {
        switch source {
        case .standardInput: return "stdin"
        case .file(let path): return safe(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        case .url(let string): return urlName(string)
        }
    }

    /// `https://example.com/news/a-story.html?id=3` → `example.com_news_a-story__5d41402a`.
    static func urlName(_ string: String) -> String {
        guard let components = URLComponents(string: string) else { return safe(string) }
        if components.scheme?.lowercased() == "file" {
            return safe(((components.path as NSString).lastPathComponent as NSString).deletingPathExtension)
        }
        var path = components.path
        if path.hasSuffix("/") || path.isEmpty { path += "index" }
        path = (path as NSString).deletingPathExtension
        var name = (components.host ?? "page") + (components.port.map { "_\($0)" } ?? "") + path
        if let query = components.percentEncodedQuery, !query.isEmpty {
            name += "__" + String(Hashing.fnv1a(query), radix: 16).prefix(8)
        }
        return safe(name)
    }

    /// Keeps letters, digits, `.`, `-` and `_`; everything else becomes `_`. Never empty, never
    /// a hidden file or a path, at most 150 characters.
    static func safe(_ raw: String) -> String {
        var name = String(raw.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-" || scalar == "_")
            return allowed ? Character(scalar) : "_"
        })
        while name.hasPrefix(".") { name.removeFirst() }
        if name.count > 150 { name = String(name.prefix(150)) }
        return name.isEmpty ? "page" : name
    }
}

/// Small non-cryptographic hashes for names.
enum Hashing {
    static func fnv1a(_ string: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
